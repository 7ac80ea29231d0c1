// `npm run bench`: runs the built CLI (dist/cli.js) on generated repositories of several shapes and, in the
// same run, a baseline that only reads every file and parses it with yaml.parseAllDocuments. For every shape:
// the ratio of the median wall times (baseline and kube-pairing runs interleaved), peak RSS, and the findings
// with the pre-scan compared byte for byte with a full parse. Then examples/, 1k/10k/50k scaling, API budget.
//
// It fails (exit 1) only when the results are wrong: the findings with the pre-scan must be exactly the
// findings of a full parse. Times are reported, never asserted.
//
//   npm run bench                    full benchmark (every shape, 5 runs each, scaling, API budget)
//   npm run bench -- --quick         CI: small versions of the shapes, the correctness comparison, one timed run
//   options: --shape platform,services,slices,kustomize,list (default: all)  --files N (platform size)
//            --runs N  --no-scaling  --no-api  --json FILE  --cli PATH (measure another build)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.mjs';
import { SHAPES, generateShape } from './shapes.mjs';

const REPO = path.resolve(import.meta.dirname, '..');
const CORPORA = path.join(REPO, 'bench/.corpus');
let CLI = path.join(REPO, 'dist/cli.js');
const BASELINE = path.join(REPO, 'bench/baseline.mjs');
const RSS_HOOK = pathToFileURL(path.join(REPO, 'bench/rss.mjs')).href;
const SEED = 42;
/** The platform corpus of generate.mjs, then the traps of shapes.mjs. */
const ALL_SHAPES = ['platform', ...Object.keys(SHAPES)];

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    shape: { type: 'string' },
    files: { type: 'string' },
    runs: { type: 'string' },
    'no-scaling': { type: 'boolean', default: false },
    'no-api': { type: 'boolean', default: false },
    json: { type: 'string' },
    cli: { type: 'string' },
  },
});
if (opts.cli) CLI = path.resolve(opts.cli);
const quick = opts.quick;
const mainFiles = Number(opts.files ?? (quick ? 400 : 10_000));
const runs = Number(opts.runs ?? (quick ? 1 : 5));
const shapes = opts.shape ? opts.shape.split(',').map((s) => s.trim()) : ALL_SHAPES;
for (const name of shapes)
  if (!ALL_SHAPES.includes(name)) {
    console.error(`unknown shape "${name}" (one of ${ALL_SHAPES.join(', ')})`);
    process.exit(2);
  }
const withPlatform = shapes.includes('platform');

const results = { machine: machine(), runs, corpora: {}, shapes: {}, measurements: [] };
let failed = false;

// ---------------------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

const load = () => os.loadavg()[0].toFixed(2);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (bytes) => bytes / 1e6;
const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const sha256 = (file) =>
  createHash('sha256')
    .update(readFileSync(path.join(REPO, file)))
    .digest('hex');

/** A generated corpus in `dir`, reused while its generator (`stampOf`) is unchanged. */
function generated(name, stampOf, make) {
  const dir = path.join(CORPORA, name);
  const stampFile = path.join(CORPORA, `${name}.stamp.json`);
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    stamp = undefined;
  }
  if (!stamp || stamp.generator !== stampOf || stamp.seed !== SEED || !existsSync(dir)) {
    process.stdout.write(`generating ${path.relative(REPO, dir)} ... `);
    const made = make(dir);
    stamp = { generator: stampOf, seed: SEED, files: made.files, bytes: made.bytes };
    writeFileSync(stampFile, JSON.stringify(stamp));
    console.log('done');
  }
  return { dir, files: stamp.files, bytes: stamp.bytes };
}

/** The platform corpus of `files` files (bench/generate.mjs). */
function corpus(files) {
  return generated(String(files), sha256('bench/generate.mjs'), (dir) =>
    generateCorpus(dir, { files, seed: SEED }),
  );
}

