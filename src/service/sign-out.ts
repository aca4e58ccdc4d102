import type { Deps } from "./deps.ts";
import { hashToken } from "./tokens.ts";

/** Ends a console session; an unknown session is already ended. */
export async function signOut(
  deps: Pick<Deps, "db">,
  { sessionToken }: { sessionToken: string },
): Promise<void> {
  await deps.db.deleteFrom("sessions").where("id", "=", hashToken(sessionToken)).execute();
}
