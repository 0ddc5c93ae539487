import fc from 'fast-check';
import { escapeUnstorable, type ActionSpec } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';

// Arbitraries for the hostile-input properties (test/server and test/emulator hostile-properties.test.ts): bodies built
// from a catalog action's own zod schema (so some get past validation into the rules), then broken in every way issue 12
// listed — NUL, lone surrogates, huge text, wrong types, unknown and prototype keys, arrays where objects go, numbers
// out of range, nesting past any limit — and raw text that is not a JSON object at all.

/** The seed every run starts from; FC_SEED=<n> replays another (each action's seed is derived from it and its name). */
export const BASE_SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_260_112;
/** Runs per action and target; FC_RUNS=<n> for a longer hunt. */
export const NUM_RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 5;
/** Time for one action's runs: a minute, more for longer hunts. */
export const ACTION_TIMEOUT_MS = Math.max(60_000, NUM_RUNS * 1_000);

/** A stable seed per action, so one action's failure replays alone with the same FC_SEED. */
export function seedFor(name: string): number {
  let hash = BASE_SEED | 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}

/** A body to send: parameters serialised with JSON.stringify, or the raw bytes of the request. */
export type HostileBody = { kind: 'json'; label: string; value: unknown } | { kind: 'raw'; label: string; text: string };

export const bodyText = (body: HostileBody) => (body.kind === 'raw' ? body.text : JSON.stringify(body.value));

/** Shown in a counterexample: which kind of body it was, without megabytes of it. */
export function describeBody(body: HostileBody): string {
  const text = bodyText(body) ?? String(body);
  return `${body.label} (${text.length} chars): ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`;
}

const NUL = '\u0000';
const HOSTILE_CHARS = [NUL, '\ud800', '\udfff', '\udbff', '\udc00'] as const;

/** Text a database cannot keep, text that looks like code, and text that is merely very long. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    NUL,
    '\ud800',
    '\udfff',
    'a\ud800',
    '\udfffz',
    '\udc00\ud800',
    `ins-${NUL}`,
    '',
    ' ',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '../../etc/passwd',
    '%00',
    "' OR 1=1 --",
    '${jndi:ldap://x}',
    '<script>alert(1)</script>',
    '\u202e\u2066',
    '\ufeff',
    '{"a":[',
    '1e999',
    '-0',
    'NaN',
  ),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...HOSTILE_CHARS), fc.string({ maxLength: 8 })).map(([a, bad, b]) => `${a}${bad}${b}`),
  fc.constantFrom(2_000, 70_000, 300_000).map((n) => 'x'.repeat(n)),
);

/** Numbers that no documented parameter accepts, and the edges of the ones that do. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 0.5, 1e-300, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 2, -(2 ** 53) - 2, Number.MAX_VALUE, -Number.MAX_VALUE, 1e21),
);

/** Keys no action documents, the prototype's among them. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'Action', 'Region', 'Version', 'RequestId', 'Response', 'toString', '', ' ', 'a.b', '0'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...HOSTILE_CHARS)).map(([a, bad]) => `${a}${bad}`),
);

/** Own properties, `__proto__` included: Object.fromEntries defines keys instead of setting them. */
const objectOf = (entries: [string, unknown][]) => Object.fromEntries(entries);

const leaf: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null));

/** Any value at all: leaves, arrays where objects go, objects where strings go, lists longer than any maximum. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(objectOf),
  ),
})).value;

const longList: fc.Arbitrary<unknown> = fc.constantFrom(21, 101, 501, 2_000).map((n) => Array.from({ length: n }, (_, i) => `ins-${String(i).padStart(8, '0')}`));

// --- bodies derived from a schema ------------------------------------------------------------------------------------

/** zod 4's definition of a schema node, read duck-typed: the tests do not depend on zod themselves. */
interface ZodDef {
  type: string;
  shape?: Record<string, { _zod: { def: ZodDef } }>;
  innerType?: { _zod: { def: ZodDef } };
  element?: { _zod: { def: ZodDef } };
  entries?: Record<string, string | number>;
  options?: { _zod: { def: ZodDef } }[];
  values?: unknown[];
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } } }[];
}
type ZodLike = { _zod: { def: ZodDef } };

