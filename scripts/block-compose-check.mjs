// Compares the composers that bypass the YAML parser (src/engine/block-compose.ts, json-compose.ts) with the
// parser on a whole tree of manifests — a corpus of real repositories: every document the pre-scan reads as
// certain YAML, and every value of a JSON stream. Node classes, ranges, values, scalar styles, sources and
// formats, flow flags, and the value `toJS` gives must be the same (__tests__/helpers/nodes.ts). Prints
// counts, times and the first differences; exits 1 on any difference.
//
//   node scripts/block-compose-check.mjs DIR [--max N]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fg from 'fast-glob';

const REPO = path.resolve(import.meta.dirname, '..');
const root = process.argv[2];
if (!root) {
  console.error('usage: node scripts/block-compose-check.mjs DIR [--max N]');
  process.exit(2);
}
const maxAt = process.argv.indexOf('--max');
const max = maxAt > 0 ? Number(process.argv[maxAt + 1]) : 20;

// The TypeScript sources, bundled with `yaml` left external so that node classes compare across modules.
const out = path.join(REPO, 'node_modules/.cache', `kp-block-compose-${process.pid}.mjs`);
await build({
  stdin: {
    contents: [
      "export { composeBlockDocument } from './src/engine/block-compose.ts';",
      "export { composeJsonDocument, composedValues } from './src/engine/json-compose.ts';",
      "export { readJsonStream } from './src/engine/json-stream.ts';",
      "export { prescanFile } from './src/engine/prescan.ts';",
      "export { parseDocumentsInRange } from './src/engine/yaml-limits.ts';",
      "export { documentDifference } from './__tests__/helpers/nodes.ts';",
    ].join('\n'),
    resolveDir: REPO,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
  external: ['yaml'],
});
const m = await import(pathToFileURL(out).href);
rmSync(out, { force: true });
const OPTIONS = { prettyErrors: false, uniqueKeys: true };

const count = { yaml: 0, yamlComposed: 0, json: 0, jsonComposed: 0, different: 0 };
const time = { block: 0, json: 0, parserYaml: 0, parserJson: 0 };
const shown = [];

function timed(key, f) {
  const t = performance.now();
  const result = f();
  time[key] += performance.now() - t;
  return result;
}

function compare(file, where, composed, value, text, start, end, parserKey) {
  const parsed = timed(parserKey, () => m.parseDocumentsInRange(text, start, end, OPTIONS));
  const d =
    parsed.length === 1
      ? m.documentDifference(composed, parsed[0], value)
      : `the parser reads ${parsed.length} documents`;
  if (!d) return;
  count.different++;
  if (shown.length < max) shown.push(`${path.relative(root, file)} (${where}): ${d}`);
}

function checkYaml(file, text) {
  let documents;
  try {
    documents = m.prescanFile(text);
  } catch {
    return;
  }
  for (const doc of documents ?? []) {
    count.yaml++;
    const composed = timed('block', () => m.composeBlockDocument(text, doc.start, doc.end, OPTIONS));
    if (!composed) continue;
    count.yamlComposed++;
    compare(
      file,
      `document ${doc.documentIndex + 1}`,
      composed.document,
      composed.value,
      text,
      doc.start,
      doc.end,
      'parserYaml',
    );
  }
}

function checkJson(file, text) {
  const stream = m.readJsonStream(text);
  for (const [start, end] of stream?.values ?? []) {
    count.json++;
    const composed = timed('json', () => m.composeJsonDocument(text, start, end, OPTIONS));
    if (!composed) continue;
    count.jsonComposed++;
    compare(
      file,
      `JSON value at offset ${start}`,
      composed,
      m.composedValues.get(composed),
      text,
      start,
      end,
      'parserJson',
    );
  }
}

const files = fg.sync('**/*.{yaml,yml,json}', {
  cwd: root,
  absolute: true,
  dot: true,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**', '**/.git/**'],
});
for (const file of files) {
  let text = readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (file.endsWith('.json')) checkJson(file, text);
  else checkYaml(file, text);
}
const ms = (t) => `${t.toFixed(0)} ms`;
console.log(`${files.length} files`);
console.log(
  `YAML: ${count.yaml} pre-scanned documents, ${count.yamlComposed} composed (${count.yaml - count.yamlComposed} left to the parser); ` +
    `block-compose ${ms(time.block)}, the parser on the same documents ${ms(time.parserYaml)} (composed ones only)`,
);
console.log(
  `JSON: ${count.json} values, ${count.jsonComposed} composed (${count.json - count.jsonComposed} left to the parser); ` +
    `json-compose ${ms(time.json)}, the parser ${ms(time.parserJson)} (composed ones only)`,
);
console.log(`${count.different} different from the parser`);
for (const s of shown) console.log(`  ${s}`);
process.exitCode = count.different > 0 ? 1 : 0;
