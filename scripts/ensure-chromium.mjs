// Browser tests drive Debian's Chromium (Playwright downloads nothing here). Install it when it is missing and we can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  if (!existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium is not at ${CHROMIUM} and apt-get is unavailable: install Chromium and set CHROMIUM_PATH.`);
  }
  console.log('Installing Debian Chromium for the browser tests (about a minute)…');
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], [...sudo.slice(1), ...(sudo.length ? args : args.slice(1))], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium still missing at ${CHROMIUM} after installing.`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
