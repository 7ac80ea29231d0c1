/**
 * The checkout belongs to the pull request: a symbolic link committed there must not make kube-pairing
 * read a file of the runner (its config) or write one (the SARIF output), and a device or a pipe must
 * not hang or exhaust it.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionRun, createPullRequestRepo, runAction, startFakeGitHub } from '../github-server/index.js';
import { runCli } from '../helpers/cli.js';

const orphan = (name: string) =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\n  namespace: default\nsubsets:\n  - addresses:\n      - ip: 10.20.30.40\n    ports:\n      - name: client\n        port: 2379\n`;

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kp-confine-'));
  outside = path.join(root, 'outside');
  mkdirSync(outside);
  // A YAML file outside the checkout whose keys would be quoted by a config error.
  writeFileSync(path.join(outside, 'secrets.yaml'), 'rules:\n  TOP-SECRET-VALUE: error\n');
  writeFileSync(path.join(outside, 'precious.txt'), 'do not overwrite\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function checkout(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ep.yaml'), orphan('ep'));
  return dir;
}

describe('the config file', () => {
  it('is not read through a symbolic link that leads out of the working directory', () => {
    const dir = checkout('config-link');
    symlinkSync(path.join(outside, 'secrets.yaml'), path.join(dir, '.kube-pairing.yaml'));
    const run = runCli([], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'kube-pairing: .kube-pairing.yaml: the config file is a symbolic link that leads outside the working directory (not followed)\n',
    );
    expect(run.stdout + run.stderr).not.toContain('TOP-SECRET');
  });

  it('may be a link to a file inside it', () => {
    const dir = checkout('config-inside');
    mkdirSync(path.join(dir, 'conf'));
    writeFileSync(path.join(dir, 'conf/kp.yaml'), 'rules:\n  endpoints-deprecated: off\n');
    symlinkSync('conf/kp.yaml', path.join(dir, '.kube-pairing.yaml'));
    const run = runCli(['--format', 'json'], dir);
    expect(run.status).toBe(1);
    const rules = (JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
    expect(rules).toContain('endpoints-without-service');
    expect(rules).not.toContain('endpoints-deprecated');
  });

  it('is refused quickly when it is a device or a named pipe', () => {
    for (const [name, make] of [
      ['config-zero', (file: string) => symlinkSync('/dev/zero', file)],
      ['config-fifo', (file: string) => execFileSync('mkfifo', [file])],
    ] as const) {
      const dir = checkout(name);
      make(path.join(dir, '.kube-pairing.yaml'));
      // Opening a FIFO for reading would wait for a writer forever: a run that hangs fails on the test's
      // time limit (no time is asserted here).
      const run = runCli(['--config', '.kube-pairing.yaml'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^kube-pairing: \.kube-pairing\.yaml: the config (path is not a regular file|file is a symbolic link that leads outside)/,
      );
    }
  });
});

describe('the Action', () => {
  let ACTION = path.resolve('dist/index.js');
  beforeAll(() => {
    const bundle = mkdtempSync(path.join(os.tmpdir(), 'kp-confine-bundle-'));
    copyFileSync(ACTION, path.join(bundle, 'index.mjs'));
    ACTION = path.join(bundle, 'index.mjs');
    return () => rmSync(bundle, { recursive: true, force: true });
  });

  it('writes no SARIF through a link in the checkout, says so, and keeps the verdict', async () => {
    const repo = createPullRequestRepo({ base: {}, head: { 'ep.yaml': orphan('ep') } });
    // What a pull request could commit: the SARIF path, and a directory on the way, as links to the runner's files.
    symlinkSync(path.join(outside, 'precious.txt'), path.join(repo.dir, 'results.sarif'));
    symlinkSync(outside, path.join(repo.dir, 'reports'));
    const fake = await startFakeGitHub();
    const pull = fake.addPullRequest({ owner: 'octo', repo: 'app', number: 3, ...repo });
    try {
      for (const [target, said] of [
        ['results.sarif', 'results.sarif is a symbolic link: not followed, nothing written'],
        ['reports/out.sarif', 'reports is a symbolic link that leads outside the workspace: nothing written'],
      ] as const) {
        const run = actionRun(fake, {
          pull,
          workspace: repo.dir,
          inputs: { 'sarif-file': target, comment: 'off' },
        });
        const result = await runAction(ACTION, run, {
          HOME: os.tmpdir(),
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: os.devNull,
        });
        run.cleanup();
        expect(result.status).toBe(1); // the Endpoints finding, not the refused write
        expect(result.stdout.split('\n').filter((l) => l.includes('sarif-file failed'))).toEqual([
          `::warning::kube-pairing: sarif-file failed: ${said}`,
        ]);
      }
      expect(readFileSync(path.join(outside, 'precious.txt'), 'utf8')).toBe('do not overwrite\n');
      expect(() => readFileSync(path.join(outside, 'out.sarif'))).toThrow();
    } finally {
      await fake.close();
      repo.cleanup();
    }
  }, 30_000);
});
