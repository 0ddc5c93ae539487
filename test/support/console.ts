import { Writable } from 'node:stream';
import { createLogger, loadConfig, startConsole, type RunningConsole } from '@cvm/server';

/** Starts the real console server on a free port, capturing its log lines so tests can inspect them. */
export async function startTestConsole(env: Record<string, string> = {}): Promise<RunningConsole & { logs: string[] }> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'debug', ...env });
  const running = await startConsole(config, createLogger('debug', sink));
  return Object.assign(running, { logs });
}

export async function callApi(baseUrl: string, service: string, action: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/${service}/${action}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CVM-Console': '1', 'X-Region': 'ap-guangzhou', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) as Record<string, any> };
}
