// Precompression at build time. The console's server (apps/server/src/http/precompressed.ts) answers a request for
// a file with its `.br` or `.gz` sibling when the browser accepts that coding, so the first load of `/` moves about
// 104 kB of JavaScript and CSS with brotli (120 kB with gzip) instead of 397 kB — and the server spends no CPU on it:
// brotli at its best quality is far too slow to run per request, but costs little here, once per build. Only
// node:zlib, no dependency.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images, fonts and archives are compressed already. */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt', '.xml', '.map']);

/**
 * Below about a kilobyte the answer fits in a packet or two either way, and the siblings would only be clutter.
 * HTML documents are the exception: index.html (under 1 kB) is on every page load and every deep link.
 */
const MIN_SIZE = 1024;

export interface PrecompressOptions {
  /** Smallest file, in bytes, that gets siblings (HTML documents always do). */
  minSize?: number;
}

/** After `vite build` writes dist, writes `name.br` (brotli, quality 11) and `name.gz` (gzip, level 9) beside each text file. */
export function precompress({ minSize = MIN_SIZE }: PrecompressOptions = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'cvm:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    // writeBundle runs once the output directory is complete on disk, including anything copied from public/,
    // so walking the directory catches every file, not only the chunks Rolldown knows about.
    async writeBundle(output) {
      const dir = output.dir ?? path.resolve(config.root, config.build.outDir);
      const files = (await listFiles(dir)).filter((file) => TEXT_EXTENSIONS.has(path.extname(file).toLowerCase()));
      const totals = { files: 0, plain: 0, br: 0, gzip: 0 };
      // zlib's asynchronous calls run on libuv's thread pool, so the files compress in parallel.
      await Promise.all(
        files.map(async (file) => {
          const { size } = await stat(file);
          if (size < minSize && path.extname(file).toLowerCase() !== '.html') return;
          const plain = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(plain, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: plain.length,
              },
            }),
            gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          // A sibling that is not smaller would only cost the browser a decompression. (It also keeps the server's
          // ETags, made of size and time, different for each coding of a file.)
          if (br.length < plain.length) await writeFile(`${file}.br`, br);
          if (gz.length < plain.length) await writeFile(`${file}.gz`, gz);
          totals.files += 1;
          totals.plain += plain.length;
          totals.br += Math.min(br.length, plain.length);
          totals.gzip += Math.min(gz.length, plain.length);
        }),
      );
      const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      config.logger.info(`precompressed ${totals.files} files: ${kB(totals.plain)} → brotli ${kB(totals.br)}, gzip ${kB(totals.gzip)}`);
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}
