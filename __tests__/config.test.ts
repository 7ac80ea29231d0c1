import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config/config.js';
import { configCheckOptions, loadConfig } from '../src/config/load.js';
import { checkManifests } from '../src/check.js';
import { ALL_RULES } from '../src/rules/index.js';
import { dedent } from './helpers/rule-tester.js';

const ids = ALL_RULES.map((r) => r.meta.id);
const parse = (text: string) => parseConfig(dedent(text), '.kube-pairing.yaml', ids);
const problems = (text: string): string[] => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('parseConfig', () => {
  it('reads rules, ignore and defaultNamespace', () => {
    expect(
      parse(`
        # team defaults
        rules:
          endpoints-without-service: warning
          yaml-syntax: off
        ignore: ["charts/**", vendor/*.yaml]
        defaultNamespace: platform
      `),
    ).toEqual({
      rules: { 'endpoints-without-service': 'warning', 'yaml-syntax': 'off' },
      ignore: ['charts/**', 'vendor/*.yaml'],
      defaultNamespace: 'platform',
      charts: [],
    });
  });

  it('negated ignore globs are kept in order: they load what an earlier glob or a default excludes', () => {
    expect(parse('ignore: ["charts/**", "!charts/mine/**", "!**/testdata/**"]\n').ignore).toEqual([
      'charts/**',
      '!charts/mine/**',
      '!**/testdata/**',
    ]);
  });

  it('an empty file, a comment-only file and empty sections are an empty config', () => {
    expect(parse('')).toEqual({ rules: {}, ignore: [], charts: [] });
    expect(parse('# nothing yet\n')).toEqual({ rules: {}, ignore: [], charts: [] });
    expect(parse('rules:\nignore:\n')).toEqual({ rules: {}, ignore: [], charts: [] });
  });

  it('an unknown key names it, its position, the valid keys and the closest one', () => {
    expect(problems('rules: {}\nignored: []\ndefault-namespace: x\n')).toEqual([
      '.kube-pairing.yaml:2:1: unknown key "ignored" (did you mean "ignore"?); valid keys: rules, ignore, defaultNamespace, charts',
      '.kube-pairing.yaml:3:1: unknown key "default-namespace" (did you mean "defaultNamespace"?); valid keys: rules, ignore, defaultNamespace, charts',
    ]);
  });

  it('an unknown rule id names it, its position, the closest id and every valid id', () => {
    const [line] = problems(`
      rules:
        endpoints-without-service: error
        endpoint-without-service: off
    `);
    expect(line).toMatch(
      /^\.kube-pairing\.yaml:3:3: unknown rule "endpoint-without-service" in "rules" \(did you mean "endpoints-without-service"\?\); valid rule ids: /,
    );
    for (const id of ids) expect(line).toContain(id);
  });

  it('a bad severity names the rule, the value, the valid severities and the likely one', () => {
    expect(
      problems(`
        rules:
          yaml-syntax: warn
          endpoints-without-service: 0
          unused-suppression: Error
          duplicate-resource: [error]
      `),
    ).toEqual([
      '.kube-pairing.yaml:2:16: rule "yaml-syntax" has severity "warn" (did you mean "warning"?); valid severities: error, warning, notice, off',
      '.kube-pairing.yaml:3:30: rule "endpoints-without-service" has severity 0 (did you mean "off"?); valid severities: error, warning, notice, off',
      '.kube-pairing.yaml:4:23: rule "unused-suppression" has severity "Error" (did you mean "error"?); valid severities: error, warning, notice, off',
      '.kube-pairing.yaml:5:23: rule "duplicate-resource" has severity a collection; valid severities: error, warning, notice, off',
    ]);
  });

  it('wrong types are errors with the expected shape', () => {
    expect(
      problems(`
        rules: [yaml-syntax]
        ignore: charts/**
        defaultNamespace: Team_A
      `),
    ).toEqual([
      '.kube-pairing.yaml:1:8: "rules" must be a mapping of rule id to severity (error, warning, notice, off), e.g. "rules: { endpoints-deprecated: off }"',
      '.kube-pairing.yaml:2:9: "ignore" must be a list of globs, e.g. "ignore: ["charts/**"]"',
      '.kube-pairing.yaml:3:19: "defaultNamespace" must be a namespace name (a DNS-1123 label: lower-case letters, digits and \'-\', at most 63 characters), got "Team_A"',
    ]);
    expect(problems('ignore: ["", "!", "!!keep/**"]\n')).toEqual([
      '.kube-pairing.yaml:1:10: every "ignore" entry must be a non-empty glob string, e.g. "charts/**"',
      '.kube-pairing.yaml:1:14: "!" negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"',
      '.kube-pairing.yaml:1:19: "!!keep/**" is negated twice: write "!keep/**" to load those files after all, or "keep/**" to ignore them',
    ]);
    expect(problems('- rules\n')).toEqual([
      '.kube-pairing.yaml:1:1: the config must be a mapping with the keys rules, ignore, defaultNamespace, charts',
    ]);
  });

  it('YAML syntax errors and duplicate keys point at the parser position', () => {
    expect(problems('rules:\n  yaml-syntax: off\nrules: {}\n')[0]).toMatch(
      /^\.kube-pairing\.yaml:3:1: not valid YAML: Map keys must be unique/,
    );
    expect(problems('ignore: [charts\n')[0]).toMatch(/^\.kube-pairing\.yaml:\d+:\d+: not valid YAML: /);
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the default file is optional, an explicit one is required', async () => {
    expect(await loadConfig(undefined, { cwd: dir })).toBeUndefined();
    await expect(loadConfig('missing.yaml', { cwd: dir, required: true })).rejects.toThrow(
      'missing.yaml: config file not found',
    );
    await expect(loadConfig('.', { cwd: dir, required: true })).rejects.toThrow(
      'config path is a directory, not a file',
    );
  });

  it('ignore globs are anchored at the config file, and the config file itself is never loaded', async () => {
    const root = path.join(dir, 'repo');
    mkdirSync(path.join(root, 'charts/web'), { recursive: true });
    mkdirSync(path.join(root, 'manifests'), { recursive: true });
    writeFileSync(path.join(root, '.kube-pairing.yaml'), 'ignore: ["charts/**"]\ndefaultNamespace: ops\n');
    writeFileSync(
      path.join(root, 'charts/web/ep.yaml'),
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: a}\n',
    );
    writeFileSync(
      path.join(root, 'manifests/ep.yaml'),
      'apiVersion: v1\nkind: Endpoints\nmetadata: {name: b}\n',
    );
    const config = await loadConfig(undefined, { cwd: root });
    expect(config).toMatchObject({ file: path.join(root, '.kube-pairing.yaml'), defaultNamespace: 'ops' });

    // Scanning from the repository root, and from a subdirectory of it, skips the same files.
    for (const cwd of [root, path.join(root, 'charts')]) {
      const result = await checkManifests({ cwd, patterns: [root], ...configCheckOptions(config) });
      expect(result.index.files.map((f) => path.basename(f.file.path))).toEqual(['ep.yaml']);
      expect(result.index.endpoints.map((e) => e.resource.ref)).toEqual([
        { kind: 'Endpoints', namespace: 'ops', name: 'b' },
      ]);
      expect(result.skippedFiles).toEqual([]);
    }
    expect(configCheckOptions(config, { defaultNamespace: 'cli' }).defaultNamespace).toBe('cli');
    expect(configCheckOptions(undefined)).toEqual({ severities: {}, ignore: [], charts: [] });
  });

  it('a negated glob is anchored like the others, except the negation of a default, which removes it', async () => {
    const root = path.join(dir, 'negated');
    mkdirSync(path.join(root, 'charts/mine'), { recursive: true });
    mkdirSync(path.join(root, 'charts/web'), { recursive: true });
    mkdirSync(path.join(root, 'pkg/testdata'), { recursive: true });
    writeFileSync(
      path.join(root, '.kube-pairing.yaml'),
      'ignore: ["charts/**", "!charts/mine/**", "!./**/testdata/**", "!**/testdata/**"]\n',
    );
    for (const file of ['charts/mine/a.yaml', 'charts/web/b.yaml', 'pkg/testdata/c.yaml', 'd.yaml'])
      writeFileSync(path.join(root, file), 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\n');
    const config = await loadConfig(undefined, { cwd: root });
    const base = root.split(path.sep).join('/');
    expect(configCheckOptions(config).ignore).toEqual([
      `${base}/charts/**`,
      `!${base}/charts/mine/**`,
      '!**/testdata/**',
      '!**/testdata/**',
      `${base}/.kube-pairing.yaml`,
    ]);
    const result = await checkManifests({ cwd: root, patterns: ['.'], ...configCheckOptions(config) });
    expect(result.index.files.map((f) => f.file.path)).toEqual([
      'charts/mine/a.yaml',
      'd.yaml',
      'pkg/testdata/c.yaml',
    ]);
  });

  it('without a config, testdata is not loaded', async () => {
    const result = await checkManifests({ cwd: path.join(dir, 'negated'), patterns: ['.'] });
    const paths = result.index.files.map((f) => f.file.path);
    expect(paths).toContain('charts/web/b.yaml');
    expect(paths).not.toContain('pkg/testdata/c.yaml');
  });
});
