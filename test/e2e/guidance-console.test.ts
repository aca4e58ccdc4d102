import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openConsoleWorld, signInToConsole, type ConsoleWorld } from "../helpers/browser.ts";

const EMAIL = "lead@deckhand.test";
const PASSWORD = "correct horse battery staple";
const LOCKED = "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress";
const CODE = "helm.release.operation-in-progress";

/**
 * One engineer's day with the guidance and follow-through features, in Chromium: the SLA timers on
 * a ticket, a promise made in an edited reply, the review showing up on the autonomy page, resolving
 * with one click, and the lead's SLA and knowledge-draft pages. The console is built by the tests' global set-up.
 */
describe("guidance and follow-through in the console", () => {
  let world: ConsoleWorld | undefined;
  let page: Page;
  let url: string;
  let ticketId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    world = await openConsoleWorld({ name: "Lin Lead", email: EMAIL, password: PASSWORD });
    ticketId = await world.ingest({ subject: "Release locked", body: LOCKED, customer: { org: "acme" } });
    page = world.page;
    url = world.server.url;
    page.on("pageerror", (error) => errors.push(error.message));
    await signInToConsole(page, url, EMAIL, PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await world?.stop();
  });

  it("shows the ticket's SLA timers, and tracks a promise made in an edited reply", async () => {
    await page.goto(`${url}/#/tickets/${ticketId}`);
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
    await page.goto(`${url}/#/tickets/${ticketId}`);
    await page.getByRole("button", { name: `Deckhand was right: ${CODE}` }).click();
    await expect.poll(() => page.getByTestId("outcome").textContent()).toContain(CODE);
  });

  it("opens the lead's SLA settings and the knowledge drafts", async () => {
    await page.goto(`${url}/#/sla`);
    await page.getByRole("heading", { name: "SLA" }).waitFor();
    await page.getByRole("group", { name: "Working days" }).waitFor();
    await page.goto(`${url}/#/knowledge/drafts`);
    await page.getByRole("navigation", { name: "Drafts" }).waitFor();
    expect(errors).toEqual([]);
  });
});
