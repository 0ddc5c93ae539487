import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';

/** Parses CONSOLE_ENCRYPTION_KEY: 32 bytes as base64 or 64 hex digits. */
export function parseEncryptionKey(value: string): Buffer | undefined {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return key.length === 32 ? key : undefined;
}

/**
 * The key that seals cloud secrets: from the environment (required for replicas that share a database), or a key
 * file generated on first run in the data directory, with a warning to back it up: without it, stored secrets are lost.
 */
export function loadEncryptionKey(fromEnv: Buffer | undefined, dataDir: string | undefined, logger: Logger): Buffer {
  if (fromEnv) return fromEnv;
  if (!dataDir) {
    logger.warn('no CONSOLE_ENCRYPTION_KEY and no data directory: cloud account secrets are sealed with a key that lives only as long as this process');
    return randomBytes(32);
  }
  const file = path.join(dataDir, 'console-encryption.key');
  if (existsSync(file)) {
    const key = parseEncryptionKey(readFileSync(file, 'utf8').trim());
    if (!key) throw new Error(`${file} does not hold a 32-byte key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  logger.warn({ file }, 'generated the key that encrypts cloud account secrets: back this file up (or set CONSOLE_ENCRYPTION_KEY); without it stored secrets cannot be read');
  return key;
}
