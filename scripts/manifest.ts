/**
 * The only place where the Chrome and Firefox builds differ: which background key each browser
 * reads, and the Firefox-only settings that Chrome would warn about.
 */
import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type TargetBrowser = 'chrome' | 'firefox';
type Manifest = Exclude<ManifestV3Export, Promise<unknown> | ((...args: never[]) => unknown)>;

interface SourceManifest {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

/** The manifest one browser's build ships, from the source manifest.json. */
export function manifestFor(source: SourceManifest, browser: TargetBrowser): Manifest {
  const manifest = structuredClone(source);
  const background = manifest.background ?? {};
  if (browser === 'chrome') {
    manifest.background = { service_worker: background.service_worker, type: background.type };
    delete manifest.browser_specific_settings;
    // The build targets Chrome 120 (vite.config.ts); the Custom Highlight API and scripting are older.
    manifest.minimum_chrome_version = '120';
  } else {
    manifest.background = { scripts: background.scripts, type: background.type };
  }
  // The source manifest is plain JSON; crxjs validates it when it builds.
  return manifest as unknown as Manifest;
}
