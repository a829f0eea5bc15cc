import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './scripts/manifest.ts';

/**
 * The page UI script (card, clicks, shortcuts) is a standalone IIFE that the background injects
 * into a frame once it has mentions (see src/content/api.ts). It is built here, after the main
 * build, as a plain file next to the manifest: not a content script, and not web-accessible.
 */
function uiScript(outDir: string): Plugin {
  return {
    name: 'crosscheck:ui-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [preact()],
        // The polyfill is already loaded in the frame by the first content script.
        resolve: { alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/content/browser.ts') } },
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          lib: {
            entry: resolve(import.meta.dirname, 'src/content/ui.ts'),
            formats: ['iife'],
            name: 'crosscheckUi',
            fileName: () => 'ui.js',
          },
        },
      });
    },
  };
}

// One source manifest, two builds: `vite build --mode chrome` and `vite build --mode firefox`
// write dist/chrome and dist/firefox. The per-browser differences live in scripts/manifest.ts.
export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = `dist/${browser}`;
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(sourceManifest, browser),
        browser,
        // Bundle the content script as one self-contained file: no loader chunk, and nothing
        // listed in web_accessible_resources for pages to fetch.
        contentScripts: { standaloneFiles: ['src/content/polyfill.ts', 'src/content/index.ts'] },
      }),
      uiScript(resolve(import.meta.dirname, outDir)),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
      // Pages the manifest does not name: the source reader, opened from the card.
      rollupOptions: { input: { sources: 'src/sources/index.html' } },
    },
  };
});
