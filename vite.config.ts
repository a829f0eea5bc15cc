import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest';

// One source manifest, two builds: `vite build --mode chrome` and `vite build --mode firefox`
// write dist/chrome and dist/firefox. The per-browser differences live in scripts/manifest.ts.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(sourceManifest, browser),
        browser,
        // Bundle the content script as one self-contained file: no loader chunk, and nothing
        // listed in web_accessible_resources for pages to fetch.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
    },
    // No dev server: the extension is always built, then loaded.
    server: { host: '127.0.0.1' },
  };
});