/** A trap shape of bench/shapes.mjs, full size or (quick) small. */
function shapeCorpus(name) {
  const stampOf = sha256('bench/generate.mjs') + sha256('bench/shapes.mjs');
  return generated(`shape-${name}${quick ? '-quick' : ''}`, stampOf, (dir) =>
    generateShape(name, dir, { quick, seed: SEED }),
  );
}

/** Runs `node [--import rss-hook] args...` once: wall time (ms), peak RSS (MiB), stdout. */
function runOnce(args, { cwd = REPO, env = {} } = {}) {
  const rssFile = path.join(os.tmpdir(), `kp-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env, KP_BENCH_RSS: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 || child.error) {
    throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.error ?? child.stderr}`);
  }
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  rmSync(rssFile, { force: true });
  return { wall, rss, stdout: child.stdout };
}

/** A warm-up run, then `n` runs: median wall time and peak RSS, and the load average around them. */
function measure(label, args, { n = runs, warmup = 1, ...options } = {}) {
  const loadBefore = load();
  let last;
  for (let i = 0; i < warmup; i++) last = runOnce(args, options);
  const walls = [];
  const rsss = [];
  for (let i = 0; i < n; i++) {
    last = runOnce(args, options);
    walls.push(last.wall);
    rsss.push(last.rss);
  }
  return {
    label,
    wall: median(walls),
    walls,
    rss: Math.max(...rsss),
    load: `${loadBefore}→${load()}`,
    stdout: last.stdout,
  };
}

/**
 * Interleaved runs of several commands: a warm-up round, then `n` rounds of each command in turn (baseline,
 * kube-pairing, baseline, kube-pairing, ...), so that a change of the machine's load touches both alike.
 * Returns per command its median wall time, the walls, and the largest peak RSS.
 */
function interleaved(commands, { n = runs, warmup = 1 } = {}) {
  const loadBefore = load();
  for (let i = 0; i < warmup; i++) for (const c of commands) runOnce(c.args, c.options);
  const walls = commands.map(() => []);
  const rsss = commands.map(() => []);
  for (let i = 0; i < n; i++)
    commands.forEach((c, k) => {
      const r = runOnce(c.args, c.options);
      walls[k].push(r.wall);
      rsss[k].push(r.rss);
    });
  const loadRange = `${loadBefore}→${load()}`;
  return commands.map((c, k) => ({
    label: c.label,
    wall: median(walls[k]),
    walls: walls[k],
    rss: Math.max(...rsss[k]),
    load: loadRange,
  }));
}

/**
 * Start-up (issue 12): `kube-pairing examples` against `node -e 0`, interleaved, `n` rounds after two warm-up
 * rounds, medians. Plain processes: the RSS hook of runOnce would add its own load time to both.
 */
function startup(n) {
  const time = (args) => {
    const begin = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { cwd: REPO, stdio: 'ignore' });
    if (child.status !== 0 || child.error) throw new Error(`node ${args.join(' ')} failed (${child.status})`);
    return Number(process.hrtime.bigint() - begin) / 1e6;
  };
  const node = [];
  const examples = [];
  for (let i = 0; i < n + 2; i++) {
    const a = time(['-e', '0']);
    const b = time([CLI, 'examples', '--fail-on', 'never']);
    if (i < 2) continue;
    node.push(a);
    examples.push(b);
  }
  const result = { n, node: median(node), examples: median(examples) };
  return { ...result, ratio: result.examples / result.node };
}

const cliArgs = (dir) => [CLI, dir, '--format', 'json', '--fail-on', 'never'];
const PRESCAN_OFF = { KUBE_PAIRING_PRESCAN: '0' };
/** Inputs of the comparison beyond the corpus: see its README. */
const PRESCAN_FIXTURES = '__tests__/fixtures/prescan';

// ---------------------------------------------------------------------------------------------------------
// Correctness: the pre-scan must not change a single finding.

/**
 * Runs the CLI with the pre-scan and with a full parse and compares the JSON reports byte for byte. Returns
 * the report, whether they were equal, and the two runs' wall times and peak RSS (one run each).
 */
