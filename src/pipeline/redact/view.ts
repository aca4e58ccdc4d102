/**
 * A decoded view of a text, for secrets that hide behind encodings: ANSI colour codes, JSON
 * escapes (\u0041, \/, \n) and percent-encoding. Spans found in the view map back to offsets into
 * the original through the list of decoded pieces, so the view costs little memory on big logs.
 */
export interface DecodedView {
  text: string;
  /** Maps a view offset to the original offset where that character starts. */
  startOf(viewOffset: number): number;
  /** Maps the exclusive end of a view span to the original exclusive end. */
  endOf(viewEnd: number): number;
}

const ENCODED =
  // eslint-disable-next-line no-control-regex -- ANSI escape sequences are exactly what we strip.
  /\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b\][^\x07\x1b]{0,500}(?:\x07|\x1b\\)|\\u([0-9a-fA-F]{4})|\\[/"\\nrt]|%([0-9A-Fa-f]{2})/g;
const ESCAPES: Record<string, string> = {
  "\\/": "/",
  '\\"': '"',
  "\\\\": "\\",
  "\\n": "\n",
  "\\r": "\r",
  "\\t": "\t",
};

/** One decoded piece: it sits at `view` in the view and spans [orig, orig + origLength) originally. */
interface Piece {
  view: number;
  viewLength: number;
  orig: number;
  origLength: number;
}

/** Returns the decoded view of `text`, or null when nothing in it is encoded. */
export function decodedView(text: string): DecodedView | null {
  const pieces: Piece[] = [];
  const chunks: string[] = [];
  let cursor = 0;
  let viewLength = 0;
  for (const match of text.matchAll(ENCODED)) {
    const start = match.index;
    chunks.push(text.slice(cursor, start));
    viewLength += start - cursor;
    const decoded = decode(match);
    chunks.push(decoded);
    pieces.push({ view: viewLength, viewLength: decoded.length, orig: start, origLength: match[0].length });
    viewLength += decoded.length;
    cursor = start + match[0].length;
  }
  if (pieces.length === 0) return null;
  chunks.push(text.slice(cursor));
  return {
    text: chunks.join(""),
    startOf: (offset) => mapOffset(pieces, offset, false),
    endOf: (offset) => mapOffset(pieces, offset, true),
  };
}

// Binary search for the last piece at or before `offset`; plain text after it shifts by a constant.
function mapOffset(pieces: Piece[], offset: number, isEnd: boolean): number {
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const piece = pieces[mid];
    if (piece && (isEnd ? piece.view < offset : piece.view <= offset)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  const piece = pieces[found];
  if (!piece) return offset;
  const inside = offset - piece.view;
  // Inside a decoded piece (or at its end): the whole encoded sequence belongs to the span.
  if (isEnd ? inside <= piece.viewLength : inside < piece.viewLength)
    return isEnd ? piece.orig + piece.origLength : piece.orig;
  return piece.orig + piece.origLength + (inside - piece.viewLength);
}

function decode(match: RegExpMatchArray): string {
  const [whole, unicode, percent] = match;
  if (unicode !== undefined) return String.fromCharCode(parseInt(unicode, 16));
  if (percent !== undefined) return String.fromCharCode(parseInt(percent, 16));
  return ESCAPES[whole] ?? ""; // an ANSI sequence decodes to nothing
}
