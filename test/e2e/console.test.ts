/// <reference lib="dom" />
// Browser-side callbacks (page.evaluate) run in Chromium and use the DOM.
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/service/passwords.ts";
import { launchBrowser, type Browser } from "../helpers/browser.ts";
import { createTokenCli, exited, startServer, type ServerProcess } from "../helpers/server-process.ts";
import { createTestDatabase, openTestDeps, type TestDatabase } from "../helpers/store.ts";
import { backgroundTickets, lockedReleaseTicket, XSS_TICKET } from "./console-fixtures.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
// The README's screenshots are refreshed on request (DECKHAND_SCREENSHOTS=1 npm test); an ordinary
// run writes them to a temporary folder, so running the tests leaves the work tree unchanged.
const SCREENSHOTS = process.env.DECKHAND_SCREENSHOTS
  ? join(ROOT, "docs/screenshots")
  : mkdtempSync(join(tmpdir(), "deckhand-screenshots-"));
const EMAIL = "ada@deckhand.test";
const PASSWORD = "correct horse battery staple";

describe("the console in headless Chromium", () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let token: string;
  let browser: Browser | undefined;
  let page: Page;
  let ticketId: string;

  const ingest = async (ticket: unknown) => {
    const response = await fetch(`${server.url}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(ticket),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const apiGet = async <T>(path: string) =>
    (await (
      await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as T;

  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    const { deps, store } = await openTestDeps(database);
    await deps.db
      .insertInto("engineers")
      .values({
        id: randomUUID(),
        email: EMAIL,
        name: "Ada Lovelace",
        role: "lead",
        password_hash: await hashPassword(PASSWORD),
        created_at: new Date().toISOString(),
      })
      .execute();
    await store.close();
    token = createTokenCli(database, ["--role", "admin"]);
    server = await startServer(database);
    browser = await launchBrowser({ width: 1440, height: 900 });
    page = browser.page;
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.child.kill("SIGTERM");
      await exited(server.child);
    }
    await database?.drop();
  });

  it("serves the console with a strict Content-Security-Policy and signs an engineer in", async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    // No inline script: every script element loads a file from the server itself.
    expect(await index.text()).not.toMatch(/<script(?![^>]*\bsrc="\/assets\/)[^>]*>/);

    await page.goto(server.url);
    await page.getByLabel("E-mail").fill(EMAIL);
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("not right");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Queue" }).waitFor();
    expect(await page.locator(".topbar .who").textContent()).toContain("Ada Lovelace");

    const cookie = (await page.context().cookies()).find((c) => c.name === "deckhand_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    // The session cookie alone cannot change anything: state changes need the CSRF token.
    const withoutCsrf = await page.evaluate(async () => {
      const response = await fetch("/api/v1/kb/articles/check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ markdown: "---\nid: x\n---\n", sample: "" }),
      });
      return response.status;
    });
    expect(withoutCsrf).toBe(403);
  }, 60_000);

  it("shows a ticket ingested through the API in the queue, most urgent first", async () => {
    for (const ticket of backgroundTickets()) await ingest(ticket);
    ticketId = await ingest(lockedReleaseTicket());
    const row = page.locator("table.grid tbody tr", { hasText: "Production deploy of checkout-api" });
    // Live refresh: the queue polls, no reload needed.
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain("helm.release.operation-in-progress");
    expect(await row.textContent()).toContain("acme");
    const priorities = await page.locator("table.grid tbody tr .pri").allTextContents();
    expect(priorities).toEqual([...priorities].sort());
    await page.screenshot({ path: join(SCREENSHOTS, "queue.png") });
  }, 60_000);

  it("opens the ticket from the keyboard and highlights the evidence lines of the diagnosis", async () => {
    await page.locator("#queue-search").fill("checkout-api");
    await expect.poll(() => page.locator("table.grid tbody tr").count()).toBe(1);
    await page.locator("#queue-search").evaluate((element) => (element as HTMLInputElement).blur());
    await page.keyboard.press("k");
    await page.keyboard.press("Enter");
    await page
      .getByRole("heading", { name: "Production deploy of checkout-api stuck since last night" })
      .waitFor();
    expect(page.url()).toContain(`#/tickets/${ticketId}`);

    const hits = page.locator('.log .hit[data-evidence~="helm.release.operation-in-progress"]');
    await hits.first().waitFor();
    expect(await hits.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("UPGRADE FAILED: another operation")]),
    );
    // The evidence in the attached log is highlighted too, at the line the triage names.
    const inAttachment = page.locator('[aria-label="Attachment pipeline-4711.log"] .hit');
    await inAttachment.first().waitFor();
    expect(await inAttachment.first().getAttribute("id")).toBe("L-attachment_pipeline-4711_log-5");
    // A diagnosis links to its lines: following the link focuses the highlighted line.
    await page.locator(".evidence-link", { hasText: "attachment:pipeline-4711.log:5" }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("L-attachment_pipeline-4711_log-5");
    // The secret in the body was redacted before storage, and the console marks where.
    expect(await page.locator("mark.redacted").first().textContent()).toMatch(/^\[REDACTED:/);
    await page.waitForTimeout(600); // the smooth scroll to the line settles
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, "ticket.png") });
  }, 60_000);

  it("edits and approves the draft, and the ticket's status changes", async () => {
    expect(await page.getByTestId("ticket-status").textContent()).toBe("awaiting approval");
    const editor = page.getByLabel("Draft reply (Markdown)");
    const draft = await editor.inputValue();
    expect(draft.length).toBeGreaterThan(50);
    await editor.fill(`${draft}\n\nP.S. Ada from the support team will keep an eye on the next run.`);
    await page.getByRole("button", { name: "Send edited reply" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Edited reply sent");
    await expect.poll(() => page.getByTestId("ticket-status").textContent()).toBe("awaiting customer");
    await page.locator(".message.outbound", { hasText: "Ada from the support team" }).waitFor();

    const stored = await apiGet<{
      status: string;
      drafts: { status: string }[];
      messages: { kind: string; body: string; author: string }[];
    }>(`/api/v1/tickets/${ticketId}`);
    expect(stored.status).toBe("awaiting_customer");
    expect(stored.drafts.at(-1)?.status).toBe("sent");
    const reply = stored.messages.find((m) => m.kind === "outbound");
    expect(reply?.body).toContain("Ada from the support team");
    expect(reply?.author).toMatch(/^engineer:.+:lead$/);
  }, 60_000);

  it("escalates with the handoff the server builds, edited in the panel", async () => {
    await page.getByRole("button", { name: "Escalate…" }).click();
    await page.getByLabel("Team").selectOption("engineering");
    const editor = page.getByLabel("Handoff (Markdown)");
    await expect.poll(() => editor.inputValue()).toContain("## Evidence (redacted)");
    const handoff = await editor.inputValue();
    expect(handoff).toContain("UPGRADE FAILED: another operation");
    expect(handoff).toContain("## Hypothesis");
    expect(await page.getByLabel("Title").inputValue()).toContain("[Engineering]");
    // No destination is configured on this server: the choices are shown but disabled.
    expect(await page.getByLabel(/GitHub issue/).isDisabled()).toBe(true);
    await editor.fill(`${handoff}\n\nAda: reproduced on staging.`);
    await page.getByRole("button", { name: "Escalate to engineering" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Escalated to engineering");
    await expect.poll(() => page.getByTestId("ticket-status").textContent()).toBe("escalated");
    const stored = await apiGet<{ escalations: { team: string; reason: string }[] }>(
      `/api/v1/tickets/${ticketId}`,
    );
    expect(stored.escalations.at(-1)?.team).toBe("engineering");
    expect(stored.escalations.at(-1)?.reason).toContain("Ada: reproduced on staging.");
  }, 60_000);

  it("checks a team article's signatures against a sample live, saves it, and charts the overview", async () => {
    await page.goto(`${server.url}/#/knowledge`);
    await page.getByRole("link", { name: "New article" }).click();
    await page
      .getByLabel(/^Sample log/)
      .fill(`hello\n${"Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress"}`);
    await page.getByText("Matches in the sample (1)").waitFor();
    await page.getByText("Valid article.").waitFor();
    await page.getByRole("button", { name: "Create article" }).click();
    await page.getByRole("heading", { name: "What the customer sees, in a few words" }).waitFor();
    expect(await page.locator(".article").textContent()).toContain("Production deploy of checkout-api");

    await page.goto(`${server.url}/#/overview`);
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    await page.locator(".card svg").first().waitFor();
    const charts = await page
      .locator(".card")
      .evaluateAll((cards) =>
        cards.map((card) => [
          card.querySelector("h2")?.textContent,
          card.querySelectorAll("svg rect").length,
        ]),
      );
    expect(charts).toEqual(
      expect.arrayContaining([
        ["Tickets by area", expect.any(Number)],
        ["Drafts: approved unchanged, edited, rejected", 1],
      ]),
    );
    expect(charts.every(([, rects]) => typeof rects === "number")).toBe(true);
  }, 60_000);

  it("keeps an XSS payload in a ticket inert in the queue and the ticket view", async () => {
    const xssId = await ingest(XSS_TICKET);
    await page.goto(`${server.url}/#/`);
    const row = page.locator("table.grid tbody tr", { hasText: "Deploy fails" });
    await row.waitFor({ timeout: 20_000 });
    expect(await row.textContent()).toContain("<img src=x onerror=");
    expect(await page.locator("#root img, #root script, #root svg, [onerror]").count()).toBe(0);
    await page.goto(`${server.url}/#/tickets/${xssId}`);
    await page.locator(".message.attachment .log").waitFor();
    await page.locator(".message.inbound .log").waitFor();
    // The payloads are shown as the text they are...
    expect(await page.locator("#ticket-title").textContent()).toContain(`<img src=x onerror=`);
    expect(await page.locator(".message.inbound .log").textContent()).toContain(
      "<script>window.__xss='body'",
    );
    expect(await page.locator(".message.attachment header").textContent()).toContain(`<img src=x onerror=`);
    // ...and nothing ran, nothing was injected, nothing remote was loaded.
    const injected = await page.evaluate(() => ({
      flag: (window as unknown as { __xss?: string }).__xss ?? null,
      elements: document.querySelectorAll(
        "#root img, #root script, #root iframe, #root svg, #root style, [onerror], [onload], a[href^='javascript:']",
      ).length,
      scripts: Array.from(document.scripts).map((s) => s.src.replace(location.origin, "")),
      remote: performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => !name.startsWith(location.origin)),
    }));
    expect(injected.flag).toBeNull();
    expect(injected.elements).toBe(0);
    expect(injected.scripts.every((src) => src.startsWith("/assets/"))).toBe(true);
    expect(injected.remote).toEqual([]);
    // The draft reply quotes customer text in an editor, as text.
    expect(await page.getByLabel("Draft reply (Markdown)").count()).toBe(1);
    expect(browser?.dialogs).toEqual([]);
  }, 60_000);
});
