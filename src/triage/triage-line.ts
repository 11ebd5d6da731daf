import { triage } from './triage.ts';

/** Triages one CLI input line (JSON {"id","text"}) into one output JSON line; never throws. */
export function triageLine(line: string): string {
  let id: unknown = null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error('expected a JSON object');
    const record = parsed as Record<string, unknown>;
    id = record.id ?? null;
    if (typeof record.text !== 'string') throw new Error('"text" must be a string');
    const result = triage({ texts: [record.text], answers: {} });
    return JSON.stringify({
      id,
      priority: result.priority,
      category: result.category,
      indicators: result.indicators,
      flags: result.flags,
      reporter: result.reporter,
      country: result.country,
      reasons: result.reasons,
    });
  } catch (error) {
    return JSON.stringify({ id, error: error instanceof Error ? error.message : 'invalid input' });
  }
}
