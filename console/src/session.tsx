import { createContext, useContext } from "react";
import type { Engineer } from "./types.ts";

export interface SessionState {
  engineer: Engineer;
  /** Leads and admins assign anyone and write articles. */
  isLead: boolean;
}

export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in engineer; only used below the sign-in gate. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the signed-in console");
  return session;
}
