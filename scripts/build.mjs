// Bundles the CLI and the Action into self-contained ESM files (they run with no node_modules).
// dist/cli.js is a launcher for dist/cli-bundle.js: it turns on V8's compile cache first (below).
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

// Bundled CommonJS dependencies call require(); give the ESM output a real one.
const requireShim =
  "import { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  // Lists the input files, for the third-party notices (dist/licenses.txt, below).
  metafile: true,
};

const [cliBuild, actionBuild] = await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli.ts'],
    outfile: `${outdir}/cli-bundle.js`,
    banner: { js: requireShim },
  }),
  build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: `${outdir}/index.js`,
    banner: { js: requireShim },
  }),
]);
// The compile cache (Node 22.1 and later; a no-op before) must be on before the bundle is compiled, so it
// cannot be turned on from inside the bundle. Measured on Node 24 (examples/, median of 15): 213 ms
// without, 137 ms with a warm cache. The Action is left alone: each job runs on a fresh machine.
writeFileSync(
  `${outdir}/cli.js`,
  `#!/usr/bin/env node
// kube-pairing's command line. On Node 22.1 and later V8 keeps the compiled code of the bundle in a cache
// (node-compile-cache in the temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so that
// later runs start faster.
import module from 'node:module';

module.enableCompileCache?.();
await import('./cli-bundle.js');
`,
);
chmodSync(`${outdir}/cli.js`, 0o755);

// Third-party notices. legalComments: 'none' strips the packages' license comments from the bundles, so the
// build writes dist/licenses.txt instead: every package under node_modules that has a file in a bundle
// (from esbuild's metafile), with its version, the license its package.json declares, the bundle(s) it is
// in, and the full text of its LICENSE / LICENCE / COPYING / NOTICE file(s). Sorted, and free of paths
// outside the repository, so CI's fresh build (`diff -rq dist fresh`) checks it like the bundles.
// __tests__/package.test.ts fails on a license outside the allowed list.
writeFileSync(
  `${outdir}/licenses.txt`,
  thirdPartyNotices([
    ['dist/cli-bundle.js', cliBuild.metafile],
    ['dist/index.js', actionBuild.metafile],
  ]),
);

/** The package directory (relative, `/`-separated) of a metafile input under node_modules, else undefined. */
function packageDir(input) {
  if (input.includes(':')) return undefined; // a namespaced input such as `(disabled):…`, not a file
  const at = input.lastIndexOf('node_modules/');
  if (at === -1) return undefined;
  const [first, second] = input.slice(at + 'node_modules/'.length).split('/');
  const name = first.startsWith('@') ? `${first}/${second}` : first;
  return input.slice(0, at) + 'node_modules/' + name;
}

/** package.json's license: an SPDX expression, or the legacy `{ type }` and `licenses: [{ type }]` forms. */
function declaredLicense(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses) && pkg.licenses.length > 0) {
    return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  }
  return 'UNKNOWN';
}

function thirdPartyNotices(bundles) {
  const packages = new Map(); // package dir -> bundles it is in
  for (const [bundle, metafile] of bundles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDir(input);
      if (dir === undefined) continue;
      if (!packages.has(dir)) packages.set(dir, new Set());
      packages.get(dir).add(bundle);
    }
  }
  // One entry per name@version: two copies of one version (nested node_modules) are one package.
  const entries = new Map();
  for (const [dir, inBundles] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (entries.has(key)) {
      for (const bundle of inBundles) entries.get(key).bundles.add(bundle);
      continue;
    }
    const files = readdirSync(dir)
      .filter((f) => /^(licen[cs]e|copying|notice)([.\-_].*)?$/i.test(f))
      .sort();
    entries.set(key, {
      name: pkg.name,
      version: pkg.version,
      license: declaredLicense(pkg),
      repository: typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url,
      bundles: new Set(inBundles),
      files: files.map((f) => ({
        name: f,
        // LF line ends, no blank lines around the text: the same file on every checkout.
        text: readFileSync(path.join(dir, f), 'utf8')
          .replace(/\r\n?/g, '\n')
          .replace(/^\s*\n/, '')
          .trimEnd(),
      })),
    });
  }
  const sorted = [...entries.values()]
    .map((e) => ({ ...e, bundles: [...e.bundles].sort() }))
    .sort((a, b) => (a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.version < b.version ? -1 : 1));

  const rule = '-'.repeat(100);
  const out = [
    'Third-party software in the kube-pairing bundles',
    '',
    'kube-pairing is under the MIT license (LICENSE). Its bundles, dist/cli-bundle.js (the command line, started',
    'by dist/cli.js) and dist/index.js (the GitHub Action), include the code of the packages below, each under its',
    'own license. Generated by scripts/build.mjs from the inputs of the bundles: do not edit.',
    '',
    `${sorted.length} packages (name, version, license, bundles):`,
    '',
    ...sorted.map((e) => `  ${e.name} ${e.version}  ${e.license}  ${e.bundles.join(', ')}`),
  ];
  for (const e of sorted) {
    out.push('', rule, `Package: ${e.name} ${e.version}`, `License: ${e.license}`);
    out.push(`Bundled in: ${e.bundles.join(', ')}`);
    if (e.repository) out.push(`Repository: ${e.repository}`);
    if (e.files.length === 0) {
      out.push(
        '',
        `No license file is shipped with this package; its package.json declares the license ${e.license}.`,
      );
    }
    for (const f of e.files) out.push('', `File: ${f.name}`, '', f.text);
  }
  return out.join('\n') + '\n';
}
