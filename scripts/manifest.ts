/**
 * The only place where the Chrome and Firefox builds differ: which background key each browser
 * reads, and the Firefox-only settings that Chrome would warn about.
 */
export type TargetBrowser = 'chrome' | 'firefox';

interface SourceManifest {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

export function manifestFor<M extends SourceManifest>(source: M, browser: TargetBrowser): M {
  const manifest = structuredClone(source);
  const background = manifest.background ?? {};
  if (browser === 'chrome') {
    manifest.background = { service_worker: background.service_worker, type: background.type };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts: background.scripts, type: background.type };
  }
  return manifest;
}
