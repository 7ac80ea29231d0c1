import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envInputReader, parseInputs } from '../../src/action/inputs.js';
import { DEFAULT_IGNORE, ignorePlan, loadManifests } from '../../src/engine/load.js';

describe('ignorePlan', () => {
  /** The defaults but `globs`, in their order. */
  const defaultsBut = (...globs: string[]) => DEFAULT_IGNORE.filter((d) => !globs.includes(d));
  /** The defaults that may be re-included, as ordered entries. */
  const orderedDefaults = defaultsBut('**/node_modules/**', '**/.git/**').map((glob) => ({
    glob,
    negated: false,
  }));

  it('prunes node_modules, .git, vendor and the test-input directories by default', () => {
    expect(DEFAULT_IGNORE).toEqual([
      '**/node_modules/**',
      '**/.git/**',
      '**/vendor/**',
      '**/testdata/**',
      '**/_testdata/**',
      '**/e2e/**',
      '**/fake/**',
      '**/fixtures/**',
      '**/__fixtures__/**',
      '**/__tests__/**',
    ]);
    expect(ignorePlan('.', [])).toEqual({ prune: DEFAULT_IGNORE, ordered: [] });
    expect(ignorePlan('.', ['charts/**'])).toEqual({ prune: [...DEFAULT_IGNORE, 'charts/**'], ordered: [] });
  });

  it('a negation removes an identical earlier glob; one of a default needs no other work', () => {
    expect(ignorePlan('.', ['!**/testdata/**'])).toEqual({
      prune: defaultsBut('**/testdata/**'),
      ordered: [],
    });
    expect(ignorePlan('.', ['!**/vendor/**'])).toEqual({ prune: defaultsBut('**/vendor/**'), ordered: [] });
    // Any other negation also re-includes what an earlier default matched (`charts/testdata/x.yaml`).
    expect(ignorePlan('.', ['./charts/**', '!charts/**'])).toEqual({
      prune: ['**/node_modules/**', '**/.git/**'],
      ordered: [...orderedDefaults, { glob: 'charts/**', negated: true }],
    });
  });

  it('a pattern that names a default directory is not subject to that default', () => {
    expect(ignorePlan('pkg/testdata', []).prune).toEqual(defaultsBut('**/testdata/**'));
    expect(ignorePlan('third_party/vendor', []).prune).toEqual(defaultsBut('**/vendor/**'));
    expect(ignorePlan('test/e2e/functional', []).prune).toEqual(defaultsBut('**/e2e/**'));
    expect(ignorePlan('pkg/testdata/bad.yaml', []).prune).not.toContain('**/testdata/**');
    expect(ignorePlan('**/testdata/**/*.yaml', []).prune).not.toContain('**/testdata/**');
    expect(ignorePlan('testdata-generator', []).prune).toEqual(DEFAULT_IGNORE);
  });

  it('other negations re-include: what precedes them is decided file by file (node_modules and .git still pruned)', () => {
    expect(ignorePlan('.', ['charts/**', '!charts/mine/**', 'charts/mine/old/**'])).toEqual({
      prune: ['**/node_modules/**', '**/.git/**', 'charts/mine/old/**'],
      ordered: [
        ...orderedDefaults,
        { glob: 'charts/**', negated: false },
        { glob: 'charts/mine/**', negated: true },
      ],
    });
  });
});

