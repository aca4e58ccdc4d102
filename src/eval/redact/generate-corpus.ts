import { GENERIC_KINDS } from "./kinds-generic.ts";
import type { KindSpec } from "./kind-spec.ts";
import { SERVICE_KINDS } from "./kinds-services.ts";
import { VENDOR_KINDS } from "./kinds-vendor.ts";
import { cleanText, noiseLine } from "./noise.ts";
import { createRng, type Rng } from "./prng.ts";

export interface LabelledSecret {
  kind: string;
  start: number;
  end: number;
}

export interface CorpusItem {
  text: string;
  secrets: LabelledSecret[];
  /** How the secret was disguised, for the evasion breakdown ("plain" when it was not). */
  evasion: string;
}

export const KINDS: KindSpec[] = [...VENDOR_KINDS, ...SERVICE_KINDS, ...GENERIC_KINDS];

// A text is built from parts so labels stay exact after each disguise is applied part by part.
interface Part {
  text: string;
  kind?: string;
}

const WRAPPABLE = new Set([
  "kubeconfig-client-key-data",
  "kubeconfig-client-certificate-data",
  "aws-session-token",
]);
const EMOJI = ["🚀", "🔥", "✅", "❌", "👀"];

type Evasion = (parts: Part[], r: Rng) => Part[];

const EVASIONS: Record<string, Evasion> = {
  plain: (parts) => parts,
  crlf: (parts) => parts.map((p) => ({ ...p, text: p.text.replace(/\n/g, "\r\n") })),
  emoji: (parts, r) => [{ text: `${r.pick(EMOJI)} deploy ${r.pick(EMOJI)}\n` }, ...parts],
  // Colour codes around the secret stay outside its label; the one inside splits it.
  ansi: (parts, r) =>
    parts.flatMap((p) => {
      if (!p.kind || p.text.length < 12) return [p];
      const cut = r.int(4, p.text.length - 4);
      const split = `${p.text.slice(0, cut)}\x1b[0m\x1b[1;33m${p.text.slice(cut)}`;
      return [{ text: "\x1b[33m" }, { ...p, text: split }, { text: "\x1b[0m" }];
    }),
  json: (parts, r) =>
    parts.map((p, i) => {
      let text = JSON.stringify(p.text).slice(1, -1).replace(/\//g, "\\/");
      if (p.kind && r.chance(0.5) && /^[A-Za-z]/.test(text))
        text = `\\u00${text.charCodeAt(0).toString(16)}${text.slice(1)}`;
      return { ...p, text: i === 0 ? `{"body":"${text}` : i === parts.length - 1 ? `${text}"}` : text };
    }),
  percent: (parts) => [
    { text: "GET https://ci.acme.io/notify?payload=" },
    ...parts.map((p) => ({ ...p, text: encodeURIComponent(p.text) })),
  ],
  wrap: (parts, r) =>
    parts.map((p) => {
      if (!p.kind || !WRAPPABLE.has(p.kind)) return p;
      const width = r.pick([64, 76, 80]);
      return { ...p, text: (p.text.match(new RegExp(`.{1,${width}}`, "g")) ?? []).join("\n      ") };
    }),
};

// Places any fixed-format token can turn up, whatever it is: its format alone must give it away.
const ANYWHERE = [
  "§",
  "  value: §",
  "Got 401 using '§'.",
  "[§]",
  "(§)",
  "url=https://x.example/cb?t=§&a=1",
  "<§>",
  "=> §;",
];
const FORMAT_KINDS = new Set(["private-key", "openssh-private-key", "jwt"]);

function secretParts(spec: KindSpec, r: Rng): Part[] {
  const anywhere = spec.formatOnly === true || FORMAT_KINDS.has(spec.kind);
  const context = anywhere && r.chance(0.3) ? r.pick(ANYWHERE) : r.pick(spec.contexts);
  const at = context.indexOf("§");
  return [
    { text: context.slice(0, at) },
    { text: spec.secret(r), kind: spec.kind },
    { text: context.slice(at + 1) },
  ];
}

function assemble(parts: Part[], evasion: string): CorpusItem {
  let text = "";
  const secrets: LabelledSecret[] = [];
  for (const part of parts) {
    if (part.kind) secrets.push({ kind: part.kind, start: text.length, end: text.length + part.text.length });
    text += part.text;
  }
  return { text, secrets, evasion };
}

function itemFor(specs: KindSpec[], r: Rng): CorpusItem {
  const parts: Part[] = [];
  const lines = (): Part => ({
    text: Array.from({ length: r.int(0, 4) }, () => noiseLine(r, 0.3) + "\n").join(""),
  });
  for (const spec of specs) parts.push(lines(), ...secretParts(spec, r), { text: "\n" });
  parts.push(lines());
  const evasion = r.chance(0.6) ? "plain" : r.pick(Object.keys(EVASIONS));
  const apply = EVASIONS[evasion] ?? EVASIONS.plain;
  return assemble(apply ? apply(parts, r) : parts, evasion);
}

/** Makes the labelled corpus: `perKind` texts for every kind, mixed texts, and clean near misses. */
export function generateCorpus(seed = 7, perKind = 60, clean = 1500): CorpusItem[] {
  const r = createRng(seed);
  const items: CorpusItem[] = [];
  for (const spec of KINDS) for (let i = 0; i < perKind; i++) items.push(itemFor([spec], r));
  for (let i = 0; i < perKind * 10; i++)
    items.push(itemFor([r.pick(KINDS), r.pick(KINDS), r.pick(KINDS)], r));
  for (let i = 0; i < clean; i++) items.push({ text: cleanText(r), secrets: [], evasion: "clean" });
  return items;
}
