/** Priority, as defined in TRIAGE.md: P1 emergency … P4 information. */
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

/** Every priority, most urgent first. */
export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

/** Category, in TRIAGE.md order: when several fit, the first wins. */
export type Category =
  | 'organ_removal'
  | 'child_trafficking'
  | 'sexual_exploitation'
  | 'forced_marriage'
  | 'online_scam_compound'
  | 'fishing_vessel'
  | 'domestic_servitude'
  | 'forced_labour'
  | 'missing_person'
  | 'labour_dispute'
  | 'information_request'
  | 'other';

/** Every category in TRIAGE.md order. */
export const CATEGORIES: readonly Category[] = [
  'organ_removal',
  'child_trafficking',
  'sexual_exploitation',
  'forced_marriage',
  'online_scam_compound',
  'fishing_vessel',
  'domestic_servitude',
  'forced_labour',
  'missing_person',
  'labour_dispute',
  'information_request',
  'other',
];

/** The ILO's eleven indicators of forced labour. */
export type Indicator =
  | 'abuse_of_vulnerability'
  | 'deception'
  | 'restriction_of_movement'
  | 'isolation'
  | 'physical_sexual_violence'
  | 'intimidation_threats'
  | 'retention_of_documents'
  | 'withholding_of_wages'
  | 'debt_bondage'
  | 'abusive_conditions'
  | 'excessive_overtime';

/** Every indicator, in TRIAGE.md order. */
export const INDICATORS: readonly Indicator[] = [
  'abuse_of_vulnerability',
  'deception',
  'restriction_of_movement',
  'isolation',
  'physical_sexual_violence',
  'intimidation_threats',
  'retention_of_documents',
  'withholding_of_wages',
  'debt_bondage',
  'abusive_conditions',
  'excessive_overtime',
];

/** Flags from TRIAGE.md. */
export type Flag = 'minor' | 'injury_or_medical' | 'suicidal' | 'confined_now' | 'imminent_move';

/** Every flag, in TRIAGE.md order. */
export const FLAGS: readonly Flag[] = [
  'minor',
  'injury_or_medical',
  'suicidal',
  'confined_now',
  'imminent_move',
];

/** A kind of danger short of an emergency that warrants one direct safety question. */
export type ConcernKind = 'self_harm' | 'medical' | 'danger';

/** A cue that falls short of P1 but should be asked about ("are you thinking of hurting yourself?"). */
export interface Concern {
  kind: ConcernKind;
  /** The exact phrase from the text, or, where the second reader asks, what it read the text as. */
  evidence: string;
}

/** Everything triage reads: the person's free-text messages and the intake flow's structured answers. */
export interface TriageInput {
  /** Every free-text message of the person in this report, oldest first. */
  texts: string[];
  answers: {
    /** Who is writing. */
    reporter?: 'self' | 'relative' | 'friend';
    /** "Is someone in danger right now?" */
    danger_now?: boolean;
    /** ISO2 from the location answer. */
    country?: string | null;
    /** What they typed for where. */
    location_text?: string;
    subject_age?: number;
    subject_gender?: 'female' | 'male' | 'other';
    /** Passport/ID held by someone else. */
    passport_held?: boolean;
    wages_unpaid?: boolean;
    /** False → restriction of movement. */
    free_to_leave?: boolean;
    threats_violence?: boolean;
    debt?: boolean;
    /** "Are you thinking of hurting yourself?" (asked after a cue of distress). */
    self_harm_now?: boolean;
    /** "Is anyone seriously ill or hurt right now?" (asked after a cue of illness). */
    medical_now?: boolean;
    departure_route?: 'agency' | 'recruiter' | 'own' | 'other';
    employer?: string;
    narrative?: string;
  };
  /** E.164 of the person, when known. */
  phone?: string;
  pin?: { latitude: number; longitude: number };
}

/** One conclusion and what raised it, shown to staff. */
export interface TriageReason {
  /** E.g. 'priority:P1', 'indicator:retention_of_documents', 'flag:minor', 'category:online_scam_compound', 'country:KH'. */
  conclusion: string;
  source: 'answer' | 'text' | 'pin' | 'phone';
  /** The answer name, or the exact phrase from the text. */
  evidence: string;
}

/** What triage concludes about one report. */
export interface TriageResult {
  priority: Priority;
  category: Category;
  indicators: Indicator[];
  flags: Flag[];
  reporter: 'self' | 'relative' | 'unknown';
  country: string | null;
  /** Cues short of P1 to ask about, most serious first; none for a kind already an emergency. */
  concerns: Concern[];
  reasons: TriageReason[];
}
