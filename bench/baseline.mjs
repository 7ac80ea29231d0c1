// The baseline kube-pairing is measured against, in the same benchmark run: list the manifests, read
// each one and parse it with `yaml.parseAllDocuments` — the least any YAML-based checker must do.
// Prints {files, documents, bytes} as JSON.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2] ?? '.';
const files = fg.sync('**/*.{yaml,yml,json}', {
  cwd: root,
  absolute: true,
  onlyFiles: true,
  dot: true,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**', '**/.git/**'],
});
let documents = 0;
let bytes = 0;
for (const file of files) {
  const data = readFileSync(file);
  bytes += data.length;
  const parsed = parseAllDocuments(data.toString('utf8'));
  documents += Array.isArray(parsed) ? parsed.length : 0;
}
process.stdout.write(`${JSON.stringify({ files: files.length, documents, bytes })}\n`);
