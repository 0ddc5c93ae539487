import express, { type RequestHandler } from 'express';
import { MAX_PARAM_DEPTH, jsonNestingExceeds } from '@cvm/shared';
import { ConsoleError } from '../cloud/cloud-error.ts';

// The API's JSON bodies, read with limits that hold before anything becomes an object: the size (body-parser), the
// nesting (counted on the bytes), valid UTF-8 (decoded strictly: a broken byte is refused, not replaced with U+FFFD).

const utf8 = new TextDecoder('utf-8', { fatal: true });

const parseJson: RequestHandler = (req, _res, next) => {
  const raw: unknown = req.body;
  if (!Buffer.isBuffer(raw) || raw.length === 0) {
    req.body = undefined;
    return next();
  }
  if (jsonNestingExceeds(raw)) {
    throw new ConsoleError(400, 'InvalidParameter', `The request body is nested deeper than ${MAX_PARAM_DEPTH} levels.`, undefined, '(body)');
  }
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new ConsoleError(400, 'InvalidParameter', 'The request body is not valid UTF-8.', undefined, '(body)');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ConsoleError(400, 'InvalidParameter', 'The request body is not valid JSON.', undefined, '(body)');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ConsoleError(400, 'InvalidParameter', 'The request body must be a JSON object.', undefined, '(body)');
  }
  req.body = body;
  next();
};

/** Reads any request body as JSON (the API has no other kind), at most `limit`. */
export function jsonBody(limit: string): RequestHandler[] {
  return [express.raw({ limit, type: () => true }), parseJson];
}
