import type { Plugin } from 'vite';

// The browser imports the catalog's entries (service, action, version, kind, role) to call actions by them, but never
// their parameter schemas (nor where each rate limit is documented): `params` is a function that builds a zod schema from the zod it is given, and only the
// server, the emulator and the tests call it (the browser has no zod). Left in, every action's schema builder is code
// the first screen downloads — a few kB for a hundred actions, more with each one added. This plugin replaces each
// entry's `params: (z) => …` with `params: undefined` in the browser build, after TypeScript is stripped, by the AST.

const CATALOG_FILE = /packages\/shared\/src\/catalog\/(?!.*\.test\.ts$).*\.ts$/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** `params: (z) => …` properties whose builder takes zod as its one argument, `params: namedBuilder`, and rate limits' `source`. */
function paramBuilders(node: unknown, found: Node[] = []): Node[] {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const child of node) paramBuilders(child, found);
    return found;
  }
  const n = node as Node;
  if (n.type === 'Property' && !n.method) {
    const key = n.key as Node & { name?: string };
    const value = n.value as Node & { params?: Array<{ name?: string }>; name?: string };
    const builder = (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') && value.params?.[0]?.name === 'z';
    // A builder shared by several entries is named (`params: resizeParams`): the name goes too, and the builder with it.
    if (key.name === 'params' && (builder || value.type === 'Identifier')) {
      found.push(value);
      return found;
    }
    // Where a rate limit is documented (`source: '001 line 9878'`) is for the tests that check the figure, not the browser.
    if (key.name === 'source' && value.type === 'Literal' && typeof value.value === 'string' && /^\d{3} line/.test(value.value)) {
      found.push(value);
      return found;
    }
  }
  for (const [key, child] of Object.entries(n)) if (key !== 'start' && key !== 'end' && child && typeof child === 'object') paramBuilders(child, found);
  return found;
}

export function dropParamSchemas(): Plugin {
  return {
    name: 'cvm:drop-param-schemas',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!CATALOG_FILE.test(id.split('?')[0]!)) return null;
      const builders = paramBuilders(this.parse(code));
      if (builders.length === 0) return null;
      let out = code;
      for (const builder of builders.sort((a, b) => b.start - a.start)) {
        // The AST's offsets must be this text's: a builder starts with its argument, `(z` or `z`, and ends its body.
        const text = out.slice(builder.start, builder.end);
        const where = builder.type === 'Literal' ? text === JSON.stringify(builder.value) || text === `'${String(builder.value)}'` : true;
        if (!where || (builder.type === 'Identifier' ? text !== builder.name : builder.type !== 'Literal' && !/^(\(\s*z\b|z\s*=>|function)/.test(text))) {
          this.error(`drop-param-schemas: the parameters of an entry in ${id} were not where the parser said`);
        }
        // A rate limit's source becomes a placeholder, not nothing: defineAction refuses an entry without one as it loads.
        out = `${out.slice(0, builder.start)}${builder.type === 'Literal' ? "'-'" : 'undefined'}${out.slice(builder.end)}`;
      }
      return { code: out, map: null };
    },
  };
}
