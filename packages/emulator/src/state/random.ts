// A seeded generator so the demo world, and every ID in it, is the same on every start.

export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Cloud resource IDs are a prefix and eight lower-case letters or digits: ins-r8hr2upy. */
export function resourceId(prefix: string, random: Random): string {
  let suffix = '';
  for (let i = 0; i < 8; i++) suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return `${prefix}-${suffix}`;
}

export function uuid(random: Random): string {
  // 32 hex digits drawn in order, the 13th replaced by the version digit 4; joined once, so the string is flat.
  const chars: string[] = [];
  for (let i = 0; i < 32; i++) {
    const digit = HEX[Math.floor(random() * 16)]!;
    if (i === 8 || i === 12 || i === 16 || i === 20) chars.push('-');
    chars.push(i === 12 ? '4' : digit);
  }
  return chars.join('');
}

export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}
