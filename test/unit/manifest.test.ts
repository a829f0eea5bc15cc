import { describe, expect, it } from 'vitest';
import source from '../../manifest.json' with { type: 'json' };
import { manifestFor } from '../../scripts/manifest';

describe('per-browser manifest', () => {
  it('gives Chrome a service worker and no Firefox-only keys', () => {
    const m = manifestFor(source, 'chrome') as unknown as Record<string, unknown>;
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox a background script and its gecko settings', () => {
    const m = manifestFor(source, 'firefox') as unknown as Record<string, unknown>;
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings).toEqual(source.browser_specific_settings);
  });

  it('leaves the source manifest untouched', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'chrome');
    manifestFor(source, 'firefox');
    expect(JSON.stringify(source)).toBe(before);
  });

  it('asks for the least permissions', () => {
    expect(source.permissions).toEqual(['storage', 'scripting']);
    // No host beyond those the content script runs on.
    expect(source.host_permissions).toEqual(source.content_scripts[0]?.matches);
    expect(source).not.toHaveProperty('web_accessible_resources');
  });
});
