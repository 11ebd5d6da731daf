import { describe, expect, it } from 'vitest';
import type { StoredConsent } from '../../src/consent/consent-records.ts';
import { type DataClass, scopesFor } from '../../src/consent/consent-scope.ts';
import type { Ticket } from '../../src/db/schema.ts';
import type { Partner } from '../../src/partners/partner-store.ts';
import { buildCaseDocument } from '../../src/referral/case-document.ts';
import { caseDocumentCsv } from '../../src/referral/case-document-csv.ts';
import { caseDocumentJsonSchema } from '../../src/referral/case-document-schema.ts';
import { referralLetterPdf } from '../../src/referral/referral-letter-pdf.ts';
import { triage } from '../../src/triage/index.ts';
import {
  committedCaseDocumentSchema as committedSchema,
  validateCaseDocument,
} from '../support/case-document-validator.ts';

const now = new Date('2026-03-01T10:00:00Z');
const texts = ['paspor ditahan majikan, gaji tidak dibayar 4 bulan, tidak boleh keluar'];
const triaged = triage({ texts, answers: { country: 'MY', reporter: 'relative' }, phone: '+60123456789' });

/** A ticket as the intake leaves it: a sister reporting for her sister in Malaysia. */
const sampleTicket = {
  id: '0d6f5c58-0d3c-4c7e-9d2f-1d2b3c4d5e6f',
  ref: 'SUAR-7K3M-9PQ4',
  contact_id: '1d6f5c58-0d3c-4c7e-9d2f-1d2b3c4d5e6f',
  status: 'open',
  complete: true,
  priority: triaged.priority,
  priority_reason: 'answer: passport_held',
  category: triaged.category,
  emergency: false,
  channel: 'webchat',
  language: 'id',
  written_language: 'id',
  reporter: 'relative',
  reporter_name: 'Wati',
  subject_name: 'Siti Aminah',
  subject_age: 23,
  subject_gender: 'female',
  minor: false,
  country: 'MY',
  location: {
    country: 'MY',
    city: 'Johor Bahru',
    latitude: 1.4927,
    longitude: 103.7414,
    text: 'johor bahru',
  },
  area: 'Johor',
  passport_held: true,
  employer: 'PT Maju Jaya',
  departure: { year: 2025, month: 1, day: null, approximate: false, text: 'januari 2025' },
  departure_route: 'recruiter',
  narrative: texts[0]!,
  indicators: triaged.indicators,
  flags: triaged.flags,
  triage: triaged,
  contact_phone: '+60123456789',
  safe_time: 'evening',
  calls_safe: false,
  consent_share: true,
  answers: {
    passport_held: { value: true, input: 'ya', skipped: false },
    wages_unpaid: { value: true, input: 'ya', skipped: false },
    departure: {
      value: { year: 2025, month: 1, day: null, approximate: false, text: 'januari 2025' },
      input: 'januari 2025',
      skipped: false,
    },
  },
  age_band: null,
  purged: [],
  anonymised_at: null,
  mission: 'KBRI Kuala Lumpur',
  mission_id: 'kbri-kuala-lumpur',
  assignee_id: null,
  first_response_at: null,
  merged_into: null,
  status_changed_at: null,
  sla_due_at: now,
  submitted_at: now,
  created_at: new Date('2026-02-28T08:00:00Z'),
  updated_at: now,
} as unknown as Ticket;

const partner = {
  id: '2d6f5c58-0d3c-4c7e-9d2f-1d2b3c4d5e6f',
  code: 'polri',
  agency: 'Polri',
  name: 'Kepolisian Negara Republik Indonesia',
  type: 'LawEnforcement',
  consent_group: 'law_enforcement',
} as unknown as Partner;

const consent: StoredConsent = {
  id: '3d6f5c58-0d3c-4c7e-9d2f-1d2b3c4d5e6f',
  givenBy: 'relative',
  scopes: scopesFor(['law_enforcement'], ['report', 'contact']),
  guardianRequired: false,
  givenAt: new Date('2026-02-28T09:00:00Z'),
  expiresAt: new Date('2028-02-28T09:00:00Z'),
  withdrawnAt: null,
  method: 'chat',
  channel: 'webchat',
  wordingVersion: 'intake-consent-1',
  language: 'id',
  notifyPerson: true,
  recordedByName: null,
  giverDescription: null,
  withdrawnVia: null,
};

function documentSharing(fields: DataClass[]) {
  return buildCaseDocument({
    referral: {
      id: '4d6f5c58-0d3c-4c7e-9d2f-1d2b3c4d5e6f',
      reason: 'AdditionalServicesRequired',
      urgency: 'urgent',
      note: 'Mohon ditindaklanjuti.',
      purpose: 'investigation_and_prosecution',
      basis: 'consent',
      basisReason: null,
      fields,
      createdAt: now,
    },
    ticket: sampleTicket,
    channel: 'webchat',
    partner,
    consent,
    now,
  });
}

