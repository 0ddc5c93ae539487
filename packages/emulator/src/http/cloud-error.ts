/** An error the emulator answers in the cloud's envelope: {"Response":{"Error":{Code,Message},"RequestId"}}. */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

export const missingParameter = (name: string) =>
  new CloudError('MissingParameter', `The request is missing a required parameter \`${name}\`.`);

export const invalidParameterValue = (name: string, detail: string, code = 'InvalidParameterValue') =>
  new CloudError(code, `The value of parameter \`${name}\` is invalid: ${detail}`);
