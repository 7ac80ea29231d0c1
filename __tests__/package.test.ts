/**
 * The package as published: its license, the third-party notices of the bundles (dist/licenses.txt, which
 * scripts/build.mjs writes; the global setup has just built it), the dependency set, the Node.js versions
 * and the pre-commit hook. The tarball itself is packed, installed and run by scripts/pack-test.mjs
 * (.ci/run, step `pack`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './helpers/cli.js';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  bin: Record<string, string>;
  engines: { node: string };
  files: string[];
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

/**
 * Licenses a bundled package may have: permissive ones whose only condition is to pass the notice on,
 * which dist/licenses.txt does. Anything else (copyleft, proprietary, UNKNOWN, a custom SEE LICENSE IN)
 * fails until someone reads that license and adds it here.
 */
const ALLOWED = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
]);

/**
 * Whether the licenses of an SPDX expression allow bundling: `A OR B` needs one of them allowed,
 * `A AND B` both; parentheses group. `WITH` exceptions, `+` and unknown identifiers are not allowed.
 */
function licenseAllowed(expression: string): boolean {
  const tokens = expression.match(/[()]|[^\s()]+/g) ?? [];
  let at = 0;
  const orExpr = (): boolean => {
    let ok = andExpr();
    while (tokens[at] === 'OR') {
      at++;
      ok = andExpr() || ok;
    }
    return ok;
  };
  const andExpr = (): boolean => {
    let ok = atom();
    while (tokens[at] === 'AND') {
      at++;
      ok = atom() && ok;
    }
    return ok;
  };
  const atom = (): boolean => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = orExpr();
      return tokens[at++] === ')' && ok;
    }
    return token !== undefined && ALLOWED.has(token);
  };
  const ok = orExpr();
  return ok && at === tokens.length;
}

interface Notice {
  name: string;
  version: string;
  license: string;
  bundles: string[];
  body: string;
}

/** The package sections of dist/licenses.txt (`Package:`, `License:`, `Bundled in:`, then the texts). */
function notices(): { header: string; packages: Notice[] } {
  const [header = '', ...sections] = read('dist/licenses.txt').split(/^-{100}\n/m);
  const packages = sections.map((section) => {
    const m = /^Package: (\S+) (\S+)\nLicense: (.+)\nBundled in: (.+)\n/.exec(section);
    if (!m)
      throw new Error(`dist/licenses.txt: a section without its header lines:\n${section.slice(0, 200)}`);
    return { name: m[1]!, version: m[2]!, license: m[3]!, bundles: m[4]!.split(', '), body: section };
  });
  return { header, packages };
}

describe('license and third-party notices', () => {
  it('kube-pairing is MIT: LICENSE and package.json agree', () => {
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 The kube-pairing authors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('the license check accepts allowed SPDX expressions and refuses the others', () => {
    for (const ok of [
      'MIT',
      'ISC',
      '(MIT OR Apache-2.0)',
      'MIT AND ISC',
      '(MIT OR GPL-3.0-only)',
      'BlueOak-1.0.0',
    ]) {
      expect(licenseAllowed(ok), ok).toBe(true);
    }
    for (const bad of [
      'GPL-3.0-only',
      'MIT AND GPL-2.0-only',
      'UNKNOWN',
      'UNLICENSED',
      'SEE LICENSE IN LICENSE.txt',
      'Apache-2.0 WITH LLVM-exception',
      '(MIT',
      '',
    ]) {
      expect(licenseAllowed(bad), bad).toBe(false);
    }
  });

  it('dist/licenses.txt lists the packages of both bundles, each under an allowed license', () => {
    const { header, packages } = notices();
    expect(header).toContain(`${packages.length} packages (name, version, license, bundles):`);
    const where = (name: string) => packages.find((p) => p.name === name)?.bundles;
    expect(where('yaml')).toEqual(['dist/cli-bundle.js', 'dist/index.js']);
    expect(where('@octokit/core')).toEqual(['dist/index.js']);
    const refused = packages
      .filter((p) => !licenseAllowed(p.license))
      .map((p) => `${p.name}@${p.version}: ${p.license}`);
    expect(refused, 'bundled packages whose license is not on the allowed list').toEqual([]);
  });

  it('each package comes with its license text, or says that it ships none', () => {
    const { packages } = notices();
    const sorted = [...packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(packages.map((p) => p.name)).toEqual(sorted.map((p) => p.name));
    for (const p of packages) {
      const hasFile = /^File: \S+\n\n[^\n]*\S/m.test(p.body);
      const saysNone = p.body.includes('No license file is shipped with this package');
      expect(hasFile !== saysNone, `${p.name}@${p.version}: one license file or the "none" line`).toBe(true);
    }
  });
});

describe('the npm package', () => {
  it('has no dependencies: the bundles carry them, so an install pulls nothing', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    // What the bundles import is still installed by `npm ci`, as development dependencies.
    for (const name of ['yaml', 'fast-glob', 'rfc6902', '@actions/core', '@actions/github']) {
      expect(pkg.devDependencies).toHaveProperty([name]);
    }
  });

  it('ships the bundles, the notices, the Action metadata, README and LICENSE', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'action.yml', 'README.md', 'LICENSE']));
    expect(pkg.bin).toEqual({ 'kube-pairing': 'dist/cli.js' });
  });

  it('Node.js: the package runs on 20 and later; .node-version is the Action runtime (node24)', () => {
    expect(pkg.engines.node).toBe('>=20');
    const using = /^\s+using: node(\d+)$/m.exec(read('action.yml'))?.[1];
    expect(read('.node-version').trim()).toBe(using);
  });
});

describe('pre-commit hook', () => {
  it('runs the installed bin on the whole repository whenever a YAML or JSON file changes', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'kube-pairing',
      entry: Object.keys(pkg.bin)[0],
      language: 'node',
      types_or: ['yaml', 'json'],
      pass_filenames: false,
      require_serial: true,
    });
  });
});