function compareReports(label, dir) {
  const fastRun = runOnce(cliArgs(dir));
  const fullRun = runOnce(cliArgs(dir), { env: PRESCAN_OFF });
  const fast = fastRun.stdout;
  const full = fullRun.stdout;
  const report = JSON.parse(full);
  const runsOf = {
    fast: { wall: fastRun.wall, rss: fastRun.rss },
    full: { wall: fullRun.wall, rss: fullRun.rss },
  };
  if (fast === full) {
    console.log(
      `  ${label}: identical (${report.findings.length} findings, ${report.summary.resources} resources, ${report.summary.skipped} skipped files)`,
    );
    return { report, equal: true, ...runsOf };
  }
  failed = true;
  const a = JSON.parse(fast);
  const key = (f) => JSON.stringify(f);
  const only = (xs, ys) => xs.filter((x) => !new Set(ys.map(key)).has(key(x)));
  console.log(`  ${label}: DIFFERENT from the full parse`);
  for (const f of only(a.findings, report.findings).slice(0, 5))
    console.log(`    only with the pre-scan: ${key(f).slice(0, 2000)}`);
  for (const f of only(report.findings, a.findings).slice(0, 5))
    console.log(`    only with a full parse: ${key(f).slice(0, 2000)}`);
  if (key(a.summary) !== key(report.summary))
    console.log(`    summary ${key(a.summary)} vs ${key(report.summary)}`);
  return { report, equal: false, ...runsOf };
}

// ---------------------------------------------------------------------------------------------------------

function printRow(cells, widths) {
  console.log(
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  '),
  );
}

/**
 * One shape: its size, the correctness comparison, and (unless `timed` is false) the interleaved timing of
 * the baseline and kube-pairing. Returns the row of the summary table.
 */
function runShape(name, c, { timed }) {
  const counted = JSON.parse(runOnce([BASELINE, c.dir]).stdout);
  results.corpora[name] = { files: c.files, bytes: c.bytes, documents: counted.documents };
  console.log(
    `\n## ${name}: ${path.relative(REPO, c.dir)}, ${fmt(c.files)} files, ${fmt(mb(c.bytes), 1)} MB, ${fmt(counted.documents)} YAML documents (seed ${SEED})`,
  );
  const compared = compareReports('pre-scan vs full parse', c.dir);
  if (compared.report.findings.length === 0) {
    failed = true;
    console.log('  the shape holds deliberate mistakes, but no finding was reported');
  }
  const row = {
    shape: name,
    files: c.files,
    bytes: c.bytes,
    documents: counted.documents,
    findings: compared.report.findings.length,
    equal: compared.equal,
    fullParse: { wallMs: compared.full.wall, rssMiB: compared.full.rss },
  };
  results.shapes[name] = row;
  if (!timed) return row;

  const [baseline, kp] = interleaved([
    { label: 'baseline (read + parseAllDocuments)', args: [BASELINE, c.dir] },
    { label: 'kube-pairing', args: cliArgs(c.dir) },
  ]);
  const widths = [36, 12, 8, 10, 10, 6, 11];
  console.log(`  timing (interleaved, ${runs} round${runs > 1 ? 's' : ''} after a warm-up, medians):`);
  printRow(['', 'median wall', 'MB/s', 'docs/s', 'peak RSS', 'runs', 'load (1m)'], widths);
  const full = {
    label: 'kube-pairing, no pre-scan (1 run)',
    wall: compared.full.wall,
    rss: compared.full.rss,
  };
  for (const m of [baseline, kp, full]) {
    printRow(
      [
        m.label,
        `${fmt(m.wall)} ms`,
        fmt(mb(c.bytes) / (m.wall / 1000), 1),
        fmt(counted.documents / (m.wall / 1000), counted.documents / (m.wall / 1000) < 10 ? 1 : 0),
        `${fmt(m.rss)} MiB`,
        m.walls ? runs : 1,
        m.load ?? '',
      ],
      widths,
    );
    results.measurements.push({
      corpus: name,
      label: m.label,
      wallMs: m.wall,
      walls: m.walls,
      rssMiB: m.rss,
      load: m.load,
    });
  }
  Object.assign(row, {
    baselineMs: baseline.wall,
    kubePairingMs: kp.wall,
    ratio: kp.wall / baseline.wall,
    rssMiB: kp.rss,
    baselineRssMiB: baseline.rss,
    load: kp.load,
  });
  console.log(
    `  ratio kube-pairing / baseline: ${row.ratio.toFixed(2)} (target ≤ 0.5); peak RSS ${fmt(kp.rss)} MiB (target ≤ 300)`,
  );
  return row;
}

