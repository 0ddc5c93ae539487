// Browser tests drive Debian's Chromium (Playwright downloads nothing here), and the screenshots show Chinese text:
// Debian's WenQuanYi Micro Hei draws it (without a CJK font Chromium draws empty boxes). Install what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

export function ensureChromium() {
  const packages = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...(existsSync(CJK_FONT) ? [] : ['fonts-wqy-microhei'])];
  if (packages.length === 0) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  if (!existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium is not at ${CHROMIUM} and apt-get is unavailable: install Chromium and set CHROMIUM_PATH.`);
  }
  console.log(`Installing ${packages.join(' and ')} for the browser tests (about a minute)…`);
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], [...sudo.slice(1), ...(sudo.length ? args : args.slice(1))], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  } catch {
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages]);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium still missing at ${CHROMIUM} after installing.`);
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
