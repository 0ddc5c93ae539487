import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { MAX_PARAM_DEPTH, jsonNestingExceeds } from '@cvm/shared';
import { paramsSchema } from '@cvm/shared/params';
import { authenticate, type EmulatorCredential } from './authenticate.ts';
import { CloudError } from './cloud-error.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ServiceRegistry } from './service-registry.ts';
import { validateParams } from './validate-params.ts';
import type { World } from '../state/world.ts';
import { serializeAnswer } from './json-list.ts';

// The API 3.0 front door: envelope, signature check, routing by service and action, parameter validation.

const MAX_BODY_BYTES = 10 * 1024 * 1024; // v3 POST limit (protocol.md §2)

export interface RequestHandlerOptions {
  world: World;
  registry: ServiceRegistry;
  credentials: readonly EmulatorCredential[];
  rateLimiter?: RateLimiter;
  onCall?: (call: { service: string; action: string; region?: string; code?: string }) => void;
}

function send(res: ServerResponse, payload: object): void {
  const body = serializeAnswer({ Response: payload });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new CloudError('RequestSizeLimitExceeded', 'The request body exceeds 10 MB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return headers;
}

export function createRequestHandler(options: RequestHandlerOptions) {
  const { world, registry, credentials, rateLimiter, onCall } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    let service = '';
    let action = req.headers['x-tc-action']?.toString() ?? '';
    const region = req.headers['x-tc-region']?.toString();
    try {
      if (req.method !== 'POST') {
        throw new CloudError('UnsupportedProtocol', 'The emulator accepts POST requests with a JSON body signed with TC3-HMAC-SHA256.');
      }
      const body = await readBody(req);
      const headers = headerMap(req);
      const contentType = headers['content-type'] ?? '';
      if (!contentType.toLowerCase().startsWith('application/json')) {
        throw new CloudError('UnsupportedProtocol', `Content-Type \`${contentType}\` is not supported; send application/json.`);
      }
      const url = new URL(req.url ?? '/', 'http://emulator');
      const auth = authenticate(
        { method: 'POST', path: url.pathname, query: url.search.slice(1), headers, body },
        (secretId) => {
          const permanent = credentials.find((c) => c.secretId === secretId);
          if (permanent) return permanent;
          const temporary = world.temporaryCredentials.find(secretId);
          // By the emulator's clock, like everything that ends in it (a test or time travel can move it past).
          if (temporary && temporary.expiresAt <= world.clock.now()) {
            throw new CloudError('AuthFailure.TokenFailure', 'The temporary credentials have expired; ask STS AssumeRole for new ones.');
          }
          return temporary;
        },
        // Real time, not the world's clock: a test clock moved hours ahead must not expire every real signature.
        Math.floor(Date.now() / 1000),
      );
      if (!action) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Action` (X-TC-Action).');
      const version = headers['x-tc-version'];
      if (!version) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Version` (X-TC-Version).');
      const resolved = registry.resolve(auth.scopeService, headers['host'] ?? '', action, version);
      service = resolved.service;
      const { spec } = resolved.handler;

      const regionWorld = region ? world.region(region) : undefined;
      if (spec.regional) {
        if (!region) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Region` (X-TC-Region).');
        if (!regionWorld) throw new CloudError('UnsupportedRegion', `The region \`${region}\` is not supported. Call DescribeRegions for the list.`);
      }
      rateLimiter?.check(`${auth.secretId}|${service}.${action}|${region ?? ''}`, spec.rateLimit.perSecond, action);

      // Counted on the bytes first: the parser and the checks after it never see hostile nesting.
      if (jsonNestingExceeds(body)) {
        throw new CloudError('InvalidParameter', `The request body is nested deeper than ${MAX_PARAM_DEPTH} levels.`);
      }
      let params: unknown;
      try {
        params = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        throw new CloudError('InvalidParameter', 'The request body is not valid JSON.');
      }
      if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        throw new CloudError('InvalidParameter', 'The request body must be a JSON object of the action parameters.');
      }
      const parsed = validateParams(paramsSchema(spec), params);
      const language = headers['x-tc-language'] === 'zh-CN' ? 'zh-CN' : 'en-US';
      world.beginRequest();
      const result = resolved.handler.handle({ world, region: regionWorld ?? [...world.regions.values()][0]!, language, requestId, callerSecretId: auth.secretId }, parsed);
      onCall?.({ service, action, region });
      send(res, { ...result, RequestId: requestId });
    } catch (error) {
      const cloudError = error instanceof CloudError ? error : new CloudError('InternalError', 'An internal error occurred; the request was not completed.');
      if (!(error instanceof CloudError)) console.error(`[emulator] ${action} failed:`, error);
      onCall?.({ service, action, region, code: cloudError.code });
      send(res, { Error: { Code: cloudError.code, Message: cloudError.message }, RequestId: requestId });
    }
  };
}
