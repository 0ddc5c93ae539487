import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnvelopeEnds } from '../../apps/server/src/cloud/envelope-tail.ts';
import { parseSpan, scanObject } from '../../apps/server/src/cloud/json-scan.ts';

// A large answer is read from its two ends; whenever that read answers at all, it must agree with the full scan
// (and so with JSON.parse): the same Response bytes, the same RequestId, and never a success that holds an Error.

const plain = fc.stringMatching(/^[\w .:-]{0,24}$/);
const instance = (n: number, name = `web-${n}`) => ({ InstanceId: `ins-${String(n).padStart(8, '0')}`, InstanceName: name, CPU: 2, Memory: 4, Tags: [] });
const page = (instances: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ Response: { TotalCount: instances.length, InstanceSet: instances, ...extra, RequestId: 'a1b2c3d4-0000-4000-8000-000000000001' } });

function fullScan(bytes: Buffer) {
  const scan = scanObject(bytes, 'Response')!;
  const span = scan.members.get('Response')!;
  return { response: bytes.toString('utf8', span.start, span.end), requestId: parseSpan(bytes, scan.nested!.get('RequestId')!), error: scan.nested!.get('Error') };
}

describe('reading a large answer from its ends', () => {
  it('finds the Response and RequestId of a page of instances, as the full scan does', () => {
    const many = Array.from({ length: 60 }, (_, n) => instance(n));
    // An instance named "Error", and an Error member deep inside, are still a success.
    for (const text of [page(many), page([...many, instance(99, 'Error')]), page([...many, { Error: { Code: 'x' } }])]) {
      const bytes = Buffer.from(text);
      const ends = readEnvelopeEnds(bytes)!;
      expect(ends).toBeDefined();
      const full = fullScan(bytes);
      expect(full.error).toBeUndefined();
      expect(bytes.toString('utf8', ends.response.start, ends.response.end)).toBe(full.response);
      expect(ends.requestId).toBe(full.requestId);
    }
  });

  it('leaves to the full scan what it cannot be sure of', () => {
    const many = Array.from({ length: 60 }, (_, n) => instance(n));
    const errorAnswer = JSON.stringify({ Response: { Error: { Code: 'InternalError', Message: 'x'.repeat(5000) }, RequestId: 'r-1' } });
    for (const text of [
      page(many.slice(0, 2)), // small: the full scan is cheap
      errorAnswer, // an error, however large: Error first, as the cloud writes it
      page([...many, instance(99, '\\u0045rror')]), // an escape that could spell it
      JSON.stringify({ Response: { InstanceSet: many, RequestId: 'r-"1' } }), // a RequestId with an escape
      JSON.stringify({ Response: { RequestId: 'r-1', InstanceSet: many } }), // RequestId not last
      JSON.stringify({ Response: { InstanceSet: many, RequestId: 'r-1' } }, null, 1), // not compact
    ]) {
      expect(readEnvelopeEnds(Buffer.from(text)), text.slice(0, 80)).toBeUndefined();
    }
  });

  it('agrees with the full scan on any large answer it reads', () => {
    let read = 0;
    fc.assert(
      // Mostly plain text, as answers are; now and then anything JSON can hold (escapes, which send it to the full scan).
      fc.property(
        fc.array(fc.record({ InstanceName: plain, Note: fc.oneof(plain, fc.integer(), fc.jsonValue()) }), { minLength: 1, maxLength: 40 }),
        plain,
        (instances, requestId) => {
          const text = JSON.stringify({ Response: { InstanceSet: [...instances, { Pad: 'p'.repeat(4096) }], RequestId: requestId } });
          const bytes = Buffer.from(text);
          const ends = readEnvelopeEnds(bytes);
          if (!ends) return;
          read++;
          const full = fullScan(bytes);
          expect(full.error).toBeUndefined();
          expect(bytes.toString('utf8', ends.response.start, ends.response.end)).toBe(full.response);
          expect(ends.requestId).toBe(full.requestId);
        },
      ),
      { numRuns: 300 },
    );
    // The property is about the answers it does read: most of these.
    expect(read).toBeGreaterThan(100);
  });
});
