import { signTc3, type Tc3Credentials } from '@cvm/shared/tc3';
import type { Logger } from 'pino';
import { ConsoleError } from './cloud-error.ts';
import { statusForCloudCode } from './http-status.ts';

// Signs and sends one API 3.0 call. Retries only what is safe to repeat: reads, and writes that carry a ClientToken.

export interface CloudCall {
  service: string;
  version: string;
  action: string;
  region?: string;
  params: object;
  /** True when sending the call twice cannot do anything twice. */
  idempotent: boolean;
  language?: 'zh-CN' | 'en-US';
}

export interface CloudClientOptions {
  credentials: Tc3Credentials;
  /** Base URL per service; defaults to https://<service>.tencentcloudapi.com. */
  endpointFor: (service: string) => URL;
  timeoutMs: number;
  logger: Logger;
  /** Waits between attempts; tests pass a faster one. */
  backoffMs?: number[];
}

type Envelope = { Response?: { Error?: { Code: string; Message: string }; RequestId?: string } & Record<string, unknown> };

const RETRYABLE_CODES = new Set(['RequestLimitExceeded', 'InternalError', 'ServiceUnavailable']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class CloudClient {
  constructor(private readonly options: CloudClientOptions) {}

  async call(call: CloudCall): Promise<Record<string, unknown>> {
    const backoff = call.idempotent ? (this.options.backoffMs ?? [200, 800]) : [];
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(call);
      } catch (error) {
        const retryable =
          error instanceof ConsoleError && (error.code === 'CloudUnreachable' || error.code === 'CloudTimeout' || RETRYABLE_CODES.has(error.code));
        const wait = backoff[attempt];
        if (!retryable || wait === undefined) throw error;
        this.options.logger.warn({ action: call.action, code: (error as ConsoleError).code, attempt: attempt + 1 }, 'retrying cloud call');
        await sleep(wait);
      }
    }
  }

  private async attempt(call: CloudCall): Promise<Record<string, unknown>> {
    const url = this.options.endpointFor(call.service);
    const payload = JSON.stringify(call.params);
    const headers = signTc3(this.options.credentials, {
      service: call.service,
      host: url.host,
      action: call.action,
      version: call.version,
      region: call.region,
      timestamp: Math.floor(Date.now() / 1000),
      payload,
      language: call.language,
    });
    delete headers.Host; // fetch derives Host from the URL; it is the same value that was signed.
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body: payload, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      this.options.logger.error({ action: call.action, service: call.service, host: url.host, err: timedOut ? 'timeout' : String(error) }, 'cloud call failed');
      throw timedOut
        ? new ConsoleError(504, 'CloudTimeout', `Tencent Cloud did not answer ${call.action} within ${this.options.timeoutMs} ms.`)
        : new ConsoleError(502, 'CloudUnreachable', `Could not reach the ${call.service} endpoint (${url.host}).`);
    }
    let envelope: Envelope;
    try {
      envelope = (await response.json()) as Envelope;
    } catch {
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${response.status} without a JSON body.`);
    }
    const body = envelope.Response;
    const ms = Math.round(performance.now() - started);
    if (!body) throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered without a Response envelope.`);
    if (body.Error) {
      this.options.logger.info({ service: call.service, action: call.action, region: call.region, code: body.Error.Code, requestId: body.RequestId, ms }, 'cloud error');
      throw new ConsoleError(statusForCloudCode(body.Error.Code), body.Error.Code, body.Error.Message, body.RequestId);
    }
    this.options.logger.debug({ service: call.service, action: call.action, region: call.region, requestId: body.RequestId, ms }, 'cloud call');
    return body;
  }
}
