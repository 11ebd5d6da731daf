import type { CaseDocument } from './case-document-schema.ts';

// The printable referral letter, in Indonesian, for partners who work on paper. It carries exactly what the
// case document carries (the same consent-filtered fields) and says on every page that it holds personal data.

const REASONS: Record<CaseDocument['case']['cas_ReasonForOutgoingReferral'], string> = {
  AdditionalServicesRequired: 'Memerlukan layanan tambahan',
  MigrationOrChangeOfLocation: 'Perpindahan atau perubahan lokasi',
  Other: 'Lainnya',
};

const URGENCY: Record<CaseDocument['case']['suar_Urgency'], string> = {
  routine: 'Biasa',
  urgent: 'Segera',
  emergency: 'Darurat',
};

const GENDER: Record<CaseDocument['person']['prs_Gender'], string> = {
  Feminine: 'Perempuan',
  Masculine: 'Laki-laki',
  TransgenderFeminine: 'Transgender (perempuan)',
  TransgenderMasculine: 'Transgender (laki-laki)',
  NonConforming: 'Lainnya',
  NonSpecifiedUnknown: 'Tidak diketahui',
};

const REPORTER: Record<CaseDocument['suar']['reporter']['type'], string> = {
  self: 'Korban sendiri',
  relative: 'Keluarga',
  friend: 'Teman',
  unknown: 'Tidak diketahui',
};

const BASIS: Record<CaseDocument['suar']['legal_basis']['basis'], string> = {
  consent: 'persetujuan yang bersangkutan',
  vital_interest: 'pelindungan kepentingan vital yang bersangkutan',
  legal_obligation: 'pemenuhan kewajiban hukum',
  public_task: 'pelaksanaan tugas kepentingan umum / pelayanan publik',
};

const GIVEN_BY: Record<'subject' | 'relative' | 'guardian', string> = {
  subject: 'yang bersangkutan sendiri',
  relative: 'keluarga atas namanya',
  guardian: 'orang tua / wali',
};

function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'Ya' : value === false ? 'Tidak' : '-';
}

function dateId(iso: string): string {
  const months = [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ];
  const d = new Date(iso);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** The rows of the letter's table, in the order a caseworker reads a case: only fields the document has. */
export function letterRows(doc: CaseDocument): [string, string][] {
  const rows: [string, string][] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value !== undefined) rows.push([label, value === null || value === '' ? '-' : value]);
  };
  add('Nomor laporan', doc.case.suar_Reference);
  add('Tingkat urgensi', URGENCY[doc.case.suar_Urgency]);
  add('Alasan rujukan', REASONS[doc.case.cas_ReasonForOutgoingReferral]);
  add('Catatan petugas', doc.case.cas_OutgoingReferralDetails);
  add('Pelapor', REPORTER[doc.suar.reporter.type]);
  if (doc.suar.reporter.name !== undefined) add('Nama pelapor', doc.suar.reporter.name);
  if (doc.person.prs_FirstName !== undefined) add('Nama yang bersangkutan', doc.person.prs_FirstName);
  if (doc.person.suar_Age !== undefined)
    add('Umur', doc.person.suar_Age === null ? null : `${doc.person.suar_Age} tahun`);
  add('Kelompok umur', doc.person.suar_AgeBand);
  add('Anak (di bawah 18)', yesNo(doc.person.suar_Minor));
  add('Jenis kelamin', GENDER[doc.person.prs_Gender]);
  add('Negara tempat berada', doc.person.prs_MailingCountry);
  const place = doc.events.find((e) => e.hte_Type === 'Exploitation');
  if (place?.hte_City !== undefined)
    add('Tempat', [place.hte_City, place.hte_State].filter(Boolean).join(', '));
  if (place?.hte_Latitude !== undefined && place.hte_Latitude !== null && place.hte_Longitude != null)
    add('Titik lokasi', `${place.hte_Latitude.toFixed(5)}, ${place.hte_Longitude.toFixed(5)}`);
  if (doc.person.prs_MobilePhone !== undefined) add('Nomor telepon', doc.person.prs_MobilePhone);
  if (doc.suar.safe_contact) {
    add('Saluran chat', doc.suar.safe_contact.channel);
    add('Waktu aman dihubungi', doc.suar.safe_contact.window);
    add('Aman ditelepon', yesNo(doc.suar.safe_contact.calls_safe));
  }
  add('Prioritas', `${doc.suar.triage.priority} — ${doc.suar.triage.priority_reason}`);
  add('Kategori', doc.suar.triage.category);
  add('Indikator (ILO)', doc.suar.triage.indicators.join(', '));
  add('Cara kontrol (HTCDS)', doc.victim.vic_MethodsOfControl.join(', '));
  add('Tanda bahaya', doc.suar.triage.flags.join(', '));
  const recruitment = doc.events.find((e) => e.hte_Type === 'Recruitment');
  if (recruitment)
    add('Berangkat', [recruitment.hte_Date, recruitment.hte_Description].filter(Boolean).join(', '));
  if (doc.suar.report) {
    add('Majikan / agen', doc.suar.report.employer_or_agency);
    add('Paspor ditahan orang lain', yesNo(doc.suar.report.passport_held_by_other));
    add('Cerita', doc.suar.report.narrative);
  }
  return rows;
}

