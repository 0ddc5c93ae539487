// The character classes the cloud's password rules count: lower case, upper case, digits and a rule's own symbols.

export interface CharacterClasses {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
}

export function characterClasses(password: string, symbols: string): { classes: CharacterClasses; count: number; invalidCharacters: string[] } {
  const chars = [...password];
  const classes = {
    lower: chars.some((c) => c >= 'a' && c <= 'z'),
    upper: chars.some((c) => c >= 'A' && c <= 'Z'),
    digit: chars.some((c) => c >= '0' && c <= '9'),
    symbol: chars.some((c) => symbols.includes(c)),
  };
  const invalidCharacters = [...new Set(chars.filter((c) => !/^[A-Za-z0-9]$/.test(c) && !symbols.includes(c)))];
  return { classes, count: Object.values(classes).filter(Boolean).length, invalidCharacters };
}
