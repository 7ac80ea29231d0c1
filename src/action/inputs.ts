import type { Severity } from '../engine/finding.js';
import { DEFAULT_IGNORE } from '../engine/load.js';

/** The Action's inputs (action.yml, INTERFACE.md), parsed and checked. */
export interface ActionInputs {
  token: string;
  files: string[];
  exclude: string[];
  report: ReportScope;
  comment: 'review' | 'off';
  annotations: boolean;
  checkRun: boolean;
  failOn: Severity | 'never';
  config: string;
  /** Unset: the config file's `defaultNamespace`, else `default`. */
  defaultNamespace?: string;
  maxComments: number;
  sarifFile?: string;
  /** The helm binary that renders the workspace's Helm charts (a path, or `helm` on PATH). */
  helm: string;
}

export type ReportScope = 'changed-lines' | 'changed-files' | 'all';

export const DEFAULT_FILES = ['**/*.yaml', '**/*.yml', '**/*.json', '**/Kustomization'];
// The engine never loads node_modules, .git, vendor and test-input directories anyway (DEFAULT_IGNORE in
// src/engine/load.ts); they are listed so that the documented default shows it (node_modules and .git as the
// input has always written them: at the top).
export const DEFAULT_EXCLUDE = DEFAULT_IGNORE.map((glob) =>
  glob === '**/node_modules/**' || glob === '**/.git/**' ? glob.slice('**/'.length) : glob,
);
/** Large reviews fail in practice (GITHUB.md): never more inline comments than this in one review. */
export const MAX_INLINE_COMMENTS = 50;

export class InputError extends Error {}

/** Reads an input by its action.yml name; returns '' when unset (as `core.getInput`). */
export type InputReader = (name: string) => string;

/** What the runner passes: `INPUT_<NAME>` upper-cased with hyphens kept, values trimmed. */
export function envInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Parses every input; throws InputError naming the input, its value and what is allowed. */
export function parseInputs(read: InputReader): { inputs: ActionInputs; notes: string[] } {
  const notes: string[] = [];
  const maxComments = integer(read, 'max-comments', 30);
  const inputs: ActionInputs = {
    token: read('token'),
    files: lines(read('files'), DEFAULT_FILES),
    exclude: lines(read('exclude'), DEFAULT_EXCLUDE),
    report: oneOf(read, 'report', ['changed-lines', 'changed-files', 'all'] as const, 'changed-lines'),
    comment: oneOf(read, 'comment', ['review', 'off'] as const, 'review'),
    annotations: boolean(read, 'annotations', true),
    checkRun: boolean(read, 'check-run', false),
    failOn: oneOf(read, 'fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    config: read('config') || '.kube-pairing.yaml',
    helm: read('helm') || 'helm',
    maxComments: Math.min(maxComments, MAX_INLINE_COMMENTS),
  };
  if (maxComments > MAX_INLINE_COMMENTS) {
    notes.push(
      `max-comments ${maxComments} lowered to ${MAX_INLINE_COMMENTS}: GitHub rejects very large reviews; the other findings go to the review body and the job summary`,
    );
  }
  const ns = read('default-namespace');
  if (ns !== '') inputs.defaultNamespace = namespace(ns);
  const sarif = read('sarif-file');
  if (sarif !== '') inputs.sarifFile = sarif;
  return { inputs, notes };
}

/** One value a line; blank lines and `#` comment lines are ignored. */
function lines(value: string, fallback: string[]): string[] {
  const list = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return list.length > 0 ? list : [...fallback];
}

function oneOf<T extends string>(read: InputReader, name: string, choices: readonly T[], fallback: T): T {
  const value = read(name);
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  if ((choices as readonly string[]).includes(lower)) return lower as T;
  throw new InputError(`input ${name} must be one of ${choices.join(', ')} (got "${value}")`);
}

/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false (got "${value}")`);
}

function integer(read: InputReader, name: string, fallback: number): number {
  const value = read(name);
  if (value === '') return fallback;
  if (!/^\d+$/.test(value))
    throw new InputError(`input ${name} must be a whole number, 0 or more (got "${value}")`);
  return Number(value);
}

function namespace(value: string): string {
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(value)) {
    throw new InputError(
      `input default-namespace must be a valid namespace name (lower-case letters, digits and '-', at most 63 characters; got "${value}")`,
    );
  }
  return value;
}
