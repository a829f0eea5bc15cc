/**
 * Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning that the
 * README does not explain. The explained ones are listed here with the reason.
 */
import { execFileSync } from 'node:child_process';
import { assertBuilt, distDir } from './browsers';

const EXPLAINED: Record<string, { file: RegExp; why: string }> = {
  // Preact's renderer supports `dangerouslySetInnerHTML`; our code never uses it (page text is
  // rendered as text only), but the linter sees the property assignment in the library, once in
  // the extension pages' shared chunk and once in the page UI script that bundles the card.
  UNSAFE_VAR_ASSIGNMENT: {
    file: /^(?:assets\/jsxRuntime-[\w-]+\.js|ui\.js)$/,
    why: "Preact's dangerouslySetInnerHTML support",
  },
};

interface Finding {
  code: string;
  file?: string;
  message: string;
}

const dir = distDir('firefox');
try {
  assertBuilt('firefox');
} catch (e) {
  console.error(`lint:firefox: ${(e as Error).message}`);
  process.exit(1);
}
let raw: string;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors, but still prints its report.
  raw = String((error as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(raw) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
const unexplained = report.warnings.filter((w) => {
  const known = EXPLAINED[w.code];
  return !(known && w.file && known.file.test(w.file));
});
for (const e of report.errors) console.error(`error   ${e.code} ${e.file ?? ''}: ${e.message}`);
for (const w of unexplained) console.error(`warning ${w.code} ${w.file ?? ''}: ${w.message} (not explained in README)`);
for (const w of report.warnings.filter((w) => !unexplained.includes(w))) {
  console.log(`warning ${w.code} ${w.file ?? ''}: explained (${EXPLAINED[w.code]?.why})`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
process.exit(report.errors.length > 0 || unexplained.length > 0 ? 1 : 0);
