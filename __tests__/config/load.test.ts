/**
 * Loading the config file from disk as the CLI and the Action do (in process, so that mutation testing sees
 * src/config): which path is shown in messages, what a missing, odd or hostile file does, and the options a
 * config gives `checkManifests`.
 */
import { mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configCheckOptions, loadConfig } from '../../src/config/load.js';
import { workdirs } from '../helpers/workdir.js';

/** A fresh working directory with the given files. */
const workdir = workdirs('kp-config-load');

/** The ConfigError message a load gives. */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const posix = process.platform !== 'win32';

describe('loadConfig', () => {
  it('reads the default file with the rules, globs and namespace it sets, and returns its absolute path', async () => {
    const cwd = workdir({
      '.kube-pairing.yaml': 'rules: {yaml-syntax: off, endpoints-deprecated: notice}\nignore: [a/**]\n',
    });
    expect(await loadConfig(undefined, { cwd })).toEqual({
      rules: { 'yaml-syntax': 'off', 'endpoints-deprecated': 'notice' },
      ignore: ['a/**'],
      charts: [],
      file: path.join(cwd, '.kube-pairing.yaml'),
    });
  });

  it('messages name the file relative to the working directory, with / between segments', async () => {
    const cwd = workdir({ 'conf/team/kp.yaml': 'rules: {yaml-sintax: off}\n' });
    expect(await failure(loadConfig('conf/team/kp.yaml', { cwd }))).toMatch(
      /^conf\/team\/kp\.yaml:1:9: unknown rule "yaml-sintax" in "rules" \(did you mean "yaml-syntax"\?\)/,
    );
    expect(await failure(loadConfig('conf/missing.yaml', { cwd, required: true }))).toBe(
      'conf/missing.yaml: config file not found',
    );
  });

  it('a missing default file is no config; a missing explicit one is an error', async () => {
    const cwd = workdir();
    expect(await loadConfig(undefined, { cwd })).toBeUndefined();
    expect(await loadConfig('other.yaml', { cwd })).toBeUndefined();
    expect(await failure(loadConfig('other.yaml', { cwd, required: true }))).toBe(
      'other.yaml: config file not found',
    );
  });

  it('a directory is an error even where a missing file would be fine; the working directory itself is shown absolute', async () => {
    const cwd = workdir();
    mkdirSync(path.join(cwd, '.kube-pairing.yaml'));
    expect(await failure(loadConfig(undefined, { cwd }))).toBe(
      '.kube-pairing.yaml: config path is a directory, not a file',
    );
    expect(await failure(loadConfig('.', { cwd, required: true }))).toBe(
      `${cwd}: config path is a directory, not a file`,
    );
  });

  it.runIf(posix)('a path that cannot be read says why, with the error code', async () => {
    const cwd = workdir({ 'file.yaml': 'rules: {}\n' });
    symlinkSync('.kube-pairing.yaml', path.join(cwd, '.kube-pairing.yaml'));
    expect(await failure(loadConfig(undefined, { cwd }))).toBe(
      '.kube-pairing.yaml: config file cannot be read (ELOOP)',
    );
    expect(await failure(loadConfig('file.yaml/kp.yaml', { cwd, required: true }))).toBe(
      'file.yaml/kp.yaml: config file cannot be read (ENOTDIR)',
    );
  });

  it.runIf(posix)('a symbolic link out of the working directory is not followed', async () => {
    const outside = workdir({ 'secret.yaml': 'rules: {}\n' });
    // A sibling whose name starts with the working directory's: still outside.
    const cwd = workdir();
    const sibling = `${cwd}-evil`;
    mkdirSync(sibling);
    writeFileSync(path.join(sibling, 'kp.yaml'), 'rules: {}\n');
    const refused = (link: string) =>
      `${link}: the config file is a symbolic link that leads outside the working directory (not followed)`;

    symlinkSync(path.join(outside, 'secret.yaml'), path.join(cwd, '.kube-pairing.yaml'));
    expect(await failure(loadConfig(undefined, { cwd }))).toBe(refused('.kube-pairing.yaml'));
    symlinkSync(path.join(sibling, 'kp.yaml'), path.join(cwd, 'sibling.yaml'));
    expect(await failure(loadConfig('sibling.yaml', { cwd, required: true }))).toBe(refused('sibling.yaml'));
  });

  it.runIf(posix)(
    'a symbolic link inside the working directory is followed; a path given outside it is read',
    async () => {
      const cwd = workdir({ 'conf/real.yaml': 'defaultNamespace: ops\n' });
      symlinkSync('conf/real.yaml', path.join(cwd, '.kube-pairing.yaml'));
      expect(await loadConfig(undefined, { cwd })).toMatchObject({ defaultNamespace: 'ops' });
      // A link to the working directory itself leads nowhere outside: it is a directory.
      symlinkSync('.', path.join(cwd, 'here.yaml'));
      expect(await failure(loadConfig('here.yaml', { cwd, required: true }))).toBe(
        'here.yaml: config path is a directory, not a file',
      );
      // An explicit path outside the working directory (`--config ../shared/kp.yaml`) is the user's choice.
      const shared = workdir({ 'kp.yaml': 'defaultNamespace: shared\n' });
      expect(await loadConfig(path.join(shared, 'kp.yaml'), { cwd, required: true })).toMatchObject({
        defaultNamespace: 'shared',
        file: path.join(shared, 'kp.yaml'),
      });
    },
  );

  it.runIf(posix)('only a regular file is read: a device is refused without reading it', async () => {
    const cwd = workdir();
    const shown = path.relative(cwd, '/dev/zero');
    expect(await failure(loadConfig('/dev/zero', { cwd, required: true }))).toBe(
      `${shown}: the config path is not a regular file`,
    );
  });

  it('a file over 1 MiB is not a config; one of exactly 1 MiB is read', async () => {
    const MiB = 1024 * 1024;
    const comment = (size: number) => `#${'x'.repeat(size - 2)}\n`;
    const cwd = workdir({ 'big.yaml': comment(MiB + 1), 'edge.yaml': comment(MiB) });
    expect(await failure(loadConfig('big.yaml', { cwd, required: true }))).toBe(
      'big.yaml: the config file is larger than 1 MiB: not a kube-pairing config',
    );
    expect(await loadConfig('edge.yaml', { cwd, required: true })).toEqual({
      rules: {},
      ignore: [],
      charts: [],
      file: path.join(cwd, 'edge.yaml'),
    });
  });

  it.runIf(process.platform === 'linux')('closes the file it opened, also when it refuses it', async () => {
    const cwd = workdir({ 'ok.yaml': 'rules: {}\n', 'big.yaml': `#${'x'.repeat(1024 * 1024)}\n` });
    for (let i = 0; i < 5; i++) {
      await loadConfig('ok.yaml', { cwd, required: true });
      await loadConfig('big.yaml', { cwd, required: true }).catch(() => undefined);
    }
    const open = readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return '';
        }
      })
      .filter((target) => target.startsWith(cwd));
    expect(open).toEqual([]);
  });
});

