/** Signals in the customer's words that several later stages read. */

const EXPOSURE_WORD =
  "(?:leak(?:ed|ing)?|exposed|compromised|unmasked|publicly visible|visible to (?:everyone|anyone))";
const SECRET_WORD =
  "(?:secrets?|passwords?|tokens?|api keys?|access keys?|credentials?|private keys?|sensitive)";
/** An exposure word near a secret word on one line: "exposed the UI" above a "Password:" prompt is not one. */
const EXPOSURE = new RegExp(
  `\\b${EXPOSURE_WORD}\\b[^\\n]{0,200}?\\b${SECRET_WORD}\\b|\\b${SECRET_WORD}\\b[^\\n]{0,200}?\\b${EXPOSURE_WORD}\\b`,
  "i",
);

/** A secret shown where it should not be: the taxonomy's "security incident under way". */
export function secretExposed(text: string): boolean {
  return EXPOSURE.test(text);
}

const HOW_TO =
  /(?:^|[.!?:,;]\s+|\n|\bbut\s+|\band\s+)\s*(?:so\s+)?(?:how (?:do|can|should|would) (?:I|we|you|one)\b(?! (?:fix|resolve|solve|troubleshoot|debug|get rid|recover|work ?around|stop|prevent|avoid|make (?:it|this) stop))|how does [^\n?]{1,60} (?:work|authenticate|decide|handle|choose|pick)\b|what(?:'s| is) the (?:right|best|recommended|correct|proper|supported) way\b|is (?:that|this|it) (?:expected|normal|by design|possible|supported)\b|is there a way\b|(?:I|we) (?:can(?:'|no)?t|could(?:n't| not)) find (?:a|any) way\b|which (?:users|people|roles|permissions|accounts) (?:are|is|can)\b|(?:(?:just |only )?a (?:quick |general )?)?question(?: rather than| and not| not) a (?:bug|problem|fault)\b|not (?:really )?a bug,? (?:just|more) a question\b)/i;

/** The customer's main ask is how to use something, not why something failed. */
export function asksHowTo(text: string): boolean {
  return HOW_TO.test(text);
}

/** The line that carries a pattern, for evidence. */
export function lineMatching<T extends { text: string }>(lines: T[], pattern: RegExp): T | undefined {
  return lines.find((line) => pattern.test(line.text));
}

export const HOW_TO_PATTERN = HOW_TO;
export const EXPOSURE_PATTERN = EXPOSURE;

const REFERS_TO_ERROR =
  /\b(?:error (?:message|banner|dialog|page)|an? error\b|(?:fails|failed|crashes|dies) with\b|\b(?:fails|failed|failing) to (?:fetch|clone|pull|push|connect|start|load|download|authenticate|resolve|check ?out)\b|exception\b|shows? (?:an? )?(?:error|warning)|(?:behaves|acts) as if|says? (?:that )?(?:it )?(?:can(?:no|')t|could not|failed))/i;

/** The customer mentions an error or failure message without (necessarily) pasting it. */
export function refersToError(text: string): boolean {
  return REFERS_TO_ERROR.test(text);
}
