/**
 * Inputs of policy and end-to-end test suites, by the files their test definitions name. Policy libraries and
 * operators keep objects that are wrong on purpose beside the tests that apply them: a Gatekeeper `Suite`
 * (`test.gatekeeper.sh`, run by `gator verify`) names each case's `object` and `inventory`; a Kyverno CLI `Test`
 * (`cli.kyverno.io`, run by `kyverno test`) its `resources`; a Chainsaw `Test` (`chainsaw.kyverno.io`) the `file`
 * of each `apply`, `create`, `assert`, `error`, `patch`, `update` and `delete` operation of its steps. A Service
 * without a selector there exists to be admitted or refused by a policy, not to carry traffic, so a finding about
 * such a file is reported as a notice that names the suite. Only files in the definition's directory or below count:
 * a test that applies the project's real manifests from elsewhere (`../../deploy/app.yaml`) leaves them as they are.
 *
 * Cost: one substring test per file; the objects of the few files that hold a test definition are read.
 */
import type { ParsedFile } from './parse.js';
import { isRecord } from './parse.js';
import { dirOf, joinPath } from './units.js';

/** The test definition that names a file as its input. */
export interface SuiteInput {
  /** The file that holds the test definition. */
  definition: string;
  /** `Gatekeeper Suite`, `Kyverno Test`, `Chainsaw Test`. */
  tool: string;
}

const TOOLS: readonly { group: string; kind: string; tool: string; marker: string }[] = [
  { group: 'test.gatekeeper.sh', kind: 'Suite', tool: 'Gatekeeper Suite', marker: 'test.gatekeeper.sh' },
  { group: 'cli.kyverno.io', kind: 'Test', tool: 'Kyverno Test', marker: 'cli.kyverno.io' },
  { group: 'chainsaw.kyverno.io', kind: 'Test', tool: 'Chainsaw Test', marker: 'chainsaw.kyverno.io' },
];

const OPERATIONS = ['apply', 'create', 'assert', 'error', 'patch', 'update', 'delete'] as const;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

/** The paths a test definition names, as written (relative to its directory). */
function namedFiles(tool: string, value: Record<string, unknown>): string[] {
  if (tool === 'Gatekeeper Suite')
    return records(value['tests']).flatMap((t) =>
      records(t['cases']).flatMap((c) => [
        ...(typeof c['object'] === 'string' ? [c['object']] : []),
        ...strings(c['inventory']),
      ]),
    );
  if (tool === 'Kyverno Test') return strings(value['resources']);
  const spec = isRecord(value['spec']) ? value['spec'] : {};
  return records(spec['steps']).flatMap((step) =>
    ['try', 'catch', 'finally', 'cleanup'].flatMap((phase) =>
      records(step[phase]).flatMap((operation) =>
        OPERATIONS.map((name) => operation[name])
          .filter(isRecord)
          .map((o) => o['file'])
          .filter((f): f is string => typeof f === 'string' && f !== ''),
      ),
    ),
  );
}

/** The files of the scan that a test definition names as its inputs, in its directory or below. */
export function testSuiteInputs(files: readonly ParsedFile[]): ReadonlyMap<string, SuiteInput> {
  const inputs = new Map<string, SuiteInput>();
  for (const f of files) {
    const tools = TOOLS.filter((t) => f.file.text.includes(t.marker));
    if (tools.length === 0) continue;
    const dir = dirOf(f.file.path);
    for (const object of f.objects) {
      const group = object.apiVersion.split('/')[0];
      const tool = tools.find((t) => t.group === group && t.kind === object.kind);
      if (!tool) continue;
      for (const named of namedFiles(tool.tool, object.value)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(named) || named.startsWith('/')) continue;
        const path = joinPath(dir, named);
        const inside = dir === '.' ? !path.startsWith('../') && path !== '..' : path.startsWith(`${dir}/`);
        if (inside && !inputs.has(path)) inputs.set(path, { definition: f.file.path, tool: tool.tool });
      }
    }
  }
  return inputs;
}

/** What a finding demoted to a notice there says after its message. */
export function testSuiteNote(input: SuiteInput): string {
  return (
    ` Reported as a notice: the ${input.tool} in \`${input.definition}\` names this file as a test input, often ` +
    "wrong on purpose (set the rule's severity in .kube-pairing.yaml to report it at its own)."
  );
}
