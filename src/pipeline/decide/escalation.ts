import semver from "semver";
import type { TArticle } from "../../domain/article.ts";
import type { TPriority } from "../../domain/taxonomy.ts";
import type { TEscalation } from "../../domain/triage-result.ts";
import type { Doc } from "../extract/document.ts";
import { secretExposed } from "../extract/signals.ts";
import type { RankedFinding } from "./rank.ts";

/**
 * Internal-error text from inside a product: its own "should never happen" words, and the runtime
 * exceptions (.NET, Go, Java) that only a programming error produces when the product shows them.
 */
const PRODUCT_CRASH =
  /\bThis should never happen\b|\bplease contact (?:Octopus |Codefresh )?support\b|\bNullReferenceException\b|\bObject reference not set to an instance of an object\b|\bSequence contains no (?:matching )?elements?\b|\bThe given key '?[^'\n]{0,80}'? ?was not present in the dictionary\b|\bIndex was outside the bounds of the array\b|\bAn item with the same key has already been added\b|\bCollection was modified; enumeration operation may not execute\b|\bNullable object must have a value\b|\bpanic: runtime error\b|\binvalid memory address or nil pointer dereference\b|\bgoroutine \d+ \[running\]|\bjava\.lang\.NullPointerException\b/i;
/** A crash marker that configuration problems also produce: it counts when no known cause explains it. */
const UNHANDLED = /\bUnhandled (?:AppDomain )?exception\b/i;
const REGRESSION = [
  /\b(?:since|after)\s+(?:we\s+|I\s+)?(?:upgrad|updat|mov|switch|bump)\w*\s+(?:[\w.-]+\s+){0,6}?(?:to\s+|the\s+)?(?:v?\d+\.\d+|v\d+\b)/i,
  /\b(?:worked|works|working)\s+(?:fine\s+|again\s+|perfectly\s+)?(?:with|on|in|under)\s+(?:the\s+)?(?:previous|older|earlier|v?\d+\.\d+)/i,
  /\b(?:go|went|roll(?:ed)?|downgrad\w*)\s+back\s+to\b[^\n]{0,40}\d+\.\d+[^\n]{0,60}\bworks?\b/i,
  /\b(?:this|it)\s+(?:worked|was working)\s+before\s+(?:the|we|our)\s+(?:upgrade|update)\b/i,
  /\bthe way (?:it|they) (?:did|used to) before\b|\bregression\b/i,
  // A new version arrived on its own (an automatic bump, new build agents) and the same setup broke.
  /\b(?:bumped|picked up|pulled in|rolled out|auto-?updated)\b[^\n]{0,60}\b(?:new|newer|latest)\b[^\n]{0,40}\bv?\d+\.\d+/i,
  // "v0.3.1 works, then going to v0.3.2 it fails"
  /\bv?\d+\.\d+(?:\.\d+)?\b[^\n]{0,40}\bworks?\b[^\n]{0,80}\b(?:going|upgrading|moving|updating) to v?\d+\.\d+/i,
];
const CONFIDENT = 0.5;
const KNOWN_FIX = 0.8;

export interface EscalationInput {
  doc: Doc;
  facts: Record<string, string>;
  ranked: RankedFinding[];
  priority: TPriority;
}

/** Applies the taxonomy's escalation rules: defects, security, beyond-L1 and commercial cases. */
export function decideEscalation({ doc, facts, ranked, priority }: EscalationInput): TEscalation {
  const top = ranked[0];
  // Only a cause shown by a signature commits Deckhand to its escalation rule; similar words do not.
  const topArticle =
    top && top.confidence >= CONFIDENT && top.signatures.length > 0 ? top.article : undefined;
  // A confident, signature-backed cause that upgrades or configuration produce has a known fix:
  // the product logging "unhandled exception" on the way does not make it a defect.
  const knownFix =
    top !== undefined &&
    top.confidence >= KNOWN_FIX &&
    top.signatures.length > 0 &&
    top.article.escalation.onRegression === "expected";
  const evidence = top?.evidence[0]?.text;
  const quoted = evidence ? ` Evidence: "${evidence.slice(0, 160)}".` : "";
  const versions = versionSummary(facts);
  if (secretExposed(doc.text) || (topArticle?.escalation.always && topArticle.escalation.team === "security"))
    return escalate("security", `Possible exposure of credentials or a security report.${quoted}`);
  if (topArticle?.escalation.always)
    return escalate(
      topArticle.escalation.team,
      `${topArticle.title}: handled by ${topArticle.escalation.team}.${quoted}`,
    );
  for (const finding of ranked.filter((f) => f.confidence >= CONFIDENT).slice(0, 3)) {
    const defect = finding.defect ?? knownDefect(finding.article, facts, doc);
    if (defect) return escalate(finding.article.escalation.team, `${defect}${versions}${quoted}`);
  }
  if (PRODUCT_CRASH.test(doc.text) || (UNHANDLED.test(doc.text) && !knownFix))
    return escalate(
      "engineering",
      `Internal error text from inside the product suggests a defect.${versions}${quoted}`,
    );
  const regression = REGRESSION.some((pattern) => pattern.test(doc.text));
  if (regression && (!top || top.article.escalation.onRegression === "defect")) {
    const hypothesis = top ? `${top.article.title}, ` : "";
    return escalate(
      "engineering",
      `Likely regression: ${hypothesis}the same setup worked on the previous version.${versions}${quoted}`,
    );
  }
  if (priority === "P1" && (!top || top.confidence < 0.8))
    return escalate("l2-support", `P1 without a known fix from the first triage.${quoted}`);
  return { recommended: false, team: null, reason: null };
}

function escalate(team: string, reason: string): TEscalation {
  return { recommended: true, team, reason: reason.trim() };
}

/**
 * A known defect applies when the ticket's version of the product is in its affected range (and
 * its symptom matches, when it names one). A defect whose specific symptom matches applies too when
 * the ticket gives no version at all: the reply asks for it, and engineering confirms the range.
 */
export function knownDefect(article: TArticle, facts: Record<string, string>, doc: Doc): string | undefined {
  for (const defect of article.escalation.defects) {
    if (defect.match && !new RegExp(defect.match, "i").test(doc.text)) continue;
    const fixed = defect.fixed ? ` Fixed in ${defect.fixed}.` : "";
    const given = facts[defect.fact];
    if (given === undefined && defect.match && !defect.versionRequired)
      return `Likely known defect: ${defect.summary} (affects ${defect.fact} ${defect.affected}; version not given).${fixed}`;
    const version = semver.coerce(given ?? "", { includePrerelease: false });
    if (!version || !semver.satisfies(version, defect.affected)) continue;
    return `Known defect: ${defect.summary} (${defect.fact} ${version.version} is in ${defect.affected}).${fixed}`;
  }
  return undefined;
}

function versionSummary(facts: Record<string, string>): string {
  const versions = Object.entries(facts)
    .filter(([fact]) => fact.startsWith("version."))
    .map(([fact, value]) => `${fact}=${value}`);
  return versions.length ? ` Versions: ${versions.join(", ")}.` : "";
}
