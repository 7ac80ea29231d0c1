/** The config's `charts:` key (src/config/charts.ts): parsed with positions, anchored at the config file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { configCheckOptions, loadConfig } from '../../src/config/load.js';

const parse = (text: string) => parseConfig(text, '.kube-pairing.yaml', ['yaml-syntax']);
function problems(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected a ConfigError');
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('charts:', () => {
  it('reads path, release, namespace and values; absent or empty is no entries', () => {
    expect(
      parse(
        'charts:\n  - path: charts/*\n    release: shop\n    namespace: prod\n    values: [a.yaml, b.yaml]\n  - path: db\n',
      ).charts,
    ).toEqual([
      { path: 'charts/*', release: 'shop', namespace: 'prod', values: ['a.yaml', 'b.yaml'] },
      { path: 'db' },
    ]);
    expect(parse('charts:\n').charts).toEqual([]);
    expect(parse('rules: {}\n').charts).toEqual([]);
    expect(parse('charts:\n  - path: x\n    values: one.yaml\n').charts).toEqual([
      { path: 'x', values: ['one.yaml'] },
    ]);
  });

  it('each wrong entry is named at its position', () => {
    expect(problems('charts: charts/*\n')).toEqual([
      '.kube-pairing.yaml:1:9: "charts" must be a list of entries like "- path: charts/*"',
    ]);
    expect(
      problems(
        'charts:\n  - release: shop\n  - path: x\n    namespace: Prod\n  - path: y\n    vaules: [a.yaml]\n  - just-a-string\n',
      ),
    ).toEqual([
      '.kube-pairing.yaml:2:5: a "charts" entry needs "path": a glob of chart directories',
      `.kube-pairing.yaml:4:16: "namespace" must be a namespace name (lower-case letters, digits and '-'), got "Prod"`,
      '.kube-pairing.yaml:6:5: unknown key "vaules" in a "charts" entry; valid keys: path, release, namespace, values',
      '.kube-pairing.yaml:7:5: each "charts" entry must be a mapping with "path" (and release, namespace, values)',
    ]);
    expect(problems('charts:\n  - path: x\n    values: [a.yaml, {b: 1}]\n')).toEqual([
      '.kube-pairing.yaml:3:13: "values" must be a list of values files, e.g. "values: [charts/values-prod.yaml]"',
    ]);
  });

  it('configCheckOptions anchors the glob and the values files at the config file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kp-charts-'));
    dirs.push(dir);
    writeFileSync(
      path.join(dir, '.kube-pairing.yaml'),
      'charts:\n  - path: charts/*\n    values: [charts/prod.yaml]\n  - path: /abs/chart\n',
    );
    const options = configCheckOptions(await loadConfig(undefined, { cwd: dir }));
    const base = dir.split(path.sep).join('/');
    expect(options.charts).toEqual([
      { path: `${base}/charts/*`, values: [path.join(dir, 'charts/prod.yaml')] },
      { path: '/abs/chart' },
    ]);
  });
});
