import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { startEmulator, type RunningEmulator } from '@cvm/emulator';
import { publicEndpoint } from './cloud/public-endpoint.ts';
import { createApp } from './app.ts';
import { CloudClient } from './cloud/cloud-client.ts';
import type { Config } from './config.ts';
import { createLogger } from './logger.ts';

export const CONSOLE_VERSION = '0.1.0';
const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningConsole {
  url: string;
  port: number;
  emulator?: RunningEmulator;
  logger: Logger;
  close(): Promise<void>;
}

/** Starts the console: the embedded emulator when no cloud keys are configured, then the HTTP server. */
export async function startConsole(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<RunningConsole> {
  let emulator: RunningEmulator | undefined;
  let cloud: CloudClient;
  if (config.target.mode === 'emulator') {
    emulator = await startEmulator({
      port: 0,
      bulkInstances: config.emulatorInstances,
      transitionScale: config.emulatorTransitionScale,
    });
    const base = new URL(emulator.url);
    cloud = new CloudClient({ credentials: emulator.credentials[0]!, endpointFor: () => base, timeoutMs: config.cloudTimeoutMs, logger });
    logger.info({ emulator: emulator.url }, 'no TENCENTCLOUD_SECRET_ID set: using the embedded local CVM emulator (simulated instances, no real cloud)');
  } else {
    const { endpoint, credentials } = config.target;
    const endpointFor = endpoint ? () => new URL(endpoint) : publicEndpoint;
    cloud = new CloudClient({ credentials, endpointFor, timeoutMs: config.cloudTimeoutMs, logger });
    logger.info({ endpoint: endpoint ?? 'https://<service>.tencentcloudapi.com', secretId: `…${credentials.secretId.slice(-4)}` }, 'forwarding to Tencent Cloud');
  }

  let boundPort = config.port;
  const app = createApp({
    port: () => boundPort,
    cloud,
    logger,
    meta: { mode: config.target.mode, defaultRegion: config.defaultRegion, version: CONSOLE_VERSION },
    webDist: config.webDist ?? DEFAULT_WEB_DIST,
    allowedHosts: config.allowedHosts,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  boundPort = port;
  const url = `http://${config.host}:${port}`;
  return {
    url,
    port,
    emulator,
    logger,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator?.close();
    },
  };
}
