import { signTc3, type Tc3Credentials } from '@cvm/shared/tc3';
import type { Logger } from 'pino';
import type { CloudEnvelope } from '@cvm/shared';
import { answerLost, cloudRefusal, unreachable, type CloudCall, type CloudCaller } from './cloud-call.ts';
import { ConsoleError } from './cloud-error.ts';
import { statusForCloudCode } from './http-status.ts';

// Signs and sends one API 3.0 call, once. Whether and when to send it again is the traffic layer's (cloud/traffic/).

export interface CloudClientOptions {
  credentials: Tc3Credentials;
  /** Base URL of a service for a region (financial regions have endpoints of their own). */
  endpointFor: (service: string, region?: string) => URL;
  timeoutMs: number;
  logger: Logger;
}

export class CloudClient implements CloudCaller {
  constructor(private readonly options: CloudClientOptions) {}

  async call(call: CloudCall): Promise<Record<string, unknown>> {
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
      throw unreachable(error, call, url.host, this.options.timeoutMs, 'Tencent Cloud', this.options.logger);
    }
    let envelope: Partial<CloudEnvelope>;
    try {
      envelope = (await response.json()) as Partial<CloudEnvelope>;
    } catch {
      if (call.mutates) throw answerLost(call, 'Tencent Cloud', 502, 'CloudBadResponse');
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${response.status} without a JSON body.`);
    }
    const body = envelope.Response;
    const ms = Math.round(performance.now() - started);
    if (!body) throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered without a Response envelope.`);
    if (body.Error) {
      this.options.logger.info({ service: call.service, action: call.action, region: call.region, code: body.Error.Code, requestId: body.RequestId, ms }, 'cloud error');
      throw cloudRefusal(call, statusForCloudCode(body.Error.Code), body.Error.Code, body.Error.Message, body.RequestId);
    }
    this.options.logger.debug({ service: call.service, action: call.action, region: call.region, requestId: body.RequestId, ms }, 'cloud call');
    return body;
  }
}
