/**
 * Run by `npm run build`: writes a Brotli (.br) and a gzip (.gz) copy of every
 * script and stylesheet the Remix build made, once, at the highest settings,
 * so the server sends them as files and never compresses them per request
 * (issue 14; served by express-static-gzip in ./index.ts).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = new URL("../public/build/", import.meta.url).pathname;
const COMPRESSIBLE = /\.(js|css|json|svg|map)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}

let count = 0;
for (const path of files(ROOT)) {
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  count += 1;
}
process.stdout.write(`Precompressed ${count} files in public/build\n`);
