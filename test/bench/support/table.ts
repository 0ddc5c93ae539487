// Prints a table of figures in monospace: text columns left, numbers right.

export type Cell = string | number | undefined;

/** A number with a fixed count of decimals, "—" when it is not a finite number. */
export function fixed(value: number | undefined, decimals = 0): string {
  return value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(decimals);
}

export function printTable(title: string, header: string[], rows: Cell[][], notes: string[] = []): void {
  const text = rows.map((row) => header.map((_, i) => (row[i] === undefined ? '' : String(row[i]))));
  const numeric = header.map((_, i) => text.every((row) => row[i] === '' || /^[-+−]?[\d.,]+( ?[a-zA-Z%×]+)?$|^—$/.test(row[i]!)));
  const widths = header.map((h, i) => Math.max(h.length, ...text.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (numeric[i] && i > 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of text) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}
