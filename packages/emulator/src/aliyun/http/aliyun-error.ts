/**
 * An error the emulated Alibaba Cloud answers: an HTTP status (400, 403, 404, 500 — never 200) and a body of
 * RequestId, HostId, Code, Message and Recommend, in the Format the caller asked for.
 */
export class AliyunError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 500,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AliyunError';
  }
}

/** Aliyun's wording for a missing parameter, e.g. `The input parameter "ScalingGroupId" that is mandatory ...`. */
export const missingParameter = (name: string) =>
  new AliyunError(400, 'MissingParameter', `The input parameter "${name}" that is mandatory for processing this request is not supplied.`);

export const invalidParameter = (name: string, why: string) => new AliyunError(400, 'InvalidParameter', `The specified parameter "${name}" is not valid: ${why}`);
