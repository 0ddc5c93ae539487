import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { AliyunErrorBody } from '@cvm/shared';
import { encodeRpcParams, flattenParams, signRpcRequest, type AliyunCredentials, type RpcValue } from '@cvm/shared/aliyun-rpc';
import { CloudAnswer } from './cloud-answer.ts';
import { answerLost, cloudRefusal, unreachable, type CloudCall, type CloudCaller } from './cloud-call.ts';
import { ConsoleError } from './cloud-error.ts';
import type { CloudHttp, HttpAnswer } from './cloud-http.ts';
import { parseSpan, scanObject } from './json-scan.ts';

// Signs and sends one Alibaba Cloud RPC call: parameters flattened (lists as Name.1 ... Name.N), the region as RegionId,
// signed with HMAC-SHA1 and POSTed as a form, so nothing of the request ends up in a URL that a proxy might log.

export interface AliyunRpcClientOptions {
  credentials: AliyunCredentials;
  /** Base URL of a product (ecs, ess) for a region. */
  endpointFor: (service: string, region?: string) => URL;
  timeoutMs: number;
  logger: Logger;
  http: CloudHttp;
}

/** Codes some Aliyun products put in a successful answer (pop-core treats them the same way). */
const SUCCESS_CODES = new Set(['200', 'OK', 'Success', 'success']);

/** The console's status for an Aliyun failure: the cloud's own 4xx, and 502 when the cloud itself failed. */
function statusFor(httpStatus: number): number {
  return httpStatus >= 400 && httpStatus < 500 ? httpStatus : 502;
}

export class AliyunRpcClient implements CloudCaller {
  constructor(private readonly options: AliyunRpcClientOptions) {}

  async call(call: CloudCall): Promise<CloudAnswer> {
    const { logger } = this.options;
    const url = new URL('/', this.options.endpointFor(call.service, call.region));
    const params = flattenParams({ ...(call.params as Record<string, RpcValue>), ...(call.region ? { RegionId: call.region } : {}) });
    const signed = signRpcRequest(this.options.credentials, 'POST', { action: call.action, version: call.version, params, date: new Date(), nonce: randomUUID() });
    const started = performance.now();
    let answer: HttpAnswer;
    try {
      answer = await this.options.http.post(url, { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, encodeRpcParams(signed), {
        timeoutMs: this.options.timeoutMs,
        idempotent: call.idempotent,
      });
    } catch (error) {
      throw unreachable(error, call, url.host, this.options.timeoutMs, 'Alibaba Cloud', logger);
    }
    const ok = answer.status >= 200 && answer.status < 300;
    // A success is passed on as the bytes it came in, with only Code and RequestId read; a failure is parsed.
    const scan = ok ? scanObject(answer.body) : undefined;
    if (scan) {
      const codeSpan = scan.members.get('Code');
      const code = codeSpan ? parseSpan(answer.body, codeSpan) : undefined;
      if (typeof code !== 'string' || SUCCESS_CODES.has(code)) {
        const idSpan = scan.members.get('RequestId');
        const requestId = idSpan ? parseSpan(answer.body, idSpan) : undefined;
        if (logger.isLevelEnabled('debug')) {
          logger.debug({ service: call.service, action: call.action, region: call.region, requestId, ms: Math.round(performance.now() - started) }, 'cloud call');
        }
        return CloudAnswer.ofBytes(answer.body, typeof requestId === 'string' ? requestId : '');
      }
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      if (call.mutates) throw answerLost(call, 'Alibaba Cloud', 502, 'CloudBadResponse');
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${answer.status} without a JSON body.`);
    }
    if (!ok || (typeof body?.Code === 'string' && !SUCCESS_CODES.has(body.Code))) {
      const failure = (body ?? {}) as Partial<AliyunErrorBody>;
      const code = failure.Code ?? `HTTP${answer.status}`;
      logger.info(
        { service: call.service, action: call.action, region: call.region, code, requestId: failure.RequestId, ms: Math.round(performance.now() - started) },
        'cloud error',
      );
      throw cloudRefusal(call, statusFor(answer.status), code, failure.Message ?? `The ${call.service} endpoint answered HTTP ${answer.status}.`, failure.RequestId);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${answer.status} without a JSON object.`);
    }
    return CloudAnswer.ofBody(body);
  }
}
