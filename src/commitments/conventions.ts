/**
 * How Deckhand reads the time in a promise, in one place. Every wall-clock time is in the
 * customer's time zone (an IANA zone; UTC when the customer's zone is unknown).
 *
 * | the promise says                                   | it is due at                              |
 * |----------------------------------------------------|-------------------------------------------|
 * | a day without a time ("by Friday", "on 12 March", "tomorrow") | that day at 17:00 (end of business) |
 * | "end of day", "EOD", "close of business", "today"   | today at 17:00                            |
 * | "later today", "by end of day" said after 17:00      | today at 23:59                            |
 * | "morning", "first thing"                            | 09:00                                     |
 * | "noon", "midday", "lunchtime"                       | 12:00                                     |
 * | "afternoon"                                         | 17:00 (the end of the afternoon)          |
 * | "evening", "tonight"                                | 20:00                                     |
 * | "this week", "end of the week", "later this week"   | this week's Friday at 17:00               |
 * | "early next week", "start of next week"             | next week's Tuesday at 17:00              |
 * | "mid next week"                                     | next week's Wednesday at 17:00            |
 * | "next week", "end of next week"                     | next week's Friday at 17:00               |
 * | "end of the month"                                  | the month's last day at 17:00             |
 * | "within / in N minutes, hours, days, weeks"          | exactly that long after the reply          |
 * | "within N business (working) days"                  | N weekdays later, same time of day        |
 * | a weekday that is today, said after 17:00            | the same weekday next week                |
 * | a time with its own zone ("17:00 UTC", "3pm EST")   | that instant                              |
 *
 * Vague words ("soon", "shortly", "asap") are not tracked: they name no time anyone can check.
 */
export const CONVENTIONS = {
  endOfBusinessHour: 17,
  morningHour: 9,
  noonHour: 12,
  afternoonHour: 17,
  eveningHour: 20,
  /** Luxon weekdays (1 = Monday ... 7 = Sunday). */
  businessDays: [1, 2, 3, 4, 5] as readonly number[],
  endOfWeekday: 5,
  earlyNextWeekday: 2,
  midWeekday: 3,
} as const;
