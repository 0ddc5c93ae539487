import type { SdkModels, SdkType } from './sdk-models.ts';

// An answer, as JSON, against the SDK's `<Action>Response` model: every field the model declares must be there (the SDK
// marks response fields optional, but the cloud sends them, with null where it has no value), null only where the SDK
// documents that the field may be null, and every value of the JSON kind the model declares. Objects are walked into,
// and every item of an array. What differs is named by its path, array items as `[]`
// (`InstanceSet[].Placement.HostIds`), each path and difference once however many items share it.

export interface Gap {
  path: string;
  differs: string;
}

export const ABSENT = 'absent';
export const NULL_NOT_DOCUMENTED = 'null, and the SDK does not say it may be null';

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value);
const expected = (type: SdkType): string => (type.kind === 'model' ? 'object' : type.kind);

/** Every way `answer` (the `Response` of an envelope) falls short of the SDK's model named `model`. */
export function answerGaps(answer: unknown, model: string, models: SdkModels): Gap[] {
  const gaps = new Map<string, Gap>();
  const note = (path: string, differs: string) => gaps.set(`${path}\t${differs}`, { path, differs });

  const walkValue = (value: unknown, type: SdkType, nullable: boolean, path: string) => {
    if (value === null) {
      if (!nullable) note(path, NULL_NOT_DOCUMENTED);
      return;
    }
    if (type.kind === 'any') return;
    const kind = kindOf(value);
    if (kind !== expected(type)) return void note(path, `${kind} here, ${expected(type)} in the SDK`);
    // An array's items may be null where the field may be (a series' missing points).
    if (type.kind === 'array') for (const item of value as unknown[]) walkValue(item, type.item, nullable, `${path}[]`);
    if (type.kind === 'model') walkModel(value as Record<string, unknown>, type.name, path);
  };

  const walkModel = (value: Record<string, unknown>, name: string, path: string) => {
    const fields = models.get(name);
    if (fields === undefined) throw new Error(`the SDK has no model ${name} (at ${path || 'the top'})`);
    for (const [field, declared] of fields ?? []) {
      const at = path ? `${path}.${field}` : field;
      if (!Object.hasOwn(value, field)) note(at, ABSENT);
      else walkValue(value[field], declared.type, declared.nullable, at);
    }
  };

  walkValue(answer, { kind: 'model', name: model }, false, '');
  return [...gaps.values()];
}
