/// <reference lib="dom" />
// Browser-side callbacks (page.evaluate) run in Chromium and use the DOM.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConsoleWorld, signInToConsole, type ConsoleWorld } from "../helpers/browser.ts";

const EMAIL = "lead@deckhand.test";
const PASSWORD = "correct horse battery staple";
const HOSTILE = 'Deploys fail <img src=x onerror="alert(1)"> [click](https://evil.example)';
const GPG = (code: number) =>
  `Hello,\nour deploys to prod fail since this morning:\nError: plugin "secrets" exited with code ${code}: gpg: decryption failed: No secret key\nThanks\n`;

describe("knowledge gaps and the digest in the console", () => {
  let world: ConsoleWorld | undefined;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    world = await openConsoleWorld({ name: "Grace Hopper", email: EMAIL, password: PASSWORD });
    for (const code of [1, 2])
      await world.ingest({ subject: HOSTILE, body: GPG(code), customer: { org: "acme" } });
    page = world.page;
    url = world.server.url;
    await signInToConsole(page, url, EMAIL, PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await world?.stop();
  });

  it("lists the unexplained tickets' cluster in the Gaps section, with links to them", async () => {
    await page.goto(`${url}/#/knowledge`);
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
    expect(world?.browser.dialogs).toEqual([]);
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
