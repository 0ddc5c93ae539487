import type { ServerResponse } from 'node:http';

// Aliyun answers in the Format the request named: JSON (default) or XML. The XML form names the root element after the
// action (`<AttachInstancesResponse>`), or `<Error>` for a failure; a list of N items is N elements of the same name,
// which is why the JSON form wraps lists as { ScalingGroups: { ScalingGroup: [...] } }.

export type RpcFormat = 'JSON' | 'XML';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

function xmlElements(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => xmlElements(name, item)).join('');
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => xmlElements(key, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${xmlElements(root, body)}`;
}

export function sendRpc(res: ServerResponse, status: number, format: RpcFormat, root: string, body: Record<string, unknown>): void {
  const text = format === 'XML' ? toXml(root, body) : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': format === 'XML' ? 'text/xml;charset=utf-8' : 'application/json;charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
