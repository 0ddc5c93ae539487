import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serveUntilStopped } from './serve-until-stopped.ts';

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
serveUntilStopped(server);
