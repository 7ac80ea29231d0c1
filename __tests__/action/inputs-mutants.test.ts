/** src/action/inputs.ts, input by input (mutation testing, docs/testing.md). */
import { describe, expect, it } from 'vitest';
import { envInputReader, InputError, parseInputs } from '../../src/action/inputs.js';

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';
const parse = (values: Record<string, string>) => parseInputs(reader(values));

/** The InputError message for these inputs (fails the test for any other outcome). */
function inputError(values: Record<string, string>): string {
  try {
    parse(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('no InputError');
}

describe('envInputReader', () => {
  it('INPUT_<NAME>: upper-cased, blanks as underscores, hyphens kept, the value trimmed', () => {
    const read = envInputReader({ 'INPUT_MAX-COMMENTS': ' 7\n', INPUT_A_B_C: 'x', INPUT_TOKEN: 'tok' });
    expect(read('max-comments')).toBe('7');
    expect(read('a b c')).toBe('x');
    expect(read('token')).toBe('tok');
    expect(read('unset')).toBe('');
  });
});

describe('parseInputs', () => {
  it('no input set: the documented defaults', () => {
    expect(parse({})).toStrictEqual({
      inputs: {
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
      },
      notes: [],
    });
  });

  it('token, config, default-namespace and sarif-file are read under their own names', () => {
    const { inputs } = parse({
      token: 'ghs_x',
      config: 'ci/kp.yaml',
      'default-namespace': 'a',
      'sarif-file': 'out.sarif',
    });
    expect([inputs.token, inputs.config, inputs.defaultNamespace, inputs.sarifFile]).toEqual([
      'ghs_x',
      'ci/kp.yaml',
      'a',
      'out.sarif',
    ]);
  });

  it('booleans: the YAML 1.2 core spellings only', () => {
    for (const value of ['true', 'True', 'TRUE'])
      expect(parse({ 'check-run': value }).inputs.checkRun, value).toBe(true);
    for (const value of ['false', 'False', 'FALSE'])
      expect(parse({ annotations: value }).inputs.annotations, value).toBe(false);
    expect(inputError({ annotations: 'tRUE' })).toBe('input annotations must be true or false (got "tRUE")');
    expect(inputError({ 'check-run': 'yes' })).toBe('input check-run must be true or false (got "yes")');
  });

  it('max-comments: a whole number, at most 50 (a note says when it was lowered)', () => {
    expect(parse({ 'max-comments': '0' })).toMatchObject({ inputs: { maxComments: 0 }, notes: [] });
    expect(parse({ 'max-comments': '50' })).toMatchObject({ inputs: { maxComments: 50 }, notes: [] });
    expect(parse({ 'max-comments': '51' })).toMatchObject({
      inputs: { maxComments: 50 },
      notes: [
        'max-comments 51 lowered to 50: GitHub rejects very large reviews; the other findings go to the review body and the job summary',
      ],
    });
    for (const value of ['5x', '-1', '1.5', 'x5'])
      expect(inputError({ 'max-comments': value })).toBe(
        `input max-comments must be a whole number, 0 or more (got "${value}")`,
      );
  });

  it('default-namespace: a valid namespace name', () => {
    for (const ns of ['a', 'ab', 'a-b', 'x'.repeat(63)])
      expect(parse({ 'default-namespace': ns }).inputs.defaultNamespace).toBe(ns);
    for (const ns of ['ab-', '-a', 'A', 'a_b', 'a.b', 'x'.repeat(64)])
      expect(inputError({ 'default-namespace': ns })).toBe(
        `input default-namespace must be a valid namespace name (lower-case letters, digits and '-', at most 63 characters; got "${ns}")`,
      );
  });
});