function summaryTable(rows) {
  console.log(
    `\nsummary (every shape; baseline, kube-pairing, ratio and peak RSS of interleaved runs, medians of ${runs}; no pre-scan: the one run of the comparison):`,
  );
  const widths = [10, 7, 6, 7, 10, 13, 6, 9, 12, 8, 6];
  printRow(
    [
      'shape',
      'files',
      'MB',
      'docs',
      'baseline',
      'kube-pairing',
      'ratio',
      'peak RSS',
      'no pre-scan',
      'its RSS',
      'equal',
    ],
    widths,
  );
  for (const r of rows) {
    const timed = r.ratio !== undefined;
    printRow(
      [
        r.shape,
        fmt(r.files),
        fmt(mb(r.bytes), r.bytes < 1e6 ? 2 : 1),
        fmt(r.documents),
        timed ? `${fmt(r.baselineMs)} ms` : '-',
        timed ? `${fmt(r.kubePairingMs)} ms` : '-',
        timed ? r.ratio.toFixed(2) : '-',
        timed ? `${fmt(r.rssMiB)} MiB` : '-',
        `${fmt(r.fullParse.wallMs)} ms`,
        `${fmt(r.fullParse.rssMiB)} MiB`,
        r.equal ? 'yes' : 'NO',
      ],
      widths,
    );
  }
}

function main() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const newest = newestSource(path.join(REPO, 'src'));
  if (!opts.cli && newest > statSync(CLI).mtimeMs)
    console.log('warning: src/ is newer than dist/cli.js; run `npm run build` to measure the current code');
  const m = results.machine;
  console.log(
    `kube-pairing benchmark — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, node ${m.node}`,
  );
  console.log(
    `measuring ${path.relative(REPO, CLI)}; shapes: ${shapes.join(', ')}${quick ? ' (quick sizes)' : ''}`,
  );

  const rows = [];
  let platform;
  for (const name of shapes) {
    if (name === 'platform') {
      platform = corpus(mainFiles);
      // Quick: one timed run of the platform corpus only; the traps are compared, not timed.
      rows.push(runShape('platform', platform, { timed: true }));
    } else rows.push(runShape(name, shapeCorpus(name), { timed: !quick }));
  }

  if (withPlatform) {
    console.log('\ncorrectness of the fixtures (findings with the pre-scan vs a full parse):');
    for (const dir of ['examples', '__tests__/fixtures']) compareReports(dir, path.join(REPO, dir));
    // Suppressions (annotations on objects the pre-scan defers or builds, comments), `kind: List`, JSON and
    // kustomize builds (namespace, namePrefix, patches), scanned on their own: a pre-scan that lost a
    // suppression would un-silence a finding here.
    const prescanInputs = compareReports(PRESCAN_FIXTURES, path.join(REPO, PRESCAN_FIXTURES)).report;
    if (prescanInputs.summary.suppressed === 0) {
      failed = true;
      console.log(`  ${PRESCAN_FIXTURES} holds suppressions, but none silenced anything`);
    }

    const examples = measure('examples/', [CLI, 'examples', '--fail-on', 'never'], {
      n: quick ? 3 : 20,
      warmup: 2,
    });
    console.log(
      `\nCLI on examples/: ${fmt(examples.wall)} ms median wall (target < 150 ms), load ${examples.load}`,
    );
    results.measurements.push({
      corpus: 'examples',
      label: 'kube-pairing examples/',
      wallMs: examples.wall,
      rssMiB: examples.rss,
      load: examples.load,
    });
    const start = startup(quick ? 3 : 20);
    console.log(
      `start-up: examples/ ${fmt(start.examples)} ms against \`node -e 0\` ${fmt(start.node)} ms ` +
        `(medians of ${start.n}, interleaved, no RSS hook): ${start.ratio.toFixed(2)}× (target ≤ 1.6×)`,
    );
    results.measurements.push({
      corpus: 'start-up',
      label: 'examples/ against node -e 0',
      wallMs: start.examples,
      baselineMs: start.node,
      ratio: start.ratio,
    });
  }

  summaryTable(rows);

  if (withPlatform && !quick && !opts['no-scaling']) scaling(platform, results.corpora.platform.documents);
  if (withPlatform && !quick && !opts['no-api']) apiBudget();

  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  console.log(failed ? '\nFAILED: the pre-scan changed the results' : '\nok');
  process.exitCode = failed ? 1 : 0;
}

