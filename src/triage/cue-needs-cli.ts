// Run by `npm install` (postinstall) and the Docker build: analyses the lexicon's cue expressions once and
// remembers what each needs (src/triage/cue-prefilter.ts), so no start pays the second that takes. Never fails.
const started = performance.now();
const { CUE_EXPRESSIONS } = await import('./read-text.ts');
console.log(
  `suar: prepared the first look of ${CUE_EXPRESSIONS.length} triage cues in ${Math.round(performance.now() - started)} ms`,
);
