import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestConsole, type TestConsole } from '../support/console.ts';

// The console serving a built web app over real HTTP: a temporary dist with the siblings the web build's precompress
// plugin writes (made here with node:zlib), so the test builds nothing. Requests go through node:http, not fetch,
// which would ask for and decode compressed bodies by itself.

const APP_JS = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: 'ins-${String(i).padStart(8, '0')}', state: 'RUNNING' }`).join(', ')}];\n`;
const APP_CSS = `${Array.from({ length: 200 }, (_, i) => `.row-${i} { padding: ${i}px; color: var(--text); }`).join('\n')}\n`;
const TINY_JS = 'export const x = 1;\n';
const INDEX_HTML = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>CVM Console</title>
<script type="module" crossorigin src="/assets/app-abc123.js"></script><link rel="stylesheet" href="/assets/app-def456.css"></head>
<body><div id="root"></div></body></html>\n`;

let dist: string;
let running: TestConsole;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'cvm-dist-'));
  await mkdir(path.join(dist, 'assets'));
  const write = (name: string, body: string | Buffer) => writeFile(path.join(dist, name), body);
  await write('index.html', INDEX_HTML);
  await write('index.html.br', brotliCompressSync(INDEX_HTML));
  await write('index.html.gz', gzipSync(INDEX_HTML, { level: 9 }));
  await write('assets/app-abc123.js', APP_JS);
  await write('assets/app-abc123.js.br', brotliCompressSync(APP_JS));
  await write('assets/app-abc123.js.gz', gzipSync(APP_JS, { level: 9 }));
  // Only a gzip sibling: a brotli client gets gzip rather than nothing.
  await write('assets/app-def456.css', APP_CSS);
  await write('assets/app-def456.css.gz', gzipSync(APP_CSS, { level: 9 }));
  // Under the build's threshold: no siblings, served as before.
  await write('assets/tiny-0a1b2c.js', TINY_JS);
  running = await startTestConsole({ WEB_DIST: dist });
});

afterAll(async () => {
  await running?.close();
  await rm(dist, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(urlPath: string, acceptEncoding?: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${running.url}${urlPath}`, { method, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const varies = (r: RawResponse) =>
  String(r.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('accept-encoding');

describe('precompressed web assets', () => {
  it('sends brotli to a client that accepts it, with the original type, length, caching and Vary', async () => {
    const r = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(r.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 4);
    expect(brotliDecompressSync(r.body).toString()).toBe(APP_JS);
    expect(varies(r)).toBe(true);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends gzip to a client that accepts only gzip, and when brotli has no sibling', async () => {
    const js = await get('/assets/app-abc123.js', 'gzip, deflate');
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(js.headers['content-length'])).toBe(js.body.length);
    expect(gunzipSync(js.body).toString()).toBe(APP_JS);
    expect(varies(js)).toBe(true);
    const css = await get('/assets/app-def456.css', 'br, gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(css.body).toString()).toBe(APP_CSS);
  });

  it('sends the plain file, still with Vary, to a client that asks for no coding it has', async () => {
    for (const accept of [undefined, '', 'identity', 'deflate']) {
      const r = await get('/assets/app-abc123.js', accept);
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(r.body.toString()).toBe(APP_JS);
      expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
      expect(varies(r)).toBe(true);
    }
  });

  it('respects q=0', async () => {
    expect((await get('/assets/app-abc123.js', 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
    const none = await get('/assets/app-abc123.js', 'br;q=0, gzip;q=0');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(APP_JS);
    expect((await get('/assets/app-abc123.js', '*;q=0')).headers['content-encoding']).toBeUndefined();
  });

  it('serves the SPA fallback (deep links and /) compressed, never cached without revalidation', async () => {
    for (const urlPath of ['/', '/instances/ins-12345678?tab=disks', '/audit']) {
      const r = await get(urlPath, 'gzip, deflate, br');
      expect(r.status).toBe(200);
      expect(r.headers['content-encoding']).toBe('br');
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(varies(r)).toBe(true);
      expect(brotliDecompressSync(r.body).toString()).toBe(INDEX_HTML);
    }
    const gz = await get('/audit', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(INDEX_HTML);
    const plain = await get('/audit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(INDEX_HTML);
    expect(varies(plain)).toBe(true);
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const head = await get('/assets/app-abc123.js', 'br', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(head.headers['content-length'])).toBe(brotliCompressSync(APP_JS).length);
    expect(head.body.length).toBe(0);
    const fallback = await get('/some/deep/link', 'gzip', 'HEAD');
    expect(fallback.status).toBe(200);
    expect(fallback.headers['content-encoding']).toBe('gzip');
    expect(fallback.body.length).toBe(0);
  });

  it('serves a file without siblings as before, without Vary', async () => {
    const r = await get('/assets/tiny-0a1b2c.js', 'br, gzip');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString()).toBe(TINY_JS);
    expect(varies(r)).toBe(false);
  });

  it('never sends a sibling by its own name, and answers a revalidation with 304 for the coding it was given', async () => {
    for (const urlPath of ['/assets/app-abc123.js.br', '/assets/app-abc123.js.gz', '/index.html.br']) {
      const r = await get(urlPath, 'br, gzip');
      expect(r.status).toBe(404);
      expect(r.headers['content-encoding']).toBeUndefined();
    }
    const first = await get('/assets/app-abc123.js', 'br');
    const again = await new Promise<RawResponse>((resolve, reject) => {
      httpRequest(`${running.url}/assets/app-abc123.js`, { headers: { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.alloc(0) }));
      })
        .on('error', reject)
        .end();
    });
    expect(again.status).toBe(304);
    // The plain file's ETag is another one: a cache never takes one coding's validator for the other's.
    expect((await get('/assets/app-abc123.js')).headers.etag).not.toBe(first.headers.etag);
  });
});
