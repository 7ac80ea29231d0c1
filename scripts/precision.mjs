#!/usr/bin/env node
// The precision benchmark (docs/precision.md): runs the built CLI on checkouts of public repositories and
// prints, per repository, the table row (files, resources, errors, warnings, judged true / false, time),
// then every error and warning that docs/precision-judgements.json does not judge yet, and every finding
// judged true there that is no longer reported.
//
//   node scripts/precision.mjs CORPUS_DIR [--judgements FILE] [--json]
//
// CORPUS_DIR holds one directory per repository, named `owner+name`, each a checkout of the commit the
// judgements were made on; a file `CORPUS_DIR/commits.json` ({"owner+name": "sha"}) records those commits.
// Nothing here fetches or builds anything of the repositories: they are only read, by the CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpus = args.find((a) => !a.startsWith('--'));
if (!corpus) {
  console.error('usage: node scripts/precision.mjs CORPUS_DIR [--judgements FILE] [--json]');
  process.exit(2);
}
const judgementsFile = args.includes('--judgements')
  ? args[args.indexOf('--judgements') + 1]
  : path.join(root, 'docs', 'precision-judgements.json');
const judgements = existsSync(judgementsFile) ? JSON.parse(readFileSync(judgementsFile, 'utf8')) : [];
const commitsFile = path.join(corpus, 'commits.json');
const commits = existsSync(commitsFile) ? JSON.parse(readFileSync(commitsFile, 'utf8')) : {};
const cli = path.join(root, 'dist', 'cli.js');

/** A finding's key for judgements: stable for one commit of the repository. */
const keyOf = (repo, f) => `${repo}|${f.rule}|${f.file}|${f.line}|${f.column}`;
const verdicts = new Map(judgements.map((j) => [`${j.repo}|${j.rule}|${j.file}|${j.line}|${j.column}`, j]));

const rows = [];
const unjudged = [];
/** Keys of the error and warning findings seen, to tell which judged-true findings are no longer reported. */
const seen = new Set();
/** Keys of every finding seen, notices included. */
const seenAny = new Set();
const scanned = new Set();
for (const repo of readdirSync(corpus).sort()) {
  const dir = path.join(corpus, repo);
  if (!statSync(dir).isDirectory()) continue;
  const started = process.hrtime.bigint();
  let output;
  let exitCode = 0;
  try {
    output = execFileSync(process.execPath, [cli, '--format', 'json', '--fail-on', 'never', '.'], {
      cwd: dir,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
    });
  } catch (error) {
    exitCode = error.status ?? 1;
    output = error.stdout ?? '';
  }
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  if (exitCode !== 0) {
    rows.push({ repo, commit: commits[repo] ?? '?', crashed: exitCode, ms });
    continue;
  }
  const report = JSON.parse(output);
  const loud = report.findings.filter((f) => f.severity !== 'notice');
  scanned.add(repo);
  for (const f of loud) seen.add(keyOf(repo, f));
  for (const f of report.findings) seenAny.add(keyOf(repo, f));
  let judgedTrue = 0;
  let judgedFalse = 0;
  for (const f of loud) {
    const j = verdicts.get(keyOf(repo, f));
    if (!j)
      unjudged.push({
        repo,
        rule: f.rule,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        message: f.message,
      });
    else if (j.verdict === 'true') judgedTrue++;
    else judgedFalse++;
  }
  rows.push({
    repo: repo.replace('+', '/'),
    commit: (commits[repo] ?? '?').slice(0, 12),
    files: report.summary.files,
    resources: report.summary.resources,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    notices: report.summary.notices,
    judgedTrue,
    judgedFalse,
    ms,
  });
}

// A true finding judged before that this build no longer reports at error or warning: `lost` when it is gone
// (or moved: then it is listed as unjudged too), `demoted` when it is a notice now (seen, never failing a check).
const judgedKey = (j) => `${j.repo}|${j.rule}|${j.file}|${j.line}|${j.column}`;
const notLoud = judgements.filter(
  (j) => j.verdict === 'true' && scanned.has(j.repo) && !seen.has(judgedKey(j)),
);
const lost = notLoud.filter((j) => !seenAny.has(judgedKey(j)));
const demoted = notLoud.filter((j) => seenAny.has(judgedKey(j)));

if (args.includes('--json')) {
  console.log(JSON.stringify({ rows, unjudged, lost, demoted }, null, 2));
} else {
  console.log(
    '| repository | commit | files | resources | errors | warnings | judged true | judged false | time |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    if (r.crashed !== undefined) {
      console.log(
        `| ${r.repo} | ${r.commit} | exit ${r.crashed} | | | | | | ${(r.ms / 1000).toFixed(1)} s |`,
      );
      continue;
    }
    console.log(
      `| ${r.repo} | \`${r.commit}\` | ${r.files} | ${r.resources} | ${r.errors} | ${r.warnings} | ${r.judgedTrue} | ${r.judgedFalse} | ${(r.ms / 1000).toFixed(1)} s |`,
    );
  }
  const t = rows.reduce(
    (a, r) => ({
      e: a.e + (r.errors ?? 0),
      w: a.w + (r.warnings ?? 0),
      t: a.t + (r.judgedTrue ?? 0),
      f: a.f + (r.judgedFalse ?? 0),
    }),
    { e: 0, w: 0, t: 0, f: 0 },
  );
  console.log(`| **total** | | | | ${t.e} | ${t.w} | ${t.t} | ${t.f} | |`);
  if (lost.length > 0) {
    console.log(`\n${lost.length} finding(s) judged true before are no longer reported:`);
    for (const j of lost) console.log(`- ${j.repo} ${j.rule} ${j.file}:${j.line}:${j.column}`);
  }
  if (demoted.length > 0) {
    console.log(`\n${demoted.length} finding(s) judged true before are reported as notices only:`);
    for (const j of demoted) console.log(`- ${j.repo} ${j.rule} ${j.file}:${j.line}:${j.column}`);
  }
  if (unjudged.length > 0) {
    console.log(`\n${unjudged.length} error/warning finding(s) not judged yet:`);
    for (const u of unjudged)
      console.log(
        `- ${u.repo} ${u.rule} (${u.severity}) ${u.file}:${u.line}:${u.column} — ${u.message.slice(0, 160)}`,
      );
  }
}
