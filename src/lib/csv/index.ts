/**
 * RFC 4180 CSV, shared by the server's exports and the console's downloads.
 * Cells that a spreadsheet would run as a formula (=, +, -, @) are prefixed
 * with a quote, so an exported file cannot attack its reader.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
