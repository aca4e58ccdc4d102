import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract.ts";
import { withoutTimePromises } from "./guard.ts";
import { reminderAt } from "./reminder-time.ts";

// Friday 27 March 2026, 12:00 UTC: 12:00 in London (GMT; BST starts on Sunday the 29th), 08:00 in
// New York (EDT), 21:00 in Tokyo (after the end of the business day).
const FRI_MARCH_27 = "2026-03-27T12:00:00Z";
// Friday 6 March 2026, 15:00 UTC: 10:00 in New York (EST; EDT starts on Sunday the 8th).
const FRI_MARCH_6 = "2026-03-06T15:00:00Z";
// Tuesday 24 March 2026, 10:00 UTC: an ordinary weekday morning in London.
const TUE_MARCH_24 = "2026-03-24T10:00:00Z";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const TOKYO = "Asia/Tokyo";

/** [reply, zone, now, expected due (UTC), expected phrase] */
const TIMED: [string, string, string, string, string][] = [
  ["I'll update you by 3 pm tomorrow.", LONDON, FRI_MARCH_27, "2026-03-28T15:00:00.000Z", "by 3 pm tomorrow"],
  ["We will get back to you by Friday.", LONDON, FRI_MARCH_27, "2026-03-27T17:00:00.000Z", "by Friday"],
  // Across the weekend and the change to BST: 17:00 BST is 16:00 UTC.
  [
    "You'll hear from us before end of day Monday.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-30T16:00:00.000Z",
    "before end of day Monday",
  ],
  [
    "Expect an update within two hours.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-27T14:00:00.000Z",
    "within two hours",
  ],
  [
    "I will send the patched build in 30 minutes.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-27T12:30:00.000Z",
    "in 30 minutes",
  ],
  // One business day from Friday noon is Monday noon, in BST by then.
  [
    "We'll reply within 1 business day.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-30T11:00:00.000Z",
    "within 1 business day",
  ],
  [
    "We aim to have a workaround for you later today.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-27T17:00:00.000Z",
    "later today",
  ],
  ["I'll confirm by end of day.", LONDON, FRI_MARCH_27, "2026-03-27T17:00:00.000Z", "by end of day"],
  [
    "We'll look at it first thing tomorrow.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-28T09:00:00.000Z",
    "first thing tomorrow",
  ],
  [
    "We'll have an answer early next week.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-31T16:00:00.000Z",
    "early next week",
  ],
  ["I'll call you this afternoon.", LONDON, FRI_MARCH_27, "2026-03-27T17:00:00.000Z", "this afternoon"],
  ["We'll send the fix on 12 March.", LONDON, FRI_MARCH_27, "2027-03-12T17:00:00.000Z", "on 12 March"],
  [
    "We will deploy it by 2026-12-03 17:00 UTC.",
    TOKYO,
    FRI_MARCH_27,
    "2026-12-03T17:00:00.000Z",
    "by 2026-12-03 17:00 UTC",
  ],
  // Hours are exact: 72 hours later, whatever the clocks did.
  [
    "You will receive an update within 72 hours.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-30T12:00:00.000Z",
    "within 72 hours",
  ],
  // Days are calendar days: Sunday 12:00 BST.
  [
    "We'll be back in touch within 2 days.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-29T11:00:00.000Z",
    "within 2 days",
  ],
  [
    "Our engineering team will have a patch by the end of the week.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-27T17:00:00.000Z",
    "by the end of the week",
  ],
  ["I'll update you tomorrow morning.", LONDON, FRI_MARCH_27, "2026-03-28T09:00:00.000Z", "tomorrow morning"],
  [
    "We'll have more news by noon on Monday.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-30T11:00:00.000Z",
    "by noon on Monday",
  ],
  [
    "We're planning to ship the hotfix next week.",
    LONDON,
    FRI_MARCH_27,
    "2026-04-03T16:00:00.000Z",
    "next week",
  ],
  [
    "By Tuesday, we'll have rolled out the fix.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-31T16:00:00.000Z",
    "By Tuesday",
  ],
  [
    "I'll get back to you by 10:30 tomorrow.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-28T10:30:00.000Z",
    "by 10:30 tomorrow",
  ],
  [
    "Let me check with the team and come back to you within the hour.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-27T13:00:00.000Z",
    "within the hour",
  ],
  [
    "We will update this ticket by 5pm on Tuesday.",
    LONDON,
    FRI_MARCH_27,
    "2026-03-31T16:00:00.000Z",
    "by 5pm on Tuesday",
  ],
  ["You can expect a reply by tonight.", LONDON, FRI_MARCH_27, "2026-03-27T20:00:00.000Z", "by tonight"],
  [
    "I'll ring you on Thursday morning.",
    LONDON,
    TUE_MARCH_24,
    "2026-03-26T09:00:00.000Z",
    "on Thursday morning",
  ],
  ["We should have the results by 4pm.", LONDON, TUE_MARCH_24, "2026-03-24T16:00:00.000Z", "by 4pm"],
  ["We will get back to you by Friday.", NEW_YORK, FRI_MARCH_27, "2026-03-27T21:00:00.000Z", "by Friday"],
  [
    "I'll update you by 3 pm tomorrow.",
    NEW_YORK,
    FRI_MARCH_27,
    "2026-03-28T19:00:00.000Z",
    "by 3 pm tomorrow",
  ],
  // Month first in the United States: 12/03 is 3 December.
  ["We'll send the analysis by 12/03.", NEW_YORK, FRI_MARCH_27, "2026-12-03T22:00:00.000Z", "by 12/03"],
  ["We'll send the analysis by 12/03.", LONDON, FRI_MARCH_27, "2027-03-12T17:00:00.000Z", "by 12/03"],
  [
    "I'll call you at 3pm EST tomorrow.",
    NEW_YORK,
    FRI_MARCH_27,
    "2026-03-28T20:00:00.000Z",
    "at 3pm EST tomorrow",
  ],
  // Across the change to EDT: 17:00 EDT is 21:00 UTC, not 22:00.
  ["We'll have an update for you by Monday.", NEW_YORK, FRI_MARCH_6, "2026-03-09T21:00:00.000Z", "by Monday"],
  [
    "You'll hear from us within 1 business day.",
    NEW_YORK,
    FRI_MARCH_6,
    "2026-03-09T14:00:00.000Z",
    "within 1 business day",
  ],
  ["We will follow up in 48 hours.", NEW_YORK, FRI_MARCH_6, "2026-03-08T15:00:00.000Z", "in 48 hours"],
  [
    "We should have a fix by end of next week.",
    NEW_YORK,
    FRI_MARCH_6,
    "2026-03-13T21:00:00.000Z",
    "by end of next week",
  ],
  // 21:00 in Tokyo: this Friday's business day is over, so "by Friday" is next Friday.
  ["We will get back to you by Friday.", TOKYO, FRI_MARCH_27, "2026-04-03T08:00:00.000Z", "by Friday"],
  ["I'll confirm later today.", TOKYO, FRI_MARCH_27, "2026-03-27T14:59:59.999Z", "later today"],
  ["We'll update you tomorrow.", TOKYO, FRI_MARCH_27, "2026-03-28T08:00:00.000Z", "tomorrow"],
  [
    "We'll reply within 1 business day.",
    TOKYO,
    FRI_MARCH_27,
    "2026-03-30T12:00:00.000Z",
    "within 1 business day",
  ],
  [
    "You will hear from us again by Tuesday 31 March 2026 at 15:00 (Europe/London).",
    LONDON,
    FRI_MARCH_27,
    "2026-03-31T14:00:00.000Z",
    "by Tuesday 31 March 2026 at 15:00",
  ],
];

