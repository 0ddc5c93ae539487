import type { CloudEnvelope } from '@cvm/shared';
import { signTc3 } from '@cvm/shared/tc3';

// Sends one signed API 3.0 request to an emulator, the way any SDK would, and returns the parsed envelope.

export interface SignedCallOptions {
  secretId?: string;
  secretKey?: string;
  token?: string;
  service?: string;
  version?: string;
  region?: string | null;
  timestamp?: number;
  language?: 'zh-CN' | 'en-US';
  /** Replace headers after signing, to test what the emulator does with tampered requests. */
  override?: Record<string, string | undefined>;
  rawBody?: string;
}

// Tests reach into responses freely, so the action fields are left untyped here.
export type Envelope = CloudEnvelope<Record<string, any>>;

export async function signedCall(baseUrl: string, action: string, params: object = {}, options: SignedCallOptions = {}): Promise<Envelope> {
  const url = new URL(baseUrl);
  const payload = options.rawBody ?? JSON.stringify(params);
  const headers: Record<string, string | undefined> = signTc3(
    { secretId: options.secretId ?? 'AKIDEMULATOR', secretKey: options.secretKey ?? 'emulator-secret', token: options.token },
    {
      service: options.service ?? 'cvm',
      host: url.host,
      action,
      version: options.version ?? '2017-03-12',
      region: options.region === null ? undefined : (options.region ?? 'ap-guangzhou'),
      timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
      payload,
      language: options.language,
    },
  );
  delete headers.Host;
  Object.assign(headers, options.override ?? {});
  const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const response = await fetch(url, { method: 'POST', headers: clean, body: payload });
  if (response.status !== 200) throw new Error(`emulator answered HTTP ${response.status}`);
  return (await response.json()) as Envelope;
}

export const errorCode = (envelope: Envelope) => envelope.Response.Error?.Code;
