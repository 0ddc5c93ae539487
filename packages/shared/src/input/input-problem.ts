import { escapeUnstorable, unstorableReason } from './unstorable-text.ts';

// What makes parameters unusable before any schema looks at them: nesting deeper than any API documents (which
// recursive code — stringify, redaction, validation — could not survive), and text no database can store.

/** Deeper than any documented request (RunInstances' TagSpecification.N.Tags.N.Key is 4); room for free-form maps. */
export const MAX_PARAM_DEPTH = 32;

export interface InputProblem {
  /** Dotted path of the parameter as the cloud names it (`TagSpecification.0.Tags.0.Value`), '' for the body. */
  field: string;
  kind: 'too-deep' | 'nul' | 'lone-surrogate';
  message: string;
}

const MESSAGES: Record<InputProblem['kind'], string> = {
  'too-deep': `is nested deeper than ${MAX_PARAM_DEPTH} levels`,
  nul: 'contains a NUL character (\\u0000), which cannot be stored',
  'lone-surrogate': 'contains an unpaired UTF-16 surrogate, which is not valid Unicode text',
};

function problem(path: readonly (string | number)[], kind: InputProblem['kind']): InputProblem {
  // A key can itself be the hostile text: the name given back is escaped, so it can be shown and logged.
  const field = escapeUnstorable(path.join('.'));
  return { field, kind, message: `${field || 'The request body'} ${MESSAGES[kind]}.` };
}

/**
 * The first parameter (key or value, depth first) that is too deep or holds unstorable text, or undefined. Iterative,
 * so hostile nesting cannot exhaust the stack here.
 */
export function findInputProblem(value: unknown, maxDepth = MAX_PARAM_DEPTH): InputProblem | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) return problem(path, reason);
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (path.length >= maxDepth) return problem(path, 'too-deep');
    const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((item, i) => [i, item]) : Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      if (typeof key === 'string') {
        const reason = unstorableReason(key);
        if (reason) return problem([...path, key], reason);
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}
