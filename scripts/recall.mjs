#!/usr/bin/env node
// The recall half of the precision benchmark (docs/precision.md): plants real-shaped pairing bugs in copies
// of public repositories and checks that the built CLI reports each one on the line it was planted on.
//
//   node scripts/recall.mjs CORPUS_DIR [--max N] [--json]
//
// Bugs planted, each where the repository pairs two objects in one directory (the shape of every real bug
// in the hand-judged set):
// - selector:     one character added to a Service selector value its Pod template carries
//                 -> selector-matches-no-workload at that value
// - targetPort:   one character added to a named targetPort a selected container port carries
//                 -> target-port-not-exposed at that value
// - ingress:      one character added to an Ingress backend's Service name -> ingress-backend-missing-service
// - endpoints:    one character added to the name of an Endpoints that pairs with a Service
//                 -> endpoints-without-service
// - endpointPort: one character added to an Endpoints port name the Service port carries -> port-name-mismatch
// One bug per file, at most N (default 15) of each kind per repository, all planted in one copy of it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 15;
if (!corpus) {
  console.error('usage: node scripts/recall.mjs CORPUS_DIR [--max N] [--json]');
  process.exit(2);
}
const cli = path.join(root, 'dist', 'cli.js');
const EXPECTED = {
  selector: 'selector-matches-no-workload',
  targetPort: 'target-port-not-exposed',
  ingress: 'ingress-backend-missing-service',
  endpoints: 'endpoints-without-service',
  endpointPort: 'port-name-mismatch',
};

function manifestFiles(dir, rel = '') {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (['node_modules', '.git', 'testdata'].includes(entry.name)) continue;
      out.push(...manifestFiles(dir, p));
    } else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) out.push(p);
  }
  return out;
}

const get = (node, ...keys) => {
  let n = node;
  for (const k of keys) {
    if (!isMap(n)) return undefined;
    n = n.get(k, true);
  }
  return n;
};
const str = (node) => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);
const labelsOf = (map) =>
  isMap(map) ? Object.fromEntries(map.items.map((p) => [String(p.key?.value), p.value])) : {};

/** Every object of a directory's files, with its file and parsed node. */
function objectsByDir(repoDir) {
  const dirs = new Map();
  for (const file of manifestFiles(repoDir)) {
    let text;
    try {
      text = readFileSync(path.join(repoDir, file), 'utf8');
    } catch {
      continue;
    }
    if (text.includes('{{') || text.length > 2_000_000) continue;
    let docs;
    try {
      docs = parseAllDocuments(text);
    } catch {
      continue;
    }
    if (!Array.isArray(docs)) continue;
    for (const doc of docs) {
      if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
      const kind = str(get(doc.contents, 'kind'));
      if (!kind) continue;
      const dir = path.posix.dirname(file);
      if (!dirs.has(dir)) dirs.set(dir, []);
      dirs.get(dir).push({ file, text, kind, node: doc.contents });
    }
  }
  return dirs;
}

/** Planting sites: the scalar whose value gets one more character, and the rule expected there. */
function sites(repoDir) {
  const found = { selector: [], targetPort: [], ingress: [], endpoints: [], endpointPort: [] };
  for (const objects of objectsByDir(repoDir).values()) {
    const templates = objects
      .filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind))
      .map((o) => ({
        labels: labelsOf(get(o.node, 'spec', 'template', 'metadata', 'labels')),
        containers: get(o.node, 'spec', 'template', 'spec', 'containers'),
      }));
    const services = objects.filter((o) => o.kind === 'Service');
    for (const svc of services) {
      const selector = labelsOf(get(svc.node, 'spec', 'selector'));
      const keys = Object.keys(selector);
      if (keys.length === 0) continue;
      const selected = templates.filter((t) => keys.every((k) => str(t.labels[k]) === str(selector[k])));
      if (selected.length === 0) continue;
      const value = selector[keys[keys.length - 1]];
      if (str(value)) found.selector.push({ file: svc.file, node: value });
      const ports = get(svc.node, 'spec', 'ports');
      for (const port of isSeq(ports) ? ports.items : []) {
        const target = get(port, 'targetPort');
        const name = str(target);
        if (!name || /^\d+$/.test(name)) continue;
        const named = selected.every((t) =>
          (isSeq(t.containers) ? t.containers.items : []).some((c) =>
            (isSeq(get(c, 'ports')) ? get(c, 'ports').items : []).some((p) => str(get(p, 'name')) === name),
          ),
        );
        if (named) found.targetPort.push({ file: svc.file, node: target });
      }
    }
    const serviceNames = new Set(services.map((s) => str(get(s.node, 'metadata', 'name'))));
    for (const ing of objects.filter((o) => o.kind === 'Ingress')) {
      for (const rule of isSeq(get(ing.node, 'spec', 'rules')) ? get(ing.node, 'spec', 'rules').items : []) {
        const paths = get(rule, 'http', 'paths');
        for (const p of isSeq(paths) ? paths.items : []) {
          const name = get(p, 'backend', 'service', 'name');
          if (serviceNames.has(str(name))) found.ingress.push({ file: ing.file, node: name });
        }
      }
    }
    for (const ep of objects.filter((o) => o.kind === 'Endpoints')) {
      const name = get(ep.node, 'metadata', 'name');
      const svc = services.find((s) => str(get(s.node, 'metadata', 'name')) === str(name));
      if (!svc || isMap(get(svc.node, 'spec', 'selector'))) continue;
      found.endpoints.push({ file: ep.file, node: name });
      const subsets = get(ep.node, 'subsets');
      const first = isSeq(subsets) ? subsets.items[0] : undefined;
      const port = isSeq(get(first, 'ports')) ? get(first, 'ports').items[0] : undefined;
      const portName = get(port, 'name');
      if (str(portName)) found.endpointPort.push({ file: ep.file, node: portName });
    }
  }
  return found;
}

