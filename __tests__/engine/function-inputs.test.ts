import { describe, expect, it } from 'vitest';
import { functionInputNote, functionInputOf, functionScopes } from '../../src/engine/function-inputs.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { buildUnit as build, directoryUnit as dir } from '../helpers/units.js';

const fnConfig = (kind: string, annotation = 'config.kubernetes.io/function', name = 'check'): string =>
  `apiVersion: examples.config.kubernetes.io/v1beta1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  annotations:\n` +
  `    ${annotation}: |\n      container:\n        image: gcr.io/example/fn:v1\nspec: {}\n`;
const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports: [{port: 80}]\n';

describe('manifests that are the input of a KRM function', () => {
  const scopes = functionScopes([
    parseManifestFile('fns/validate/example-use.yaml', `${fnConfig('Kubeval')}---\n${svc}`),
    parseManifestFile('fns/old/fn.yaml', fnConfig('Labeller', 'config.k8s.io/function', 'label')),
    // The second config of a directory does not replace the first (files come in path order).
    parseManifestFile('fns/old/more.yaml', fnConfig('Other')),
    // A kustomization is no function config, even when it quotes the annotation (a transformer's field spec).
    parseManifestFile(
      'app/kustomization.yaml',
      'resources: [svc.yaml]\ncommonAnnotations:\n  config.kubernetes.io/function: x\n',
    ),
    // The annotation's name in a value, a comment or an empty annotation declares nothing.
    parseManifestFile(
      'docs/cm.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    config.kubernetes.io/function: ""\n' +
        'data:\n  note: "config.kubernetes.io/function" # config.k8s.io/function\n',
    ),
    parseManifestFile('plain/svc.yaml', svc),
  ]);

  it('finds the function configs by their annotation (both names), one per directory', () => {
    expect([...scopes.values()]).toEqual([
      { dir: 'fns/validate', file: 'fns/validate/example-use.yaml', kind: 'Kubeval', name: 'check' },
      { dir: 'fns/old', file: 'fns/old/fn.yaml', kind: 'Labeller', name: 'label' },
    ]);
  });

  it.each([
    ['the file that declares it', 'fns/validate/example-use.yaml', [dir('fns/validate')], 'fns/validate'],
    ['a file beside it', 'fns/validate/other.yaml', [dir('fns/validate')], 'fns/validate'],
    [
      'a file in a subdirectory (the function is scoped to its tree)',
      'fns/old/a/b/svc.yaml',
      [dir('fns/old/a/b')],
      'fns/old',
    ],
    ['a file in a sibling directory', 'fns/other/svc.yaml', [dir('fns/other')], undefined],
    ['a file above it', 'fns/svc.yaml', [dir('fns')], undefined],
    [
      'a file that a kustomize build places too',
      'fns/validate/svc.yaml',
      [dir('fns/validate'), build('fns/validate')],
      undefined,
    ],
    ['a finding about no object', 'fns/validate/svc.yaml', undefined, undefined],
    ['an object placed nowhere', 'fns/validate/svc.yaml', [], undefined],
    [
      'a file of a directory whose name only starts like it',
      'fns/validate2/svc.yaml',
      [dir('fns/validate2')],
      undefined,
    ],
  ] as const)('%s', (_name, file, units, expected) => {
    expect(functionInputOf(file, units, scopes)?.dir).toBe(expected);
  });

  it('a function config at the top of the scan scopes every file; no config, no scope', () => {
    const top = functionScopes([parseManifestFile('fn.yaml', fnConfig('Kubeval'))]);
    expect(functionInputOf('deep/down/svc.yaml', [dir('deep/down')], top)?.file).toBe('fn.yaml');
    expect(functionInputOf('svc.yaml', [dir('.')], functionScopes([]))).toBeUndefined();
  });

  it('says which file declares which function, and what runs it', () => {
    const config = {
      dir: 'fns/validate',
      file: 'fns/validate/example-use.yaml',
      kind: 'Kubeval',
      name: 'check',
    };
    expect(functionInputNote(config, 'fns/validate/example-use.yaml')).toBe(
      ' Reported as a notice: this file declares the KRM function Kubeval check (`config.kubernetes.io/function`), ' +
        'and `kustomize fn run` and `kpt fn run` pass the manifests of `fns/validate/` and below through it and apply ' +
        "what it returns, which the files do not show (set the rule's severity in .kube-pairing.yaml to report it at its own).",
    );
    expect(functionInputNote(config, 'fns/validate/a/svc.yaml')).toContain(
      'Reported as a notice: `fns/validate/example-use.yaml` declares the KRM function Kubeval check',
    );
    expect(functionInputNote({ ...config, dir: '.', name: '' }, 'x.yaml')).toContain(
      'declares the KRM function Kubeval (`config.kubernetes.io/function`), and `kustomize fn run` and `kpt fn run` pass the manifests of the scan through',
    );
  });
});