/** The top-level parameter names of an action (its zod object's shape). */
export function knownKeys(spec: ActionSpec): string[] {
  const shape = (paramsSchema(spec) as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function checks(def: ZodDef) {
  const out: { min?: number; max?: number; minLength?: number; maxLength?: number; pattern?: RegExp; int?: boolean } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than') out.min = c.value;
    if (c.check === 'less_than') out.max = c.value;
    if (c.check === 'min_length') out.minLength = c.minimum;
    if (c.check === 'max_length') out.maxLength = c.maximum;
    if (c.check === 'string_format' && c.pattern instanceof RegExp) out.pattern = c.pattern;
    if (c.check === 'number_format') out.int = c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32';
  }
  return out;
}

/** The ID prefixes a parameter name suggests, so that plausible bodies name real things of the right kind. */
const ID_PREFIXES: [RegExp, string[]][] = [
  [/^InstanceIds?$|^InstanceId$/, ['ins-', 'hai-', 'i-']],
  [/^EnvIds?$/, ['env-']],
  [/^VpcIds?$/, ['vpc-']],
  [/^SubnetIds?$|^VSwitchId$/, ['subnet-', 'vsw-']],
  [/^SecurityGroup(Id)?s?$/, ['sg-']],
  [/^NetworkInterfaceIds?$/, ['eni-']],
  [/^ImageIds?$/, ['img-']],
  [/^KeyIds?$/, ['skey-']],
  [/^ScalingGroupIds?$/, ['asg-']],
  [/^ApplicationIds?$/, ['app-']],
  [/^Zone(Id)?$/, ['ap-guangzhou-', 'cn-hangzhou-']],
];

function poolFor(key: string, pool: readonly string[]): readonly string[] {
  const prefixes = ID_PREFIXES.find(([pattern]) => pattern.test(key))?.[1];
  const fitting = prefixes ? pool.filter((item) => prefixes.some((prefix) => item.startsWith(prefix))) : [];
  return fitting.length ? fitting : pool;
}

/**
 * Values a schema would accept, more or less: enums from their entries, numbers at and between their bounds, IDs and
 * names from `pool` (real ones from the running cloud), so that some bodies pass validation and reach the rules.
 */
export function plausible(schema: ZodLike, pool: readonly string[], key = ''): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const c = checks(def);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return plausible(def.innerType!, pool, key);
    case 'object': {
      const shape = def.shape ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [name, child] of Object.entries(shape)) {
        model[name] = plausible(child, pool, name);
        if (child._zod.def.type !== 'optional') required.push(name);
      }
      return fc.record(model, { requiredKeys: required });
    }
    case 'array': {
      const minLength = c.minLength ?? 0;
      return fc.array(plausible(def.element!, pool, key), { minLength, maxLength: Math.max(minLength, Math.min(c.maxLength ?? 3, 3)) });
    }
    case 'string': {
      const fitting = poolFor(key, pool);
      if (c.pattern) return fc.oneof(fc.stringMatching(c.pattern), fc.constantFrom(...fitting));
      const minLength = c.minLength ?? 0;
      const maxLength = Math.max(minLength, Math.min(c.maxLength ?? 24, 24));
      return fc.oneof({ arbitrary: fc.constantFrom(...fitting), weight: 3 }, { arbitrary: fc.string({ minLength, maxLength }), weight: 1 });
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => plausible(option, pool, key)));
    case 'number': {
      const min = Math.max(c.min ?? -1_000, -1_000_000);
      const max = Math.min(c.max ?? 1_000, 1_000_000);
      const edges = fc.constantFrom(min, max);
      return fc.oneof(edges, c.int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true }));
    }
    case 'boolean':
      return fc.boolean();
    case 'record':
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 16 }), { maxKeys: 3 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every place in a value, as a path of keys, for replacing one of them with something hostile. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return out;
  for (const [key, item] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
    const path = [...prefix, key];
    out.push(path);
    paths(item, path, out);
  }
  return out;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  return objectOf(Object.entries(value as object).map(([k, v]) => [k, k === head ? replaceAt(v, rest, replacement) : v]));
}

