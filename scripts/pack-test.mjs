// The npm package as users get it: `npm pack` into a temporary directory, install the tarball with
// `npm install --omit=dev` into an empty project, then run the installed `kube-pairing` there. Fails
// (exit 1, one line per problem) when the tarball misses a file or holds one it should not, when the
// install pulls a dependency or warns EBADENGINE, or when the CLI's version, exit code or findings are
// wrong. Used by .ci/run (step `pack`) and `npm run test:pack`.
//
// Usage: node scripts/pack-test.mjs [NODE...]
//   The installed CLI runs with the `node` of PATH, then once with each NODE binary given (e.g. Node 24
//   from scripts/node24.sh), put first on PATH so that the bin's `#!/usr/bin/env node` finds it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
const nodes = process.argv.slice(2);
const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};
const started = Date.now();
const work = mkdtempSync(path.join(tmpdir(), 'kp-pack-'));

try {
  // 1. The tarball and what it holds.
  const packDir = path.join(work, 'pack');
  mkdirSync(packDir);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  )[0];
  const tarball = path.join(packDir, packed.filename);
  const files = packed.files.map((f) => f.path).sort();
  console.log(`${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed`);
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'action.yml',
    'dist/cli.js',
    'dist/cli-bundle.js',
    'dist/index.js',
    'dist/licenses.txt',
  ];
  for (const file of required) check(files.includes(file), `the tarball lacks ${file}`);
  for (const file of files) {
    check(required.includes(file), `the tarball holds ${file}, which is not on the list of shipped files`);
  }
  check(!files.some((f) => /^(src|__tests__)\//.test(f)), 'the tarball holds src/ or __tests__/');
  check(
    (packed.files.find((f) => f.path === 'dist/cli.js')?.mode & 0o111) !== 0,
    'dist/cli.js is not executable in the tarball',
  );

  // 2. Install it into an empty project, production dependencies only.
  const project = path.join(work, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), '{ "name": "kp-pack-test", "private": true }\n');
  const install = spawnSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    encoding: 'utf8',
  });
  process.stdout.write(install.stdout);
  process.stderr.write(install.stderr);
  check(install.status === 0, `npm install exited ${install.status}`);
  check(!/EBADENGINE/.test(install.stdout + install.stderr), 'npm install warned EBADENGINE');
  const installed = readdirSync(path.join(project, 'node_modules')).filter((d) => !d.startsWith('.'));
  check(
    installed.length === 1 && installed[0] === 'kube-pairing',
    `the install pulled more than kube-pairing: ${installed.join(', ')}`,
  );

  // 3. Run it: --version, a check with findings (text and JSON), on a copy of examples/.
  cpSync(path.join(repo, 'examples'), path.join(project, 'examples'), { recursive: true });
  const bin = path.join(project, 'node_modules/.bin/kube-pairing');
  for (const node of [undefined, ...nodes]) {
    const env = { ...process.env, NO_COLOR: '1' };
    if (node) env.PATH = `${path.dirname(path.resolve(node))}${path.delimiter}${env.PATH}`;
    const run = (args) => spawnSync(bin, args, { cwd: project, encoding: 'utf8', env });
    const nodeVersion = spawnSync('node', ['--version'], { encoding: 'utf8', env }).stdout.trim();
    const on = `(node ${nodeVersion})`;

    const version = run(['--version']);
    check(
      version.status === 0 && version.stdout.trim() === pkg.version,
      `kube-pairing --version ${on} printed "${version.stdout.trim()}" (exit ${version.status}), expected ${pkg.version}`,
    );

    const text = run(['examples']);
    check(text.status === 1, `kube-pairing examples ${on} exited ${text.status}, expected 1: ${text.stderr}`);
    check(
      /examples\/broken\/name-typo\/etcd\.yaml[\s\S]*13:9 +error .*endpoints-without-service/.test(
        text.stdout,
      ),
      `kube-pairing examples ${on} did not report endpoints-without-service at name-typo/etcd.yaml 13:9`,
    );

    const json = run(['examples', '--format', 'json']);
    check(json.status === 1, `kube-pairing examples --format json ${on} exited ${json.status}, expected 1`);
    let report;
    try {
      report = JSON.parse(json.stdout);
    } catch (error) {
      check(false, `kube-pairing --format json ${on} printed no JSON: ${error.message}`);
    }
    const typo = report?.findings.find(
      (f) => f.rule === 'endpoints-without-service' && f.file === 'examples/broken/name-typo/etcd.yaml',
    );
    check(
      typo?.line === 13 && typo?.column === 9 && typo?.severity === 'error',
      `--format json ${on}: no endpoints-without-service error at examples/broken/name-typo/etcd.yaml:13:9`,
    );
    check(report?.summary?.errors > 0, `--format json ${on}: the summary counts no error`);

    // npx finds the installed bin: the README's `npx kube-pairing`.
    const npx = spawnSync('npx', ['--no-install', 'kube-pairing', '--version'], {
      cwd: project,
      encoding: 'utf8',
      env,
    });
    check(
      npx.stdout.trim() === pkg.version,
      `npx kube-pairing --version ${on} printed "${npx.stdout.trim()}"`,
    );
    console.log(`installed kube-pairing ${version.stdout.trim()} ran ${on}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const problem of problems) console.log(`pack-test: ${problem}`);
console.log(
  `pack-test: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(problems.length === 0 ? 0 : 1);