/** The referral letter as a PDF (A4). `compress: false` keeps the text readable in tests. */
export async function referralLetterPdf(
  doc: CaseDocument,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  // Loaded on the first letter: PDFKit and its font code cost a start about a quarter of a second of CPU.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    compress: options.compress ?? true,
    info: {
      Title: `Surat Rujukan ${doc.case.suar_Reference}`,
      Author: 'Suar — Direktorat Pelindungan WNI',
      Subject: 'Rujukan kasus dugaan tindak pidana perdagangan orang',
      CreationDate: new Date(doc.document.generated_at),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 112;

  pdf
    .font('Helvetica-Bold')
    .fontSize(9)
    .fillColor('#b00020')
    .text('RAHASIA — BERISI DATA PRIBADI', { align: 'right' });
  pdf.fillColor('black').moveDown(0.5);
  pdf.font('Helvetica-Bold').fontSize(13).text('KEMENTERIAN LUAR NEGERI REPUBLIK INDONESIA');
  pdf.font('Helvetica').fontSize(11).text('Direktorat Pelindungan Warga Negara Indonesia');
  pdf
    .moveTo(56, pdf.y + 4)
    .lineTo(56 + width, pdf.y + 4)
    .stroke();
  pdf.moveDown(1);

  pdf.fontSize(10);
  pdf.text(`Nomor: ${doc.case.suar_Reference}/${doc.document.id.slice(0, 8)}`);
  pdf.text(`Tanggal: ${dateId(`${doc.case.cas_OutgoingReferralDate}T00:00:00Z`)}`);
  pdf.text(`Kepada: ${doc.case.cas_ReferredOrganisation.org_Name}`);
  pdf.text('Perihal: Rujukan kasus dugaan tindak pidana perdagangan orang (TPPO)');
  pdf.moveDown(1);
  pdf.text('Dengan hormat,');
  pdf.moveDown(0.5);
  pdf.text(
    `Dalam kerangka mekanisme rujukan nasional penanganan korban TPPO, bersama ini kami merujuk laporan ` +
      `${doc.case.suar_Reference} yang diterima Direktorat Pelindungan WNI melalui layanan Suar pada ` +
      `${dateId(doc.case.suar_ReportedAt)}. Status yang bersangkutan: terduga korban (belum diverifikasi). ` +
      `Mohon ditindaklanjuti sesuai kewenangan Bapak/Ibu, dan kabar perkembangannya disampaikan kembali kepada kami.`,
    { align: 'justify' },
  );
  pdf.moveDown(1);

  pdf.font('Helvetica-Bold').text('Data kasus');
  pdf.moveDown(0.3);
  const labelWidth = 150;
  for (const [label, value] of letterRows(doc)) {
    const y = pdf.y;
    pdf.font('Helvetica-Bold').fontSize(9).text(label, 56, y, { width: labelWidth });
    const labelBottom = pdf.y;
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(value, 56 + labelWidth + 8, y, { width: width - labelWidth - 8 });
    pdf.y = Math.max(pdf.y, labelBottom) + 3;
    pdf.x = 56;
  }
  pdf.moveDown(1);

  pdf.font('Helvetica-Bold').fontSize(10).text('Dasar pemrosesan data', 56);
  pdf.font('Helvetica').fontSize(9);
  const basis = doc.suar.legal_basis;
  const consent = doc.suar.consent;
  pdf.text(
    `Data ini dibagikan atas dasar ${BASIS[basis.basis]} (${basis.article}), untuk tujuan: ${basis.purpose}.` +
      (consent
        ? ` Persetujuan diberikan oleh ${GIVEN_BY[consent.given_by]} pada ${dateId(consent.given_at)}` +
          (consent.expires_at ? `, berlaku sampai ${dateId(consent.expires_at)}.` : '.')
        : '') +
      (basis.reason ? ` Alasan: ${basis.reason}` : ''),
    { align: 'justify' },
  );
  pdf.text(
    `Yang dibagikan hanya: ${doc.document.shared.join(', ')}. Gunakan data ini hanya untuk tujuan di atas, ` +
      'jangan diteruskan ke pihak lain, dan hubungi yang bersangkutan hanya pada waktu yang aman baginya.',
    { align: 'justify' },
  );
  pdf.moveDown(1.5);
  pdf.text('Hormat kami,');
  pdf.text('Direktorat Pelindungan WNI, Kementerian Luar Negeri');
  pdf.moveDown(1);
  pdf
    .fontSize(7)
    .fillColor('#555555')
    .text(
      `Dokumen ${doc.document.id} · format ${doc.document.type} ${doc.document.version} (${doc.document.standard}) · dibuat ${doc.document.generated_at}`,
    );
  pdf.end();
  return done;
}
