import { describe, expect, it } from 'vitest';
import {
  type ConsentRecord,
  decideOnConsent,
  fieldsAllowed,
  parseScopes,
  scopesFor,
} from '../../src/consent/consent-scope.ts';

const now = new Date('2026-03-01T10:00:00Z');

function consent(overrides: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    id: 'c1',
    givenBy: 'subject',
    scopes: [
      ...scopesFor(['victim_services'], ['report', 'contact']),
      ...scopesFor(['law_enforcement'], ['report']),
    ],
    guardianRequired: false,
    givenAt: new Date('2026-02-01T00:00:00Z'),
    expiresAt: new Date('2028-02-01T00:00:00Z'),
    withdrawnAt: null,
    ...overrides,
  };
}

describe('consent scopes: what may be shared follows the consent exactly', () => {
  it('allows exactly the classes asked for when each is covered for that group', () => {
    expect(decideOnConsent([consent()], 'victim_services', ['report', 'contact'], now)).toEqual({
      type: 'allowed',
      consentId: 'c1',
      purpose: 'victim_assistance',
      fields: ['report', 'contact'],
    });
    // Asking for less than consent allows shares less: minimum necessary is the staff member's choice.
    expect(decideOnConsent([consent()], 'victim_services', ['report'], now)).toMatchObject({
      type: 'allowed',
      fields: ['report'],
    });
  });

  it('refuses a class the group was not given, naming what it was given', () => {
    expect(decideOnConsent([consent()], 'law_enforcement', ['report', 'contact'], now)).toEqual({
      type: 'refused',
      reason: 'fields_not_covered',
      allowedFields: ['report'],
    });
    expect(decideOnConsent([consent()], 'law_enforcement', ['report', 'identity'], now)).toMatchObject({
      reason: 'fields_not_covered',
    });
  });

  it('refuses a group the person did not name', () => {
    expect(decideOnConsent([consent()], 'migrant_workers', ['report'], now)).toEqual({
      type: 'refused',
      reason: 'group_not_covered',
      allowedFields: [],
    });
  });

  it('refuses without consent, after withdrawal, after expiry, and for a child without a guardian', () => {
    expect(decideOnConsent([], 'victim_services', ['report'], now).type).toBe('refused');
    expect(decideOnConsent([], 'victim_services', ['report'], now)).toMatchObject({ reason: 'no_consent' });
    expect(
      decideOnConsent(
        [consent({ withdrawnAt: new Date('2026-02-20T00:00:00Z') })],
        'victim_services',
        ['report'],
        now,
      ),
    ).toMatchObject({ reason: 'withdrawn' });
    expect(
      decideOnConsent(
        [consent({ expiresAt: new Date('2026-02-28T00:00:00Z') })],
        'victim_services',
        ['report'],
        now,
      ),
    ).toMatchObject({ reason: 'expired' });
    expect(
      decideOnConsent([consent({ guardianRequired: true })], 'victim_services', ['report'], now),
    ).toMatchObject({
      reason: 'guardian_needed',
    });
  });

  it('the newest record decides: a later narrower consent replaces a wider one', () => {
    const later = consent({
      id: 'c2',
      givenAt: new Date('2026-02-15T00:00:00Z'),
      scopes: scopesFor(['victim_services'], ['report']),
    });
    expect(decideOnConsent([consent(), later], 'victim_services', ['report', 'contact'], now)).toMatchObject({
      reason: 'fields_not_covered',
      allowedFields: ['report'],
    });
    expect(decideOnConsent([consent(), later], 'law_enforcement', ['report'], now)).toMatchObject({
      reason: 'group_not_covered',
    });
  });

  it('a scope under another purpose than its group’s does not count (purpose limitation)', () => {
    const wrong = consent({ scopes: [{ group: 'law_enforcement', purpose: 'marketing', data: ['report'] }] });
    expect(fieldsAllowed(wrong, 'law_enforcement', now)).toEqual([]);
  });

  it('reads stored scopes defensively: unknown groups and classes are dropped, never widened', () => {
    expect(
      parseScopes([
        {
          group: 'law_enforcement',
          purpose: 'investigation_and_prosecution',
          data: ['report', 'everything'],
        },
        { group: 'the_press', purpose: 'x', data: ['report'] },
        'nonsense',
      ]),
    ).toEqual([{ group: 'law_enforcement', purpose: 'investigation_and_prosecution', data: ['report'] }]);
    expect(parseScopes(null)).toEqual([]);
  });
});
