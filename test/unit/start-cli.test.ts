/** `npm start` refuses bad input with one clear line and a non-zero exit, before building anything. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function start(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { status: run.status, stderr: run.stderr.trim() };
}

describe('npm start on bad input', () => {
  it('names a file that does not exist', () => {
    const { status, stderr } = start(['no/such/page.html']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^start: no such file: .*no\/such\/page\.html$/m);
  });

  it('gives the install command for a missing browser', () => {
    const { status, stderr } = start(['--browser', 'firefox'], { FIREFOX_PATH: '/nonexistent/firefox' });
    expect(status).toBe(1);
    expect(stderr).toContain('firefox is not installed');
    expect(stderr).toContain('apt-get install -y firefox-esr');
  });

  it('rejects an unknown browser, a non-web URL and an unknown option', () => {
    expect(start(['--browser', 'safari']).stderr).toContain('unknown browser "safari"');
    expect(start(['ftp://example.org/a']).stderr).toContain('only http(s) URLs and local .html files');
    const unknown = start(['--colour']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--colour'");
  });
});
