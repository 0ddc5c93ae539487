import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { paramsSchema } from '@cvm/shared/params';
import type { EmulatorCredential } from './authenticate.ts';
import { CloudError } from './cloud-error.ts';
import { localizedMessage, type Language } from './localized-message.ts';
import type { RateLimiter } from './rate-limiter.ts';
import { readTencentRequest } from './request-styles/tencent-request.ts';
import type { ServiceRegistry } from './service-registry.ts';
import { validateParams } from './validate-params.ts';
import type { World } from '../state/world.ts';
import { serializeAnswer } from './json-list.ts';

// The API 3.0 front door: request style and envelope, signature check, routing by service and action, parameter
// validation. The body was read by the port's dispatcher (http/read-body.ts), which also told the clouds apart.

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

export function createRequestHandler(options: RequestHandlerOptions) {
  const { world, registry, credentials, rateLimiter, onCall } = options;
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer, bodyComplete: boolean): Promise<void> => {
    const requestId = randomUUID();
    let service = '';
    let action = req.headers['x-tc-action']?.toString() ?? '';
    let region = req.headers['x-tc-region']?.toString();
    let language: Language = req.headers['x-tc-language'] === 'zh-CN' ? 'zh-CN' : 'en-US';
    try {
      const request = readTencentRequest(req, body, bodyComplete);
      action = request.action;
      region = request.region;
      language = request.language;
      const auth = request.authenticate(
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
      const version = request.version;
      if (!version) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Version` (X-TC-Version).');
      const resolved = registry.resolve(auth.scopeService, req.headers['host'] ?? '', action, version);
      service = resolved.service;
      const { spec } = resolved.handler;

      const regionWorld = region ? world.region(region) : undefined;
      if (spec.regional) {
        if (!region) throw new CloudError('MissingParameter', 'The request is missing a required parameter `Region` (X-TC-Region).');
        if (!regionWorld) throw new CloudError('UnsupportedRegion', `The region \`${region}\` is not supported. Call DescribeRegions for the list.`);
      }
      rateLimiter?.check(`${auth.secretId}|${service}.${action}|${region ?? ''}`, spec.rateLimit.perSecond, action);

      const schema = paramsSchema(spec);
      const parsed = validateParams(schema, await request.params(schema));
      world.beginRequest();
      const result = resolved.handler.handle(
        { world, region: regionWorld ?? [...world.regions.values()][0]!, language: request.language, requestId, callerSecretId: auth.secretId },
        parsed,
      );
      onCall?.({ service, action, region });
      send(res, { ...result, RequestId: requestId });
    } catch (error) {
      const cloudError = error instanceof CloudError ? error : new CloudError('InternalError', 'An internal error occurred; the request was not completed.');
      if (!(error instanceof CloudError)) console.error(`[emulator] ${action} failed:`, error);
      onCall?.({ service, action, region, code: cloudError.code });
      send(res, { Error: { Code: cloudError.code, Message: localizedMessage(cloudError, language) }, RequestId: requestId });
    }
  };
}
