import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_VERSION } from '@cvm/shared';
import { ConsoleClient, setupAdmin, startTestConsole, type TestConsole } from '../support/console.ts';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text.ts';

// What an operator running the console relies on, over HTTP: /healthz and /readyz, /metrics in Prometheus' text format
// counting cloud calls by action and code, the access log tying a request's ID to the cloud's RequestId, and the
// limits on who may read /metrics.

let running: TestConsole;
let admin: ConsoleClient;

beforeAll(async () => {
  running = await startTestConsole();
  admin = await setupAdmin(running);
});
afterAll(() => running.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${running.url}${path}`, { headers });
/** The access-log lines written so far, parsed. */
const accessLines = () =>
  running.logs
    .flatMap((chunk) => chunk.split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => typeof line.reqId === 'string');

describe('/healthz and /readyz', () => {
  it('say the process is alive, with its version, and that it is ready: the database answers and is migrated', async () => {
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', mode: 'emulator', version: CONSOLE_VERSION });
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'ok', migrations: 'done' });
  });

  it('is not ready while a migration this code knows has not run', async () => {
    const other = await startTestConsole();
    try {
      const [newest] = await other.database.db
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .orderBy('name' as never, 'desc')
        .limit(1)
        .execute();
      const name = (newest as { name: string }).name;
      await other.database.db
        .deleteFrom('kysely_migration' as never)
        .where('name' as never, '=', name as never)
        .execute();
      const ready = await fetch(`${other.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', database: 'ok', migrations: [name] });
      // Alive all the same: a load balancer keeps it, an orchestrator does not restart it.
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('/metrics', () => {
  it('counts cloud calls by service, action and code, and the requests by route, in Prometheus text', async () => {
    expect((await admin.call('cvm', 'DescribeInstances', { Limit: 1 })).status).toBe(200);
    const refused = await admin.call('cvm', 'StopInstances', { InstanceIds: ['ins-00000000'] });
    // The cloud's refusal, with its HTTP status as the console maps it (InvalidInstanceId.NotFound: 404).
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const code = refused.json.code as string;
    expect(code).toMatch(/^InvalidInstanceId\./);

    const answer = await get('/metrics');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusText(await answer.text());
    const calls = { cloud: 'tencent', service: 'cvm' };
    expect(sampleValue(families, 'console_cloud_calls_total', { ...calls, action: 'DescribeInstances', code: 'OK' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, 'console_cloud_calls_total', { ...calls, action: 'StopInstances', code })).toBe(1);
    expect(families.get('console_cloud_call_duration_seconds')?.type).toBe('histogram');
    expect(sampleValue(families, 'console_cloud_call_duration_seconds', { ...calls, action: 'StopInstances' })).toBe(1);
    expect(sampleValue(families, 'console_http_requests_total', { method: 'POST', route: '/api/:service/:action', status: String(refused.status) })).toBe(1);
    expect(sampleValue(families, 'console_rate_limit_wait_seconds', { service: 'cvm', action: 'StopInstances' })).toBe(1);
    // The admin's session, and the others the suite has.
    expect(sampleValue(families, 'console_active_sessions', {})).toBeGreaterThanOrEqual(1);
    expect(sampleValue(families, 'console_info', { version: CONSOLE_VERSION, mode: 'emulator' })).toBe(1);
    expect(families.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(families.has('console_audit_write_failures_total')).toBe(true);
  });

  it('answers loopback clients only, unless a token is set, which it then requires', async () => {
    const behindProxy = await startTestConsole({ TRUST_PROXY: '1' });
    const withToken = await startTestConsole({ METRICS_TOKEN: 'scrape-me-0123456789' });
    try {
      // A proxy on this host forwarding someone elsewhere: the client is theirs, not loopback.
      const forwarded = await fetch(`${behindProxy.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
      expect(forwarded.status).toBe(403);
      expect(((await forwarded.json()) as { message: string }).message).toContain('METRICS_TOKEN');
      expect((await fetch(`${behindProxy.url}/metrics`)).status).toBe(200);

      expect((await fetch(`${withToken.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${withToken.url}/metrics`, { headers: { Authorization: 'Bearer scrape-me-012345678X' } })).status).toBe(401);
      const allowed = await fetch(`${withToken.url}/metrics`, { headers: { Authorization: 'Bearer scrape-me-0123456789' } });
      expect(allowed.status).toBe(200);
      expect(parsePrometheusText(await allowed.text()).has('console_http_requests_total')).toBe(true);
    } finally {
      await behindProxy.close();
      await withToken.close();
    }
  });
});

describe('the access log', () => {
  it("writes one line per request with its ID, sent back as X-Request-Id, and the cloud's RequestId", async () => {
    const answer = await admin.call('cvm', 'DescribeInstances', { Limit: 1 }, { 'X-Request-Id': 'trace-ops-1' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBe('trace-ops-1');
    const cloudRequestId = answer.json.RequestId as string;
    expect(cloudRequestId).toBeTruthy();
    await expect.poll(() => accessLines().find((line) => line.reqId === 'trace-ops-1')).toBeDefined();
    expect(accessLines().find((line) => line.reqId === 'trace-ops-1')).toMatchObject({
      method: 'POST',
      path: '/api/cvm/DescribeInstances',
      status: 200,
      user: 'admin',
      cloudRequestId,
    });
  });

  it("makes an ID when the caller's is missing or unfit, logs refusals too, and never a query string or a header", async () => {
    const refused = await new ConsoleClient(running.url).request('POST', '/api/cvm/StopInstances', {}, { 'X-Request-Id': 'bad id\twith tab', 'X-Region': 'ap-guangzhou' });
    expect(refused.status).toBe(401);
    const id = refused.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => accessLines().find((line) => line.reqId === id)).toMatchObject({ path: '/api/cvm/StopInstances', status: 401 });

    const secret = 'setup-token-in-a-link-0123';
    const page = await get(`/setup?token=${secret}`, { Cookie: 'cvm_session=cookie-secret-value' });
    const pageId = page.headers.get('x-request-id')!;
    await expect.poll(() => accessLines().find((line) => line.reqId === pageId)).toMatchObject({ path: '/setup' });
    const all = running.logs.join('');
    expect(all).not.toContain(secret);
    expect(all).not.toContain('cookie-secret-value');
  });

  it('answers an unknown /api path with a 404 in JSON, not the web app', async () => {
    const answer = await admin.request('GET', '/api/no/such/route');
    expect(answer.status).toBe(404);
    expect(answer.json.code).toBe('NotFound');
  });
});
