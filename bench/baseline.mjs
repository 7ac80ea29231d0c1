// The baseline kube-pairing is measured against: list the manifests, read each one and parse it with
// `yaml.parseAllDocuments` — what any YAML-based checker must do at the least.
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2] ?? '.';
const files = fg.sync('**/*.{yaml,yml,json}', { cwd: root, absolute: true, onlyFiles: true, dot: true, ignore: ['**/node_modules/**', '**/.git/**'] });
let documents = 0;
let bytes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += text.length;
  const parsed = parseAllDocuments(text);
  documents += Array.isArray(parsed) ? parsed.length : 0;
}
process.stdout.write(`${JSON.stringify({ files: files.length, documents, bytes })}\n`);
