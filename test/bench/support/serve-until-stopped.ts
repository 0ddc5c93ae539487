import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on a free loopback port, prints the READY line the bench waits for, and closes on SIGINT or SIGTERM. */
export function serveUntilStopped(server: Server): void {
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
}
