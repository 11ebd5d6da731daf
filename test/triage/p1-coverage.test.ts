import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import { type EmergencyKind, P1_MATRIX } from './p1-coverage-matrix.ts';
import { P1_VOCABULARY } from './p1-vocabulary/index.ts';

// TRIAGE.md P1, kind by kind: each paraphrase (the matrix) and each word (the vocabulary) of an emergency is P1,
// with its flag where the policy names one, and each negated, past, hypothetical or off-topic counterpart is not.
function eachKind(label: string, kinds: readonly EmergencyKind[]) {
  describe.each(kinds)(`${label}: $kind`, ({ flag, emergencies, notEmergencies }) => {
    it.each(emergencies)('P1: %s', (message) => {
      const result = triage({ texts: [message], answers: {} });
      expect(result.priority).toBe('P1');
      if (flag) expect(result.flags).toContain(flag);
    });

    it.each(notEmergencies)('not P1: %s', (message) => {
      expect(triage({ texts: [message], answers: {} }).priority).not.toBe('P1');
    });
  });
}

eachKind('P1 coverage', P1_MATRIX);
eachKind('P1 vocabulary', P1_VOCABULARY);
