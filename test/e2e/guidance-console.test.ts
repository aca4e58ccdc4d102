import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/service/passwords.ts";
import { createTokenCli, exited, startServer, type ServerProcess } from "../helpers/server-process.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "../helpers/store.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const EMAIL = "lead@deckhand.test";
const PASSWORD = "correct horse battery staple";
const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";
const CODE = "helm.release.operation-in-progress";

/**
 * One engineer's day with the guidance and follow-through features, in Chromium: the SLA timers on
 * a ticket, a promise made in an edited reply, the review showing up on the autonomy page, resolving
 * with one click, and the lead's SLA and knowledge-draft pages. The console is the one `npm ci` built.
 */
describe("guidance and follow-through in the console", () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let ticketId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "console/dist/index.html")))
      throw new Error("the console is not built: run npm run build:console");
    database = await createTestDatabase("sqlite");
    const { deps, store } = await openTestDeps(database);
    await deps.db
      .insertInto("engineers")
      .values({
        id: randomUUID(),
        email: EMAIL,
        name: "Lin Lead",
        role: "lead",
        password_hash: await hashPassword(PASSWORD),
        created_at: new Date().toISOString(),
      })
      .execute();
    await store.close();
    const token = createTokenCli(database, ["--role", "admin"]);
    server = await startServer(database);
    const created = await fetch(`${server.url}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ subject: "Release locked", body: LOCKED, customer: { org: "acme" } }),
    });
    ticketId = ((await created.json()) as { id: string }).id;
    profile = mkdtempSync(join(tmpdir(), "deckhand-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByLabel("E-mail").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Queue" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (server) {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
    if (profile) rmSync(profile, { recursive: true, force: true });
    await database?.drop();
  });

  it("shows the ticket's SLA timers, and tracks a promise made in an edited reply", async () => {
    await page.goto(`${server.url}/#/tickets/${ticketId}`);
    const sla = page.getByRole("region", { name: "SLA" });
    await sla.getByRole("rowheader", { name: "First response" }).waitFor();
    const editor = page.getByLabel("Draft reply (Markdown)");
    await editor.fill(`${await editor.inputValue()}\n\nI'll update you within 2 hours.`);
    await page.getByRole("button", { name: "Send edited reply" }).click();
    const promises = page.getByRole("region", { name: "Promises to the customer" });
    await promises.getByText("I'll update you within 2 hours.").waitFor();
    expect(await promises.getByTestId("open-commitment").count()).toBe(1);
  });

  it("lists the reviewed category on the autonomy page, still at draft only, with what it takes to move", async () => {
    await page.getByRole("link", { name: "Autonomy" }).click();
    await page.getByRole("heading", { name: "Autonomy" }).waitFor();
    const row = page.getByRole("row").filter({ hasText: CODE });
    await row.first().waitFor();
    const text = await row.first().textContent();
    expect(text).toContain("Draft only");
    // The added sentence was a small edit: it counts as accepted, 19 more to go with the defaults.
    expect(text).toContain("1 edited");
    expect(text).toContain("19 more reviews");
  });

  it("resolves the ticket with one click when Deckhand was right", async () => {
    await page.goto(`${server.url}/#/tickets/${ticketId}`);
    await page.getByRole("button", { name: `Deckhand was right: ${CODE}` }).click();
    await expect.poll(() => page.getByTestId("outcome").textContent()).toContain(CODE);
  });

  it("opens the lead's SLA settings and the knowledge drafts", async () => {
    await page.goto(`${server.url}/#/sla`);
    await page.getByRole("heading", { name: "SLA" }).waitFor();
    await page.getByRole("group", { name: "Working days" }).waitFor();
    await page.goto(`${server.url}/#/knowledge/drafts`);
    await page.getByRole("navigation", { name: "Drafts" }).waitFor();
    expect(errors).toEqual([]);
  });
});
