// A catalog schema's structure, read through zod 4's public definitions (`schema._zod.def`): which fields an object
// takes, which are optional, and each one's JSON type — what the contract test compares with the SDK's request models.
// Checks (min, max, regex, int) are not structure and are ignored.

export type Shape =
  | { kind: 'string'; values?: readonly string[] }
  | { kind: 'number' | 'boolean' | 'any' | 'null' }
  | { kind: 'array'; element: Shape }
  | { kind: 'object'; fields: Map<string, { shape: Shape; optional: boolean }> }
  /** A map with free keys (z.record); its values are not compared field by field. */
  | { kind: 'record'; value: Shape }
  | { kind: 'union'; options: Shape[] };

interface ZodLike {
  _zod: { def: { type: string } & Record<string, unknown>; optin?: 'optional' };
}

const defOf = (schema: unknown) => (schema as ZodLike)._zod.def;

/** True when the object field may be left out (optional, or with a default). */
export function isOptional(schema: unknown): boolean {
  const { type } = defOf(schema);
  return type === 'optional' || type === 'default' || type === 'prefault' || (schema as ZodLike)._zod.optin === 'optional';
}

export function shapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return shapeOf(def.innerType);
    case 'pipe':
      return shapeOf(def.in);
    case 'lazy':
      return shapeOf((def.getter as () => unknown)());
    case 'string':
      return { kind: 'string' };
    case 'number':
    case 'int':
    case 'bigint':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'unknown':
    case 'any':
      return { kind: 'any' };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string | number>);
      if (values.every((v) => typeof v === 'string')) return { kind: 'string', values: values as string[] };
      if (values.every((v) => typeof v === 'number')) return { kind: 'number' };
      return { kind: 'union', options: values.map((v) => ({ kind: typeof v === 'string' ? 'string' : 'number' }) as Shape) };
    }
    case 'literal': {
      const values = def.values as unknown[];
      const options = values.map(
        (v): Shape =>
          typeof v === 'string' ? { kind: 'string', values: [v] } : typeof v === 'number' ? { kind: 'number' } : typeof v === 'boolean' ? { kind: 'boolean' } : { kind: 'null' },
      );
      return options.length === 1 ? options[0]! : { kind: 'union', options };
    }
    case 'array':
      return { kind: 'array', element: shapeOf(def.element) };
    case 'object': {
      const fields = new Map<string, { shape: Shape; optional: boolean }>();
      for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
        fields.set(name, { shape: shapeOf(field), optional: isOptional(field) });
      }
      return { kind: 'object', fields };
    }
    case 'record':
      return { kind: 'record', value: shapeOf(def.valueType) };
    case 'union':
      return { kind: 'union', options: (def.options as unknown[]).map(shapeOf) };
    default:
      throw new Error(`the contract test does not read zod's ${def.type} yet`);
  }
}
