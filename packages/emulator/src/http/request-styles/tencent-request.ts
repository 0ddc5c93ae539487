import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { MAX_PARAM_DEPTH, jsonNestingExceeds } from '@cvm/shared';
import { authenticate, type Authenticated, type CredentialLookup } from '../authenticate.ts';
import { CloudError } from '../cloud-error.ts';
import { typeBySchema, unflattenParams } from './flat-params.ts';
import { V1_COMMON_PARAMS, authenticateV1 } from './v1-signature.ts';

// The request styles API 3.0 allows (reference 001 lines 4430–4447; protocol.md §2), each with its own size limit and
// signature: POST application/json with v3 (TC3-HMAC-SHA256), POST multipart/form-data with v3, POST
// application/x-www-form-urlencoded with v1 (HmacSHA1 / HmacSHA256), and GET with v3 or v1. Whatever the style, the
// action sees the same parameters, typed as its schema says.

export type RequestStyle = 'json' | 'multipart' | 'get-v3' | 'get-v1' | 'form-v1';

/** Bytes each style may carry: GET 32 KB, v1 POST 1 MB, v3 POST 10 MB (reference 001 lines 4444–4446). */
export const SIZE_LIMITS: Record<RequestStyle, number> = {
  json: 10 * 1024 * 1024,
  multipart: 10 * 1024 * 1024,
  'get-v3': 32 * 1024,
  'get-v1': 32 * 1024,
  'form-v1': 1024 * 1024,
};

export interface TencentRequest {
  style: RequestStyle;
  action: string;
  version: string | undefined;
  region: string | undefined;
  language: 'zh-CN' | 'en-US';
  authenticate(findCredential: CredentialLookup, nowSeconds: number): Authenticated;
  /** The action's parameters in their JSON shape, typed by its schema (flat styles) — parsed once, when asked. */
  params(schema: z.ZodType): Promise<unknown>;
}

const lower = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : (value ?? '')).toLowerCase();

function headerMap(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
  return headers;
}

function tooLarge(style: RequestStyle): CloudError {
  const limit = SIZE_LIMITS[style];
  const what = style.startsWith('get') ? 'A GET request' : style === 'form-v1' ? 'A POST request signed with v1' : 'A POST request signed with v3';
  return new CloudError('RequestSizeLimitExceeded', `${what} may carry at most ${limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit / 1024} KB`}.`);
}

/** Name/value pairs of a query string or form body, refusing a name given twice (it would be signed twice). */
function pairsOf(text: string): Array<[string, string]> {
  const pairs = [...new URLSearchParams(text)];
  const names = new Set<string>();
  for (const [name] of pairs) {
    if (names.has(name)) throw new CloudError('InvalidParameter', `The parameter \`${name}\` is given more than once.`);
    names.add(name);
  }
  return pairs;
}

function jsonObject(body: Buffer): Record<string, unknown> {
  // Counted on the bytes first: the parser and the checks after it never see hostile nesting.
  if (jsonNestingExceeds(body)) throw new CloudError('InvalidParameter', `The request body is nested deeper than ${MAX_PARAM_DEPTH} levels.`);
  let params: unknown;
  try {
    params = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    throw new CloudError('InvalidParameter', 'The request body is not valid JSON.');
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new CloudError('InvalidParameter', 'The request body must be a JSON object of the action parameters.');
  }
  return params as Record<string, unknown>;
}

/** Multipart parts by name, read by the platform's own form parser (undici, in Node). Files are read as UTF-8 text. */
async function multipartPairs(body: Buffer, contentType: string): Promise<Array<[string, string]>> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body) as unknown as ConstructorParameters<typeof Response>[0], { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new CloudError('InvalidRequest', 'The multipart/form-data body is malformed.');
  }
  const pairs: Array<[string, string]> = [];
  const names = new Set<string>();
  for (const [name, value] of form.entries()) {
    if (names.has(name)) throw new CloudError('InvalidParameter', `The parameter \`${name}\` is given more than once.`);
    names.add(name);
    pairs.push([name, typeof value === 'string' ? value : await value.text()]);
  }
  return pairs;
}

