/**
 * Command line: cross-check a page, a text file, a URL or stdin against the bundled sources, or
 * produce predictions for a labelled JSONL set (`--sentences`).
 */
import { readFileSync } from 'node:fs';
import { type CrossCheck, createEngine } from '../engine/index';
import { InputError, readInput } from './input';
import { prediction } from './score';

const HELP = `usage: crosscheck [--json] FILE.html | FILE.txt | URL | -
       crosscheck --sentences FILE.jsonl

Highlights mentions of Tesla's Full Self-Driving, Nvidia and China's Cyberspace Administration and
cross-checks each sentence that makes a claim against the five bundled source articles.

  FILE.html, FILE.txt   a saved page or plain text (any common encoding)
  URL                   fetch an http(s) page (the only network use, on your request)
  -                     read from stdin
  --json                print the report as JSON
  --sentences FILE      JSONL with {"id","text"} per line: print {"id","mentions","stances","verdict"} per line
  --help                this text`;

function fail(msg: string, code = 1): never {
  process.stderr.write(`crosscheck: ${msg}\n`);
  process.exit(code);
}

function runSentences(path: string): void {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    fail(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  const engine = createEngine();
  const out: string[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      fail(`${path}:${i + 1}: not valid JSON`);
    }
    const rec = item as { id?: unknown; text?: unknown };
    if (
      typeof rec !== 'object' ||
      rec === null ||
      typeof rec.text !== 'string' ||
      (typeof rec.id !== 'string' && typeof rec.id !== 'number')
    ) {
      fail(`${path}:${i + 1}: expected an object with "id" and "text"`);
    }
    const r = engine.check(rec.text);
    // The scorer's shape (ids may be numbers here), plus the verdict.
    const { mentions, stances } = prediction(String(rec.id), r);
    out.push(JSON.stringify({ id: rec.id, mentions, stances, verdict: r.verdict }));
  }
  if (out.length === 0) fail(`${path}: no items`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function report(name: string, results: CrossCheck[], sources: ReturnType<typeof createEngine>['sources']): string {
  const lines: string[] = [];
  const mentions = results.reduce((n, r) => n + r.mentions.length, 0);
  lines.push(`${name}: ${mentions} mention(s), ${results.length} sentence(s) to check`);
  for (const r of results) {
    lines.push('');
    lines.push(`• ${r.sentence.length > 400 ? `${r.sentence.slice(0, 400)}…` : r.sentence}`);
    if (r.mentions.length) lines.push(`  mentions: ${r.mentions.map((m) => `"${m.text}" (${m.topic})`).join(', ')}`);
    lines.push(`  verdict: ${r.verdict}${r.claimId ? ` (claim: ${r.claimId})` : ''}`);
    for (const f of r.findings) {
      if (f.stance === 'neutral') continue;
      const src = sources.find((s) => s.id === f.sourceId);
      const label = src?.title ?? src?.label ?? f.sourceId;
      lines.push(
        `  ${f.stance === 'support' ? '+' : '!'} ${f.sourceId} ${f.stance} (${label}${f.asOf ? `, ${f.asOf}` : ''})`,
      );
      if (f.reason) lines.push(`      why: ${f.reason}`);
      if (f.evidence) lines.push(`      evidence [${f.evidence.start}-${f.evidence.end}]: "${f.evidence.text}"`);
    }
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0) {
    process.stderr.write(`${HELP}\n`);
    process.exit(2);
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const json = argv.includes('--json');
  const si = argv.indexOf('--sentences');
  if (si >= 0) {
    const path = argv[si + 1];
    if (!path) fail('--sentences needs a JSONL file', 2);
    runSentences(path);
    return;
  }
  const inputs = argv.filter((a) => a !== '--json');
  const unknown = inputs.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown} (see --help)`, 2);
  if (inputs.length !== 1) fail('give exactly one input: a file, a URL or - (see --help)', 2);
  const { text, name } = await readInput(inputs[0] as string);
  const engine = createEngine();
  const results = engine.checkText(text);
  if (json) process.stdout.write(`${JSON.stringify({ input: name, sources: engine.sources, results }, null, 2)}\n`);
  else process.stdout.write(`${report(name, results, engine.sources)}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof InputError) fail(e.message);
  fail(`unexpected error: ${(e as Error)?.message ?? String(e)}`);
});
