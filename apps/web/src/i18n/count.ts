// Counts in English text (10,015): one formatter, built on first use. Number#toLocaleString builds a new Intl
// formatter on every call, about a tenth of a millisecond each, and the pagination writes three counts on every render.
let format: Intl.NumberFormat | undefined;

export function englishCount(n: number): string {
  format ??= new Intl.NumberFormat('en');
  return format.format(n);
}
