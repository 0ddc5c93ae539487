import type { SdkModels, SdkType } from './sdk-models.ts';
import type { Shape } from './zod-shape.ts';

// Compares what a catalog schema accepts with what the SDK's request model declares, field by field and all the way
// down: every field we accept must exist in the SDK with the same JSON type; every field the SDK declares we must accept,
// and require those it requires; every field we require the SDK must require too. Each difference is a Finding with the
// field's path.

export interface Finding {
  /** `Placement.Zone`, `DataDisks[].DiskSize`; empty for the request as a whole. */
  path: string;
  /** What differs, in words the deliberate-difference list repeats (see differences.ts). */
  differs: string;
}

const join = (path: string, field: string) => (path ? `${path}.${field}` : field);

const sdkKind = (type: SdkType): string => (type.kind === 'model' ? `object ${type.name}` : type.kind);
const ourKind = (shape: Shape): string => (shape.kind === 'union' ? shape.options.map(ourKind).join(' | ') : shape.kind);

export interface Counter {
  /** Fields compared, at every depth. */
  fields: number;
}

function compareValue(ours: Shape, sdk: SdkType, path: string, models: SdkModels, counter: Counter): Finding[] {
  if (sdk.kind === 'any' || ours.kind === 'any' || ours.kind === 'null') return [];
  if (ours.kind === 'union') return ours.options.flatMap((option) => compareValue(option, sdk, path, models, counter));
  const mismatch = (): Finding[] => [{ path, differs: `${ourKind(ours)} here, ${sdkKind(sdk)} in the SDK` }];
  switch (ours.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return ours.kind === sdk.kind ? [] : mismatch();
    case 'array':
      return sdk.kind === 'array' ? compareValue(ours.element, sdk.item, `${path}[]`, models, counter) : mismatch();
    case 'record':
      // A map with free keys (ActionTimer.Externals): the SDK names its known keys as a model; ours leaves them open.
      return sdk.kind === 'model' ? [] : mismatch();
    case 'object': {
      if (sdk.kind !== 'model') return mismatch();
      const model = models.get(sdk.name);
      if (model === undefined) throw new Error(`${path}: the SDK's ${sdk.name} is not among the models read`);
      return compareFields(ours.fields, model, sdk.name, path, models, counter);
    }
  }
}

/** Compares an object's fields with a model's, in both directions. */
export function compareFields(
  ours: Map<string, { shape: Shape; optional: boolean }>,
  model: Map<string, { type: SdkType; required: boolean }> | null,
  modelName: string,
  path: string,
  models: SdkModels,
  counter: Counter,
): Finding[] {
  const findings: Finding[] = [];
  const sdkFields = model ?? new Map<string, { type: SdkType; required: boolean }>();
  for (const [name, field] of ours) {
    counter.fields++;
    const at = join(path, name);
    const sdk = sdkFields.get(name);
    if (!sdk) {
      findings.push({ path: at, differs: `not in the SDK's ${modelName}` });
      continue;
    }
    if (sdk.required && field.optional) findings.push({ path: at, differs: 'optional here, required by the SDK' });
    if (!sdk.required && !field.optional) findings.push({ path: at, differs: 'required here, optional in the SDK' });
    findings.push(...compareValue(field.shape, sdk.type, at, models, counter));
  }
  for (const [name, sdk] of sdkFields) {
    if (!ours.has(name)) findings.push({ path: join(path, name), differs: sdk.required ? 'required by the SDK, not accepted here' : 'optional in the SDK, not accepted here' });
  }
  return findings;
}

/** A catalog action's parameters against the SDK's `<Action>Request`. */
export function compareRequest(ours: Shape, requestModel: string, models: SdkModels, counter: Counter): Finding[] {
  if (!models.has(requestModel)) return [{ path: '', differs: `the SDK has no ${requestModel}` }];
  if (ours.kind !== 'object') return [{ path: '', differs: `the parameters are ${ourKind(ours)}, not an object` }];
  return compareFields(ours.fields, models.get(requestModel) ?? null, requestModel, '', models, counter);
}
