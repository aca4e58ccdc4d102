/**
 * Removes NUL characters: they carry nothing a support engineer needs, PostgreSQL cannot store them
 * in text, and C code that handles a ticket later would stop reading at them.
 */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}
