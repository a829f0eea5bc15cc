import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/cli/html';
import { decodeBytes } from '../../src/cli/input';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, [join(root, 'src/cli/crosscheck.ts'), ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('html and encodings', () => {
  it('strips scripts, styles and tags and decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style><script>var FSD=1</script></head><body><p>Tesla&rsquo;s FSD &amp; <a href="#">Nvidia</a>&nbsp;chips&#x2e;</p><!-- CAC --></body></html>';
    expect(htmlToText(html)).toBe('T\nTesla’s FSD & Nvidia\u00a0chips.');
    expect(decodeEntities('&#8220;x&#8221; &bogus; &#0;')).toBe('“x” &bogus; \ufffd');
  });

  it('decodes BOMs, UTF-16 and legacy encodings', () => {
    const text = 'Tesla’s FSD';
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeBytes(le, { html: false })).toBe(text);
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { html: false })).toBe('A');
    expect(decodeBytes(new Uint8Array([0x93, 0x41, 0x94]), { html: false })).toBe('“A”');
    expect(() => decodeBytes(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 0, 0, 0, 9]), { html: false })).toThrow(/binary/);
  });
});

// Each case starts a process; the machine may be busy with browser tests.
describe('crosscheck command line', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));

  it('reports a page', () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, '<p>Tesla has shelved its plans for an FSD training data center in China.</p>');
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('verdict: contradicted');
    expect(r.stdout).toContain('"FSD" (fsd)');
    const j = run(['--json', file]);
    expect(JSON.parse(j.stdout).results[0].verdict).toBe('contradicted');
  });

  it('writes scorer lines for --sentences', () => {
    const file = join(dir, 'items.jsonl');
    writeFileSync(file, '{"id":"a","text":"Nvidia declined to comment on whether it held talks with Tesla."}\n');
    const r = run(['--sentences', file]);
    expect(r.status).toBe(0);
    const line = JSON.parse(r.stdout.trim());
    expect(line).toMatchObject({ id: 'a', mentions: ['Nvidia'], verdict: 'corroborated' });
    expect(line.stances['004']).toBe('support');
  });

  it('fails with one clear line on bad input', () => {
    const cases: [string[], RegExp, string?][] = [
      [[join(dir, 'missing.txt')], /no such file/],
      [['-'], /empty/, ''],
      [['--sentences', join(dir, 'missing.jsonl')], /no such file/],
    ];
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"a","text":"x"}\nnot json\n');
    cases.push([['--sentences', bad], /bad\.jsonl:2: not valid JSON/]);
    const bin = join(dir, 'bin.txt');
    writeFileSync(bin, Buffer.from([0, 1, 2, 3, 4, 0, 0, 7, 8, 0, 1, 2]));
    cases.push([[bin], /binary/]);
    for (const [args, msg, input] of cases) {
      const r = run(args, input);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints help', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: crosscheck/);
  });
});