const has = (value: unknown, key: string): boolean => JSON.stringify(value).includes(`"${key}"`);

describe('the case document', () => {
  it('the committed JSON Schema is the one the code makes (run npm run referral:schema)', () => {
    expect(committedSchema).toEqual(JSON.parse(JSON.stringify(caseDocumentJsonSchema())));
  });

  it('validates against the committed JSON Schema whatever the classes shared', () => {
    for (const fields of [
      ['report'],
      ['report', 'contact'],
      ['report', 'contact', 'identity'],
    ] as DataClass[][]) {
      const document = documentSharing(fields);
      const valid = validateCaseDocument(document);
      expect(validateCaseDocument.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('the schema refuses what is not the format (a field HTCDS does not have, a wrong picklist value)', () => {
    const document = documentSharing(['report']) as unknown as Record<string, Record<string, unknown>>;
    expect(validateCaseDocument({ ...document, person: { ...document.person, prs_Nickname: 'x' } })).toBe(
      false,
    );
    expect(validateCaseDocument({ ...document, person: { ...document.person, prs_Gender: 'F' } })).toBe(
      false,
    );
  });

  it('uses HTCDS 2.0 names and picklist values', () => {
    const document = documentSharing(['report', 'contact', 'identity']);
    expect(document.case.cas_ReferredOrganisation).toMatchObject({ org_Type: 'LawEnforcement' });
    expect(document.case.cas_ReasonForOutgoingReferral).toBe('AdditionalServicesRequired');
    expect(document.victim.vic_TraffickingStatus).toBe('PossibleVictimOfTrafficking');
    expect(document.victim.vic_MethodsOfControl).toEqual(
      expect.arrayContaining(['WithholdsDocuments', 'TakesEarnings', 'RestrictsMovement']),
    );
    expect(document.person).toMatchObject({
      prs_Gender: 'Feminine',
      prs_Citizenship: ['ID'],
      suar_AgeBand: '18-24',
    });
    expect(document.events.map((e) => e.hte_Type)).toEqual(['Recruitment', 'Exploitation']);
    expect(document.events[0]).toMatchObject({ hte_Country: 'ID', hte_Date: '2025-01' });
  });

  it('carries only the classes shared: no contact or identity field leaves unless shared', () => {
    const reportOnly = documentSharing(['report']);
    for (const key of [
      'prs_FirstName',
      'prs_MobilePhone',
      'suar_Age',
      'safe_contact',
      'hte_City',
      'hte_Latitude',
      'name',
    ]) {
      expect(has(reportOnly, key), key).toBe(false);
    }
    expect(JSON.stringify(reportOnly)).not.toContain('Siti Aminah');
    expect(JSON.stringify(reportOnly)).not.toContain('+60123456789');
    expect(JSON.stringify(reportOnly)).not.toContain('Johor Bahru');
    // Triage reasons drawn from the phone number say where the person is: contact data.
    expect(reportOnly.suar.triage.reasons.every((r) => r.source !== 'phone' && r.source !== 'pin')).toBe(
      true,
    );

    const withContact = documentSharing(['report', 'contact']);
    expect(withContact.person.prs_MobilePhone).toBe('+60123456789');
    expect(withContact.suar.safe_contact).toMatchObject({ window: 'evening', calls_safe: false });
    expect(JSON.stringify(withContact)).not.toContain('Siti Aminah');
    expect(has(withContact, 'prs_FirstName')).toBe(false);

    const all = documentSharing(['report', 'contact', 'identity']);
    expect(all.person.prs_FirstName).toBe('Siti Aminah');
    expect(all.suar.reporter).toEqual({ type: 'relative', name: 'Wati' });
    expect(all.document.shared).toEqual(['report', 'contact', 'identity']);
  });

  it('renders as CSV: a row per field, formulas defused', () => {
    const csv = caseDocumentCsv(documentSharing(['report', 'contact']));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('field,value');
    expect(lines).toContain('person.prs_Gender,Feminine');
    expect(lines).toContain("person.prs_MobilePhone,'+60123456789");
    expect(csv).not.toContain('Siti Aminah');
  });

  it('renders a printable letter in Indonesian as a PDF with the same fields only', async () => {
    const pdf = await referralLetterPdf(documentSharing(['report']), { compress: false });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // pdfkit writes standard-font text as hex strings; read them back.
    const shown = [...text.matchAll(/<([0-9a-f]+)>/g)]
      .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
      .join('');
    expect(shown).toContain('SUAR-7K3M-9PQ4');
    expect(shown).toContain('Kepolisian Negara Republik Indonesia');
    expect(shown).toContain('Dasar pemrosesan data');
    expect(shown).not.toContain('Siti Aminah');
    expect(shown).not.toContain('60123456789');
  });
});
