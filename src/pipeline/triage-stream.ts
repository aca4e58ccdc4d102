import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { cleanText, type Doc } from "./extract/document.ts";
import { countByKind, redact, type RedactionSpan } from "./redact/redact.ts";
import { scanStream } from "./scan/scan-log.ts";
import { triageDoc, type TriageOutput } from "./triage.ts";

export interface StreamTriage extends Omit<TriageOutput, "ticket"> {
  totalLines: number;
  totalBytes: number;
  excerptLines: number;
}

/**
 * Triages a log too large to hold in memory: the scanner keeps the lines worth reading (with their
 * original numbers), which are redacted before any other stage sees them; the rest is never kept.
 */
export async function triageStream(
  stream: AsyncIterable<Buffer | string>,
  {
    source,
    subject,
    kb,
    onProgress,
  }: { source: string; subject?: string; kb: KnowledgeBase; onProgress?: (bytes: number) => void },
): Promise<StreamTriage> {
  const scan = await scanStream(stream, source, kb.signatures, onProgress);
  const spans: RedactionSpan[] = [];
  const lines = scan.lines.map((line) => {
    const redacted = redact(cleanText(line.text));
    spans.push(...redacted.spans);
    return { ...line, text: redacted.text };
  });
  const doc: Doc = { lines, text: lines.map((line) => line.text).join("\n") };
  const subjectRedacted = subject === undefined ? undefined : redact(subject);
  if (subjectRedacted) spans.push(...subjectRedacted.spans);
  const output = triageDoc(doc, { subject: subjectRedacted?.text, redactions: countByKind(spans) }, { kb });
  return { ...output, totalLines: scan.totalLines, totalBytes: scan.totalBytes, excerptLines: lines.length };
}
