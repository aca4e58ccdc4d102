import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ZTicket } from "../domain/ticket.ts";
import { HANDLERS } from "../jobs/handlers.ts";
import { runJobNow } from "../jobs/run-now.ts";
import { createTicket } from "./create-ticket.ts";
import type { Deps } from "./deps.ts";
import { nowIso } from "./deps.ts";
import { hashPassword } from "./passwords.ts";
import { createToken } from "./tokens.ts";

export const DEMO_EMAIL = "demo@deckhand.local";

export interface DemoAccess {
  email: string;
  password: string;
  token: string;
  tickets: number;
}

/**
 * Seeds a demo: the example tickets (idempotent by externalId), triaged at once, an admin account
 * for the console with a fresh password, and an admin API token.
 */
export async function seedDemo(deps: Deps, examplesDir: string): Promise<DemoAccess> {
  const password = randomBytes(9).toString("base64url");
  const passwordHash = await hashPassword(password);
  await deps.db
    .insertInto("engineers")
    .values({
      id: deps.ids(),
      email: DEMO_EMAIL,
      name: "Demo Engineer",
      role: "admin",
      password_hash: passwordHash,
      created_at: nowIso(deps),
    })
    .onConflict((oc) => oc.column("email").doUpdateSet({ password_hash: passwordHash }))
    .execute();
  const { token } = await createToken(deps, { role: "admin", name: "demo" });
  const principal = { kind: "engineer" as const, role: "admin" as const, tokenId: "demo", engineerId: null };
  let tickets = 0;
  for (const name of readdirSync(examplesDir)
    .filter((file) => file.endsWith(".json"))
    .sort()) {
    const ticket = ZTicket.parse(JSON.parse(readFileSync(join(examplesDir, name), "utf8")));
    const outcome = await createTicket(deps, {
      ticket: { externalId: `demo:${name}`, ...ticket },
      principal,
    });
    if (outcome.created) await runJobNow(deps, HANDLERS, outcome.triageJob, "demo-seed");
    tickets++;
  }
  return { email: DEMO_EMAIL, password, token, tickets };
}
