import type { z } from 'zod';
import { MAX_PARAM_DEPTH, jsonNestingExceeds } from '@cvm/shared';
import { CloudError } from '../cloud-error.ts';

// The GET and form styles carry parameters as flat `Name=value` pairs: lists as `Name.N` with N from 0, structures with
// dots (`Filters.0.Values.1=…`, `Placement.Zone=…`; protocol.md §2, reference 001 line 3946). Every value is text, so
// before the action's schema sees them they are put back into the JSON shape and typed by that schema: an Integer
// parameter's `20` becomes 20, a Boolean's `true` becomes true. A value the schema would not accept is left as text and
// refused by the schema with the parameter's name, exactly as a JSON body with a wrong type is.

type Node = string | { [key: string]: Node } | Node[];

const invalid = (name: string, why: string) => new CloudError('InvalidParameter', `The parameter \`${name}\` ${why}.`);

function defineOwn(target: Record<string, Node>, key: string, value: Node): void {
  // Own data properties only: a segment named `__proto__` must be a (refused) parameter name, never the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `{"Filters.0.Name": "zone"}` → `{Filters: [{Name: "zone"}]}`; conflicting or gapped names are InvalidParameter. */
export function unflattenParams(flat: ReadonlyArray<readonly [string, string]>): Record<string, Node> {
  const root: Record<string, Node> = {};
  const seen = new Set<string>();
  for (const [name, value] of flat) {
    if (seen.has(name)) throw invalid(name, 'is given more than once');
    seen.add(name);
    const segments = name.split('.');
    if (segments.some((segment) => segment === '')) throw invalid(name, 'has an empty name segment');
    if (segments.length > MAX_PARAM_DEPTH) throw invalid(name, `is nested deeper than ${MAX_PARAM_DEPTH} levels`);
    let node = root;
    for (const [index, segment] of segments.entries()) {
      const last = index === segments.length - 1;
      const existing = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (last) {
        if (existing !== undefined) throw invalid(name, 'is given both as a value and as a structure');
        defineOwn(node, segment, value);
      } else {
        if (typeof existing === 'string') throw invalid(segments.slice(0, index + 1).join('.'), 'is given both as a value and as a structure');
        if (existing === undefined) defineOwn(node, segment, {});
        node = node[segment] as Record<string, Node>;
      }
    }
  }
  return listsOf(root, '') as Record<string, Node>;
}

/** Structures whose every key is an index become lists; the indexes must run 0, 1, 2 … without a gap. */
function listsOf(node: Node, path: string): Node {
  if (typeof node === 'string' || Array.isArray(node)) return node;
  const keys = Object.keys(node);
  const children: Record<string, Node> = {};
  for (const key of keys) defineOwn(children, key, listsOf(node[key]!, path ? `${path}.${key}` : key));
  if (keys.length === 0 || !keys.every((key) => /^(0|[1-9]\d{0,4})$/.test(key))) return children;
  const list: Node[] = [];
  for (let index = 0; index < keys.length; index++) {
    if (!Object.hasOwn(children, String(index))) throw invalid(`${path}.${index}`, `is missing: the items of \`${path}\` are numbered from 0 without a gap`);
    list.push(children[String(index)]!);
  }
  return list;
}

/** The schema a value is checked against once optional/default/nullable wrappers are looked through. */
function core(schema: z.ZodType): z.core.$ZodTypeDef {
  let def = (schema as unknown as { _zod: { def: z.core.$ZodTypeDef } })._zod.def;
  for (let hops = 0; hops < 16; hops++) {
    const wrapper = def as unknown as { type: string; innerType?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType };
    const next = wrapper.innerType ?? (wrapper.type === 'pipe' ? wrapper.in : undefined) ?? (wrapper.type === 'lazy' ? wrapper.getter?.() : undefined);
    if (!next) return def;
    def = (next as unknown as { _zod: { def: z.core.$ZodTypeDef } })._zod.def;
  }
  return def;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

function scalarKinds(def: z.core.$ZodTypeDef): Set<string> {
  const kinds = new Set<string>();
  const d = def as unknown as { type: string; options?: z.ZodType[]; values?: unknown[] };
  if (d.type === 'union') for (const option of d.options ?? []) for (const kind of scalarKinds(core(option))) kinds.add(kind);
  else if (d.type === 'literal') for (const value of d.values ?? []) kinds.add(typeof value);
  else kinds.add(d.type);
  return kinds;
}

/**
 * Types text values by the schema: numbers and booleans from their text, and, with `structures` (multipart's way of
 * sending a structure in one part), a JSON object or list where the schema wants one. Text the schema's type cannot
 * read stays text. GET and form parameters go through it without `structures` (their structures are flat names), and
 * so do JSON bodies: the reference's own examples quote numbers and booleans (`"DiskSize": "50"`, `"Enabled": "TRUE"`;
 * protocol.md §2), and the cloud takes them.
 */
export function typeBySchema(value: unknown, schema: z.ZodType | undefined, structures = false): unknown {
  if (!schema) return value;
  const def = core(schema) as unknown as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
  if (typeof value === 'string') {
    if (structures && (def.type === 'object' || def.type === 'array') && /^\s*[[{]/.test(value)) {
      if (jsonNestingExceeds(Buffer.from(value))) throw new CloudError('InvalidParameter', `A parameter is nested deeper than ${MAX_PARAM_DEPTH} levels.`);
      try {
        return typeBySchema(JSON.parse(value), schema, false);
      } catch {
        return value;
      }
    }
    const kinds = scalarKinds(def as unknown as z.core.$ZodTypeDef);
    if (kinds.has('string')) return value;
    if ((kinds.has('number') || kinds.has('bigint')) && NUMBER.test(value)) return Number(value);
    if (kinds.has('boolean') && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    return value;
  }
  if (Array.isArray(value)) return def.type === 'array' ? value.map((item) => typeBySchema(item, def.element, structures)) : value;
  if (value && typeof value === 'object' && def.type === 'object') {
    const typed: Record<string, Node> = {};
    for (const [key, child] of Object.entries(value)) defineOwn(typed, key, typeBySchema(child, Object.hasOwn(def.shape!, key) ? def.shape![key] : undefined, structures) as Node);
    return typed;
  }
  return value;
}
