import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { createTokenCli, exited, startServer, type ServerProcess } from "./server-process.ts";
import { createTestDatabase, insertEngineer, openTestDeps, type TestDatabase } from "./store.ts";

/** Debian's Chromium, which `.ci/run` installs when it is missing. */
export const CHROMIUM = "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Messages of every alert/confirm the page opened (an XSS payload that ran would show here). */
  dialogs: string[];
  close(): Promise<void>;
}

/** Starts headless Chromium on a throw-away profile with one page, quiet and offline-friendly. */
export async function launchBrowser(viewport?: { width: number; height: number }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "deckhand-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    ...(viewport ? { viewport } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {
    context,
    page,
    dialogs,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the console's form and waits for the queue. */
export async function signInToConsole(
  page: Page,
  url: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Queue" }).waitFor();
}

/** A lead's console against a real server process on a fresh SQLite database, with an admin API token. */
export interface ConsoleWorld {
  server: ServerProcess;
  token: string;
  browser: Browser;
  page: Page;
  /** Ingests a ticket through the API and returns its id. */
  ingest(ticket: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the server, creates the lead, signs them in to the console in headless Chromium. */
export async function openConsoleWorld(lead: {
  name: string;
  email: string;
  password: string;
}): Promise<ConsoleWorld> {
  const database: TestDatabase = await createTestDatabase("sqlite");
  const { deps, store } = await openTestDeps(database);
  await insertEngineer(deps, { id: randomUUID(), role: "lead", ...lead });
  await store.close();
  const token = createTokenCli(database, ["--role", "admin"]);
  const server = await startServer(database);
  const browser = await launchBrowser();
  return {
    server,
    token,
    browser,
    page: browser.page,
    async ingest(ticket) {
      const response = await fetch(`${server.url}/api/v1/tickets`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(ticket),
      });
      return ((await response.json()) as { id: string }).id;
    },
    async stop() {
      await browser.close();
      server.child.kill("SIGTERM");
      await exited(server.child);
      await database.drop();
    },
  };
}