/** Nesting `depth` deep, as text (JSON.stringify would recurse), objects or arrays, around a string. */
function nested(depth: number, arrays: boolean): string {
  return arrays ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
}

/**
 * A hostile body for one action. About a third are near-valid bodies with one thing broken (or none), the rest known
 * keys with wrong types, unknown and prototype keys, any JSON, hostile nesting and raw text that is no JSON object.
 */
export function hostileBody(spec: ActionSpec, pool: readonly string[]): fc.Arbitrary<HostileBody> {
  const keys = knownKeys(spec);
  const key = keys.length ? fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 3 }, { arbitrary: hostileKey, weight: 1 }) : hostileKey;
  const base = plausible(paramsSchema(spec) as unknown as ZodLike, pool);

  const nearValid = fc.tuple(base, fc.option(fc.tuple(fc.nat(), fc.oneof(hostileValue, longList)), { freq: 2 })).map(([value, broken]): HostileBody => {
    if (!broken) return { kind: 'json', label: 'plausible', value };
    const all = paths(value);
    if (all.length === 0) return { kind: 'json', label: 'plausible, top-level broken', value: broken[1] };
    const path = all[broken[0] % all.length]!;
    return { kind: 'json', label: `plausible, ${path.join('.')} broken`, value: replaceAt(value, path, broken[1]) };
  });

  const wrongTypes = fc
    .array(fc.tuple(key, fc.oneof(hostileValue, longList)), { minLength: 1, maxLength: 5 })
    .map((entries): HostileBody => ({ kind: 'json', label: 'known keys, hostile values', value: objectOf(entries) }));

  const extraKeys = fc.tuple(base, fc.array(fc.tuple(hostileKey, hostileValue), { minLength: 1, maxLength: 3 })).map(
    ([value, extra]): HostileBody => ({
      kind: 'json',
      label: 'plausible with unknown keys',
      value: objectOf([...Object.entries((value ?? {}) as object), ...extra]),
    }),
  );

  const prototypeKeys = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom(...(keys.length ? keys : ['polluted'])), hostileValue)
    .map(([proto, known, value]): HostileBody => {
      const payload = proto === 'constructor' ? { prototype: { [known]: value, polluted: 'yes' } } : { [known]: value, polluted: 'yes' };
      return { kind: 'raw', label: `${proto} key`, text: `{${JSON.stringify(proto)}:${JSON.stringify(payload)}}` };
    });

  const anyJson = fc.jsonValue({ maxDepth: 4 }).map((value): HostileBody => ({ kind: 'json', label: 'any JSON', value }));

  const deep = fc
    .tuple(fc.constantFrom(31, 32, 33, 64, 5_000), fc.boolean(), fc.constantFrom(...(keys.length ? keys : ['a'])))
    .map(([depth, arrays, known]): HostileBody => ({ kind: 'raw', label: `${known} nested ${depth} deep`, text: `{${JSON.stringify(known)}:${nested(depth, arrays)}}` }));

  const rawText = fc
    .oneof(
      fc.constantFrom(
        '',
        'null',
        '[]',
        '[{}]',
        '"text"',
        '42',
        'true',
        '{',
        '{"a":1,}',
        "{'a':1}",
        '\ufeff{}',
        '{"Limit":1,"Limit":"x"}',
        `{"a":${'1'.repeat(400)}}`,
        '{"a":1e999}',
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        '{"\\u0000":1}',
      ),
      fc.string({ maxLength: 40 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v).slice(0, -1)),
    )
    .map((text): HostileBody => ({ kind: 'raw', label: 'raw text', text }));

  const huge = fc
    .tuple(fc.constantFrom(...(keys.length ? keys : ['a'])), fc.constantFrom(200_000, 1_100_000))
    .map(([known, n]): HostileBody => ({ kind: 'json', label: `${known} of ${n} chars`, value: { [known]: 'y'.repeat(n) } }));

  return (
    fc
      .oneof(
        { arbitrary: nearValid, weight: 6 },
        { arbitrary: wrongTypes, weight: 4 },
        { arbitrary: extraKeys, weight: 2 },
        { arbitrary: prototypeKeys, weight: 1 },
        { arbitrary: anyJson, weight: 1 },
        { arbitrary: deep, weight: 1 },
        { arbitrary: rawText, weight: 1 },
        { arbitrary: huge, weight: 1 },
      )
      // Counterexamples print as their label and first 300 characters, not as megabytes.
      .map((body) => Object.assign(body, { [fc.toStringMethod]: () => describeBody(body) }))
  );
}

