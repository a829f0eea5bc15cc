/**
 * Benchmarks against the engine's budgets: cold start (fresh processes loading the shipped bundle),
 * per-sentence cross-check time, linear time on huge input, and the shipped size.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { createEngine, findMentions, splitSentences } from '../engine/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.floor(s.length * p))] as number) : Number.NaN;
};
const ms = (x: number) => `${x.toFixed(3)} ms`;
const mark = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');

async function bundle(entry: string, out: string): Promise<{ bytes: number; gzip: number }> {
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    outfile: out,
    logLevel: 'silent',
  });
  const code = readFileSync(out);
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

function sentencesOf(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  try {
    // Size: what the background ships (engine + index) and what the content script ships (mentions).
    const engineOut = join(dir, 'engine.mjs');
    const size = await bundle(join(root, 'src/engine/index.ts'), engineOut);
    const mentionsEntry = join(dir, 'mentions-entry.ts');
    writeFileSync(
      mentionsEntry,
      `export { findMentions } from ${JSON.stringify(join(root, 'src/engine/mentions.ts'))};\nexport { splitSentences } from ${JSON.stringify(join(root, 'src/engine/sentences.ts'))};\n`,
    );
    const msize = await bundle(mentionsEntry, join(dir, 'mentions.mjs'));
    console.log('size (esbuild, minified)');
    console.log(`  engine + index: ${size.bytes} bytes, ${size.gzip} gzip`);
    console.log(
      `  mentions + sentences (content-script part): ${msize.bytes} bytes, ${msize.gzip} gzip  [budget 20 KB: ${mark(msize.bytes <= 20480)}]`,
    );

    // Cold start: a fresh node process imports the minified bundle and creates the engine.
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `const t0 = performance.now();\nconst m = await import(${JSON.stringify(pathToFileURL(engineOut).href)});\nconst e = m.createEngine();\nconst t1 = performance.now();\ne.check('warm');\nprocess.stdout.write(String(t1 - t0));\n`,
    );
    const runs: number[] = [];
    for (let i = 0; i < 9; i++) {
      const r = spawnSync(process.execPath, [probe], { encoding: 'utf8' });
      if (r.status === 0) runs.push(Number(r.stdout));
    }
    const cold = median(runs);
    console.log(
      `cold start (module load + createEngine, median of ${runs.length} fresh processes): ${ms(cold)}  [target 20 ms: ${mark(cold <= 20)}]`,
    );

    // Per-sentence check time over every labelled sentence we have.
    const sets = [join(root, '../shared/eval/dev.jsonl')];
    for (const f of readdirSync(join(root, 'test/engine')))
      if (f.endsWith('.jsonl')) sets.push(join(root, 'test/engine', f));
    const own = join(root, 'test/eval');
    if (existsSync(own)) for (const f of readdirSync(own)) if (f.endsWith('.jsonl')) sets.push(join(own, f));
    const sentences = sets.filter((p) => existsSync(p)).flatMap(sentencesOf);
    const engine = createEngine();
    for (const s of sentences) engine.check(s); // warm-up
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const s of sentences) {
        const t = performance.now();
        engine.check(s);
        times.push(performance.now() - t);
      }
    }
    const med = median(times);
    console.log(
      `check per sentence over ${sentences.length} sentences x5: median ${ms(med)}, p95 ${ms(pct(times, 0.95))}  [target median 1 ms: ${mark(med <= 1)}]`,
    );

    // Linear time: one huge "sentence" at three sizes.
    const unit =
      'Tesla talked with Nvidia about GPUs for a data centre in China while the CAC reviewed rules and FSD waited ';
    const sizes = [250_000, 500_000, 1_000_000];
    const rows: { size: number; check: number; split: number; mentions: number }[] = [];
    for (const n of sizes) {
      const text = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      const time = (f: () => unknown) => {
        const xs: number[] = [];
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          f();
          xs.push(performance.now() - t);
        }
        return median(xs);
      };
      rows.push({
        size: n,
        check: time(() => engine.check(text)),
        split: time(() => splitSentences(text)),
        mentions: time(() => findMentions(text)),
      });
    }
    console.log('huge single sentence (median of 3):');
    for (const r of rows)
      console.log(
        `  ${String(r.size).padStart(9)} chars: check ${ms(r.check)}, split ${ms(r.split)}, mentions ${ms(r.mentions)}`,
      );
    const [a, b, c] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
    console.log(
      `  ratios 500K/250K and 1M/500K (linear ≈ 2): check ${(b.check / a.check).toFixed(2)}, ${(c.check / b.check).toFixed(2)}; split ${(b.split / a.split).toFixed(2)}, ${(c.split / b.split).toFixed(2)}; mentions ${(b.mentions / a.mentions).toFixed(2)}, ${(c.mentions / b.mentions).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exit(1);
});
