import type { StoredConsent } from '../consent/consent-records.ts';
import type { DataClass, LegalBasis } from '../consent/consent-scope.ts';
import { OVERRIDE_BASES } from '../consent/consent-scope.ts';
import type { Ticket } from '../db/schema.ts';
import type { Json, Result } from '../engine/index.ts';
import type { Partner } from '../partners/partner-store.ts';
import { personTimeZone } from '../safe-contact/person-time-zone.ts';
import { safeTimeOf } from '../safe-contact/safe-window.ts';
import type { Category, Indicator, TriageResult } from '../triage/index.ts';
import { CASE_DOCUMENT_VERSION, type CaseDocument, caseDocumentSchema } from './case-document-schema.ts';

// Builds the case document of one referral from the ticket, keeping only the data classes the referral
// shares. Pure: the caller reads the rows, this decides what leaves Suar.

/** HTCDS vic_TypeOfExploitation for each Suar category (none where the category says no kind is known). */
export const EXPLOITATION_OF_CATEGORY: Record<Category, CaseDocument['victim']['vic_TypeOfExploitation']> = {
  organ_removal: ['OrganRemoval'],
  child_trafficking: [],
  sexual_exploitation: ['SexualExploitation'],
  forced_marriage: ['ForcedMarriage'],
  // HTCDS has no "forced criminality": scam compounds are forced labour in it.
  online_scam_compound: ['ForcedLabour'],
  fishing_vessel: ['ForcedLabour'],
  domestic_servitude: ['Servitude'],
  forced_labour: ['ForcedLabour'],
  missing_person: [],
  labour_dispute: [],
  information_request: [],
  other: [],
};

/** HTCDS vic_ForcedLabourIndustry (ISIC tier 1) where the category says the sector. */
export const INDUSTRY_OF_CATEGORY: Partial<Record<Category, string>> = {
  fishing_vessel: 'A_AgricultureForestryAndFishing',
  domestic_servitude: 'T_ActivitiesOfHouseholdsAsEmployers',
};

/** HTCDS vic_MethodsOfControl for each ILO indicator triage raises. */
export const CONTROL_OF_INDICATOR: Record<Indicator, CaseDocument['victim']['vic_MethodsOfControl'][number]> =
  {
    abuse_of_vulnerability: 'Other',
    deception: 'FalsePromises',
    restriction_of_movement: 'RestrictsMovement',
    // HTCDS counts social isolation as restriction of movement.
    isolation: 'RestrictsMovement',
    physical_sexual_violence: 'PhysicalAbuse',
    intimidation_threats: 'Threats',
    retention_of_documents: 'WithholdsDocuments',
    withholding_of_wages: 'TakesEarnings',
    debt_bondage: 'DebtBondage',
    abusive_conditions: 'WithholdsNecessities',
    excessive_overtime: 'ExcessiveWorkingHours',
  };

/** HTCDS prs_Gender for the intake's answer. */
const GENDER: Record<string, CaseDocument['person']['prs_Gender']> = {
  female: 'Feminine',
  male: 'Masculine',
  other: 'NonConforming',
};

/** ISO 639-2 of the conversation languages. */
const LANGUAGE_639_2: Record<string, string> = { id: 'ind', en: 'eng', ms: 'msa', jv: 'jav', su: 'sun' };

/** The age bands joint statistics and documents use (CTDC's, with children split at 12). */
export function ageBandOf(age: number | null): CaseDocument['person']['suar_AgeBand'] {
  if (age === null || !Number.isFinite(age) || age < 0) return null;
  if (age < 12) return '0-11';
  if (age < 18) return '12-17';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 60) return '45-59';
  return '60+';
}

/** Who referred: Suar's operator, the Foreign Ministry's citizen-protection directorate. */
export const REFERRING_ORGANISATION: CaseDocument['case']['cas_ReferringOrganisation'] = {
  org_Name: 'Kementerian Luar Negeri — Direktorat Pelindungan WNI',
  org_Type: 'CentralGovernmentOrganisation',
  org_ShippingCountry: 'ID',
};

