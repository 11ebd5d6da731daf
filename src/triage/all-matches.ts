/**
 * Every match of a global regular expression in a text, found with the expression itself.
 *
 * Why not `String.prototype.matchAll`: it copies the expression for every call (the spec's species constructor), and
 * V8 then runs the copies of the lexicon's large cue patterns in its bytecode interpreter instead of the compiled
 * code: measured on the dev set, all cues over one message took 0.43–0.61 ms with `matchAll` and 0.15 ms with `exec`
 * on the shared expression. Callers run synchronously, so sharing the expression's `lastIndex` is safe.
 */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new Error(`allMatches needs a global expression: /${regex.source}/`);
  const matches: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place forever.
    if (match[0] === '') regex.lastIndex += 1;
  }
  regex.lastIndex = 0;
  return matches;
}
