import type { z } from 'zod';
import { findInputProblem, issueField } from '@cvm/shared';
import { ConsoleError } from '../cloud/cloud-error.ts';

/**
 * Validates a JSON body against a schema; the first problem becomes a 400 that names the field. Text no database can
 * keep (NUL, lone surrogates) and hostile nesting are refused before the schema runs, in every body the API reads.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  refuseUnusableInput(body);
  return validateBody(schema, body);
}

/** The schema alone, for a body whose input was already checked with refuseUnusableInput. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issueField(issue) || '(body)';
  throw new ConsoleError(400, 'InvalidParameter', `${field}: ${issue.message}`, undefined, field);
}

/** A 400 naming the first parameter that is too deep or holds unstorable text. */
export function refuseUnusableInput(body: unknown): void {
  const problem = findInputProblem(body);
  if (problem) throw new ConsoleError(400, 'InvalidParameter', problem.message, undefined, problem.field || '(body)');
}
