// What a consent covers, and whether a referral fits inside it. Pure: the rule sits where the change is made
// (the referral), and a refusal names its reason (Primero: a referral is refused unless consent is given or
// overridden with a reason; UU 27/2022: each purpose consented separately, a child's data needs a guardian).

/** The classes of data a case document can carry; consent and minimum necessary are decided per class. */
export type DataClass = 'report' | 'contact' | 'identity';

/** Every data class, in the order forms and documents list them. */
export const DATA_CLASSES: readonly DataClass[] = ['report', 'contact', 'identity'];

/** Whom consent names, in plain words: groups of partners with one purpose each. */
export type ConsentGroup =
  | 'protection'
  | 'victim_services'
  | 'migrant_workers'
  | 'law_enforcement'
  | 'legal_immigration';

/** Every consent group. */
export const CONSENT_GROUPS: readonly ConsentGroup[] = [
  'protection',
  'victim_services',
  'migrant_workers',
  'law_enforcement',
  'legal_immigration',
];

/** The one purpose data shared with each group serves (purpose limitation). */
export const GROUP_PURPOSE: Record<ConsentGroup, string> = {
  protection: 'consular_protection',
  victim_services: 'victim_assistance',
  migrant_workers: 'repatriation_and_rights',
  law_enforcement: 'investigation_and_prosecution',
  legal_immigration: 'documents_and_immigration',
};

/** One scope of a consent: this group may receive these data classes for its purpose. */
export interface ConsentScope {
  group: ConsentGroup;
  purpose: string;
  data: DataClass[];
}

/** A consent record as the rules need it. */
export interface ConsentRecord {
  id: string;
  givenBy: 'subject' | 'relative' | 'guardian';
  scopes: ConsentScope[];
  guardianRequired: boolean;
  givenAt: Date;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
}

/** The legal bases of UU 27/2022 Pasal 20 ayat (2) a referral may rest on. */
export type LegalBasis = 'consent' | 'vital_interest' | 'legal_obligation' | 'public_task';

/** The bases a supervisor may choose instead of consent, with the letter of Pasal 20 ayat (2) each is. */
export const OVERRIDE_BASES: Record<Exclude<LegalBasis, 'consent'>, string> = {
  legal_obligation: 'UU 27/2022 Pasal 20 ayat (2) huruf c',
  vital_interest: 'UU 27/2022 Pasal 20 ayat (2) huruf d',
  public_task: 'UU 27/2022 Pasal 20 ayat (2) huruf e',
};

/** Why a referral does not fit the recorded consent. */
export type ConsentRefusal =
  | 'no_consent'
  | 'withdrawn'
  | 'expired'
  | 'guardian_needed'
  | 'group_not_covered'
  | 'fields_not_covered';

/** The answer: which consent it rests on and what it allows, or why not (with what the consent does allow). */
export type ConsentDecision =
  | { type: 'allowed'; consentId: string; purpose: string; fields: DataClass[] }
  | { type: 'refused'; reason: ConsentRefusal; allowedFields: DataClass[] };

/** True while a consent is in force at `now`: not withdrawn, not expired. */
export function consentInForce(consent: ConsentRecord, now: Date): boolean {
  return consent.withdrawnAt === null && (consent.expiresAt === null || consent.expiresAt > now);
}

/** The data classes a consent allows for a group now (none when it is not in force or a guardian is owed). */
export function fieldsAllowed(consent: ConsentRecord, group: ConsentGroup, now: Date): DataClass[] {
  if (!consentInForce(consent, now) || consent.guardianRequired) return [];
  const scope = consent.scopes.find((s) => s.group === group && s.purpose === GROUP_PURPOSE[group]);
  return DATA_CLASSES.filter((d) => scope?.data.includes(d));
}

/**
 * May these data classes go to a partner of this group, on consent? The newest consent decides (a later
 * record replaces an earlier one; a withdrawal ends it). The answer allows exactly the classes asked for —
 * never more, and only when each one is covered.
 */
export function decideOnConsent(
  consents: ConsentRecord[],
  group: ConsentGroup,
  requested: DataClass[],
  now: Date,
): ConsentDecision {
  const latest = [...consents].sort((a, b) => b.givenAt.getTime() - a.givenAt.getTime())[0];
  if (!latest) return { type: 'refused', reason: 'no_consent', allowedFields: [] };
  if (latest.withdrawnAt !== null) return { type: 'refused', reason: 'withdrawn', allowedFields: [] };
  if (latest.expiresAt !== null && latest.expiresAt <= now)
    return { type: 'refused', reason: 'expired', allowedFields: [] };
  if (latest.guardianRequired) return { type: 'refused', reason: 'guardian_needed', allowedFields: [] };
  const allowed = fieldsAllowed(latest, group, now);
  if (allowed.length === 0) return { type: 'refused', reason: 'group_not_covered', allowedFields: [] };
  if (requested.length === 0 || !requested.every((d) => allowed.includes(d))) {
    return { type: 'refused', reason: 'fields_not_covered', allowedFields: allowed };
  }
  return {
    type: 'allowed',
    consentId: latest.id,
    purpose: GROUP_PURPOSE[group],
    fields: DATA_CLASSES.filter((d) => requested.includes(d)),
  };
}

/** Reads stored scopes defensively: anything not of the known shape is dropped, never widened. */
export function parseScopes(value: unknown): ConsentScope[] {
  if (!Array.isArray(value)) return [];
  const scopes: ConsentScope[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { group, purpose, data } = item as Record<string, unknown>;
    if (!CONSENT_GROUPS.includes(group as ConsentGroup) || typeof purpose !== 'string') continue;
    if (!Array.isArray(data)) continue;
    scopes.push({
      group: group as ConsentGroup,
      purpose,
      data: DATA_CLASSES.filter((d) => data.includes(d)),
    });
  }
  return scopes;
}

/** Scopes for these groups, each with its own purpose and the same data classes. */
export function scopesFor(groups: readonly ConsentGroup[], data: readonly DataClass[]): ConsentScope[] {
  return groups.map((group) => ({
    group,
    purpose: GROUP_PURPOSE[group],
    data: DATA_CLASSES.filter((d) => data.includes(d)),
  }));
}
