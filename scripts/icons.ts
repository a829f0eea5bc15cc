/**
 * Renders assets/icon.svg to the PNG sizes the browsers and stores ask for (public/icons/).
 * Run `npm run icons` after changing the SVG; the PNGs are committed so a build needs no renderer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  const out = new URL(`../public/icons/icon-${size}.png`, import.meta.url);
  writeFileSync(out, png);
  console.log(`icons: ${size}×${size} → ${out.pathname} (${png.length} bytes)`);
}
