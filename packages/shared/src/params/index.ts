import { z } from 'zod';
import type { ActionSpec, ParamsBuilder, ParamsSchemaOf } from '../catalog/define.ts';

// The one place the catalog's parameter schemas meet the real zod (server, emulator, tests). The root entry
// `@cvm/shared` loads no zod, so the browser can import catalog entries; whoever validates imports this entry.

const schemas = new WeakMap<ParamsBuilder, z.ZodType>();

/** An action's parameter schema, built from its `params` with zod on first use and the same object after. */
export function paramsSchema<S extends ActionSpec>(spec: S): ParamsSchemaOf<S> {
  let schema = schemas.get(spec.params);
  if (!schema) {
    schema = spec.params(z);
    schemas.set(spec.params, schema);
  }
  return schema as ParamsSchemaOf<S>;
}
