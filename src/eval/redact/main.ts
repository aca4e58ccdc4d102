/* The door for `npm run eval:redact`: generate the corpus, redact it, print the table. */
import { redact } from "../../pipeline/redact/redact.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { formatReport, scoreRedaction } from "./score.ts";

const verbose = process.argv.includes("--verbose");
const items = generateCorpus();
const started = performance.now();
const results = items.map((item) => redact(item.text).spans);
const seconds = (performance.now() - started) / 1000;
const report = scoreRedaction(items, results);
const out = [formatReport(report), "", `${items.length} texts redacted in ${seconds.toFixed(2)} s`];
if (verbose) out.push("", ...report.examples);
process.stdout.write(out.join("\n") + "\n");
const recall = report.overall.found / report.overall.labelled;
const precision = report.overall.correct / report.overall.predicted;
if (recall < 0.99 || precision < 0.99) process.exitCode = 1;