/** [reply, expected phrase, expected condition] */
const EVENTS: [string, string, string][] = [
  [
    "We'll let you know once engineering confirms the root cause.",
    "once engineering confirms the root cause",
    "engineering confirms the root cause",
  ],
  ["The fix will be available after the next release.", "after the next release", "the next release"],
  ["We will update you when the fix ships.", "when the fix ships", "the fix ships"],
  [
    "As soon as we hear back from the vendor, I'll update this ticket.",
    "As soon as we hear back from the vendor",
    "we hear back from the vendor",
  ],
];

/** Replies that promise nothing of ours with a time or event: none may be extracted. */
const NOT_OURS: [string, string][] = [
  ["a request to the customer", "Please send the logs by Friday."],
  ["a request, then a promise without a time", "Please send the logs by Friday and we'll take a look."],
  ["a past fact", "We deployed the fix on Monday."],
  ["past facts with a version number", "We released 2.5 last week and we upgraded the cluster on Monday."],
  ["a negated future", "We won't have an update before Friday."],
  ["a negated promise", "We will not be able to look at this until Monday."],
  ["a refused promise", "I can't promise we'll have a fix by Friday."],
  [
    "quoted customer text",
    "Thanks for the details.\n\n> I'll send the logs by Friday.\n> We will upgrade tomorrow.",
  ],
  ["the quoted thread", "Thanks!\n\nOn Tue, 24 Mar 2026 at 09:12, Dana wrote:\nWe will upgrade by Friday."],
  ["a question to the customer", "Could you reply by tomorrow?"],
  ["a question about a call", "Shall we schedule a call tomorrow at 3pm?"],
  ["a promise that waits on the customer", "Once you send the logs, we'll reply within 2 hours."],
  [
    "a promise that waits on the customer, condition after",
    "We'll review it within 2 hours of receiving your logs, if you send them.",
  ],
  ["a need phrased as we-will", "We'll need the HAR file by Friday."],
  ["a conditional we-can", "If you send the logs by Friday, we can take a look."],
  ["an instruction", "You will need to restart the agent by tomorrow."],
  ["let us know", "Let us know by Friday whether it worked."],
  ["no time", "We'll keep working on it."],
  ["a vague time", "We will update you soon."],
  ["a code block", "The agent logged this:\n\n```\nI will retry in 30 minutes\n```"],
  [
    "Deckhand's triage wording",
    "Once we have that, we will look at it and come back to you with the next step.",
  ],
];

