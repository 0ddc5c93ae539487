import type { z } from 'zod';
import { MAX_PARAM_DEPTH, findInputProblem, issueField, type InputProblem } from '@cvm/shared';
import { CloudError } from './cloud-error.ts';

// Maps a parameter schema's first failure to the code the cloud uses for it (protocol.md §7):
// absent → MissingParameter, wrong type → InvalidParameter, unknown name → UnknownParameter,
// too many items or too large → *.LimitExceeded, anything else → InvalidParameterValue. The message names the parameter.

// Before the schema: text the cloud cannot store (NUL, unpaired surrogates) and nesting past any documented depth are
// InvalidParameterValue, naming the parameter, as the cloud refuses invalid text.

const PROBLEM_ZH: Record<InputProblem['kind'], string> = {
  'too-deep': `嵌套超过 ${MAX_PARAM_DEPTH} 层`,
  nul: '含有 NUL 字符（\\u0000），无法保存',
  'lone-surrogate': '含有不成对的 UTF-16 代理项，不是有效的 Unicode 文本',
};

export function validateParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const problem = findInputProblem(params);
  if (problem) {
    throw new CloudError(
      'InvalidParameterValue',
      problem.field ? `The value of parameter ${problem.message}` : problem.message,
      `${problem.field ? `参数 \`${problem.field}\`` : '请求'}${PROBLEM_ZH[problem.kind]}。`,
    );
  }
  const result = schema.safeParse(params, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issueField(issue);
  // Absent is absent, whatever the schema expected: a string, or one of an enum's values (zod's invalid_value).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    throw new CloudError('MissingParameter', `The request is missing a required parameter \`${name}\`.`, `缺少必选参数 \`${name}\`。`);
  }
  switch (issue.code) {
    case 'invalid_type':
      throw new CloudError('InvalidParameter', `The parameter \`${name}\` must be of type ${issue.expected}.`, `参数 \`${name}\` 的类型应为 ${issue.expected}。`);
    case 'unrecognized_keys':
      throw new CloudError('UnknownParameter', `The parameter \`${name}\` is not recognized.`, `未知参数 \`${name}\`：本接口没有这个参数。`);
    case 'too_big': {
      const code = name.startsWith('Filters') ? 'InvalidFilterValue.LimitExceeded' : 'InvalidParameterValue.LimitExceeded';
      throw new CloudError(code, `The value of parameter \`${name}\` exceeds the limit of ${String(issue.maximum)}.`, `参数 \`${name}\` 的取值超过上限 ${String(issue.maximum)}。`);
    }
    case 'too_small':
      throw new CloudError(
        'InvalidParameterValue',
        `The value of parameter \`${name}\` is below the minimum of ${String(issue.minimum)}.`,
        `参数 \`${name}\` 的取值低于下限 ${String(issue.minimum)}。`,
      );
    default:
      throw new CloudError('InvalidParameterValue', `The value of parameter \`${name}\` is invalid: ${issue.message}.`, `参数 \`${name}\` 取值错误。`);
  }
}
