import type { CaseDocument } from './case-document-schema.ts';

// The case document as CSV for partners who work in spreadsheets: one row per field, its HTCDS (or suar_)
// name as the document has it, and its value. Lists are joined with "; ".

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string): string {
  // Why the apostrophe: a cell starting with = + - @ is run as a formula by spreadsheets (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function flatten(prefix: string, value: unknown, rows: [string, string][]): void {
  if (value === undefined) return;
  if (value === null) {
    rows.push([prefix, '']);
  } else if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      rows.push([prefix, value.map((v) => String(v)).join('; ')]);
    } else {
      value.forEach((v, i) => {
        flatten(`${prefix}[${i}]`, v, rows);
      });
    }
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, rows);
  } else {
    rows.push([prefix, String(value)]);
  }
}

/** The document as `field,value` rows (CRLF line ends, as RFC 4180 asks). */
export function caseDocumentCsv(document: CaseDocument): string {
  const rows: [string, string][] = [];
  flatten('', document, rows);
  return `${['field,value', ...rows.map(([k, v]) => `${csvCell(k)},${csvCell(v)}`)].join('\r\n')}\r\n`;
}
