/**
 * Precompresses what the production server sends as is (scripts/server/static.ts): Next's hashed
 * assets (.next/static) and the prerendered pages (.next/server/app/**\/*.html), as .br (quality 11)
 * and .gz (level 9) beside each file, once at build time instead of on every request. A file whose
 * compressed copies are newer than it is skipped, so re-running costs little. Run by `npm run build`
 * (through build:server) after `next build`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "../..");
/** Types worth compressing (images and fonts are compressed already). */
export const COMPRESSIBLE = /\.(js|mjs|css|html|json|txt|svg|map|rsc)$/;
const MIN_BYTES = 1024;

/** Every file under `dir` (none if it does not exist). */
export function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

const fresh = (file: string, copy: string) => {
  try {
    return statSync(copy).mtimeMs >= statSync(file).mtimeMs;
  } catch {
    return false;
  }
};

export function precompress(dirs: { dir: string; only?: RegExp }[]): { files: number; skipped: number } {
  let files = 0;
  let skipped = 0;
  for (const { dir, only = COMPRESSIBLE } of dirs) {
    for (const file of walk(dir)) {
      if (!only.test(file) || statSync(file).size < MIN_BYTES) continue;
      if (fresh(file, `${file}.br`) && fresh(file, `${file}.gz`)) {
        skipped++;
        continue;
      }
      const body = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
      writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      files++;
    }
  }
  return { files, skipped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const { files, skipped } = precompress([
    { dir: path.join(root, ".next", "static") },
    { dir: path.join(root, ".next", "server", "app"), only: /\.html$/ },
  ]);
  console.log(`Precompressed ${files} files (brotli + gzip; ${skipped} up to date) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
