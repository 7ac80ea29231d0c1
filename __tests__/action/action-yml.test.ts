import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envInputReader, parseInputs } from '../../src/action/inputs.js';

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares every input and output of INTERFACE.md, each described, and runs dist/index.js on node24', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'token',
      'files',
      'exclude',
      'report',
      'comment',
      'annotations',
      'check-run',
      'fail-on',
      'config',
      'default-namespace',
      'max-comments',
      'sarif-file',
      'helm',
    ]);
    expect(Object.keys(action.outputs)).toEqual([
      'errors',
      'warnings',
      'notices',
      'findings-file',
      'sarif-file',
    ]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\S{3}/);
      expect(input.required ?? false, name).toBe(false);
      expect(typeof input.default, name).toBe('string');
    }
    for (const output of Object.values(action.outputs)) expect(output.description).toMatch(/\S{3}/);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
    expect(action.branding.icon).not.toBe('');
  });

  it('has the same defaults as the parser applies when an input is missing', () => {
    const env: Record<string, string> = {};
    for (const [name, input] of Object.entries(action.inputs)) {
      if (name !== 'token') env[`INPUT_${name.toUpperCase()}`] = input.default ?? '';
    }
    expect(parseInputs(envInputReader(env)).inputs).toEqual(parseInputs(envInputReader({})).inputs);
  });
});