/**
 * Flat parameters in their JSON shape, typed by the schema. Only multipart sends a structure as one JSON part; GET and
 * form bodies carry structures as flat names alone, as the reference and the SDKs write them.
 */
const flatParams = (pairs: ReadonlyArray<readonly [string, string]>, schema: z.ZodType, jsonParts = false) => typeBySchema(unflattenParams(pairs), schema, jsonParts);

/**
 * Reads a request to the Tencent side of the port: which style it is, its common parameters, and how to check its
 * signature. A request that fits no style is refused in the Tencent envelope (UnsupportedProtocol).
 */
export function readTencentRequest(req: IncomingMessage, body: Buffer, bodyComplete: boolean): TencentRequest {
  const headers = headerMap(req);
  const url = new URL(req.url ?? '/', 'http://emulator');
  // The query as sent: it is what the client signed (v3 GET's CanonicalQueryString, v1's parameters).
  const rawQuery = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1) : '';
  const contentType = lower(req.headers['content-type']);
  const authorization = headers['authorization'];
  const signedV3 = authorization !== undefined;

  let style: RequestStyle;
  if (req.method === 'GET') style = signedV3 ? 'get-v3' : 'get-v1';
  else if (req.method !== 'POST') throw new CloudError('UnsupportedProtocol', `The HTTP method ${req.method ?? ''} is not supported; use GET or POST.`);
  else if (contentType.startsWith('application/x-www-form-urlencoded')) {
    if (signedV3)
      throw new CloudError('UnsupportedProtocol', 'A POST application/x-www-form-urlencoded request must be signed with v1 (HmacSHA1 or HmacSHA256), not TC3-HMAC-SHA256.');
    style = 'form-v1';
  } else if (!signedV3) {
    throw new CloudError('AuthFailure.InvalidAuthorization', 'The request carries no Authorization header: sign JSON and multipart requests with TC3-HMAC-SHA256.');
  } else if (contentType.startsWith('application/json')) style = 'json';
  else if (contentType.startsWith('multipart/form-data')) style = 'multipart';
  else {
    throw new CloudError(
      'UnsupportedProtocol',
      `Content-Type \`${contentType}\` is not supported; send application/json or multipart/form-data signed with v3, or application/x-www-form-urlencoded signed with v1.`,
    );
  }
  const size = style.startsWith('get') ? (req.url ?? '').length + body.length : body.length;
  if (!bodyComplete || size > SIZE_LIMITS[style]) throw tooLarge(style);
  if (style.startsWith('get') && body.length > 0) throw new CloudError('InvalidParameter', 'A GET request carries its parameters in the query string, not a body.');

  const language = (value: string | undefined) => (value === 'zh-CN' ? 'zh-CN' : 'en-US');
  if (style === 'get-v1' || style === 'form-v1') {
    const pairs = pairsOf(style === 'get-v1' ? rawQuery : body.toString('utf8'));
    const common = new Map(pairs.filter(([name]) => V1_COMMON_PARAMS.has(name)));
    return {
      style,
      action: common.get('Action') ?? '',
      version: common.get('Version'),
      region: common.get('Region'),
      language: language(common.get('Language')),
      authenticate: (find, now) => ({
        ...authenticateV1({ method: req.method!, host: headers['host'] ?? '', path: url.pathname, params: pairs }, find, now),
        scopeService: '',
      }),
      params: async (schema) =>
        flatParams(
          pairs.filter(([name]) => !V1_COMMON_PARAMS.has(name)),
          schema,
        ),
    };
  }
  return {
    style,
    action: headers['x-tc-action'] ?? '',
    version: headers['x-tc-version'],
    region: headers['x-tc-region'],
    language: language(headers['x-tc-language']),
    // v3 over GET signs the query string and an empty payload (reference 001 lines 4874, 4925).
    authenticate: (find, now) => authenticate({ method: req.method!, path: url.pathname, query: rawQuery, headers, body }, find, now),
    params: async (schema) => {
      if (style === 'json') return typeBySchema(jsonObject(body), schema);
      if (style === 'get-v3') return flatParams(pairsOf(rawQuery), schema);
      return flatParams(await multipartPairs(body, req.headers['content-type'] ?? ''), schema, true);
    },
  };
}
