/**
 * An error the emulator answers in the cloud's envelope: {"Response":{"Error":{Code,Message},"RequestId"}}. The message
 * is English; `messageZh` is its Chinese when the rule that refused wrote one (else localized-message.ts uses the
 * reference's description of the code).
 */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageZh?: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}
