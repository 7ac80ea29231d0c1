import { describe, expect, it } from 'vitest';
import { envInputReader, InputError, parseInputs } from '../../src/action/inputs.js';

const parse = (env: Record<string, string>) => parseInputs(envInputReader(env));

describe('parseInputs', () => {
  it('applies the documented defaults when the runner passes nothing', () => {
    const { inputs, notes } = parse({});
    expect(inputs).toEqual({
      token: '',
      files: ['**/*.yaml', '**/*.yml', '**/*.json', '**/Kustomization'],
      exclude: [
        'node_modules/**',
        '.git/**',
        '**/vendor/**',
        '**/testdata/**',
        '**/_testdata/**',
        '**/e2e/**',
        '**/fake/**',
        '**/fixtures/**',
        '**/__fixtures__/**',
        '**/__tests__/**',
      ],
      report: 'changed-lines',
      comment: 'review',
      annotations: true,
      checkRun: false,
      failOn: 'error',
      config: '.kube-pairing.yaml',
      helm: 'helm',
      maxComments: 30,
    });
    expect(notes).toEqual([]);
  });

  it('reads INPUT_<NAME> with hyphens kept, trimming values, one glob a line', () => {
    const { inputs } = parse({
      'INPUT_FAIL-ON': ' warning ',
      'INPUT_CHECK-RUN': 'true',
      'INPUT_MAX-COMMENTS': '5',
      'INPUT_DEFAULT-NAMESPACE': 'infra',
      'INPUT_SARIF-FILE': 'out/kp.sarif',
      INPUT_FILES: 'k8s/**/*.yaml\n\n# comment\n  deploy/*.yml  \n',
      INPUT_REPORT: 'changed-files',
      INPUT_ANNOTATIONS: 'False',
      INPUT_COMMENT: 'off',
    });
    expect(inputs).toMatchObject({
      failOn: 'warning',
      checkRun: true,
      maxComments: 5,
      defaultNamespace: 'infra',
      sarifFile: 'out/kp.sarif',
      files: ['k8s/**/*.yaml', 'deploy/*.yml'],
      report: 'changed-files',
      annotations: false,
      comment: 'off',
    });
  });

  it('caps max-comments at 50 and says so', () => {
    const { inputs, notes } = parse({ 'INPUT_MAX-COMMENTS': '200' });
    expect(inputs.maxComments).toBe(50);
    expect(notes[0]).toContain('max-comments 200 lowered to 50');
  });

  it.each([
    ['INPUT_FAIL-ON', 'errors', 'input fail-on must be one of error, warning, notice, never (got "errors")'],
    ['INPUT_REPORT', 'diff', 'input report must be one of changed-lines, changed-files, all (got "diff")'],
    ['INPUT_ANNOTATIONS', 'yes', 'input annotations must be true or false (got "yes")'],
    ['INPUT_MAX-COMMENTS', '-1', 'input max-comments must be a whole number, 0 or more (got "-1")'],
    ['INPUT_DEFAULT-NAMESPACE', 'Infra', 'input default-namespace must be a valid namespace name'],
  ])('refuses %s=%s with a message naming the input and the choices', (name, value, message) => {
    expect(() => parse({ [name]: value })).toThrow(InputError);
    expect(() => parse({ [name]: value })).toThrow(message);
  });
});
