import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AliyunErrorBody } from '@cvm/shared';
import { encodeRpcParams, flattenParams, signRpcRequest, type AliyunCredentials, type RpcValue } from '@cvm/shared/aliyun-rpc';
import { answerLost, cloudRefusal, unreachable, type CloudCall, type CloudCaller } from './cloud-call.ts';
import { ConsoleError } from './cloud-error.ts';

// Signs and sends one Alibaba Cloud RPC call: parameters flattened (lists as Name.1 ... Name.N), the region as RegionId,
// signed with HMAC-SHA1 and POSTed as a form, so nothing of the request ends up in a URL that a proxy might log.

export interface AliyunRpcClientOptions {
  credentials: AliyunCredentials;
  /** Base URL of a product (ecs, ess) for a region. */
  endpointFor: (service: string, region?: string) => URL;
  timeoutMs: number;
  logger: Logger;
}

/** Codes some Aliyun products put in a successful answer (pop-core treats them the same way). */
const SUCCESS_CODES = new Set(['200', 'OK', 'Success', 'success']);

/** The console's status for an Aliyun failure: the cloud's own 4xx, and 502 when the cloud itself failed. */
function statusFor(httpStatus: number): number {
  return httpStatus >= 400 && httpStatus < 500 ? httpStatus : 502;
}

export class AliyunRpcClient implements CloudCaller {
  constructor(private readonly options: AliyunRpcClientOptions) {}

  async call(call: CloudCall): Promise<Record<string, unknown>> {
    const url = new URL('/', this.options.endpointFor(call.service, call.region));
    const params = flattenParams({ ...(call.params as Record<string, RpcValue>), ...(call.region ? { RegionId: call.region } : {}) });
    const signed = signRpcRequest(this.options.credentials, 'POST', { action: call.action, version: call.version, params, date: new Date(), nonce: randomUUID() });
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: encodeRpcParams(signed),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw unreachable(error, call, url.host, this.options.timeoutMs, 'Alibaba Cloud', this.options.logger);
    }
    let body: Record<string, unknown>;
    try {
      body = (await response.json()) as Record<string, unknown>;
    } catch {
      if (call.mutates) throw answerLost(call, 'Alibaba Cloud', 502, 'CloudBadResponse');
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${response.status} without a JSON body.`);
    }
    const ms = Math.round(performance.now() - started);
    if (!response.ok || (typeof body.Code === 'string' && !SUCCESS_CODES.has(body.Code))) {
      const failure = body as Partial<AliyunErrorBody>;
      const code = failure.Code ?? `HTTP${response.status}`;
      this.options.logger.info({ service: call.service, action: call.action, region: call.region, code, requestId: failure.RequestId, ms }, 'cloud error');
      throw cloudRefusal(call, statusFor(response.status), code, failure.Message ?? `The ${call.service} endpoint answered HTTP ${response.status}.`, failure.RequestId);
    }
    this.options.logger.debug({ service: call.service, action: call.action, region: call.region, requestId: body.RequestId, ms }, 'cloud call');
    return body;
  }
}
