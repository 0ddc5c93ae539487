import type { z } from 'zod';
import { findInputProblem, issueField } from '@cvm/shared';
import { CloudError } from './cloud-error.ts';

// Maps a parameter schema's first failure to the code the cloud uses for it (protocol.md §7):
// absent → MissingParameter, wrong type → InvalidParameter, unknown name → UnknownParameter,
// too many items or too large → *.LimitExceeded, anything else → InvalidParameterValue. The message names the parameter.

// Before the schema: text the cloud cannot store (NUL, unpaired surrogates) and nesting past any documented depth are
// InvalidParameterValue, naming the parameter, as the cloud refuses invalid text.

export function validateParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const problem = findInputProblem(params);
  if (problem) throw new CloudError('InvalidParameterValue', problem.field ? `The value of parameter ${problem.message}` : problem.message);
  const result = schema.safeParse(params, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issueField(issue);
  // Absent is absent, whatever the schema expected: a string, or one of an enum's values (zod's invalid_value).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    throw new CloudError('MissingParameter', `The request is missing a required parameter \`${name}\`.`);
  }
  switch (issue.code) {
    case 'invalid_type':
      throw new CloudError('InvalidParameter', `The parameter \`${name}\` must be of type ${issue.expected}.`);
    case 'unrecognized_keys':
      throw new CloudError('UnknownParameter', `The parameter \`${name}\` is not recognized.`);
    case 'too_big': {
      const code = name.startsWith('Filters') ? 'InvalidFilterValue.LimitExceeded' : 'InvalidParameterValue.LimitExceeded';
      throw new CloudError(code, `The value of parameter \`${name}\` exceeds the limit of ${String(issue.maximum)}.`);
    }
    case 'too_small':
      throw new CloudError('InvalidParameterValue', `The value of parameter \`${name}\` is below the minimum of ${String(issue.minimum)}.`);
    default:
      throw new CloudError('InvalidParameterValue', `The value of parameter \`${name}\` is invalid: ${issue.message}.`);
  }
}