describe('configCheckOptions', () => {
  it('without a config: nothing, or only the namespace given on the command line (no undefined key)', () => {
    expect(configCheckOptions(undefined)).toStrictEqual({ severities: {}, ignore: [], charts: [] });
    expect(configCheckOptions(undefined, {})).toStrictEqual({ severities: {}, ignore: [], charts: [] });
    expect(configCheckOptions(undefined, { defaultNamespace: 'cli' })).toStrictEqual({
      severities: {},
      ignore: [],
      charts: [],
      defaultNamespace: 'cli',
    });
  });

  it("a config's severities, its globs anchored at its directory, the file itself last; the command line's namespace wins", async () => {
    const cwd = workdir({
      'repo/.kube-pairing.yaml':
        'rules: {yaml-syntax: off}\nignore: ["./charts/**", "././vendor/**", ".//tmp/**", "/abs/**"]\n',
    });
    const config = await loadConfig(undefined, { cwd: path.join(cwd, 'repo') });
    const base = path.join(cwd, 'repo').split(path.sep).join('/');
    const options = configCheckOptions(config);
    expect(options).toStrictEqual({
      severities: { 'yaml-syntax': 'off' },
      ignore: [
        `${base}/charts/**`,
        `${base}/vendor/**`,
        `${base}/tmp/**`,
        '/abs/**',
        `${base}/.kube-pairing.yaml`,
      ],
      charts: [],
    });
    // The severities are a copy: changing them changes nothing in the loaded config.
    options.severities['yaml-syntax'] = 'error';
    expect(config?.rules).toEqual({ 'yaml-syntax': 'off' });

    const withNamespace = { ...config!, defaultNamespace: 'from-file' };
    expect(configCheckOptions(withNamespace).defaultNamespace).toBe('from-file');
    expect(configCheckOptions(withNamespace, { defaultNamespace: 'cli' }).defaultNamespace).toBe('cli');
  });

  it('the negation of a default glob is recognised only through leading "./"s, and stays unanchored', async () => {
    const cwd = workdir({
      '.kube-pairing.yaml':
        'ignore: ["!**/testdata/**", "!././**/testdata/**", "!**/testdata/./**", "!./mine/**"]\n',
    });
    const config = await loadConfig(undefined, { cwd });
    const base = cwd.split(path.sep).join('/');
    expect(configCheckOptions(config).ignore).toEqual([
      '!**/testdata/**',
      '!**/testdata/**',
      `!${base}/**/testdata/./**`,
      `!${base}/mine/**`,
      `${base}/.kube-pairing.yaml`,
    ]);
  });
});
