import { z } from 'zod';
import { PARTNER_TYPES } from '../partners/partner-types.ts';

// The case document a partner receives: IOM's Human Trafficking Case Data Standard (HTCDS) 2.0 field names
// where HTCDS has the field (prefixes org_, prs_, vic_, cas_, hte_, con_ as in the standard), and Suar's
// extensions under `suar` where it has none (reporter vs subject, triage with reasons, safe contact, the
// consent record, the legal basis). One source of truth: the JSON Schema in the repo is generated from this
// (`npm run referral:schema`), and a test fails when the committed file is stale.

/** The document format's version: a breaking change is a new major version (and a new schema file). */
export const CASE_DOCUMENT_VERSION = '1.0';

/** The data classes a document may carry (what consent and minimum necessary decide on). */
const dataClass = z.enum(['report', 'contact', 'identity']);

const organisation = z
  .object({
    org_Name: z.string().describe('HTCDS org_Name'),
    org_Type: z.enum(PARTNER_TYPES).describe('HTCDS org_Type'),
    org_ShippingCountry: z.string().length(2).describe('HTCDS org_ShippingCountry (ISO 3166-1 alpha-2)'),
    suar_PartnerCode: z.string().optional().describe('Suar extension: the partner code in Suar'),
  })
  .strict();

const methodOfControl = z.enum([
  'DebtBondage',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'Threats',
  'PsychologicalAbuse',
  'PhysicalAbuse',
  'SexualAbuse',
  'FalsePromises',
  'PsychoactiveSubstances',
  'RestrictsMovement',
  'RestrictsMedicalCare',
  'ExcessiveWorkingHours',
  'UsesChildren',
  'ThreatOfLawEnforcement',
  'WithholdsNecessities',
  'WithholdsDocuments',
  'Other',
]);

const exploitationType = z.enum([
  'ForcedLabour',
  'SexualExploitation',
  'ChildLabour',
  'ForcedMarriage',
  'Servitude',
  'ForcedMilitaryByNonStateActors',
  'OrganRemoval',
  'ForcedBegging',
  'ForcedAdoption',
  'Surrogacy',
  'Other',
]);

const historicEvent = z
  .object({
    hte_Type: z.enum(['Recruitment', 'Transit', 'Exploitation']).describe('HTCDS hte_Type'),
    hte_Country: z.string().length(2).nullable().describe('HTCDS hte_Country (ISO 3166-1 alpha-2)'),
    hte_State: z.string().nullable().optional().describe('HTCDS hte_State [contact]'),
    hte_City: z.string().nullable().optional().describe('HTCDS hte_City [contact]'),
    hte_Latitude: z.number().nullable().optional().describe('HTCDS hte_Latitude [contact]'),
    hte_Longitude: z.number().nullable().optional().describe('HTCDS hte_Longitude [contact]'),
    hte_Date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable()
      .optional()
      .describe('HTCDS hte_Date, as precise as the person gave it (YYYY, YYYY-MM or YYYY-MM-DD)'),
    hte_Description: z.string().nullable().optional().describe('HTCDS hte_Description'),
  })
  .strict();

const triageReason = z
  .object({
    conclusion: z.string(),
    source: z.enum(['answer', 'text', 'pin', 'phone']),
    evidence: z.string(),
  })
  .strict();

const consentScope = z
  .object({
    group: z.enum([
      'protection',
      'victim_services',
      'migrant_workers',
      'law_enforcement',
      'legal_immigration',
    ]),
    purpose: z.string(),
    data: z.array(dataClass),
  })
  .strict();