/** What the body holds once parsed, or undefined when it is no JSON at all. */
function sentValue(body: HostileBody): unknown {
  if (body.kind === 'json') return body.value;
  try {
    return JSON.parse(body.text);
  } catch {
    return undefined;
  }
}

/** The top-level keys of what was sent, when it parses as a JSON object (an array's are its indexes). */
export function sentKeys(body: HostileBody): string[] {
  const value = sentValue(body);
  return value && typeof value === 'object' ? Object.keys(value) : [];
}

/** Every string value the body sent, at any depth. */
function sentStrings(body: HostileBody): string[] {
  const out: string[] = [];
  const walk = (item: unknown) => {
    if (typeof item === 'string') out.push(item);
    else if (item && typeof item === 'object') Object.values(item).forEach(walk);
  };
  walk(sentValue(body));
  return out;
}

/** A cloud's codes for a bad parameter (rather than a state, a quota or a missing resource). */
export const PARAMETER_CODE = /^(MissingParameter|UnknownParameter|InvalidParameter|InvalidParameterValue|InvalidFilter|InvalidFilterValue)(\.|$)|\.Malformed$/;

/**
 * A parameter error says what it is about, as the cloud words it: the message names the request body, a parameter the
 * action documents or the body sent, or quotes (`…` or "…") a value the body sent.
 */
export function messageNamesInput(message: unknown, spec: ActionSpec, body: HostileBody): boolean {
  if (typeof message !== 'string') return false;
  if (/request body/i.test(message)) return true;
  // Names as messages spell them: unstorable text escaped (`\u0000`), paths dotted (`Filters.0.Name`, `.0` for a key '').
  const keys = [...knownKeys(spec), ...sentKeys(body)].map(escapeUnstorable);
  const named = [...message.matchAll(/parameter `([^`]*)`/g)].map((match) => match[1]!);
  // Unusable text and nesting (findInputProblem): "The value of parameter <path> contains …" / "is nested deeper …".
  const unusable = /^The value of parameter (.*) (contains an? |is nested deeper)/s.exec(message)?.[1];
  if (unusable !== undefined) named.push(unusable);
  if (named.some((path) => keys.some((key) => path === key || path.startsWith(`${key}.`)))) return true;
  if (keys.some((key) => key.length > 1 && message.includes(key))) return true;
  if (sentStrings(body).some((value) => value.trim() !== '' && message.includes(value))) return true;
  const sent = bodyText(body);
  return [...message.matchAll(/`([^`]*)`|"([^"]*)"/g)].some((quoted) => {
    const value = quoted[1] ?? quoted[2] ?? '';
    return value === '' ? sent.includes('""') : sent.includes(JSON.stringify(value).slice(1, -1));
  });
}

/** Strings that look like IDs in a cloud's answer (ins-…, vpc-…, i-…, asg-…), to make plausible bodies name real things. */
export function collectIds(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9]{0,9}-[A-Za-z0-9-]{4,40}$/.test(value)) out.add(value);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectIds(item, out);
  }
  return out;
}

/** Names and values any CVM-shaped action might take, beside the IDs found in the running cloud. */
export const COMMON_POOL = [
  'ap-guangzhou',
  'ap-guangzhou-3',
  'ap-guangzhou-4',
  'img-eb30mz89',
  'S5.MEDIUM4',
  'S5.LARGE8',
  'SA2.MEDIUM4',
  'CLOUD_PREMIUM',
  'CLOUD_SSD',
  'POSTPAID_BY_HOUR',
  'PREPAID',
  'instance-name',
  'instance-state',
  'zone',
  'RUNNING',
  'STOPPED',
  'web',
  'A-long-Passw0rd!',
  'cn-hangzhou',
  'cn-hangzhou-h',
];

/** The own property names of Object.prototype, to see that no body polluted it (the servers run in this process). */
export const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
