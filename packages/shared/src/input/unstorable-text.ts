// Text no database can keep: PostgreSQL's text and jsonb refuse the NUL character, and UTF-8 cannot encode a lone
// UTF-16 surrogate. Such text is refused where it enters (with the field named), never stored half or rewritten.

/** A NUL, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type UnstorableReason = 'nul' | 'lone-surrogate';

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableReason(text: string): UnstorableReason | undefined {
  if (!UNSTORABLE.test(text)) return undefined;
  return text.includes('\u0000') ? 'nul' : 'lone-surrogate';
}

/** The same text with every unstorable character written as its \uXXXX escape: for records of what was refused. */
export function escapeUnstorable(text: string): string {
  if (!UNSTORABLE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (high && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
    }
    out += code === 0 || high || low ? `\\u${code.toString(16).padStart(4, '0')}` : text[i]!;
  }
  return out;
}