/** What a document is built from. */
export interface CaseDocumentInput {
  referral: {
    id: string;
    reason: CaseDocument['case']['cas_ReasonForOutgoingReferral'];
    urgency: CaseDocument['case']['suar_Urgency'];
    note: string | null;
    purpose: string;
    basis: LegalBasis;
    basisReason: string | null;
    fields: DataClass[];
    createdAt: Date;
  };
  ticket: Ticket;
  channel: string;
  partner: Partner;
  consent: StoredConsent | null;
  now: Date;
}

function answerValue(results: Record<string, Result>, name: string): Json | undefined {
  const result = results[name];
  return result && !result.skipped ? result.value : undefined;
}

function field(value: Json | undefined, name: string): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value[name] : undefined;
}

function text(value: Json | undefined): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

function num(value: Json | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** YYYY, YYYY-MM or YYYY-MM-DD from a date answer, as precise as the person gave it. */
function fuzzyDate(value: Json | undefined): string | null {
  const year = num(field(value, 'year'));
  if (year === null) return null;
  const month = num(field(value, 'month'));
  const day = num(field(value, 'day'));
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === null) return String(year);
  if (day === null) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Yes/no and choice answers worth passing on (free text goes through named fields only). */
const PLAIN_ANSWERS = [
  'danger_now',
  'wages_unpaid',
  'free_to_leave',
  'threats_violence',
  'debt',
  'passport_held',
  'departure_route',
  'reporter',
] as const;

/**
 * The case document of a referral: only the fields of the data classes it shares (report always; contact and
 * identity when shared). Validated against the schema before it is returned, so no malformed document leaves.
 */
export function buildCaseDocument(input: CaseDocumentInput): CaseDocument {
  const { referral, ticket, partner, consent, now } = input;
  const shares = (d: DataClass) => referral.fields.includes(d);
  const results = (ticket.answers ?? {}) as Record<string, Result>;
  const triage = ticket.triage as TriageResult | null;
  const category = (ticket.category ?? null) as Category | null;
  const indicators = ((ticket.indicators ?? []) as string[]).filter(
    (i): i is Indicator => i in CONTROL_OF_INDICATOR,
  );
  const location = (ticket.location ?? null) as Record<string, Json> | null;
  const pin =
    location && typeof location.latitude === 'number' && typeof location.longitude === 'number'
      ? { latitude: location.latitude, longitude: location.longitude }
      : null;
  const age = ticket.subject_age;
  const departure = answerValue(results, 'departure');

  const exploitation: CaseDocument['events'][number] = {
    hte_Type: 'Exploitation',
    hte_Country: ticket.country,
    hte_Description: null,
  };
  if (shares('contact')) {
    exploitation.hte_State = ticket.area;
    exploitation.hte_City =
      text(field(location ?? undefined, 'city')) ?? text(field(location ?? undefined, 'text'));
    exploitation.hte_Latitude = pin?.latitude ?? null;
    exploitation.hte_Longitude = pin?.longitude ?? null;
  }
  const events: CaseDocument['events'] = [exploitation];
  if (departure !== undefined || ticket.departure_route) {
    events.unshift({
      hte_Type: 'Recruitment',
      hte_Country: 'ID',
      hte_Date: fuzzyDate(departure),
      hte_Description: ticket.departure_route,
    });
  }

  const person: CaseDocument['person'] = {
    prs_Gender: GENDER[ticket.subject_gender ?? ''] ?? 'NonSpecifiedUnknown',
    prs_Citizenship: ['ID'],
    prs_PrimaryLanguage: LANGUAGE_639_2[ticket.written_language ?? ticket.language] ?? 'ind',
    prs_MailingCountry: ticket.country,
    suar_AgeBand: ticket.age_band
      ? (ticket.age_band as CaseDocument['person']['suar_AgeBand'])
      : ageBandOf(age),
    suar_Minor: ticket.minor,
  };
  if (shares('identity')) {
    person.prs_FirstName = ticket.subject_name;
    person.suar_Age = age;
  }
  if (shares('contact')) person.prs_MobilePhone = ticket.contact_phone;

  const answers: Record<string, boolean | string | number | null> = {};
  for (const name of PLAIN_ANSWERS) {
    const value = answerValue(results, name);
    if (typeof value === 'boolean' || typeof value === 'string' || typeof value === 'number')
      answers[name] = value;
  }

  const reporterType =
    (['self', 'relative', 'friend'] as const).find((r) => r === ticket.reporter) ?? 'unknown';
  const reporter: CaseDocument['suar']['reporter'] = { type: reporterType };
  if (shares('identity') && reporterType !== 'self') reporter.name = ticket.reporter_name;

  const suar: CaseDocument['suar'] = {
    reporter,
    report: {
      narrative: ticket.narrative,
      employer_or_agency: ticket.employer,
      departure_route: ticket.departure_route,
      passport_held_by_other: ticket.passport_held,
      answers,
    },
    triage: {
      priority: ticket.priority,
      priority_reason: ticket.priority_reason,
      category: ticket.category,
      indicators,
      flags: (ticket.flags ?? []) as string[],
      emergency: ticket.emergency,
      // Reasons drawn from the phone number or the map pin say where the person is: contact data.
      reasons: (triage?.reasons ?? []).filter(
        (r) => shares('contact') || (r.source !== 'phone' && r.source !== 'pin'),
      ),
    },
    consent: consent
      ? {
          id: consent.id,
          given_by: consent.givenBy,
          method: consent.method,
          given_at: consent.givenAt.toISOString(),
          expires_at: consent.expiresAt?.toISOString() ?? null,
          wording_version: consent.wordingVersion,
          language: consent.language,
          scopes: consent.scopes,
          guardian_required: consent.guardianRequired,
        }
      : null,
    legal_basis: {
      basis: referral.basis,
      article:
        referral.basis === 'consent'
          ? 'UU 27/2022 Pasal 20 ayat (2) huruf a'
          : OVERRIDE_BASES[referral.basis],
      purpose: referral.purpose,
      reason: referral.basisReason,
    },
  };
  if (shares('contact')) {
    suar.safe_contact = {
      channel: input.channel,
      window: safeTimeOf(ticket.safe_time),
      time_zone: personTimeZone(ticket.country, pin, now)?.timeZone ?? null,
      calls_safe: ticket.calls_safe,
    };
  }

  const document: CaseDocument = {
    document: {
      type: 'suar.case',
      version: CASE_DOCUMENT_VERSION,
      id: referral.id,
      generated_at: now.toISOString(),
      shared: (['report', 'contact', 'identity'] as const).filter((d) => shares(d)),
      standard: 'HTCDS 2.0',
    },
    case: {
      cas_Status: ticket.status === 'closed' ? 'Closed' : 'Active',
      cas_ReferringOrganisation: REFERRING_ORGANISATION,
      cas_ReferredOrganisation: {
        org_Name: partner.name,
        org_Type: partner.type as CaseDocument['case']['cas_ReferredOrganisation']['org_Type'],
        org_ShippingCountry: 'ID',
        suar_PartnerCode: partner.code,
      },
      cas_ReasonForOutgoingReferral: referral.reason,
      cas_OutgoingReferralDate: referral.createdAt.toISOString().slice(0, 10),
      cas_OutgoingReferralDetails: referral.note,
      suar_Reference: ticket.ref,
      suar_Urgency: referral.urgency,
      suar_ReportedAt: ticket.created_at.toISOString(),
    },
    person,
    victim: {
      vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TypeOfExploitation: category ? EXPLOITATION_OF_CATEGORY[category] : [],
      vic_ForcedLabourIndustry: (category && INDUSTRY_OF_CATEGORY[category]) ?? null,
      vic_MethodsOfControl: [...new Set(indicators.map((i) => CONTROL_OF_INDICATOR[i]))],
    },
    events,
    consent: { con_Consent: referral.basis === 'consent' },
    suar,
  };
  return caseDocumentSchema.parse(document);
}