describe("extractCommitments", () => {
  it.each(TIMED)("%s (%s, %s) is due at %s", (reply, zone, now, due, phrase) => {
    const found = extractCommitments(reply, { now: new Date(now), timeZone: zone });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "time", phrase, text: reply.trim() });
    expect(found[0]?.dueAt?.toISOString()).toBe(due);
    expect(found[0]?.confidence).toBeGreaterThan(0.4);
  });

  it.each(EVENTS)("%s waits on an event", (reply, phrase, condition) => {
    const found = extractCommitments(reply, { now: new Date(FRI_MARCH_27), timeZone: LONDON });
    expect(found).toEqual([expect.objectContaining({ kind: "event", phrase, condition })]);
    expect(found[0]?.dueAt).toBeUndefined();
  });

  it.each(NOT_OURS)("finds nothing in %s", (_, reply) => {
    for (const timeZone of [LONDON, NEW_YORK, TOKYO])
      expect(extractCommitments(reply, { now: new Date(FRI_MARCH_27), timeZone })).toEqual([]);
  });

  it("finds every promise of a longer reply, with the sentence and its offsets", () => {
    const reply = [
      "Hi Sam,",
      "",
      "> Can you look at this today? We deploy at 6pm.",
      "",
      "Thanks for the logs. The upgrade failed because the release is locked. Please roll back first.",
      "I'll check the runner tomorrow morning, and we will send you the patched chart by Wednesday.",
      "We'll also let you know when the upstream fix ships.",
    ].join("\n");
    const found = extractCommitments(reply, { now: new Date(TUE_MARCH_24), timeZone: LONDON });
    expect(found.map((c) => [c.kind, c.phrase, c.dueAt?.toISOString()])).toEqual([
      ["time", "tomorrow morning", "2026-03-25T09:00:00.000Z"],
      ["time", "by Wednesday", "2026-03-25T17:00:00.000Z"],
      ["event", "when the upstream fix ships", undefined],
    ]);
    for (const c of found) expect(reply.slice(c.start, c.end)).toBe(c.text);
  });

  it("defaults to UTC and reads curly apostrophes", () => {
    const [found] = extractCommitments("We\u2019ll update you by 9am tomorrow.", {
      now: new Date(TUE_MARCH_24),
    });
    expect(found?.dueAt?.toISOString()).toBe("2026-03-25T09:00:00.000Z");
  });

  it("ignores a time that has already passed", () => {
    expect(
      extractCommitments("We will deploy it by 2026-01-05 17:00 UTC.", { now: new Date(TUE_MARCH_24) }),
    ).toEqual([]);
  });
});

describe("withoutTimePromises", () => {
  const options = { now: new Date(FRI_MARCH_27), timeZone: LONDON };

  it("takes the sentences with time promises out of Deckhand's text and keeps the rest", () => {
    const body =
      "Thank you for the details. We will send you a fix by Friday.\n\nPlease check the agent version.";
    const { body: guarded, removed } = withoutTimePromises(body, { ...options, allowNextUpdate: false });
    expect(guarded).toBe("Thank you for the details.\n\nPlease check the agent version.");
    expect(removed.map((c) => c.phrase)).toEqual(["by Friday"]);
    expect(extractCommitments(guarded, options)).toEqual([]);
  });

  it("keeps a progress update's next-update time, and nothing more", () => {
    const body =
      "A short update: we are still working on it. We will have a fix by Monday.\n\nYou will hear from us again by Tuesday 31 March 2026 at 15:00 (Europe/London).";
    const { body: guarded, removed } = withoutTimePromises(body, { ...options, allowNextUpdate: true });
    expect(removed.map((c) => c.phrase)).toEqual(["by Monday"]);
    expect(guarded).toContain("You will hear from us again by Tuesday 31 March 2026");
    expect(guarded).not.toContain("by Monday");
    expect(withoutTimePromises(body, { ...options, allowNextUpdate: false }).body).not.toContain(
      "hear from us",
    );
  });

  it("leaves event promises alone", () => {
    const body = "We will update this ticket once engineering confirms the cause.";
    expect(withoutTimePromises(body, { ...options, allowNextUpdate: false })).toEqual({ body, removed: [] });
  });
});

describe("reminderAt", () => {
  const made = new Date("2026-03-27T09:00:00Z");

  it("reminds an hour before a promise with time to spare", () => {
    expect(reminderAt(made, new Date("2026-03-27T17:00:00Z")).toISOString()).toBe("2026-03-27T16:00:00.000Z");
    expect(reminderAt(made, new Date("2026-03-27T17:00:00Z"), 30).toISOString()).toBe(
      "2026-03-27T16:30:00.000Z",
    );
  });

  it("reminds a quarter of the way before a short promise", () => {
    expect(reminderAt(made, new Date("2026-03-27T09:30:00Z")).toISOString()).toBe("2026-03-27T09:22:30.000Z");
  });
});
