/**
 * Alibaba Cloud's RPC encoding: RFC 3986 percent-encoding with UTF-8, where only A–Z a–z 0–9 - _ . ~ stay as they are.
 * encodeURIComponent leaves ! ' ( ) * alone, so those are encoded by hand; a space is %20, never +.
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
