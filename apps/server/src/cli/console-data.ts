import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEncryptionKey } from '../accounts/encryption-key.ts';
import { loadConfig, type Config } from '../config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { openDatabase, type OpenDatabase } from '../db/database.ts';
import { holdsCluster } from '../db/fresh-pglite.ts';
import { CliError } from './cli-error.ts';

// What a CLI command acts on: the console's own configuration (the same environment the server reads), its database
// — the embedded one only while no console has it open (db/data-dir-lock.ts) — and its encryption key.

/** Who the audit log says acted, for what is done with the CLI: whoever can run it on the console's host. */
export const CLI_ACTOR = { id: null, name: 'console CLI (on the host)', ip: null };

/** The key file the console generates in DATA_DIR when no CONSOLE_ENCRYPTION_KEY is set (accounts/encryption-key.ts). */
export const keyFileOf = (dataDir: string) => path.join(dataDir, 'console-encryption.key');

/** The embedded database's folder under DATA_DIR. */
export const pgliteDirOf = (dataDir: string) => path.join(dataDir, 'pglite');

/** The configuration, refused for an in-memory console: the CLI acts on data that outlives a process. */
export function cliConfig(): Config {
  const config = loadConfig();
  if (config.database.kind === 'pglite' && !config.dataDir) throw new CliError('DATA_DIR is ":memory:": there is nothing kept to act on.');
  return config;
}

/** The key stored secrets are sealed with: CONSOLE_ENCRYPTION_KEY, else DATA_DIR's key file; never a new one. */
export function currentEncryptionKey(config: Config): { key: Buffer; source: 'environment' | 'file'; file?: string } {
  if (config.encryptionKey) return { key: config.encryptionKey, source: 'environment' };
  const file = config.dataDir ? keyFileOf(config.dataDir) : undefined;
  if (!file || !existsSync(file)) {
    throw new CliError('No encryption key: set CONSOLE_ENCRYPTION_KEY as the console has it, or DATA_DIR to the folder holding console-encryption.key.');
  }
  const key = parseEncryptionKey(readFileSync(file, 'utf8').trim());
  if (!key) throw new CliError(`${file} does not hold a 32-byte key.`);
  return { key, source: 'file', file };
}

/**
 * The console's database, opened (and migrated) for a command, with DATA_DIR's lock held for the embedded one: a
 * console running on it makes this refuse, naming its process. `close` gives everything back.
 */
export async function openConsoleDatabase(config: Config, holder: string): Promise<OpenDatabase> {
  let unlock: (() => void) | undefined;
  if (config.database.kind === 'pglite') {
    if (!holdsCluster(pgliteDirOf(config.dataDir!))) throw new CliError(`${config.dataDir} holds no console database (is DATA_DIR the console's?).`);
    mkdirSync(config.dataDir!, { recursive: true });
    try {
      unlock = lockDataDir(config.dataDir!, holder);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  }
  try {
    const database = await openDatabase(config.database);
    return {
      ...database,
      close: async () => {
        await database.close();
        unlock?.();
      },
    };
  } catch (error) {
    unlock?.();
    throw error;
  }
}

/** Runs `work` holding DATA_DIR's lock (refused, naming the holder, while a console has it). */
export async function holdDataDir<T>(dataDir: string, holder: string, work: () => Promise<T>): Promise<T> {
  mkdirSync(dataDir, { recursive: true });
  let unlock: () => void;
  try {
    unlock = lockDataDir(dataDir, holder);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  try {
    return await work();
  } finally {
    unlock();
  }
}
