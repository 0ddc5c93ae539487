import { describe, expect, it } from 'vitest';
import { ABSENT, NULL_NOT_DOCUMENTED, answerGaps } from './response-walk.ts';
import { loadTencentModels, parseTencentModels } from './sdk-models.ts';

// The walk test/emulator/response-completeness.test.ts runs over every answer, and the SDK's "may be null" notes it
// relies on: checked here on answers written by hand, so the run-time check is known to see what it must.

describe('what the SDK says may be null', () => {
  const cvm = loadTencentModels('cvm');
  const field = (model: string, name: string) => cvm.get(model)!.get(name)!;

  it('reads "此字段可能返回 null" and the older "本项为null" notes, and nothing else', () => {
    expect(field('Instance', 'PublicIpAddresses').nullable).toBe(true);
    expect(field('Instance', 'LatestOperation').nullable).toBe(true);
    // "注意：后付费模式本项为null" (null for pay-as-you-go instances).
    expect(field('Instance', 'RenewFlag').nullable).toBe(true);
    expect(field('Instance', 'ExpiredTime').nullable).toBe(true);
    expect(field('Instance', 'HostName').nullable).toBe(false);
    expect(field('Placement', 'HostId').nullable).toBe(false);
    expect(field('DataDisk', 'KmsKeyId').nullable).toBe(true);
    expect(field('SystemDisk', 'KmsKeyId').nullable).toBe(false);
  });

  it('keeps a note to the field it documents', () => {
    const models = parseTencentModels(`
      /** A model. 注意：此字段可能返回 null */
      export interface M {
        /** 注意：此字段可能返回 null，表示取不到有效值。 */
        A?: string;
        B: number;
        /** plain */
        C?: Array<N>;
      }
      export type R = null;`);
    expect([...models.get('M')!].map(([name, f]) => [name, f.nullable, f.required])).toEqual([
      ['A', true, false],
      ['B', false, true],
      ['C', false, false],
    ]);
  });
});

describe('the walk of an answer', () => {
  const models = parseTencentModels(`
    export interface XResponse {
      Items?: Array<Item>;
      /** 注意：此字段可能返回 null，表示取不到有效值。 */
      Maybe?: string;
      Total?: number;
      RequestId?: string;
    }
    export interface Item {
      Id?: string;
      Inner?: Inner;
      /** 注意：此字段可能返回 null，表示取不到有效值。 */
      Values?: Array<number>;
      Any?: any;
    }
    export interface Inner {
      Flag?: boolean;
      Names?: Array<string>;
    }`);
  const walk = (answer: unknown) => answerGaps(answer, 'XResponse', models);
  const complete = { Id: 'a', Inner: { Flag: true, Names: ['x'] }, Values: [1, null], Any: { whatever: 1 } };

  it('passes a complete answer, null where the SDK allows it (items of a nullable list too)', () => {
    expect(walk({ Items: [complete], Maybe: null, Total: 1, RequestId: 'r' })).toEqual([]);
  });

  it('names an absent field, a null the SDK does not allow and a wrong kind, each path once however many items share it', () => {
    const gaps = walk({
      Items: [
        { ...complete, Inner: { Flag: 'yes', Names: [1] } },
        { ...complete, Inner: { Flag: 'no', Names: [] }, Id: null },
        { Inner: complete.Inner, Values: [], Any: null },
      ],
      Maybe: 'm',
      Total: '1',
    });
    expect(gaps).toEqual([
      { path: 'Items[].Inner.Flag', differs: 'string here, boolean in the SDK' },
      { path: 'Items[].Inner.Names[]', differs: 'number here, string in the SDK' },
      { path: 'Items[].Id', differs: NULL_NOT_DOCUMENTED },
      { path: 'Items[].Id', differs: ABSENT },
      { path: 'Items[].Any', differs: NULL_NOT_DOCUMENTED },
      { path: 'Total', differs: 'string here, number in the SDK' },
      { path: 'RequestId', differs: ABSENT },
    ]);
  });

  it('names an object where a list belongs, and a list where an object belongs', () => {
    expect(walk({ Items: { Id: 'a' }, Maybe: 'm', Total: 0, RequestId: 'r' })).toEqual([{ path: 'Items', differs: 'object here, array in the SDK' }]);
    expect(walk({ Items: [{ ...complete, Inner: [] }], Maybe: 'm', Total: 0, RequestId: 'r' })).toEqual([{ path: 'Items[].Inner', differs: 'array here, object in the SDK' }]);
  });
});