const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;

const results = [];
for (const repo of readdirSync(corpus).sort()) {
  const source = path.join(corpus, repo);
  if (!statSync(source).isDirectory()) continue;
  const found = sites(source);
  const usedFiles = new Set();
  const planted = [];
  for (const [kind, list] of Object.entries(found)) {
    for (const site of list.slice(0, max * 3)) {
      if (usedFiles.has(site.file) || planted.filter((p) => p.kind === kind).length >= max) continue;
      usedFiles.add(site.file);
      planted.push({ kind, ...site });
    }
  }
  if (planted.length === 0) {
    results.push({ repo, planted: 0, found: 0, missed: [] });
    continue;
  }
  const copy = mkdtempSync(path.join(tmpdir(), 'kube-pairing-recall-'));
  try {
    cpSync(source, copy, { recursive: true, verbatimSymlinks: true });
    for (const p of planted) {
      const file = path.join(copy, p.file);
      const text = readFileSync(file, 'utf8');
      const [start, end] = p.node.range;
      const raw = text.slice(start, end);
      // One character more inside the scalar, keeping its quotes.
      const at = /^["']/.test(raw) ? end - 1 : end;
      writeFileSync(file, text.slice(0, at) + 'x' + text.slice(at));
      p.line = lineOf(text, start);
    }
    let report;
    try {
      report = JSON.parse(
        execFileSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'never', '.'], {
          cwd: copy,
          maxBuffer: 1 << 30,
          encoding: 'utf8',
        }),
      );
    } catch (error) {
      results.push({
        repo,
        planted: planted.length,
        found: 0,
        crashed: String(error).slice(0, 200),
        missed: [],
      });
      continue;
    }
    const missed = planted.filter(
      (p) =>
        !report.findings.some((f) => f.rule === EXPECTED[p.kind] && f.file === p.file && f.line === p.line),
    );
    results.push({
      repo,
      planted: planted.length,
      found: planted.length - missed.length,
      byKind: Object.fromEntries(
        Object.keys(EXPECTED).map((k) => [
          k,
          `${planted.filter((p) => p.kind === k && !missed.includes(p)).length}/${planted.filter((p) => p.kind === k).length}`,
        ]),
      ),
      missed: missed.map((m) => `${m.kind} ${m.file}:${m.line}`),
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    '| repository | planted | found | selector | targetPort | ingress | endpoints | endpointPort |',
  );
  console.log('|---|---:|---:|---|---|---|---|---|');
  for (const r of results) {
    const k = r.byKind ?? {};
    console.log(
      `| ${r.repo.replace('+', '/')} | ${r.planted} | ${r.found}${r.crashed ? ' (crashed)' : ''} | ${k.selector ?? ''} | ${k.targetPort ?? ''} | ${k.ingress ?? ''} | ${k.endpoints ?? ''} | ${k.endpointPort ?? ''} |`,
    );
  }
  const planted = results.reduce((a, r) => a + r.planted, 0);
  const found = results.reduce((a, r) => a + r.found, 0);
  console.log(`| **total** | ${planted} | ${found} | | | | | |`);
  for (const r of results) for (const m of r.missed) console.log(`missed: ${r.repo} ${m}`);
}
