/**
 * Compiles seeds/ (articles, sources.json, claims.json) into src/engine/generated/index.ts, the
 * index the engine loads. Run after editing anything in seeds/: `npx tsx scripts/build-index.ts`.
 * `--check` exits non-zero when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex, renderIndexModule } from '../src/engine/build';
import type { CatalogueFile, SourceMeta } from '../src/engine/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function generate(): string {
  const seeds = join(root, 'seeds');
  const meta = (JSON.parse(readFileSync(join(seeds, 'sources.json'), 'utf8')) as { sources: SourceMeta[] }).sources;
  const catalogue = JSON.parse(readFileSync(join(seeds, 'claims.json'), 'utf8')) as CatalogueFile;
  const files = meta.map((m) => ({ id: m.id, file: m.file, text: readFileSync(join(seeds, m.file), 'utf8') }));
  return renderIndexModule(buildIndex({ files, meta, catalogue }));
}

const target = join(root, 'src/engine/generated/index.ts');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generate();
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== text) {
      console.error('src/engine/generated/index.ts is stale: run npx tsx scripts/build-index.ts');
      process.exit(1);
    }
    console.log('generated index is up to date');
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target} (${text.length} bytes)`);
  }
}
