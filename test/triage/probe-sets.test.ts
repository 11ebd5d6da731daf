import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readByRules, triage } from '../../src/triage/triage.ts';
import type { TriageResult } from '../../src/triage/types.ts';

/** What a probe message must be read as: P1 with the suicidal flag, P1, or not P1 (docs/triage.md, probes). */
type Expect = 'suicidal' | 'not_suicidal' | 'emergency' | 'not_emergency' | 'question';

const passes: Record<Expect, (result: TriageResult) => boolean> = {
  suicidal: (result) => result.priority === 'P1' && result.flags.includes('suicidal'),
  not_suicidal: (result) => result.priority !== 'P1' && !result.flags.includes('suicidal'),
  emergency: (result) => result.priority === 'P1',
  not_emergency: (result) => result.priority !== 'P1',
  question: (result) => result.priority !== 'P1',
};

// Probes written this session by writers who read only TRIAGE.md, each split in half before any was read; the
// "read" halves were tuned on, "unread" ones were not, "read-second" was read after the first round of changes, and
// the sealed ones were written after all tuning and scored once (docs/triage.md). Floors: how many triage as
// shipped reads right at the end of the last session that changed it, so a change that loses one is seen. The
// words-only head of the second reader (round 33's session) cost one look-alike in each read half (another person's
// "mati aja lu", work with "no use") for 3, 0 and 14 self-harm messages more.
const PROBES: { file: string; floors: Partial<Record<Expect, number>> }[] = [
  { file: 'self-harm-read.jsonl', floors: { suicidal: 63, not_suicidal: 32 } },
  // Round 39's session (a reader retrained on 1,600 more messages in eight orders, raising from 0.25): one look-alike
  // of the read half is now P1 (fainted from hunger the day before, the employer refusing a doctor: P1 by TRIAGE.md's
  // untreated medical emergency, though its writer meant it as no self-harm), and the sealed half lost one self-harm
  // message of its 57, scored once at the end, as it is.
  { file: 'self-harm-read-second.jsonl', floors: { suicidal: 52, not_suicidal: 34 } },
  { file: 'self-harm-sealed.jsonl', floors: { suicidal: 56, not_suicidal: 31 } },
  // Written in round 33's session by two writers who read only TRIAGE.md, committed before it was scored, scored once
  // at the end: 71 of 120 at the start, 87 at the end. Its look-alikes include dangers the policy makes P1 for other
  // reasons (a threat to kill), which count against "not suicidal" here.
  // Round 34's session (rules and a reader retrained on 2,100 more messages, none of them a probe) read 89 of its 120
  // and 48 of its 80 look-alikes (87 and 49 before): scored once at that session's end, as it is.
  { file: 'self-harm-sealed-2.jsonl', floors: { suicidal: 89, not_suicidal: 51 } },
  // A third, by one more writer (look-alikes none of which is P1 for any reason), split 50/50 before scoring: the dev
  // half decided one thing (docs/triage.md); the sealed half was scored once, at the end: 22 of 32 at the start, 28 now.
  { file: 'self-harm-dev-3.jsonl', floors: { suicidal: 25, not_suicidal: 21 } },
  { file: 'self-harm-sealed-3.jsonl', floors: { suicidal: 28, not_suicidal: 18 } },
  { file: 'emergency-read.jsonl', floors: { emergency: 70, not_emergency: 27 } },
  // Round 34's session: 51 → 54, then 53 after the reader's last retraining (docs/triage.md, round 34).
  // Round 39's session (raising from 0.25): 53 → 57 unread, 75 → 76 sealed, no look-alike more; the session's last
  // retraining lost one unread (a 14-year-old at a karaoke at night, told in Sundanese: P1 0.23) for 56.
  // Read in the session of 3 December (sixth), no longer unread: 56 → 64 of 68 emergencies from its words (Javanese,
  // Sundanese, a head pushed into a wall, a sale to the next employer); the sealed emergency probes did not move.
  { file: 'emergency-unread.jsonl', floors: { emergency: 64, not_emergency: 29 } },
  { file: 'emergency-sealed.jsonl', floors: { emergency: 76, not_emergency: 39 } },
  // A second, by one more writer (look-alikes none of which is P1), split 50/50 before scoring and scored once, at the
  // end of round 33's session: the same at its start and end; the sealed half's 3 missed emergencies are now asked
  // "are you in danger now?" (none was at the start).
  { file: 'emergency-dev-2.jsonl', floors: { emergency: 32, not_emergency: 18 } },
  { file: 'emergency-sealed-2.jsonl', floors: { emergency: 25, not_emergency: 22 } },
  { file: 'question-read.jsonl', floors: { question: 65, emergency: 32 } },
  { file: 'question-unread.jsonl', floors: { question: 61, emergency: 36 } },
  // Written in the session of 3 December (fifth) by two writers who read only TRIAGE.md: questions and look-alikes with
  // strong words and no live case (research, reporting, role-play, adverts, chain messages, jokes, a child not yet
  // gone), and emergencies asked as questions. Each writer's half was scored by the session's start code when
  // written: read half 37 of 45 questions and 15 of 15 emergencies, sealed half 38 of 45 and 15 of 15. The read
  // half's misses were read and their kinds written as rules (43 of 45 after).
  { file: 'question-read-2.jsonl', floors: { question: 43, emergency: 15 } },
  { file: 'question-sealed-2.jsonl', floors: { question: 39, emergency: 15 } },
  // Written in the session of 3 December (sixth) by four writers who read only TRIAGE.md, two per half, committed before
  // triage ran; scored by the session's start code when written: read half 85 of 90 questions and 29 of 30 emergencies,
  // sealed half 82 of 90 and 29 of 30. At its end: read half 89 and 30, sealed half 86 and 29 (scored once; two of its
  // emergencies were seen in part by a search, docs/triage.md). The same session's end moved question-sealed-2 from
  // 38 to 39, question-unread from 59 and 34 to 61 and 36, and self-harm-sealed-2 and -3's look-alikes from 49 and 17 to
  // 51 and 18; no emergency or self-harm message was lost on any probe.
  { file: 'question-read-3.jsonl', floors: { question: 89, emergency: 30 } },
  { file: 'question-sealed-3.jsonl', floors: { question: 86, emergency: 29 } },
];

describe.each(PROBES)('the $file probe', ({ file, floors }) => {
  const messages = readFileSync(fileURLToPath(new URL(`./probes/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; expect: Expect });

  it('is read as its writers meant at least as often as when it was added', () => {
    const right: Partial<Record<Expect, { rules: number; shipped: number; of: number }>> = {};
    for (const message of messages) {
      const tally = right[message.expect] ?? { rules: 0, shipped: 0, of: 0 };
      right[message.expect] = tally;
      tally.of++;
      if (passes[message.expect](readByRules({ texts: [message.text], answers: {} }).result)) tally.rules++;
      if (passes[message.expect](triage({ texts: [message.text], answers: {} }))) tally.shipped++;
    }
    // Figures only, never message text.
    console.log(`probe ${file}`, JSON.stringify(right));
    for (const [meant, floor] of Object.entries(floors))
      expect(right[meant as Expect]?.shipped ?? 0, meant).toBeGreaterThanOrEqual(floor);
  });
});
