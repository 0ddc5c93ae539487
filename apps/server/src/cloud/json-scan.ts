// Where the members of a JSON object lie in its bytes, found in one pass that checks the whole text is JSON as
// JSON.parse reads it (RFC 8259: strings and their escapes, numbers, literals, nesting) but builds nothing. A cloud's
// answer is passed to the browser as the bytes it came in; only the few members the console reads (the envelope's
// Response, its Error and RequestId) are looked at, and parsed on their own.

/** A member's value: bytes [start, end) of the scanned buffer. */
export interface Span {
  start: number;
  end: number;
}

export interface ObjectScan {
  /** The object's own members, by key: where each value lies. */
  members: Map<string, Span>;
  /** The members of the value of the key asked for with `descend`, when that value is an object. */
  nested?: Map<string, Span>;
}

/** Deeper than this, the scan gives up and the caller parses (no cloud answer nests nearly this deep). */
const MAX_DEPTH = 256;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Bytes that end a run of plain string content: the closing quote, an escape, and the control characters JSON forbids. */
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_STOP[c] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;

const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
const isHex = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

class Scanner {
  nested: Map<string, Span> | undefined;

  constructor(
    private readonly b: Buffer,
    private readonly descend: string | undefined,
  ) {}

  ws(i: number): number {
    const b = this.b;
    const n = b.length;
    while (i < n) {
      const c = b[i]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    return i;
  }

  /** `i` at the opening quote: the index after the closing one, or -1. */
  string(i: number): number {
    const b = this.b;
    const n = b.length;
    i++;
    while (i < n) {
      // Most of an answer is plain text between quotes: one table look-up a byte until something needs a look.
      while (i < n && STRING_STOP[b[i]!] === 0) i++;
      if (i >= n) return -1;
      const c = b[i]!;
      if (c === QUOTE) return i + 1;
      if (c === BACKSLASH) {
        const e = b[i + 1];
        if (e === 0x75) {
          if (!isHex(b[i + 2]) || !isHex(b[i + 3]) || !isHex(b[i + 4]) || !isHex(b[i + 5])) return -1;
          i += 6;
        } else if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          i += 2;
        } else {
          return -1;
        }
      } else {
        return -1; // a control character, which JSON allows only escaped
      }
    }
    return -1;
  }

  number(i: number): number {
    const b = this.b;
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (isDigit(b[i])) while (isDigit(b[i])) i++;
    else return -1;
    if (b[i] === 0x2e) {
      i++;
      if (!isDigit(b[i])) return -1;
      while (isDigit(b[i])) i++;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      if (!isDigit(b[i])) return -1;
      while (isDigit(b[i])) i++;
    }
    return i;
  }

  literal(i: number, word: string): number {
    for (let k = 0; k < word.length; k++) if (this.b[i + k] !== word.charCodeAt(k)) return -1;
    return i + word.length;
  }

  value(i: number, depth: number): number {
    const c = this.b[i];
    if (c === QUOTE) return this.string(i);
    if (c === 0x7b) return this.object(i, depth + 1, undefined);
    if (c === 0x5b) return this.array(i, depth + 1);
    if (c === 0x74) return this.literal(i, 'true');
    if (c === 0x66) return this.literal(i, 'false');
    if (c === 0x6e) return this.literal(i, 'null');
    return this.number(i);
  }

  array(i: number, depth: number): number {
    if (depth > MAX_DEPTH) return -1;
    const b = this.b;
    i = this.ws(i + 1);
    if (b[i] === 0x5d) return i + 1;
    for (;;) {
      i = this.value(i, depth);
      if (i < 0) return -1;
      i = this.ws(i);
      if (b[i] === 0x2c) i = this.ws(i + 1);
      else if (b[i] === 0x5d) return i + 1;
      else return -1;
    }
  }

  /**
   * `i` at `{`. With `record`, each member's key and value span is put there; a key spelled with an escape or given
   * twice makes the scan give up (-1), since JSON.parse would read it differently from a plain comparison.
   */
  object(i: number, depth: number, record: Map<string, Span> | undefined): number {
    if (depth > MAX_DEPTH) return -1;
    const b = this.b;
    i = this.ws(i + 1);
    if (b[i] === 0x7d) return i + 1;
    for (;;) {
      if (b[i] !== QUOTE) return -1;
      const keyEnd = this.string(i);
      if (keyEnd < 0) return -1;
      const keyStart = i + 1;
      i = this.ws(keyEnd);
      if (b[i] !== 0x3a) return -1;
      i = this.ws(i + 1);
      const start = i;
      if (record) {
        for (let k = keyStart; k < keyEnd - 1; k++) if (b[k] === BACKSLASH) return -1;
        const key = b.toString('utf8', keyStart, keyEnd - 1);
        if (record.has(key)) return -1;
        if (depth === 1 && key === this.descend && b[i] === 0x7b) {
          this.nested = new Map();
          i = this.object(i, depth + 1, this.nested);
        } else {
          i = this.value(i, depth);
        }
        if (i < 0) return -1;
        record.set(key, { start, end: i });
      } else {
        i = this.value(i, depth);
        if (i < 0) return -1;
      }
      i = this.ws(i);
      if (b[i] === 0x2c) i = this.ws(i + 1);
      else if (b[i] === 0x7d) return i + 1;
      else return -1;
    }
  }
}

/**
 * Scans `bytes` as one JSON object (whitespace around it allowed) and says where its members lie, and those of its
 * member `descend` when that is an object. Undefined when the bytes are not well-formed JSON, not an object, or when
 * a member it records has an escaped or repeated key: the caller then parses the bytes the ordinary way.
 */
export function scanObject(bytes: Buffer, descend?: string): ObjectScan | undefined {
  const scanner = new Scanner(bytes, descend);
  const start = scanner.ws(0);
  if (bytes[start] !== 0x7b) return undefined;
  const members = new Map<string, Span>();
  const end = scanner.object(start, 1, members);
  if (end < 0 || scanner.ws(end) !== bytes.length) return undefined;
  return { members, ...(scanner.nested ? { nested: scanner.nested } : {}) };
}

/** The value of a member found by scanObject, parsed on its own. */
export function parseSpan(bytes: Buffer, span: Span): unknown {
  return JSON.parse(bytes.toString('utf8', span.start, span.end));
}
