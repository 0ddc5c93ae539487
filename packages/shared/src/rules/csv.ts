// One CSV writer for every export the console makes (the audit log on the server, the instance list in the browser).

/** What spreadsheet apps need to read a CSV file as UTF-8 rather than their locale's code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a quote, so an
 * instance named "=HYPERLINK(...)" stays text when an admin opens the export.
 */
export function toCsv(rows: string[][]): string {
  return rows
    .map((row) =>
      row
        .map((cell) => {
          const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
          return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
        })
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
