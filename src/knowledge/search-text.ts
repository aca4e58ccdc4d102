/** Words too common in tickets and articles to tell one problem from another. */
const STOPWORDS = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by can
  cannot could did do does doing done down during each even every few for from further get gets getting got had has have
  having he her here hers him his how i if in into is it its itself just let like made make me more most my no nor not now
  of off on once only or other our ours out over own please same she should so some still such than that the their them
  then there these they this those through to too try tried trying under until up us use used using very was we were what
  when where which while who why will with would yet you your yours
  error errors fail fails failed failing failure issue problem help thanks thank hi hello team work works working worked
  one two see seems seem look looks know need want get set run runs running ran new time way thing things`.split(/\s+/),
);

/** Lower-cases, splits on anything but letters and digits, drops stopwords, strips plural/tense endings. */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || raw.length > 40 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    terms.push(stem(raw));
  }
  return terms;
}

/** A deliberately light stemmer: enough to match "pods"/"pod" and "pulling"/"pull". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith("es") && !word.endsWith("ses")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** The plain words inside a regular expression, for indexing what a signature looks for. */
export function patternWords(pattern: string): string {
  return pattern
    .replace(/\(\?<[a-z]\w*>/gi, " ")
    .replace(/\\[a-z]/gi, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\{\d+(?:,\d*)?\}/g, " ")
    .replace(/[^A-Za-z0-9]+/g, " ");
}
