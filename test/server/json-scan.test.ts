import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpan, scanObject } from '../../apps/server/src/cloud/json-scan.ts';

// The console passes a cloud's answer on as its bytes, reading only the members it needs where the scan says they
// are: the scan must take exactly what JSON.parse takes, and find the members JSON.parse would.

const scan = (text: string, descend?: string) => scanObject(Buffer.from(text), descend);

/** What JSON.parse makes of the members (and of the descended member's members), as the scan should find them. */
function membersOf(text: string, descend?: string) {
  const bytes = Buffer.from(text);
  const result = scanObject(bytes, descend);
  if (!result) return undefined;
  const read = (map: Map<string, { start: number; end: number }>) => Object.fromEntries([...map].map(([key, span]) => [key, parseSpan(bytes, span)]));
  return { members: read(result.members), nested: result.nested ? read(result.nested) : undefined };
}

describe('scanning a cloud answer without parsing it', () => {
  it('finds the envelope members and the Response members, wherever they are', () => {
    const text = ' {"Other":[1,{"Response":2}],"Response":{"TotalCount":2,"InstanceSet":[{"Error":{"Code":"x"}}],"RequestId":"r-1"}} ';
    expect(membersOf(text, 'Response')).toEqual({
      members: { Other: [1, { Response: 2 }], Response: { TotalCount: 2, InstanceSet: [{ Error: { Code: 'x' } }], RequestId: 'r-1' } },
      nested: { TotalCount: 2, InstanceSet: [{ Error: { Code: 'x' } }], RequestId: 'r-1' },
    });
    const bytes = Buffer.from(text);
    const response = scanObject(bytes, 'Response')!.members.get('Response')!;
    expect(bytes.toString('utf8', response.start, response.end)).toBe('{"TotalCount":2,"InstanceSet":[{"Error":{"Code":"x"}}],"RequestId":"r-1"}');
  });

  it('refuses what JSON.parse refuses, and JSON that is not an object', () => {
    for (const notAnObject of ['[]', '"Response"', '1', 'null']) expect(scan(notAnObject, 'Response')).toBeUndefined();
    for (const bad of [
      '',
      '{"Response":{}',
      '{"Response":{}}}',
      '{"Response":{"a":tru}}',
      '{"Response":{"a":01}}',
      '{"Response":{"a":1.}}',
      '{"Response":{"a":-}}',
      '{"Response":{"a":"\\x"}}',
      '{"Response":{"a":"\\u12G4"}}',
      '{"Response":{"a":"line\nbreak"}}',
      '{"Response":{"a":1,}}',
      '{"Response":{,"a":1}}',
      '{"Response":[1,]}',
      '{"Response" {"a":1}}',
      "{'Response':{}}",
      '{"Response":{}} x',
      '<html>502 Bad Gateway</html>',
    ]) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(scan(bad, 'Response'), bad).toBeUndefined();
    }
  });

  it('leaves to JSON.parse a member key spelled with an escape or given twice', () => {
    expect(scan('{"Res\\u0070onse":{}}', 'Response')).toBeUndefined();
    expect(scan('{"Response":{"RequestId":"a","RequestId":"b"}}', 'Response')).toBeUndefined();
    // Deeper keys are the answer's own business: passed on as they are.
    expect(scan('{"Response":{"Set":[{"k":1,"k":2,"\\u0041":3}]}}', 'Response')).toBeDefined();
  });

  it('takes exactly what JSON.parse takes, and finds the same members (property)', () => {
    const text = fc.oneof(
      // Well-formed: any JSON object, written compactly or with whitespace, in an envelope or not.
      fc
        .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), fc.boolean())
        .map(([object, spaced, enveloped]) => JSON.stringify(enveloped ? { Response: object, Extra: [object] } : object, null, spaced ? 1 : undefined)),
      // Damaged: a well-formed answer cut short, or with a byte changed.
      fc.tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(), fc.constantFrom('', '"', '}', ',', '\\', '\n', '0', 'e', '-', 'x')).map(([object, at, replacement]) => {
        const json = JSON.stringify({ Response: object });
        const cut = at % (json.length + 1);
        return json.slice(0, cut) + replacement + json.slice(cut + 1);
      }),
    );
    fc.assert(
      fc.property(text, (json) => {
        let parsed: unknown;
        let parses = true;
        try {
          parsed = JSON.parse(json);
        } catch {
          parses = false;
        }
        const found = membersOf(json, 'Response');
        const isObject = parses && typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
        if (!isObject) return found === undefined;
        // A repeated or escaped key at the two levels read makes the scan step aside, which is always safe.
        if (found === undefined) return /\\|"([^"]*)":[\s\S]*"\1":/.test(json);
        const response = (parsed as { Response?: unknown }).Response;
        const responseIsObject = typeof response === 'object' && response !== null && !Array.isArray(response);
        expect(found.members).toEqual(parsed);
        expect(found.nested).toEqual(responseIsObject ? response : undefined);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