/** The case document, version 1.0. */
export const caseDocumentSchema = z
  .object({
    document: z
      .object({
        type: z.literal('suar.case'),
        version: z.literal(CASE_DOCUMENT_VERSION),
        id: z.uuid().describe('The referral id: one document per referral'),
        generated_at: z.iso.datetime({ offset: true }),
        shared: z
          .array(dataClass)
          .min(1)
          .describe('The data classes this document carries; fields of other classes are absent'),
        standard: z.literal('HTCDS 2.0'),
      })
      .strict(),
    case: z
      .object({
        cas_Status: z.enum(['Active', 'FollowUp', 'Closed', 'ClosedReferred']).describe('HTCDS cas_Status'),
        cas_ReferringOrganisation: organisation.describe('HTCDS cas_ReferringOrganisation'),
        cas_ReferredOrganisation: organisation.describe('HTCDS cas_ReferredOrganisation'),
        cas_ReasonForOutgoingReferral: z
          .enum(['AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other'])
          .describe('HTCDS cas_ReasonForOutgoingReferral'),
        cas_OutgoingReferralDate: z.iso.date().describe('HTCDS cas_OutgoingReferralDate'),
        cas_OutgoingReferralDetails: z
          .string()
          .nullable()
          .describe('HTCDS cas_OutgoingReferralDetails: the referring staff member’s note'),
        suar_Reference: z.string().describe('Suar extension: the report reference (SUAR-XXXX-XXXX)'),
        suar_Urgency: z.enum(['routine', 'urgent', 'emergency']).describe('Suar extension'),
        suar_ReportedAt: z.iso.datetime({ offset: true }).describe('Suar extension: when the report arrived'),
      })
      .strict(),
    person: z
      .object({
        prs_FirstName: z
          .string()
          .nullable()
          .optional()
          .describe('HTCDS prs_FirstName [identity]: the whole name as the reporter wrote it, not split'),
        prs_Gender: z
          .enum([
            'Feminine',
            'Masculine',
            'TransgenderFeminine',
            'TransgenderMasculine',
            'NonConforming',
            'NonSpecifiedUnknown',
          ])
          .describe('HTCDS prs_Gender [report]'),
        prs_Citizenship: z.array(z.string().length(2)).describe('HTCDS prs_Citizenship [report]'),
        prs_PrimaryLanguage: z.string().length(3).describe('HTCDS prs_PrimaryLanguage (ISO 639-2) [report]'),
        prs_MobilePhone: z.string().nullable().optional().describe('HTCDS prs_MobilePhone (E.164) [contact]'),
        prs_MailingCountry: z
          .string()
          .length(2)
          .nullable()
          .describe('HTCDS prs_MailingCountry: where the person is now [report]'),
        suar_Age: z
          .number()
          .int()
          .nullable()
          .optional()
          .describe('Suar extension [identity]: age in years as reported (HTCDS has only prs_Birthdate)'),
        suar_AgeBand: z
          .enum(['0-11', '12-17', '18-24', '25-34', '35-44', '45-59', '60+'])
          .nullable()
          .describe('Suar extension [report]'),
        suar_Minor: z.boolean().nullable().describe('Suar extension [report]: under 18 now'),
      })
      .strict(),
    victim: z
      .object({
        vic_TraffickingStatus: z
          .literal('PossibleVictimOfTrafficking')
          .describe('HTCDS vic_TraffickingStatus: a hotline cannot verify; always a possible victim'),
        vic_TypeOfExploitation: z.array(exploitationType).describe('HTCDS vic_TypeOfExploitation [report]'),
        vic_ForcedLabourIndustry: z
          .string()
          .nullable()
          .describe('HTCDS vic_ForcedLabourIndustry (ISIC tier 1) [report]'),
        vic_MethodsOfControl: z
          .array(methodOfControl)
          .describe('HTCDS vic_MethodsOfControl, mapped from the ILO indicators [report]'),
      })
      .strict(),
    events: z.array(historicEvent).describe('HTCDS historic trafficking events (hte_)'),
    consent: z
      .object({
        con_Consent: z.boolean().describe('HTCDS con_Consent: consent on record covers this referral'),
      })
      .strict(),
    suar: z
      .object({
        reporter: z
          .object({
            type: z.enum(['self', 'relative', 'friend', 'unknown']),
            name: z.string().nullable().optional().describe('[identity]; absent when the subject reported'),
          })
          .strict()
          .describe('Who wrote to Suar: the subject, or someone on their behalf'),
        report: z
          .object({
            narrative: z.string().nullable(),
            employer_or_agency: z.string().nullable(),
            departure_route: z.string().nullable(),
            passport_held_by_other: z.boolean().nullable(),
            answers: z
              .record(z.string(), z.union([z.boolean(), z.string(), z.number(), z.null()]))
              .describe('Further intake answers (yes/no and choices), by answer name'),
          })
          .strict()
          .optional()
          .describe('[report]'),
        triage: z
          .object({
            priority: z.enum(['P1', 'P2', 'P3', 'P4']),
            priority_reason: z.string(),
            category: z.string().nullable(),
            indicators: z.array(z.string()),
            flags: z.array(z.string()),
            emergency: z.boolean(),
            reasons: z.array(triageReason),
          })
          .strict()
          .describe('[report] Priority, category, ILO indicators and flags, each with what raised it'),
        safe_contact: z
          .object({
            channel: z.string(),
            window: z.enum(['any', 'morning', 'afternoon', 'evening', 'night', 'reply_only']).nullable(),
            time_zone: z.string().nullable(),
            calls_safe: z.boolean().nullable(),
          })
          .strict()
          .optional()
          .describe('[contact] How and when the person may be reached without putting them at risk'),
        consent: z
          .object({
            id: z.uuid(),
            given_by: z.enum(['subject', 'relative', 'guardian']),
            method: z.enum(['chat', 'phone', 'in_person']),
            given_at: z.iso.datetime({ offset: true }),
            expires_at: z.iso.datetime({ offset: true }).nullable(),
            wording_version: z.string(),
            language: z.string(),
            scopes: z.array(consentScope),
            guardian_required: z.boolean(),
          })
          .strict()
          .nullable()
          .describe('The consent record the referral rests on (null when it rests on another legal basis)'),
        legal_basis: z
          .object({
            basis: z.enum(['consent', 'vital_interest', 'legal_obligation', 'public_task']),
            article: z.string().describe('UU 27/2022 Pasal 20 ayat (2), the letter'),
            purpose: z.string(),
            reason: z.string().nullable().describe('A supervisor’s reason when not consent'),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

/** A case document, as validated. */
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** The JSON Schema of the case document, derived from the zod schema. */
export function caseDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(caseDocumentSchema, { io: 'output', unrepresentable: 'any' }),
    $id: `https://suar.id/schemas/case-document-${CASE_DOCUMENT_VERSION}.json`,
    title: `Suar case document ${CASE_DOCUMENT_VERSION} (HTCDS 2.0 aligned)`,
    description:
      'A report referred to a partner agency. HTCDS 2.0 field names (org_, prs_, vic_, cas_, hte_, con_) where HTCDS has the field; suar_ names and the suar object for what it lacks. [report], [contact] and [identity] mark the data class a field belongs to: a field of a class not in document.shared is absent.',
  };
}
