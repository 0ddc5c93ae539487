import { signTc3, type Tc3Credentials } from '@cvm/shared/tc3';
import type { Logger } from 'pino';
import type { CloudEnvelope } from '@cvm/shared';
import { CloudAnswer } from './cloud-answer.ts';
import { answerLost, cloudRefusal, unreachable, type CloudCall, type CloudCaller } from './cloud-call.ts';
import { ConsoleError } from './cloud-error.ts';
import type { CloudHttp, HttpAnswer } from './cloud-http.ts';
import { statusForCloudCode } from './http-status.ts';
import { readEnvelopeEnds } from './envelope-tail.ts';
import { parseSpan, scanObject } from './json-scan.ts';

// Signs and sends one API 3.0 call, once. Whether and when to send it again is the traffic layer's (cloud/traffic/).

export interface CloudClientOptions {
  credentials: Tc3Credentials;
  /** Base URL of a service for a region (financial regions have endpoints of their own). */
  endpointFor: (service: string, region?: string) => URL;
  timeoutMs: number;
  logger: Logger;
  http: CloudHttp;
}

type CloudErrorDetail = { Code?: string; Message?: string } | null | undefined;

export class CloudClient implements CloudCaller {
  constructor(private readonly options: CloudClientOptions) {}

  async call(call: CloudCall): Promise<CloudAnswer> {
    const { logger } = this.options;
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
    const started = performance.now();
    let answer: HttpAnswer;
    try {
      answer = await this.options.http.post(url, headers, payload, { timeoutMs: this.options.timeoutMs, idempotent: call.idempotent });
    } catch (error) {
      throw unreachable(error, call, url.host, this.options.timeoutMs, 'Tencent Cloud', logger);
    }
    const { response, requestId, error } = this.read(call, answer);
    if (error) {
      if (logger.isLevelEnabled('info')) {
        logger.info({ service: call.service, action: call.action, region: call.region, code: error.Code, requestId, ms: Math.round(performance.now() - started) }, 'cloud error');
      }
      throw cloudRefusal(call, statusForCloudCode(String(error.Code)), error.Code as string, error.Message as string, requestId);
    }
    if (logger.isLevelEnabled('debug')) {
      logger.debug({ service: call.service, action: call.action, region: call.region, requestId, ms: Math.round(performance.now() - started) }, 'cloud call');
    }
    return response;
  }

  /**
   * The envelope's Response, its Error and RequestId. A large success is read from its ends (envelope-tail.ts);
   * other bytes are scanned, not parsed: the Response object is passed
   * on as it came, and only Error and RequestId are read. Anything the scan does not take is parsed as before.
   */
  private read(call: CloudCall, answer: HttpAnswer): { response: CloudAnswer; requestId?: string; error?: NonNullable<CloudErrorDetail> } {
    const ends = readEnvelopeEnds(answer.body);
    if (ends) return { response: CloudAnswer.ofBytes(answer.body.subarray(ends.response.start, ends.response.end), ends.requestId), requestId: ends.requestId };
    const scan = scanObject(answer.body, 'Response');
    if (scan?.nested) {
      const { nested } = scan;
      const span = scan.members.get('Response')!;
      const idSpan = nested.get('RequestId');
      const rawId = idSpan ? parseSpan(answer.body, idSpan) : undefined;
      const requestId = typeof rawId === 'string' ? rawId : undefined;
      const errorSpan = nested.get('Error');
      const error = errorSpan ? (parseSpan(answer.body, errorSpan) as CloudErrorDetail) : undefined;
      const response = CloudAnswer.ofBytes(answer.body.subarray(span.start, span.end), requestId ?? '');
      return error ? { response, requestId, error } : { response, requestId };
    }
    let envelope: Partial<CloudEnvelope>;
    try {
      envelope = JSON.parse(answer.body.toString('utf8')) as Partial<CloudEnvelope>;
    } catch {
      if (call.mutates) throw answerLost(call, 'Tencent Cloud', 502, 'CloudBadResponse');
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered HTTP ${answer.status} without a JSON body.`);
    }
    const body = envelope?.Response;
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new ConsoleError(502, 'CloudBadResponse', `The ${call.service} endpoint answered without a Response envelope.`);
    }
    const requestId = typeof body.RequestId === 'string' ? body.RequestId : undefined;
    const response = CloudAnswer.ofBody(body as unknown as Record<string, unknown>);
    return body.Error ? { response, requestId, error: body.Error } : { response, requestId };
  }
}
