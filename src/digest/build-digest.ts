import type { TDigestData, TTrendCount } from "../domain/digest.ts";
import type { Period } from "../domain/period.ts";
import { escapeCell, escapeInline } from "./escape-markdown.ts";

const DAY_MS = 86_400_000;
const MAX_ROWS = 10;
const MAX_GAPS = 5;
const MAX_LIST = 15;

/** The change from the previous period: `↑ +4`, `↓ -2`, `→` (same) or `new`. */
export function trend(count: number, previous: number): string {
  if (count === previous) return "→";
  if (previous === 0) return "new";
  return count > previous ? `↑ +${count - previous}` : `↓ -${previous - count}`;
}

/** A period as people read it: its first and last day (the end is exclusive). */
export function periodLabel({ start, end }: Period): string {
  const last = new Date(Date.parse(end) - 1).toISOString().slice(0, 10);
  const first = start.slice(0, 10);
  return first === last ? first : `${first} to ${last}`;
}

const days = ({ start, end }: Period) => Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS);

function trendTable(heading: string, rows: TTrendCount[]): string[] {
  if (rows.length === 0) return ["_None._"];
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [
    `| ${heading} | Tickets | Previous | Trend |`,
    "| --- | ---: | ---: | :---: |",
    ...shown.map(
      (r) => `| ${escapeCell(r.key)} | ${r.count} | ${r.previous} | ${trend(r.count, r.previous)} |`,
    ),
  ];
  if (rows.length > shown.length) lines.push("", `_and ${rows.length - shown.length} more._`);
  return lines;
}

function articleLines(data: TDigestData): string[] {
  if (data.articles.length === 0) return ["_None._"];
  const label = { new: "New", updated: "Updated", "draft-approved": "Approved draft" } as const;
  const lines = data.articles
    .slice(0, MAX_LIST)
    .map(
      (a) =>
        `- ${label[a.change]}: ${escapeInline(a.title, 100)} (${escapeInline(a.id, 80)}${a.area ? `, ${escapeInline(a.area, 40)}` : ""})`,
    );
  if (data.articles.length > MAX_LIST) lines.push(`- and ${data.articles.length - MAX_LIST} more`);
  return lines;
}

function gapLines(data: TDigestData): string[] {
  const { unexplained, clusters } = data.gaps;
  if (unexplained === 0) return ["Every ticket had an explanation."];
  const lines = [`${unexplained} ticket${unexplained === 1 ? "" : "s"} nothing explained.`];
  if (clusters.length === 0) return lines;
  lines.push("");
  clusters.slice(0, MAX_GAPS).forEach((c, i) => {
    const areas = c.areas.map((a) => escapeInline(a.area, 40)).join(", ");
    lines.push(
      `${i + 1}. **${c.count} ticket${c.count === 1 ? "" : "s"}** (${areas}): ${escapeInline(c.key, 200)}`,
    );
    const sample = c.samples[0];
    const ids = c.samples.map((s) => escapeInline(s.id.slice(0, 8), 8)).join(", ");
    const subject = sample?.subject ? `, latest: "${escapeInline(sample.subject, 80)}"` : "";
    lines.push(`   seen ${c.firstSeen.slice(0, 10)} to ${c.lastSeen.slice(0, 10)}; tickets ${ids}${subject}`);
  });
  return lines;
}

function autonomyLines(data: TDigestData): string[] {
  if (data.autonomy.length === 0) return ["_No changes._"];
  return data.autonomy
    .slice(0, MAX_LIST)
    .map(
      (a) =>
        `- ${a.at.slice(0, 10)} ${escapeInline(a.action, 60)}${a.category ? ` (${escapeInline(a.category, 60)})` : ""}: ${escapeInline(a.summary, 160)}`,
    );
}

function draftLines(data: TDigestData): string[] {
  if (data.drafts.length === 0) return ["_No drafts were decided._"];
  const total = data.drafts.reduce(
    (sum, d) => ({
      unchanged: sum.unchanged + d.unchanged,
      edited: sum.edited + d.edited,
      rejected: sum.rejected + d.rejected,
    }),
    { unchanged: 0, edited: 0, rejected: 0 },
  );
  const lines = [
    "| Area | Approved unchanged | Edited | Rejected |",
    "| --- | ---: | ---: | ---: |",
    ...data.drafts.map((d) => `| ${escapeCell(d.area)} | ${d.unchanged} | ${d.edited} | ${d.rejected} |`),
    `| **All** | ${total.unchanged} | ${total.edited} | ${total.rejected} |`,
  ];
  if (data.rejectReasons.length > 0)
    lines.push(
      "",
      `Rejected because: ${data.rejectReasons.map((r) => `${escapeInline(r.key, 40)} ${r.count}`).join(", ")}.`,
    );
  return lines;
}

/** The digest as Markdown for chat and email: headings, short tables and lists, no HTML. */
export function buildDigestMarkdown(data: TDigestData): string {
  const { total, previousTotal } = data.volume;
  const sections = [
    [`# Deckhand digest, ${periodLabel(data.period)}`],
    [`Compared with the previous ${days(data.previous)} days (${periodLabel(data.previous)}).`],
    [
      "## Volume",
      "",
      `**${total} ticket${total === 1 ? "" : "s"}** (${trend(total, previousTotal)}; ${previousTotal} before).`,
      "",
      ...trendTable("Area", data.volume.byArea),
      "",
      ...trendTable("Priority", data.volume.byPriority),
    ],
    ["## Most frequent root causes", "", ...trendTable("Root cause", data.causes)],
    ["## New and changed articles", "", ...articleLines(data)],
    ["## Knowledge gaps: articles to write", "", ...gapLines(data)],
    ["## Autonomy changes", "", ...autonomyLines(data)],
    ["## Drafts: approved unchanged, edited, rejected", "", ...draftLines(data)],
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
