import type { z } from 'zod';
import { issueField } from '@cvm/shared';
import { ConsoleError } from '../cloud/cloud-error.ts';

/** Validates a JSON body against a schema; the first problem becomes a 400 that names the field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issueField(issue) || '(body)';
  throw new ConsoleError(400, 'InvalidParameter', `${field}: ${issue.message}`, undefined, field);
}
