import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The embedded database is one process's: PGlite opens a data directory a second process has open without a word, and
// two writers corrupt it. So whoever opens DATA_DIR's database — the console, or its CLI's backup, restore, reset-admin
// and rotate-key — holds DATA_DIR/console.lock, which names its process. A lock whose process is gone (a crash, a
// container restarted, where the console is PID 1 again) is taken over.

export class DataDirLocked extends Error {}

/** The lock files this process holds: its own PID in a lock file is ours only if it is one of these. */
const heldHere = new Set<string>();

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes DATA_DIR's lock for this process, or throws DataDirLocked naming who holds it; answers the release. */
export function lockDataDir(dataDir: string, holder: string): () => void {
  const file = path.join(dataDir, 'console.lock');
  const mine = `${process.pid} ${holder}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx', mode: 0o600 });
      heldHere.add(file);
      return () => {
        heldHere.delete(file);
        try {
          if (readFileSync(file, 'utf8') === mine) rmSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const [pidText = '', ...rest] = readFileSync(file, 'utf8').trim().split(' ');
    const pid = Number(pidText);
    // Our own PID is a live holder only when this process took the lock; otherwise it is a previous life's (PID 1 in a
    // restarted container).
    const held = pid === process.pid ? heldHere.has(file) : Number.isInteger(pid) && pid > 0 && isAlive(pid);
    if (held) {
      throw new DataDirLocked(`${dataDir} is in use by ${rest.join(' ') || 'another process'} (pid ${pid}): stop it first.`);
    }
    rmSync(file, { force: true });
  }
  throw new DataDirLocked(`${dataDir}: could not take ${file}.`);
}
