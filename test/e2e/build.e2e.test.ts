/**
 * What `npm run build` ships: both manifests as the stores will read them, the zips, the icons,
 * and nothing of ours exposed to web pages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const read = (browser: string) => JSON.parse(readFileSync(join(ROOT, 'dist', browser, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const manifest = read(browser);

  it('is a Manifest V3 extension with the least permissions', () => {
    expect(manifest.manifest_version).toBe(3);
    // storage for settings; scripting and the hosts the content script already runs on, to inject
    // the page UI script into frames that have mentions.
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.host_permissions).toEqual(manifest.content_scripts[0].matches);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('ships the page UI script as a plain file, not as a content script', () => {
    expect(statSync(join(ROOT, 'dist', browser, 'ui.js')).size).toBeGreaterThan(1000);
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('ui.js');
  });

  it('runs the polyfill, then the content script, on http and https pages at document_idle', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(script.run_at).toBe('document_idle');
    expect(script.js).toEqual(['src/content/polyfill.js', 'src/content/index.js']);
    for (const file of script.js) {
      const code = readFileSync(join(ROOT, 'dist', browser, file), 'utf8');
      // A loader would import() further chunks from the extension, which pages could then fetch.
      expect(code).not.toMatch(/\bimport\s*\(/);
      expect(code).not.toMatch(/^\s*import\s/m);
    }
  });

  it('keeps the content script entry within its 20 KB budget, and the polyfill out of it', () => {
    const entry = readFileSync(join(ROOT, 'dist', browser, 'src/content/index.js'), 'utf8');
    expect(entry.length).toBeLessThanOrEqual(20 * 1024);
    // The polyfill's API table appears once, in its own file.
    expect(entry).not.toContain('minArgs');
    expect(readFileSync(join(ROOT, 'dist', browser, 'ui.js'), 'utf8')).not.toContain('minArgs');
  });

  it('has an action popup, an options page and every icon size as a real PNG', () => {
    expect(existsSync(join(ROOT, 'dist', browser, manifest.action.default_popup))).toBe(true);
    expect(existsSync(join(ROOT, 'dist', browser, manifest.options_ui.page))).toBe(true);
    // The sizes the stores and toolbars ask for, every one of them.
    expect(Object.keys(manifest.icons as Record<string, string>)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
      expect(pngSize(join(ROOT, 'dist', browser, file))).toEqual([Number(size), Number(size)]);
    }
  });

  it('has a store-ready zip', () => {
    const zip = join(ROOT, 'dist', `crosscheck-${browser}-${version}.zip`);
    expect(statSync(zip).size).toBeGreaterThan(10_000);
    expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
    // The manifest sits at the zip's root: read the names of the central directory's entries.
    const bytes = readFileSync(zip);
    const entry = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    const names: string[] = [];
    for (let at = bytes.indexOf(entry); at >= 0; at = bytes.indexOf(entry, at + 4)) {
      names.push(bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).toString('utf8'));
    }
    expect(names).toContain('manifest.json');
  });
});

describe('browser differences', () => {
  it('Chrome has a service worker, Firefox background scripts and gecko settings', () => {
    const chrome = read('chrome');
    const firefox = read('firefox');
    expect(chrome.background.service_worker).toBeTypeOf('string');
    expect(chrome.background.scripts).toBeUndefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.minimum_chrome_version).toBe('120');
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.background.scripts).toHaveLength(1);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^\{[0-9a-f-]{36}\}$/);
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('142.0');
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
