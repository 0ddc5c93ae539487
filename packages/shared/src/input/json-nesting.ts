// Nesting counted on the bytes of JSON text, before it is parsed: a body built to exhaust a recursive parser or
// stringifier is refused before any object exists.

import { MAX_PARAM_DEPTH } from './input-problem.ts';

/** A body's parameters sit one level inside it: the body is the first container. */
export const MAX_BODY_NESTING = MAX_PARAM_DEPTH + 1;

/** True when arrays and objects nest deeper than `max` anywhere in the text; brackets inside strings do not count. */
export function jsonNestingExceeds(bytes: Uint8Array, max = MAX_BODY_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (inString) {
      if (byte === 0x5c)
        i++; // a backslash escapes the next byte, a quote included
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > max) return true;
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
  return false;
}
