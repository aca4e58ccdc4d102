import { useCallback, useEffect, useState } from "react";
import { api, setCsrfToken, setSignedOutHandler } from "./api.ts";
import { Reminders } from "./commitments/reminders.tsx";
import { AutonomyPage } from "./autonomy/autonomy-page.tsx";
import { DraftsPage } from "./knowledge/drafts-page.tsx";
import { DigestPage } from "./digest/digest-page.tsx";
import { KnowledgePage } from "./knowledge/knowledge-page.tsx";
import { OverviewPage } from "./overview/overview-page.tsx";
import { QueuePage } from "./queue.tsx";
import { useRoute } from "./route.ts";
import { SessionContext, type SessionState } from "./session.tsx";
import { SignIn } from "./sign-in.tsx";
import { SlaSettingsPage } from "./sla/sla-settings-page.tsx";
import { TicketPage } from "./ticket/ticket-page.tsx";
import type { Session } from "./types.ts";

/** The console: the sign-in gate, then the navigation and the current page. */
export function App() {
  const [session, setSession] = useState<SessionState | null | undefined>(undefined);
  const route = useRoute();
  const accept = useCallback((value: Session) => {
    setCsrfToken(value.csrfToken);
    setSession(value.engineer ? { engineer: value.engineer, isLead: value.role !== "agent" } : null);
  }, []);
  useEffect(() => {
    setSignedOutHandler(() => setSession(null));
    api<Session>("GET", "/api/v1/session").then(accept, () => setSession(null));
  }, [accept]);
  if (session === undefined) return <p className="loading">Loading…</p>;
  if (session === null) return <SignIn onSignedIn={accept} />;
  const signOut = async () => {
    await api("DELETE", "/api/v1/session").catch(() => undefined);
    setCsrfToken(null);
    setSession(null);
  };
  const nav = (page: string, href: string, label: string) => (
    <a href={href} aria-current={route.page === page ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <SessionContext.Provider value={session}>
      <a
        className="skip"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">
          <span aria-hidden="true">⚓</span> Deckhand
        </span>
        <nav aria-label="Main">
          {nav("queue", "#/", "Queue")}
          {nav("knowledge", "#/knowledge", "Knowledge")}
          {nav("overview", "#/overview", "Overview")}
          {nav("digest", "#/digest", "Digest")}
          {session.isLead && nav("sla", "#/sla", "SLA")}
          {nav("autonomy", "#/autonomy", "Autonomy")}
        </nav>
        <Reminders />
        <span className="who">
          {session.engineer.name} <span className="role">{session.engineer.role}</span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === "queue" && <QueuePage />}
        {route.page === "ticket" && <TicketPage key={route.id} id={route.id} />}
        {route.page === "knowledge" && <KnowledgePage id={route.id} edit={route.edit} />}
        {route.page === "knowledge-drafts" && <DraftsPage id={route.id} />}
        {route.page === "overview" && <OverviewPage />}
        {route.page === "digest" && <DigestPage />}
        {route.page === "sla" && <SlaSettingsPage />}
        {route.page === "autonomy" && <AutonomyPage />}
      </main>
    </SessionContext.Provider>
  );
}
