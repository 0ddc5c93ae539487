import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// The floor: a bare node:http server in a process of its own that reads each request's body and answers the same
// bytes every time (a DescribeInstances answer saved by the bench). `node bare-server.ts <body file>`; one READY line.

const body = readFileSync(process.argv[2]!);
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
    res.end(body);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`BENCH_BARE_READY ${JSON.stringify({ url: `http://127.0.0.1:${port}` })}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
