import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `pnpm dev` as the README gives it: turbo starts the server (tsx, watching) and Vite, passes them the environment it
// was given, and Vite forwards the API to the server on PORT. Keys given to `pnpm dev` reach the server (here they
// make it a cloud console, on an endpoint that is never called), where turbo's strict mode once dropped them.

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = 21_000 + Math.floor(Math.random() * 9_000);
const vitePort = port + 1;
let dev: ChildProcess | undefined;

afterAll(() => {
  // turbo, pnpm, vite and node: the whole process group.
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
});

async function waitFor<T>(probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`nothing within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('pnpm dev', () => {
  it('serves the app on VITE_PORT whose API calls reach the server on PORT, with the environment it was given', async () => {
    let output = '';
    dev = spawn('pnpm', ['dev'], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        VITE_PORT: String(vitePort),
        DATA_DIR: ':memory:',
        TENCENTCLOUD_SECRET_ID: 'AKIDdevmodetest',
        TENCENTCLOUD_SECRET_KEY: 'dev-mode-test-key',
        TENCENTCLOUD_ENDPOINT: 'http://127.0.0.1:9',
        TURBO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));

    const meta = await waitFor(async () => {
      const answer = await fetch(`http://127.0.0.1:${vitePort}/api/meta`);
      return answer.ok ? ((await answer.json()) as { mode: string }) : undefined;
    }, 60_000).catch((error) => {
      throw new Error(`${(error as Error).message}; pnpm dev said:\n${output}`);
    });
    // Through Vite's proxy, from the server on PORT, which got the keys.
    expect(meta.mode).toBe('cloud');
    expect((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as object).toMatchObject({ mode: 'cloud' });
    // The app itself from Vite, with hot reload.
    const page = await (await fetch(`http://127.0.0.1:${vitePort}/`)).text();
    expect(page).toContain('/@vite/client');
  }, 90_000);
});