describe('loadManifests: testdata is excluded by default, and can be checked', () => {
  let root: string;
  const write = (file: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n');
  };
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kp-load-ignore-'));
    for (const file of [
      'deploy/svc.yaml',
      'pkg/testdata/bad.yaml',
      'pkg/testdata/keep/good.yaml',
      'pkg/testdata/nested/testdata/deep.yaml',
      'testdata/top.yaml',
      'node_modules/pkg/testdata/x.yaml',
      'charts/web/svc.yaml',
      'charts/mine/svc.yaml',
      'charts/mine/old/svc.yaml',
      'third_party/vendor/k8s.io/endpoints.yaml',
    ])
      write(file);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const load = async (patterns: string[], ignore?: string[]) =>
    (await loadManifests({ cwd: root, patterns, ...(ignore ? { ignore } : {}) })).texts.map((t) => t.path);

  it('a directory search skips every testdata directory', async () => {
    expect(await load(['.'])).toEqual([
      'charts/mine/old/svc.yaml',
      'charts/mine/svc.yaml',
      'charts/web/svc.yaml',
      'deploy/svc.yaml',
    ]);
    expect(await load(['**/*.yaml'])).toEqual(await load(['.']));
  });

  it('a file, a directory or a glob named explicitly is checked although it is under testdata', async () => {
    expect(await load(['pkg/testdata/bad.yaml'])).toEqual(['pkg/testdata/bad.yaml']);
    expect(await load(['pkg/testdata'])).toEqual([
      'pkg/testdata/bad.yaml',
      'pkg/testdata/keep/good.yaml',
      'pkg/testdata/nested/testdata/deep.yaml',
    ]);
    expect(await load(['pkg/testdata/keep'])).toEqual(['pkg/testdata/keep/good.yaml']);
    expect(await load(['**/testdata/*.yaml'])).toEqual([
      'pkg/testdata/bad.yaml',
      'pkg/testdata/nested/testdata/deep.yaml',
      'testdata/top.yaml',
    ]);
    // The user's own ignores still apply inside it.
    expect(await load(['pkg/testdata'], [path.join(root, 'pkg/testdata/keep/**')])).toEqual([
      'pkg/testdata/bad.yaml',
      'pkg/testdata/nested/testdata/deep.yaml',
    ]);
  });

  it('`!**/testdata/**` in the ignore list removes the default (node_modules stays out)', async () => {
    expect(await load(['.'], ['!**/testdata/**'])).toEqual([
      'charts/mine/old/svc.yaml',
      'charts/mine/svc.yaml',
      'charts/web/svc.yaml',
      'deploy/svc.yaml',
      'pkg/testdata/bad.yaml',
      'pkg/testdata/keep/good.yaml',
      'pkg/testdata/nested/testdata/deep.yaml',
      'testdata/top.yaml',
    ]);
  });

  it('a narrower negation re-includes part of testdata; the last matching entry decides', async () => {
    expect(await load(['.'], ['!**/testdata/keep/**'])).toEqual([
      'charts/mine/old/svc.yaml',
      'charts/mine/svc.yaml',
      'charts/web/svc.yaml',
      'deploy/svc.yaml',
      'pkg/testdata/keep/good.yaml',
    ]);
    expect(await load(['.'], ['charts/**', '!charts/mine/**', 'charts/mine/old/**'])).toEqual([
      'charts/mine/svc.yaml',
      'deploy/svc.yaml',
    ]);
    // A negation of something nothing ignored changes nothing.
    expect(await load(['deploy'], ['!vendor/**'])).toEqual(['deploy/svc.yaml']);
  });

  it('vendor directories (copies of other projects) are skipped, unless negated or named', async () => {
    expect(await load(['.'])).not.toContain('third_party/vendor/k8s.io/endpoints.yaml');
    expect(await load(['.'], ['!**/vendor/**'])).toContain('third_party/vendor/k8s.io/endpoints.yaml');
    expect(await load(['.'], ['!**/vendor/**'])).not.toContain('testdata/top.yaml');
    expect(await load(['third_party/vendor'])).toEqual(['third_party/vendor/k8s.io/endpoints.yaml']);
  });

  it('the Action: testdata is in the exclude default, and an exclude of `!**/testdata/**` checks it', async () => {
    const exclude = (value: string) =>
      parseInputs(envInputReader(value === '' ? {} : { INPUT_EXCLUDE: value })).inputs.exclude;
    expect(exclude('')).toContain('**/testdata/**');
    const files = parseInputs(envInputReader({})).inputs.files;
    expect(await load(files, exclude(''))).not.toContain('testdata/top.yaml');
    expect(await load(files, exclude('vendor/**'))).not.toContain('testdata/top.yaml');
    expect(await load(files, exclude('!**/testdata/**'))).toContain('testdata/top.yaml');
    expect(await load(files, [...exclude(''), '!**/testdata/**'])).toContain('pkg/testdata/bad.yaml');
  });
});

describe('loadManifests: test inputs by directory name', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kp-load-tests-'));
    for (const file of [
      'test/e2e/functional/rollout.yaml',
      'controller/fake/data/svc.yaml',
      'web/__tests__/svc.yaml',
      'pkg/fixtures/svc.yaml',
      'overlays/test/svc.yaml',
      'tests/svc.yaml',
    ]) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const load = async (patterns: string[], ignore?: string[]) =>
    (await loadManifests({ cwd: root, patterns, ...(ignore ? { ignore } : {}) })).texts.map((t) => t.path);

  it('e2e, fake, fixtures and __tests__ are skipped; test and tests (often environments) are not', async () => {
    expect(await load(['.'])).toEqual(['overlays/test/svc.yaml', 'tests/svc.yaml']);
    expect(await load(['.'], ['!**/e2e/**'])).toEqual([
      'overlays/test/svc.yaml',
      'test/e2e/functional/rollout.yaml',
      'tests/svc.yaml',
    ]);
    expect(await load(['controller/fake'])).toEqual(['controller/fake/data/svc.yaml']);
  });
});

describe('loadManifests: kustomize reads a kustomization file named `Kustomization`, and so does a directory search', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kp-load-kustomization-'));
    mkdirSync(path.join(root, 'kafka'));
    for (const file of ['Kustomization', '50kafka.yml', 'README', 'kustomization', 'Kustomization.txt'])
      writeFileSync(path.join(root, 'kafka', file), 'resources: [50kafka.yml]\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const load = async (patterns: string[]) =>
    (await loadManifests({ cwd: root, patterns })).texts.map((t) => t.path);

  it('a directory search loads `Kustomization` (no extension), nothing else without an extension', async () => {
    expect(await load(['kafka'])).toEqual(['kafka/50kafka.yml', 'kafka/Kustomization']);
    expect(await load(['.'])).toContain('kafka/Kustomization');
    expect(await load(['.'])).not.toContain('kafka/README');
  });

  it('a glob loads only what it matches', async () => {
    expect(await load(['**/*.yml'])).toEqual(['kafka/50kafka.yml']);
  });
});
