/**
 * The database as Kysely sees it. Ids are made by the app (UUIDs), timestamps are ISO-8601 UTC
 * strings and JSON is stored as text, so one set of migrations serves SQLite and PostgreSQL alike.
 */
export interface Database {
  organisations: {
    id: string;
    slug: string;
    name: string;
    plan: string | null;
    created_at: string;
    /** IANA zone the customer is told times in; null: the SLA calendar's. */
    time_zone: string | null;
  };
  contacts: { id: string; org_id: string; email: string; created_at: string; time_zone: string | null };
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
    /** The handoff's title (the GitHub issue title); null for escalations triage recommended. */
    title: string | null;
    github_status: "pending" | "posted" | "failed" | null;
    /** `owner/name` the issue is (to be) opened in. */
    github_repo: string | null;
    /** Set before the create request is sent: a retry first looks for the issue it may have made. */
    github_attempted_at: string | null;
    github_issue_number: number | null;
    github_issue_url: string | null;
    github_node_id: string | null;
    github_error: string | null;
    slack_status: "pending" | "posted" | "failed" | null;
    slack_posted_at: string | null;
    slack_error: string | null;
    /** The linked issue's state as last seen: open or closed. */
    issue_state: string | null;
    /** The version the receiving team named as containing the fix. */
    fixed_version: string | null;
    /** The `since` cursor for the issue's comments (GitHub's own updated_at, not our clock). */
    comments_since: string | null;
    synced_at: string | null;
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
  draft_reviews: {
    id: string;
    draft_id: string;
    ticket_id: string;
    org_id: string;
    area: string | null;
    code: string | null;
    /** The category's cause: the root-cause code, or `area:<area>` without one. */
    cause: string;
    /** The draft's action kind (a TActionKind). */
    action_kind: string;
    outcome: "unchanged" | "edited" | "rejected";
    /** For edits: a unified diff of the draft against the (redacted) reply as sent. */
    diff: string | null;
    /** For edits: characters added plus removed, as a share of the draft's length (at most 1). */
    edit_ratio: number | null;
    /** 1 when approved unchanged or with a small edit: the reviews autonomy is earned from. */
    accepted: number;
    /** For rejections: a TRejectReason and the reviewer's words. */
    reason: string | null;
    reason_text: string | null;
    reviewer: string;
    reviewed_at: string;
  };
  autonomy_categories: {
    id: string;
    cause: string;
    action_kind: string;
    /** The earned level (a TLevel). */
    level: string;
    /** When the earned level last changed: reviews before it do not count towards the next. */
    level_since: string | null;
    /** A lead's pin or cap, which wins over the earned level. */
    override: "pin" | "cap" | null;
    override_level: string | null;
    override_by: string | null;
    override_at: string | null;
    override_note: string | null;
    updated_at: string;
  };
  autonomy_level_history: {
    id: string;
    category_id: string;
    from_level: string;
    to_level: string;
    change: "promoted" | "demoted" | "reset" | "pinned" | "capped" | "unpinned";
    reason: string;
    /** JSON: the numbers that justified the change. */
    numbers: string | null;
    actor: string;
    at: string;
  };
  autonomy_policy: { key: string; value: string; updated_by: string; updated_at: string };
  ticket_ratings: {
    id: string;
    ticket_id: string;
    org_id: string;
    /** 1 (bad) to 5 (good). */
    rating: number;
    comment: string | null;
    rated_by: string;
    created_at: string;
  };
  /** Every status a ticket entered, in order: the history SLA timers are replayed from. */
  ticket_status_changes: { id: string; ticket_id: string; status: string; at: string; seq: number };
  /** A ticket's SLA timers as last computed (kind: first_response, next_update, resolution). */
  sla_timers: {
    id: string;
    ticket_id: string;
    kind: string;
    hours: "business" | "24x7";
    target_minutes: number;
    started_at: string;
    due_at: string | null;
    warn_at: string | null;
    paused_at: string | null;
    met_at: string | null;
    remaining_minutes: number;
    /** Recorded once per timer period by the sweep (reset when the timer restarts). */
    warned_at: string | null;
    breached_at: string | null;
    updated_at: string;
  };
  /** Follow-up drafts written at most once per ticket, kind and period (progress, nudge, closure). */
  sla_follow_ups: {
    id: string;
    ticket_id: string;
    kind: "progress-update" | "nudge" | "closure-notice";
    period: string;
    draft_id: string | null;
    created_at: string;
  };
  /** The lead's SLA settings (one row, id `current`, JSON); absent: the built-in defaults. */
  sla_settings: { id: string; settings: string; updated_at: string; updated_by: string };
  article_drafts: {
    id: string;
    /** The ticket outcome it was learned from: one proposal per outcome. */
    outcome_id: string;
    ticket_id: string;
    /** `article`: a new article; `suggestion`: extend `target_article` (a near-duplicate). */
    kind: "article" | "suggestion";
    status: "pending" | "approved" | "rejected";
    /** The id of the team article approving it saves. */
    slug: string;
    title: string;
    area: string;
    code: string | null;
    target_article: string | null;
    target_origin: "shipped" | "team" | null;
    /** Why Deckhand proposed it (a TLearnReason). */
    reason: string;
    /** The signature learned from the key error line; null when none could be derived. */
    pattern: string | null;
    /** A derived pattern the safety check refused: approval is refused while it is still in. */
    refused_pattern: string | null;
    /** JSON array of notes for the reviewer (what to check or fill in). */
    notes: string;
    /** The proposed article in the shipped format (redacted). */
    markdown: string;
    created_at: string;
    decided_at: string | null;
    decided_by: string | null;
    /** The reviewer's reason for a rejection. */
    decision_note: string | null;
    /** The team article an approval created or updated. */
    article_id: string | null;
  };
  /** Per signature (`article/signature`) and article: proposals, and how many were confirmed. */
  trust_counts: {
    kind: "signature" | "article";
    ref: string;
    fired: number;
    confirmed: number;
    updated_at: string;
  };
  /** What each resolved ticket added to trust_counts (confirmed 0/1), to take back on re-resolve. */
  trust_observations: { ticket_id: string; kind: "signature" | "article"; ref: string; confirmed: number };
  /** The team digest of a period [period_start, period_end): its Markdown and its data (JSON). */
  digests: {
    id: string;
    period_start: string;
    period_end: string;
    markdown: string;
    data: string;
    created_at: string;
  };
  /** A promise made in an outgoing reply, tracked until kept, missed or cancelled. */
  commitments: {
    id: string;
    ticket_id: string;
    /** The outbound message that made the promise. */
    message_id: string;
    /** The sending engineer's id, or `deckhand` for Deckhand's own sends. */
    owner: string;
    /** The ticket's area when the promise was made: the team that answers for it. */
    team: string | null;
    /** The sentence (from the redacted reply). */
    text: string;
    phrase: string;
    kind: "time" | "event";
    /** What an event promise waits on ("engineering confirms"). */
    condition: string | null;
    due_at: string | null;
    /** The customer's zone the due time was read in. */
    time_zone: string;
    confidence: number;
    /** `sla` when the SLA's next-update timer backs the time (progress updates); null otherwise. */
    backed_by: string | null;
    status: "open" | "kept" | "missed" | "cancelled";
    reminded_at: string | null;
    kept_at: string | null;
    /** When it stopped being open (kept, missed or cancelled). */
    settled_at: string | null;
    created_at: string;
  };
  /** "You promised X on ticket Y by Z": one per commitment, shown to its recipient until dismissed. */
  reminders: {
    id: string;
    commitment_id: string;
    ticket_id: string;
    /** An engineer id, or `deckhand` for a Deckhand promise on an unassigned ticket (leads see those). */
    recipient: string;
    message: string;
    created_at: string;
    dismissed_at: string | null;
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
