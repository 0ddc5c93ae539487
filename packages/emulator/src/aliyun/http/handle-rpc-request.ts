import type { IncomingMessage, ServerResponse } from 'node:http';
import { AliyunError, missingParameter } from './aliyun-error.ts';
import { authenticateRpc, type AliyunCredential, type NonceLedger } from './rpc-authenticate.ts';
import { RpcParams } from './rpc-params.ts';
import { sendRpc, type RpcFormat } from './rpc-response.ts';
import type { RpcHandler } from '../rpc-handler.ts';
import { aliyunRequestId } from '../state/aliyun-ids.ts';
import type { AliyunWorld } from '../state/aliyun-world.ts';

// The Alibaba Cloud RPC front door: parameters from the query string (GET) or a form body (POST), the HMAC-SHA1
// signature, routing by product and Version, and answers in JSON or XML with the cloud's HTTP statuses.

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * True for a request signed the Alibaba Cloud way: its parameters (query string, or a form body) carry an `AccessKeyId`
 * or a `SignatureVersion` and no Tencent `SecretId`, and it has no TC3 Authorization header. Dispatch is by the
 * signature's style, not by method or content type: Tencent's v1 uses GET and form bodies too.
 */
export function isAliyunRpc(req: IncomingMessage, body: Buffer): boolean {
  if (req.headers.authorization !== undefined) return false;
  const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1) : '';
  const type = req.headers['content-type']?.toLowerCase() ?? '';
  const form = req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded') ? body.toString('utf8') : '';
  const names = new Set([...new URLSearchParams(query).keys(), ...new URLSearchParams(form).keys()]);
  return !names.has('SecretId') && (names.has('AccessKeyId') || names.has('SignatureVersion'));
}

function readParams(req: IncomingMessage, body: Buffer): Record<string, string> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  if (req.method === 'POST') {
    if (body.length > MAX_BODY_BYTES) throw new AliyunError(400, 'InvalidParameter', 'The request body exceeds 1 MB.');
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  }
  return params;
}

export interface RpcRequestHandlerOptions {
  world: AliyunWorld;
  handlers: readonly RpcHandler[];
  credentials: readonly AliyunCredential[];
  nonces: NonceLedger;
  onCall?: (call: { service: string; action: string; region?: string; code?: string }) => void;
}

export function createRpcRequestHandler({ world, handlers, credentials, nonces, onCall }: RpcRequestHandlerOptions) {
  const versions = new Map(handlers.map((h) => [h.spec.version, h.spec.service]));
  return async (req: IncomingMessage, res: ServerResponse, rawBody: Buffer): Promise<void> => {
    const requestId = aliyunRequestId(world.random);
    let product: string = req.headers.host?.split('.')[0] ?? '';
    let action = '';
    let format: RpcFormat = 'JSON';
    let regionId: string | undefined;
    try {
      if (req.method !== 'GET' && req.method !== 'POST') throw new AliyunError(400, 'UnsupportedHTTPMethod', `The HTTP method ${req.method} is not supported; use GET or POST.`);
      const flat = readParams(req, rawBody);
      format = flat.Format?.toUpperCase() === 'XML' ? 'XML' : 'JSON';
      action = flat.Action ?? '';
      regionId = flat.RegionId;
      if (!action) throw missingParameter('Action');
      if (!flat.Version) throw missingParameter('Version');
      authenticateRpc(req.method, flat, credentials, nonces, Date.now());
      if (!handlers.some((h) => h.spec.service === product)) product = versions.get(flat.Version) ?? '';
      const forProduct = handlers.filter((h) => h.spec.service === product);
      if (forProduct.length === 0 || forProduct[0]!.spec.version !== flat.Version) {
        throw new AliyunError(
          400,
          'InvalidVersion',
          `Specified parameter Version \`${flat.Version}\` is not valid${product ? ` for ${product}; use ${forProduct[0]?.spec.version}` : ''}.`,
        );
      }
      const handler = forProduct.find((h) => h.spec.action === action);
      if (!handler) throw new AliyunError(404, 'InvalidAction.NotFound', `Specified api \`${action}\` is not found, please check your url and method.`);
      let region = undefined;
      if (handler.spec.regional) {
        if (!regionId) throw missingParameter('RegionId');
        region = world.region(regionId);
        if (!region) throw new AliyunError(404, 'InvalidRegionId.NotFound', `The specified RegionId \`${regionId}\` does not exist.`);
      }
      const body = handler.handle({ world, region: region ?? [...world.regions.values()][0]!, params: new RpcParams(flat), requestId });
      onCall?.({ service: product, action, region: regionId });
      sendRpc(res, 200, format, `${action}Response`, { RequestId: requestId, ...body });
    } catch (error) {
      const failure =
        error instanceof AliyunError ? error : new AliyunError(500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.');
      if (!(error instanceof AliyunError)) console.error(`[emulator] aliyun ${action} failed:`, error);
      onCall?.({ service: product, action, region: regionId, code: failure.code });
      const host = `${product || 'ecs'}.aliyuncs.com`;
      sendRpc(res, failure.status, format, 'Error', {
        RequestId: requestId,
        HostId: host,
        Code: failure.code,
        Message: failure.message,
        Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(failure.code)}&product=${product || 'Ecs'}`,
      });
    }
  };
}
