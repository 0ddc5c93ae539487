import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { stat } from 'node:fs/promises';
import path from 'node:path';

// The web build (apps/web/build/precompress.ts) writes `name.br` and `name.gz` beside each text file of dist. Here the
// server picks one by the request's Accept-Encoding and sends it as it is, so the JavaScript travels at about a quarter
// of its size (a third with gzip) and no CPU is spent compressing per request. A file without siblings is left to
// express.static, as before.

export type Coding = 'br' | 'gzip';

/** Each coding's sibling suffix, in the server's order of preference when the client likes two equally. */
const SIBLINGS: ReadonlyArray<readonly [Coding, string]> = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/**
 * Which of the `available` codings to send, by the Accept-Encoding header (RFC 9110 §12.5.3), or undefined for the
 * plain file. A coding counts only when the client names it (or `*`) with a weight above zero: no header, an empty
 * one, `br;q=0` or `*;q=0` never get brotli. The highest weight wins; on a tie the order of `available` decides.
 */
export function chooseEncoding(header: string | undefined, available: readonly Coding[]): Coding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [rawName, ...params] = part.split(';');
    let name = rawName!.trim().toLowerCase();
    if (!name) continue;
    if (name === 'x-gzip') name = 'gzip'; // RFC 9110: "x-gzip" is to be read as "gzip"
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() !== 'q') continue;
      // qvalue = 0[.ddd] or 1[.000]; anything else is malformed, and a malformed weight is no permission.
      q = value && /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : 0;
    }
    // The first mention of a coding counts; a repeated one does not override it.
    if (!weights.has(name)) weights.set(name, q);
  }
  let best: Coding | undefined;
  let bestQ = 0;
  for (const coding of available) {
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/**
 * The file a request path names, relative to the folder served, or undefined when it cannot name one there: a
 * directory, a dotfile (never served, as express.static ignores them), `..`, a NUL or a malformed escape.
 */
function relativeFile(requestPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.endsWith('/')) return undefined;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s.startsWith('.'))) return undefined;
  return segments.join('/');
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A file's precompressed siblings on disk and the one chosen for this request; undefined when the file is not there. */
interface Negotiated {
  available: Coding[];
  coding: Coding | undefined;
}

async function negotiate(root: string, relative: string, acceptEncoding: string | undefined): Promise<Negotiated | undefined> {
  const file = path.join(root, relative);
  const [exists, ...present] = await Promise.all([isFile(file), ...SIBLINGS.map(([, suffix]) => isFile(file + suffix))]);
  if (!exists) return undefined;
  const available = SIBLINGS.filter((_, i) => present[i]).map(([coding]) => coding);
  return { available, coding: chooseEncoding(acceptEncoding, available) };
}

/** Options passed on to res.sendFile (send), as express.static gets them: the caching of the files served. */
export interface SendOptions {
  maxAge?: number | string;
  immutable?: boolean;
}

type SendError = Error & { code?: string; status?: number; statusCode?: number };

/**
 * Sends the chosen sibling, or the file itself, with the original file's Content-Type, the sent file's Content-Length,
 * and `Vary: Accept-Encoding` whenever the file has siblings (also on the plain answer), so that caches keep one
 * answer per coding and never hand a brotli body to a client that did not ask for it.
 */
function send(res: Response, next: NextFunction, root: string, relative: string, choice: Negotiated, options: SendOptions): void {
  let sent = relative;
  if (choice.available.length > 0) res.vary('Accept-Encoding');
  if (choice.coding) {
    sent = relative + SIBLINGS.find(([coding]) => coding === choice.coding)![1];
    // send would type `x.js.br` by its last extension; the type is the original file's. send keeps a type set before.
    res.type(path.extname(relative));
    res.set('Content-Encoding', choice.coding);
  }
  // `root` makes send refuse `..` and judge dotfiles inside dist only. send answers HEAD, ranges, ETag and 304s, and
  // sets Content-Length from the file it sends.
  res.sendFile(sent, { root, ...options }, (error?: SendError) => {
    if (!error || res.headersSent || error.code === 'ECONNABORTED') return;
    res.removeHeader('Content-Encoding');
    res.removeHeader('Content-Type');
    // As express.static does: a client error (the file gone in a rebuild, a bad range) falls through to what follows.
    const status = error.status ?? error.statusCode ?? 500;
    if (status < 500) return next();
    next(error);
  });
}

/** Sends `relative` under `root` by the request's Accept-Encoding (see send); next() when the file is not there. */
export async function sendNegotiated(req: Request, res: Response, next: NextFunction, root: string, relative: string, options: SendOptions = {}): Promise<void> {
  const choice = await negotiate(root, relative, req.get('Accept-Encoding'));
  if (!choice) return next();
  send(res, next, root, relative, choice, options);
}

/**
 * Middleware for a folder of built files: answers GET and HEAD for the files that have precompressed siblings, and
 * leaves every other request (files without siblings, missing files) to the handlers after it. A sibling asked for by
 * name is not found: it leaves this router (a 404), since its bytes are only ever sent with their Content-Encoding.
 */
export function precompressedStatic(root: string, options: SendOptions = {}): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const relative = relativeFile(req.path);
    if (!relative) return next();
    handle(req, res, next, root, relative, options).catch(next);
  };
}

async function handle(req: Request, res: Response, next: NextFunction, root: string, relative: string, options: SendOptions): Promise<void> {
  const sibling = SIBLINGS.find(([, suffix]) => relative.endsWith(suffix));
  if (sibling && (await isFile(path.join(root, relative.slice(0, -sibling[1].length))))) return next('router');
  const choice = await negotiate(root, relative, req.get('Accept-Encoding'));
  if (!choice || choice.available.length === 0) return next();
  send(res, next, root, relative, choice, options);
}
