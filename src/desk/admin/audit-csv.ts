// The audit log as CSV (RFC 4180), safe to open in a spreadsheet.

// A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets ("CSV
// injection"): an audit entry carries text others typed (a user agent, a canned reply's title), so such a
// cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote or line break; defused when it could start a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line, CRLF-terminated as RFC 4180 writes them. */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
