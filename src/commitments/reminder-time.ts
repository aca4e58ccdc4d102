/** How long before its due time a promise's owner is reminded, unless the promise is short. */
export const DEFAULT_LEAD_MINUTES = 60;

/** A short promise is reminded this far into its remaining time before it falls due (25%). */
const SHORT_SHARE = 0.25;

/**
 * When to remind the owner of a promise: `leadMinutes` before it is due, or, for a promise made
 * with less time than that to spare, a quarter of its time before (a 30-minute promise: 7.5 minutes).
 */
export function reminderAt(createdAt: Date, dueAt: Date, leadMinutes = DEFAULT_LEAD_MINUTES): Date {
  const span = dueAt.getTime() - createdAt.getTime();
  const lead = Math.min(leadMinutes * 60_000, Math.max(0, span) * SHORT_SHARE);
  return new Date(dueAt.getTime() - lead);
}
