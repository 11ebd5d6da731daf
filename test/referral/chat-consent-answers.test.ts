import { describe, expect, it } from 'vitest';
import {
  CHAT_CONSENT_WORDING,
  CHAT_CONSENT_WORDING_YES_NO,
  chatConsentOf,
  groupResult,
} from '../../src/consent/chat-consent.ts';
import { CONSENT_MONTHS } from '../../src/consent/consent-records.ts';
import { CONSENT_GROUPS, DATA_CLASSES } from '../../src/consent/consent-scope.ts';
import { content } from '../support/engine-env.ts';

let minute = 0;
/** Answers as the engine saves them, each a minute after the one before. */
function answers(values: Record<string, unknown>) {
  const results: Record<string, { value: unknown; skipped: boolean; at: string }> = {};
  for (const [name, value] of Object.entries(values)) {
    const at = new Date(Date.UTC(2026, 2, 1, 10, ++minute)).toISOString();
    results[name] = value === 'SKIP' ? { value: null, skipped: true, at } : { value, skipped: false, at };
  }
  return results;
}

describe('what the answers of the consent step agree to', () => {
  const cases: [string, Record<string, unknown>, ReturnType<typeof chatConsentOf>][] = [
    ['not asked', {}, null],
    ['skipped', { consent_share: 'SKIP' }, null],
    [
      'all, with news',
      { consent_share: 'all', consent_notify: true },
      {
        groups: [...CONSENT_GROUPS],
        data: [...DATA_CLASSES],
        notifyPerson: true,
        wordingVersion: CHAT_CONSENT_WORDING,
      },
    ],
    [
      'all, news skipped',
      { consent_share: 'all', consent_notify: 'SKIP' },
      {
        groups: [...CONSENT_GROUPS],
        data: [...DATA_CLASSES],
        notifyPerson: false,
        wordingVersion: CHAT_CONSENT_WORDING,
      },
    ],
    [
      'none',
      { consent_share: 'none' },
      { groups: [], data: [], notifyPerson: false, wordingVersion: CHAT_CONSENT_WORDING },
    ],
    [
      'chosen, number and place',
      {
        consent_share: 'choose',
        consent_protection: true,
        consent_victim_services: 'SKIP',
        consent_migrant_workers: true,
        consent_legal_immigration: false,
        consent_law_enforcement: false,
        consent_data: 'contact',
        consent_notify: true,
      },
      {
        groups: ['protection', 'migrant_workers'],
        data: ['report', 'contact'],
        notifyPerson: true,
        wordingVersion: CHAT_CONSENT_WORDING,
      },
    ],
    [
      'chosen, data question skipped: the report alone',
      { consent_share: 'choose', consent_law_enforcement: true, consent_data: 'SKIP' },
      {
        groups: ['law_enforcement'],
        data: ['report'],
        notifyPerson: false,
        wordingVersion: CHAT_CONSENT_WORDING,
      },
    ],
    [
      'chosen, no to every group',
      { consent_share: 'choose', consent_protection: false, consent_law_enforcement: false },
      { groups: [], data: [], notifyPerson: false, wordingVersion: CHAT_CONSENT_WORDING },
    ],
    [
      'withdrawn after agreeing',
      { consent_share: 'all', consent_notify: true, consent_withdrawn: true },
      { groups: [], data: [], notifyPerson: false, wordingVersion: CHAT_CONSENT_WORDING },
    ],
    [
      'agreed again after a withdrawal',
      { consent_withdrawn: true, consent_share: 'all' },
      {
        groups: [...CONSENT_GROUPS],
        data: [...DATA_CLASSES],
        notifyPerson: false,
        wordingVersion: CHAT_CONSENT_WORDING,
      },
    ],
    [
      'the old yes/no, yes: the report to every group, in the old words',
      { consent_share: true },
      {
        groups: [...CONSENT_GROUPS],
        data: ['report'],
        notifyPerson: false,
        wordingVersion: CHAT_CONSENT_WORDING_YES_NO,
      },
    ],
    [
      'the old yes/no, no',
      { consent_share: false },
      { groups: [], data: [], notifyPerson: false, wordingVersion: CHAT_CONSENT_WORDING_YES_NO },
    ],
  ];
  for (const [name, given, expected] of cases) {
    it(name, () => {
      expect(chatConsentOf(answers(given))).toEqual(expected);
    });
  }
});

describe('the consent step of the intake flow', () => {
  const intake = content.flows.intake!;
  const saved = new Set(intake.nodes.flatMap((n) => (n.wait ? [n.wait.result] : [])));

  it('asks about every consent group, and about the data and the news', () => {
    for (const group of CONSENT_GROUPS) expect(saved).toContain(groupResult(group));
    for (const name of ['consent_share', 'consent_data', 'consent_notify']) expect(saved).toContain(name);
  });

  it('names the term the record keeps, in both languages and both wordings', () => {
    const years = CONSENT_MONTHS / 12;
    for (const key of ['intake.q.consent_share', 'intake.q.consent_share.other']) {
      expect(content.texts.id[key]).toContain(`${years} tahun`);
      expect(content.texts.en[key]).toContain(`${years} years`);
    }
  });

  it('tells the person how to withdraw, with a phrase the command knows', async () => {
    const { recognizeCommand } = await import('../../src/engine/index.ts');
    expect(recognizeCommand('TARIK IZIN')).toEqual({ type: 'withdraw_consent' });
    expect(recognizeCommand('WITHDRAW CONSENT')).toEqual({ type: 'withdraw_consent' });
    expect(content.texts.id['intake.q.consent_share']).toContain('TARIK IZIN');
    expect(content.texts.en['intake.q.consent_share']).toContain('WITHDRAW CONSENT');
  });

  it('does not lead with the police: law enforcement is the last group asked and listed', () => {
    const order = intake.nodes.map((n) => n.id).filter((id) => id.startsWith('consent_') && saved.has(id));
    const groups = order.filter((id) => CONSENT_GROUPS.some((g) => groupResult(g) === id));
    expect(groups.at(-1)).toBe(groupResult('law_enforcement'));
    for (const language of ['id', 'en'] as const) {
      const lines = content.texts[language]
        ['intake.q.consent_share']!.split('\n')
        .filter((l) => l.startsWith('•'));
      expect(lines.at(-1)).toMatch(/polisi|police/);
      expect(lines.slice(0, -1).join(' ')).not.toMatch(/polisi|police/);
    }
  });
});
