// Regenerates the rule table in README.md from the rules' metadata (`npm run docs`).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Inside the repo, so that the bundle's external imports resolve to node_modules.
mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync(path.join('.tmp', 'docs-'));
try {
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { ALL_RULES } from ${JSON.stringify(path.resolve('src/rules/index.ts'))};\n` +
      `export { ruleTable, replaceRuleTable } from ${JSON.stringify(path.resolve('scripts/rule-table.ts'))};\n`,
  );
  const outfile = path.join(dir, 'out.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const { ALL_RULES, ruleTable, replaceRuleTable } = await import(pathToFileURL(path.resolve(outfile)).href);
  const readme = readFileSync('README.md', 'utf8');
  const next = replaceRuleTable(readme, ruleTable(ALL_RULES));
  if (next !== readme) writeFileSync('README.md', next);
  console.log(`README.md: ${ALL_RULES.length} rules listed${next === readme ? ' (unchanged)' : ''}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
