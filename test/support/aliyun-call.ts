import { randomUUID } from 'node:crypto';
import { DEFAULT_ALIYUN_CREDENTIAL } from '@cvm/emulator';
import { ecs, ess } from '@cvm/shared';
import { encodeRpcParams, flattenParams, signRpcRequest, type RpcValue } from '@cvm/shared/aliyun-rpc';

// Sends one signed Alibaba Cloud RPC request to an emulator with the console's own signer, and returns the HTTP status
// and the parsed body (JSON) or the text (XML).

export const ALIYUN_TEST_KEY = DEFAULT_ALIYUN_CREDENTIAL;
export const ESS_VERSION = ess.AttachInstances.version;
export const ECS_VERSION = ecs.DescribeInstances.version;

export interface AliyunCallOptions {
  version?: string;
  method?: 'GET' | 'POST';
  format?: 'JSON' | 'XML';
  accessKeySecret?: string;
  date?: Date;
  nonce?: string;
  /** Change parameters after signing, to test what the emulator does with tampered requests. */
  tamper?: Record<string, string | undefined>;
}

export async function aliyunCall(
  baseUrl: string,
  action: string,
  params: Record<string, RpcValue | undefined> = {},
  options: AliyunCallOptions = {},
): Promise<{ status: number; body: Record<string, any>; text: string }> {
  const method = options.method ?? 'POST';
  const signed = signRpcRequest({ ...ALIYUN_TEST_KEY, accessKeySecret: options.accessKeySecret ?? ALIYUN_TEST_KEY.accessKeySecret }, method, {
    action,
    version: options.version ?? ESS_VERSION,
    params: flattenParams(params),
    date: options.date ?? new Date(),
    nonce: options.nonce ?? randomUUID(),
    format: options.format,
  });
  for (const [key, value] of Object.entries(options.tamper ?? {})) {
    if (value === undefined) delete signed[key];
    else signed[key] = value;
  }
  const encoded = encodeRpcParams(signed);
  const response =
    method === 'GET'
      ? await fetch(`${baseUrl}/?${encoded}`)
      : await fetch(`${baseUrl}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: encoded });
  const text = await response.text();
  return { status: response.status, text, body: options.format === 'XML' ? {} : (JSON.parse(text) as Record<string, any>) };
}