function scaling(main10k, mainDocuments) {
  console.log('\nscaling (kube-pairing and baseline interleaved, medians of 3 rounds after a warm-up):');
  const widths = [8, 8, 10, 12, 12, 7, 12, 10, 11];
  printRow(
    ['files', 'MB', 'documents', 'kube-pairing', 'baseline', 'ratio', 'µs per file', 'peak RSS', 'load (1m)'],
    widths,
  );
  for (const files of [1_000, 10_000, 50_000]) {
    const c = files === main10k.files ? main10k : corpus(files);
    const documents =
      files === main10k.files ? mainDocuments : JSON.parse(runOnce([BASELINE, c.dir]).stdout).documents;
    const [baseline, kp] = interleaved(
      [
        { label: 'baseline', args: [BASELINE, c.dir] },
        { label: 'kube-pairing', args: cliArgs(c.dir) },
      ],
      { n: 3 },
    );
    printRow(
      [
        fmt(c.files),
        fmt(mb(c.bytes), 1),
        fmt(documents),
        `${fmt(kp.wall)} ms`,
        `${fmt(baseline.wall)} ms`,
        (kp.wall / baseline.wall).toFixed(2),
        fmt((kp.wall * 1000) / c.files),
        `${fmt(kp.rss)} MiB`,
        kp.load,
      ],
      widths,
    );
    results.measurements.push({
      corpus: c.files,
      scaling: true,
      kubePairingMs: kp.wall,
      baselineMs: baseline.wall,
      rssMiB: kp.rss,
      load: kp.load,
    });
  }
}

/** The Action (dist/index.js) on a 3000-file pull request against the local fake GitHub: REST requests made. */
async function bundleApiBudget() {
  const { build } = await import('esbuild');
  const outfile = path.join(CORPORA, 'api-budget.mjs');
  await build({
    entryPoints: [path.join(REPO, 'bench/api-budget.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function apiBudget() {
  console.log('\nAPI budget (dist/index.js on a pull request of 3000 changed files, local fake GitHub):');
  const loadBefore = load();
  const child = spawnSync(process.execPath, [apiBundle, '3000', path.join(REPO, 'dist/index.js')], {
    cwd: REPO,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  if (child.status !== 0) {
    console.log(`  could not run: ${child.stderr.trim().split('\n').slice(-5).join('\n  ')}`);
    return;
  }
  const r = JSON.parse(child.stdout);
  console.log(
    `  ${r.rest} REST requests (target < 40), ${r.graphql} GraphQL; action exit ${r.exitCode}, ${r.reviewComments} review comments, ${fmt(r.wallMs)} ms, load ${loadBefore}→${load()}`,
  );
  for (const [route, n] of Object.entries(r.byRoute)) console.log(`    ${String(n).padStart(3)}  ${route}`);
  if (r.violations > 0) console.log(`  warning: the fake recorded ${r.violations} protocol violations`);
  if (r.stderr) console.log(`  stderr: ${r.stderr}`);
  results.api = r;
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

mkdirSync(CORPORA, { recursive: true });
const apiBundle = withPlatform && !quick && !opts['no-api'] ? await bundleApiBudget() : undefined;
main();
