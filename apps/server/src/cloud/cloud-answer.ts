/**
 * A cloud's successful answer — Tencent's Response object, Alibaba Cloud's whole body — kept as the bytes it came in,
 * which is what the browser is sent: no parse and stringify of 30 kB pages the console has no use for. It is parsed
 * only when something on the server reads a field (the audit of a change, the split of a batched read), and built
 * from an object where the server made the answer itself.
 */
export class CloudAnswer {
  #bytes: Buffer | undefined;
  #body: Record<string, unknown> | undefined;
  /** When the answer arrived (epoch ms): a shared answer is older than the request it serves, and says so (Age). */
  readonly receivedAt = Date.now();

  private constructor(
    bytes: Buffer | undefined,
    body: Record<string, unknown> | undefined,
    /** The cloud's RequestId of the call, '' when it gave none. */
    readonly requestId: string,
  ) {
    this.#bytes = bytes;
    this.#body = body;
  }

  /** Bytes the caller has checked are one JSON object (json-scan.ts), with the RequestId read from them. */
  static ofBytes(bytes: Buffer, requestId: string): CloudAnswer {
    return new CloudAnswer(bytes, undefined, requestId);
  }

  static ofBody(body: Record<string, unknown>): CloudAnswer {
    return new CloudAnswer(undefined, body, typeof body.RequestId === 'string' ? body.RequestId : '');
  }

  /** The answer as an object, parsed on first use. Shared between callers: read it, never change it. */
  get body(): Record<string, unknown> {
    this.#body ??= JSON.parse(this.#bytes!.toString('utf8')) as Record<string, unknown>;
    return this.#body;
  }

  /** The answer as JSON bytes: what came from the cloud, or the object serialised once. */
  get bytes(): Buffer {
    this.#bytes ??= Buffer.from(JSON.stringify(this.#body));
    return this.#bytes;
  }
}
