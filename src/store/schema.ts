/**
 * The database as Kysely sees it. Ids are made by the app (UUIDs), timestamps are ISO-8601 UTC
 * strings and JSON is stored as text, so one set of migrations serves SQLite and PostgreSQL alike.
 */
export interface Database {
  organisations: { id: string; slug: string; name: string; plan: string | null; created_at: string };
  contacts: { id: string; org_id: string; email: string; created_at: string };
  engineers: {
    id: string;
    email: string;
    name: string;
    role: "agent" | "lead" | "admin";
    password_hash: string | null;
    created_at: string;
  };
  sessions: {
    /** SHA-256 of the session cookie's value: a leaked database holds no usable session. */
    id: string;
    engineer_id: string;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  };
  api_tokens: {
    id: string;
    token_hash: string;
    name: string;
    role: "agent" | "lead" | "admin" | null;
    org_id: string | null;
    engineer_id: string | null;
    created_at: string;
    revoked_at: string | null;
  };
  tickets: {
    id: string;
    org_id: string;
    contact_id: string | null;
    external_id: string | null;
    subject: string | null;
    status: string;
    priority: string | null;
    area: string | null;
    top_code: string | null;
    top_confidence: number | null;
    assignee_id: string | null;
    triage_version: number;
    created_at: string;
    updated_at: string;
  };
  messages: {
    id: string;
    ticket_id: string;
    kind: "inbound" | "outbound" | "note";
    author: string;
    body: string;
    created_at: string;
  };
  attachments: {
    id: string;
    ticket_id: string;
    message_id: string;
    name: string;
    text: string;
    size: number;
  };
  triage_results: { id: string; ticket_id: string; version: number; result: string; created_at: string };
  drafts: {
    id: string;
    ticket_id: string;
    triage_version: number;
    body: string;
    status: "pending" | "approved" | "rejected" | "sent";
    created_at: string;
    decided_at: string | null;
    decided_by: string | null;
    /** A TActionKind. */
    action_kind: string;
    /** A TDraftPurpose. */
    purpose: string;
    area: string | null;
    code: string | null;
    confidence: number | null;
    priority: string | null;
    /** While held for an autonomous send: when it goes unless a person intervenes. */
    send_at: string | null;
  };
  escalations: {
    id: string;
    ticket_id: string;
    team: string;
    reason: string;
    status: "open" | "closed";
    created_at: string;
  };
  articles: {
    id: string;
    slug: string;
    markdown: string;
    author: string;
    created_at: string;
    updated_at: string;
  };
  audit_log: {
    id: string;
    at: string;
    actor: string;
    action: string;
    entity_type: string;
    entity_id: string;
    details: string;
  };
  jobs: {
    id: string;
    kind: string;
    payload: string;
    status: "queued" | "running" | "done" | "failed";
    attempts: number;
    max_attempts: number;
    run_at: string;
    locked_by: string | null;
    locked_until: string | null;
    last_error: string | null;
    dedupe_key: string | null;
    created_at: string;
    updated_at: string;
  };
  ticket_outcomes: {
    id: string;
    ticket_id: string;
    org_id: string;
    triage_version: number;
    /** Deckhand's top root-cause code at resolution. */
    predicted_code: string | null;
    /** The cause the engineer confirmed or corrected to; null when no taxonomy code fits. */
    code: string | null;
    /** The engineer's words for a cause no code fits (redacted). */
    cause_note: string | null;
    verdict: "confirmed" | "corrected" | "unexplained";
    area: string | null;
    /** The first meaningful error line of the ticket (redacted), for gaps and new signatures. */
    key_error_line: string | null;
    decided_by: string;
    created_at: string;
  };
  search_docs: {
    id: string;
    kind: "article" | "ticket";
    ref_id: string;
    org_id: string | null;
    title: string;
    body: string;
    updated_at: string;
  };
}
