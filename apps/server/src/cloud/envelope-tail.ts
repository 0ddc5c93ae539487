import type { Span } from './json-scan.ts';

// A large answer of Tencent Cloud's API 3.0 read from its two ends, without a pass over the middle. A page of
// instances is about 30 kB, and the console needs only two facts from it: that it is not an error, and its RequestId.
// The cloud writes the envelope as {"Response":{...,"RequestId":"..."}}, compact, RequestId last and nothing after
// Response; and an error, as the reference documents it, as {"Response":{"Error":{...},"RequestId":"..."}} — two
// members, Error first. So an answer that starts and ends that way and whose first member is not Error is a success,
// and its Response object is the bytes between the two ends. Anything else — small answers, escapes anywhere (which
// could spell a key), whitespace, another order — goes through the full scan (json-scan.ts). What the middle holds
// is checked where it is read: by the browser's JSON.parse, which reports an unreadable answer as such.

/** Below this size the full scan costs less than a few microseconds: nothing to save. */
const SMALL_ANSWER_BYTES = 4096;

const HEAD = Buffer.from('{"Response":{');
const ERROR_KEY = Buffer.from('"Error"');
const REQUEST_ID_KEY = Buffer.from(',"RequestId":"');
const TAIL = Buffer.from('"}}');
/** A RequestId is a UUID; a tail further from the end than this is not the envelope's. */
const MAX_REQUEST_ID_LENGTH = 128;
const BACKSLASH = 0x5c;

export interface EnvelopeTail {
  /** Where the Response object lies. */
  response: Span;
  requestId: string;
}

/** The Response and RequestId of a large, successful answer; undefined when the answer needs the full scan. */
export function readEnvelopeEnds(bytes: Buffer): EnvelopeTail | undefined {
  const n = bytes.length;
  if (n < SMALL_ANSWER_BYTES) return undefined;
  if (bytes.compare(HEAD, 0, HEAD.length, 0, HEAD.length) !== 0) return undefined;
  if (bytes.compare(TAIL, 0, TAIL.length, n - TAIL.length, n) !== 0) return undefined;
  const keyAt = bytes.lastIndexOf(REQUEST_ID_KEY, n - TAIL.length);
  const idStart = keyAt + REQUEST_ID_KEY.length;
  const idEnd = n - TAIL.length;
  if (keyAt < HEAD.length || idEnd - idStart > MAX_REQUEST_ID_LENGTH) return undefined;
  // A quote or backslash inside would make this something other than one plain string ending the object.
  for (let i = idStart; i < idEnd; i++) {
    const c = bytes[i]!;
    if (c === 0x22 || c === BACKSLASH || c < 0x20 || c >= 0x80) return undefined;
  }
  if (bytes.compare(ERROR_KEY, 0, ERROR_KEY.length, HEAD.length, HEAD.length + ERROR_KEY.length) === 0) return undefined;
  // The one pass over the middle, in native code (memchr): any escape means the full scan decides.
  if (bytes.indexOf(BACKSLASH, HEAD.length) !== -1) return undefined;
  return { response: { start: HEAD.length - 1, end: n - 1 }, requestId: bytes.toString('latin1', idStart, idEnd) };
}
