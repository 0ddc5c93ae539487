// Number boxes keep a number in the form state, and NaN while the box holds something that is not one (empty, "1e"),
// so the form can say "enter a whole number" instead of silently keeping the last good value.

export const parseNumberText = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
export const numberText = (n: number) => (Number.isFinite(n) ? String(n) : '');
