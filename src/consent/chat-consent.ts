// What a person agreed to in the intake's consent step (flows/intake.yaml, nodes consent_*), read from the
// answers. Pure: the host records it when the report is filed, and the ticket shows it.
import { CONSENT_GROUPS, type ConsentGroup, DATA_CLASSES, type DataClass } from './consent-scope.ts';

/** The version of the words the intake asks consent with now; a change of wording is a new version. */
export const CHAT_CONSENT_WORDING = 'intake-consent-2';

/**
 * The words asked before: one yes/no ("may we share this report with agencies that can help, for example
 * police, BP2MI, KemenPPPA?"). A report whose answer was given to them is recorded in their terms.
 */
export const CHAT_CONSENT_WORDING_YES_NO = 'intake-consent-1';

/** The result the person's yes to one consent group is saved under. */
export function groupResult(group: ConsentGroup): string {
  return `consent_${group}`;
}

/** What the person agreed to in the chat. */
export interface ChatConsent {
  /** The groups that may receive the report (empty: the person said no). */
  groups: ConsentGroup[];
  /** The data classes that may go along (empty when no group may receive anything). */
  data: DataClass[];
  notifyPerson: boolean;
  wordingVersion: string;
}

/** An answer as the consent step needs it: its value, unless it was skipped. */
type Answers = Record<string, { value: unknown; skipped: boolean; at: string } | undefined>;

/**
 * What the answers agree to, or null when the person did not answer the first consent question (skipping
 * is no consent, and there is nothing to record). A withdrawal in the chat after the answers voids them.
 */
export function chatConsentOf(answers: Answers): ChatConsent | null {
  const value = (name: string) => {
    const answer = answers[name];
    return answer && !answer.skipped ? answer.value : undefined;
  };
  const share = answers.consent_share;
  if (!share || share.skipped) return null;
  const refused = (wordingVersion: string): ChatConsent => ({
    groups: [],
    data: [],
    notifyPerson: false,
    wordingVersion,
  });
  const withdrawn = answers.consent_withdrawn;
  const legacy = typeof share.value === 'boolean';
  const wording = legacy ? CHAT_CONSENT_WORDING_YES_NO : CHAT_CONSENT_WORDING;
  if (withdrawn && !withdrawn.skipped && withdrawn.at >= share.at) return refused(wording);
  // The old yes/no named "this report" and agencies in general: all groups, the report alone, no news.
  if (legacy)
    return share.value === true
      ? { ...refused(wording), groups: [...CONSENT_GROUPS], data: ['report'] }
      : refused(wording);
  const notifyPerson = value('consent_notify') === true;
  if (share.value === 'all') {
    return { groups: [...CONSENT_GROUPS], data: [...DATA_CLASSES], notifyPerson, wordingVersion: wording };
  }
  if (share.value !== 'choose') return refused(wording);
  const groups = CONSENT_GROUPS.filter((g) => value(groupResult(g)) === true);
  if (groups.length === 0) return refused(wording);
  // A skipped data question shares the least: the report alone.
  const extra = value('consent_data');
  const data: DataClass[] =
    extra === 'all' ? [...DATA_CLASSES] : extra === 'contact' ? ['report', 'contact'] : ['report'];
  return { groups, data, notifyPerson, wordingVersion: wording };
}
