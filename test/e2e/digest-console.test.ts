/// <reference lib="dom" />
// Browser-side callbacks (page.evaluate) run in Chromium and use the DOM.
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signInToConsole, type Browser } from "../helpers/browser.ts";
import { createTokenCli, exited, startServer, type ServerProcess } from "../helpers/server-process.ts";
import { createTestDatabase, insertEngineer, openTestDeps, type TestDatabase } from "../helpers/store.ts";

const EMAIL = "lead@deckhand.test";
const PASSWORD = "correct horse battery staple";
const HOSTILE = 'Deploys fail <img src=x onerror="alert(1)"> [click](https://evil.example)';
const GPG = (code: number) =>
  `Hello,\nour deploys to prod fail since this morning:\nError: plugin "secrets" exited with code ${code}: gpg: decryption failed: No secret key\nThanks\n`;

describe("knowledge gaps and the digest in the console", () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const { deps, store } = await openTestDeps(database);
    await insertEngineer(deps, {
      id: randomUUID(),
      email: EMAIL,
      name: "Grace Hopper",
      role: "lead",
      password: PASSWORD,
    });
    await store.close();
    const token = createTokenCli(database, ["--role", "admin"]);
    server = await startServer(database);
    for (const code of [1, 2])
      await fetch(`${server.url}/api/v1/tickets`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ subject: HOSTILE, body: GPG(code), customer: { org: "acme" } }),
      });
    browser = await launchBrowser();
    page = browser.page;
    await signInToConsole(page, server.url, EMAIL, PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
    await database?.drop();
  });

  it("lists the unexplained tickets' cluster in the Gaps section, with links to them", async () => {
    await page.goto(`${server.url}/#/knowledge`);
    const gaps = page.getByRole("region", { name: "Gaps" });
    await gaps.getByText("gpg: decryption failed: no secret key").waitFor();
    expect(await gaps.locator(".gap-count").first().textContent()).toBe("2");
    const links = gaps.locator(".gap-samples a");
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute("href")).toMatch(/^#\/tickets\//);
  });

  it("generates a digest, draws it from its data and keeps a hostile subject as text", async () => {
    await page.getByRole("link", { name: "Digest" }).click();
    await page.getByRole("heading", { name: "Digest" }).waitFor();
    await page.getByRole("button", { name: "Generate now" }).click();
    const volume = page.getByRole("region", { name: "Volume" });
    await expect.poll(() => volume.locator(".big").textContent()).toMatch(/^2 tickets/);
    await page.getByRole("region", { name: "Knowledge gaps" }).getByText("no secret key").waitFor();
    expect(await page.evaluate(() => document.querySelectorAll("img[onerror], img[src='x']").length)).toBe(0);
    expect(browser?.dialogs).toEqual([]);
    await page.getByRole("button", { name: "Copy Markdown" }).click();
    // Headless Chromium may refuse the clipboard: the page then offers the Markdown to select.
    await expect
      .poll(async () =>
        (await page.getByRole("status").count()) > 0
          ? "copied"
          : ((await page
              .locator(".digest-markdown textarea")
              .inputValue()
              .catch(() => "")) ?? ""),
      )
      .toMatch(/copied|^# Deckhand digest/);
  });
});
