import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The official SDKs' model declarations, read as data: Tencent Cloud's `*_models.d.ts` (every request and response
// structure of a service, as `export interface XRequest { Field?: Type; }` with required fields written without `?`),
// and Alibaba Cloud ECS's Darabonba model classes, whose static names() and types() give each field's wire name and type.

/** A field's type as the SDK declares it: a JSON scalar, an array, another model by name, or anything (`any`). */
export type SdkType = { kind: 'string' | 'number' | 'boolean' | 'any' } | { kind: 'array'; item: SdkType } | { kind: 'model'; name: string };

export interface SdkField {
  type: SdkType;
  required: boolean;
  /**
   * The SDK documents that the cloud may answer null here: "注意：此字段可能返回 null，表示取不到有效值。" or, in a few
   * older fields, "后付费模式本项为null" ("null for pay-as-you-go") and the like. Always false for Alibaba Cloud's models.
   */
  nullable: boolean;
}

/** One service's models: model name → field name → field. A `null` model takes no fields (`type XRequest = null`). */
export type SdkModels = Map<string, Map<string, SdkField> | null>;

const require = createRequire(import.meta.url);

/** Where a package's file is, without relying on its `exports` (the SDKs declare none). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** The SDK packages each Tencent Cloud service's models come from. */
export const TENCENT_SDK_MODELS = {
  cvm: { pkg: 'tencentcloud-sdk-nodejs-cvm', file: 'tencentcloud/services/cvm/v20170312/cvm_models.d.ts' },
  vpc: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/vpc/v20170312/vpc_models.d.ts' },
  hai: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/hai/v20230812/hai_models.d.ts' },
  batch: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/batch/v20170312/batch_models.d.ts' },
  tag: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/tag/v20180813/tag_models.d.ts' },
  monitor: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/monitor/v20180724/monitor_models.d.ts' },
  sts: { pkg: 'tencentcloud-sdk-nodejs', file: 'tencentcloud/services/sts/v20180813/sts_models.d.ts' },
} as const;

export function sdkVersion(pkg: string): string {
  return (JSON.parse(readFileSync(packageFile(pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

function parseType(text: string): SdkType {
  const t = text.trim();
  const array = /^Array<(.+)>$/.exec(t);
  if (array) return { kind: 'array', item: parseType(array[1]!) };
  if (t.endsWith('[]')) return { kind: 'array', item: parseType(t.slice(0, -2)) };
  if (t === 'string') return { kind: 'string' };
  if (t === 'boolean') return { kind: 'boolean' };
  // `number | bigint`: a 64-bit integer the SDK may parse as a bigint; on the wire it is a JSON number.
  if (t === 'number' || t === 'number | bigint') return { kind: 'number' };
  if (t === 'any' || t === 'unknown') return { kind: 'any' };
  if (/^[A-Z][A-Za-z0-9_]*$/.test(t)) return { kind: 'model', name: t };
  throw new Error(`unexpected type in an SDK model: ${t}`);
}

/** How a field's documentation says it may be null: "可能返回 null", "本项为null", "返回为null". */
const NULLABLE_NOTE = /可能返回\s*null|为\s*null/i;
const NULLABLE_MARK = '@nullable';

/**
 * Reads a Tencent Cloud `*_models.d.ts`. The files are generated and regular: doc comments, then either
 * `export interface Name { Field?: Type; ... }` or `export type Name = null;`. Comments are dropped first, so nothing in
 * the documentation (which quotes field names and braces) can be mistaken for a declaration; a field's comment that says
 * it may be null leaves a mark before it instead.
 */
export function parseTencentModels(source: string): SdkModels {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (comment) => (NULLABLE_NOTE.test(comment) ? ` ${NULLABLE_MARK} ` : '')).replace(/^\s*\/\/.*$/gm, '');
  const models: SdkModels = new Map();
  for (const match of code.matchAll(/export type (\w+) = null;/g)) models.set(match[1]!, null);
  for (const match of code.matchAll(/export interface (\w+) \{([^}]*)\}/g)) {
    const fields = new Map<string, SdkField>();
    for (const line of match[2]!.split(';')) {
      const field = /^\s*(@nullable\s+)?(\w+)(\??):\s*([\s\S]+?)\s*$/.exec(line);
      if (!field) {
        if (line.replace(NULLABLE_MARK, '').trim()) throw new Error(`unexpected line in ${match[1]}: ${line.trim()}`);
        continue;
      }
      fields.set(field[2]!, { type: parseType(field[4]!), required: field[3] !== '?', nullable: Boolean(field[1]) });
    }
    models.set(match[1]!, fields);
  }
  return models;
}

export function loadTencentModels(service: keyof typeof TENCENT_SDK_MODELS): SdkModels {
  const { pkg, file } = TENCENT_SDK_MODELS[service];
  return parseTencentModels(readFileSync(packageFile(pkg, file), 'utf8'));
}

/** A Darabonba model class: static names() maps property → wire name, static types() property → type. */
interface DaraModelClass {
  name: string;
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

const isModelClass = (value: unknown): value is DaraModelClass =>
  typeof value === 'function' && typeof (value as Partial<DaraModelClass>).names === 'function' && typeof (value as Partial<DaraModelClass>).types === 'function';

/**
 * Reads Alibaba Cloud models from the classes themselves, by wire name, starting from the given roots (e.g.
 * DescribeInstancesRequest and DescribeInstancesResponseBody) and following every nested model class. The classes do not
 * say which fields are required; `requiredOf` supplies that (from the `.d.ts` documentation).
 */
export function loadDaraModels(roots: readonly unknown[], requiredOf: (model: string, wireName: string) => boolean): SdkModels {
  const models: SdkModels = new Map();
  const toType = (declared: unknown): SdkType => {
    if (isModelClass(declared)) {
      visit(declared);
      return { kind: 'model', name: declared.name };
    }
    if (typeof declared === 'string') {
      if (declared === 'string') return { kind: 'string' };
      if (declared === 'boolean') return { kind: 'boolean' };
      if (/^(number|integer|long|float|double|int\d*)$/.test(declared)) return { kind: 'number' };
      if (declared === 'any') return { kind: 'any' };
    }
    if (declared && typeof declared === 'object' && (declared as { type?: unknown }).type === 'array') {
      return { kind: 'array', item: toType((declared as { itemType: unknown }).itemType) };
    }
    if (declared && typeof declared === 'object' && (declared as { type?: unknown }).type === 'map') return { kind: 'any' };
    throw new Error(`unexpected Darabonba type: ${JSON.stringify(declared)}`);
  };
  const visit = (model: DaraModelClass) => {
    if (models.has(model.name)) return;
    const fields = new Map<string, SdkField>();
    models.set(model.name, fields);
    const names = model.names();
    const types = model.types();
    for (const [property, wireName] of Object.entries(names)) {
      fields.set(wireName, { type: toType(types[property]), required: requiredOf(model.name, wireName), nullable: false });
    }
  };
  for (const root of roots) {
    if (!isModelClass(root)) throw new Error('not a Darabonba model class');
    visit(root);
  }
  return models;
}

/**
 * The fields an Alibaba Cloud model documents as required ("This parameter is required." in its `.d.ts`, the file
 * named after the request, which holds its nested models too), as lower-cased names: the property names are the wire
 * names in camelCase (`vSwitchId` for VSwitchId), so they are matched without regard to case.
 */
export function aliyunRequiredFields(pkg: string, file: string, model: string): Set<string> {
  const source = readFileSync(packageFile(pkg, `dist/models/${file}.d.ts`), 'utf8');
  const body = new RegExp(`export declare class ${model} [^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
  const required = new Set<string>();
  for (const match of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+)\??:/g)) {
    if (/This parameter is required\./.test(match[1]!)) required.add(match[2]!.toLowerCase());
  }
  return required;
}
