import { Agent, createServer, request } from 'node:http';
import { signTc3 } from '@cvm/shared/tc3';
import { DEFAULT_CREDENTIAL } from '@cvm/emulator';
import { serveUntilStopped } from './serve-until-stopped.ts';

// The floor for a proxy: a node:http server in a process of its own that does only what forwarding must — read the
// body, sign it with TC3, send it on a kept-alive connection, answer the bytes that came back. No sign-in, no
// validation, no budget, no audit. `node bare-proxy.ts <emulator url>`; one READY line.

const upstream = new URL(process.argv[2]!);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const payload = Buffer.concat(chunks).toString('utf8');
    const headers = signTc3(DEFAULT_CREDENTIAL, {
      service: 'cvm',
      host: upstream.host,
      action: 'DescribeInstances',
      version: '2017-03-12',
      region: 'ap-guangzhou',
      timestamp: Math.floor(Date.now() / 1000),
      payload,
    });
    const out = request(upstream, { method: 'POST', agent, headers: { ...headers, 'Content-Length': Buffer.byteLength(payload) } }, (answer) => {
      const parts: Buffer[] = [];
      answer.on('data', (part: Buffer) => parts.push(part));
      answer.on('end', () => {
        const body = Buffer.concat(parts);
        res.writeHead(answer.statusCode ?? 502, { 'Content-Type': 'application/json', 'Content-Length': body.length });
        res.end(body);
      });
    });
    out.on('error', () => res.writeHead(502).end());
    out.end(payload);
  });
});
serveUntilStopped(server);
