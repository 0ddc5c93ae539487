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
