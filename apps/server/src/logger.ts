import pino, { type Logger } from 'pino';

/**
 * Structured logs with every secret-bearing field censored, however deep it sits: keys, tokens, signatures,
 * passwords and cookies never reach a log line.
 */
export const REDACTED_PATHS = [
  'secretKey',
  '*.secretKey',
  '*.*.secretKey',
  'SecretKey',
  '*.SecretKey',
  'token',
  '*.token',
  'password',
  '*.password',
  'Password',
  '*.Password',
  '*.*.Password',
  'authorization',
  '*.authorization',
  '*.Authorization',
  '*.headers.authorization',
  '*.headers.cookie',
  '*["X-TC-Token"]',
  '*["x-tc-token"]',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}
