import { signTc3, type Tc3Credentials } from '@cvm/shared/tc3';
import type { Logger } from 'pino';
import type { CloudEnvelope } from '@cvm/shared';
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
  /** Base URL of a service for a region (financial regions have endpoints of their own). */
  endpointFor: (service: string, region?: string) => URL;
  timeoutMs: number;
  logger: Logger;
  /** Waits between attempts; tests pass a faster one. */
  backoffMs?: number[];
}

/** Codes worth a second try, with their sub-codes (RequestLimitExceeded.UinLimitExceeded, ...). */
const RETRYABLE_CODE = /^(RequestLimitExceeded|InternalError|InternalServerError|ServiceUnavailable|CloudUnreachable|CloudTimeout)(\.|$)/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class CloudClient {
  constructor(private readonly options: CloudClientOptions) {}

  async call(call: CloudCall): Promise<Record<string, unknown>> {
    const backoff = call.idempotent ? (this.options.backoffMs ?? [200, 800]) : [];
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.attempt(call);
      } catch (error) {
        const retryable = error instanceof ConsoleError && RETRYABLE_CODE.test(error.code);
        const wait = backoff[attempt];
        if (!retryable || wait === undefined) throw error;
        this.options.logger.warn({ action: call.action, code: (error as ConsoleError).code, attempt: attempt + 1 }, 'retrying cloud call');
        // Jitter keeps many browsers that were limited together from retrying together.
        await sleep(wait * (0.75 + Math.random() / 2));
      }
    }
  }

  private async attempt(call: CloudCall): Promise<Record<string, unknown>> {
    const url = this.options.endpointFor(call.service, call.region);
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
      // Only the cause's code: a fetch error's message can quote header values, and so the Authorization header.
      const cause = timedOut ? 'timeout' : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name);
      this.options.logger.error({ action: call.action, service: call.service, host: url.host, cause }, 'cloud call failed');
      throw timedOut
        ? new ConsoleError(504, 'CloudTimeout', `Tencent Cloud did not answer ${call.action} within ${this.options.timeoutMs} ms.`)
        : new ConsoleError(502, 'CloudUnreachable', `Could not reach the ${call.service} endpoint (${url.host}).`);
    }
    let envelope: Partial<CloudEnvelope>;
    try {
      envelope = (await response.json()) as Partial<CloudEnvelope>;
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
