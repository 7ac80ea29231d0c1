/**
 * Property-based tests of the whole engine (parse, namespaces, every rule, suppressions) on generated
 * manifests and on byte-level mutations of them:
 *   - it never throws, whatever the text;
 *   - every finding (and related location) has a valid 1-based position inside its file:
 *     1 <= line <= line count, 1 <= column <= length of that line + 1, and the end not before the start;
 *   - the same files give the same findings in any order (and with or without the pre-scan);
 *   - the CLI, run on such files, exits 0 or 1 as --fail-on asks, in every format, and prints no stray workflow command.
 * Seeded and bounded for CI. A longer run by hand: FUZZ_RUNS=5000 npx vitest run __tests__/fuzz.test.ts
 * (FUZZ_SEED picks another seed; a failure prints the seed and path that reproduce it).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { AnalysisResult, ManifestText } from '../src/engine/analyze.js';
import { analyzeParsed } from '../src/engine/analyze.js';
import type { Region } from '../src/engine/finding.js';
import { parseManifestFile } from '../src/engine/parse.js';
import { ALL_RULES } from '../src/rules/index.js';
import { runCli } from './helpers/cli.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
/** Each property gets its share of the runs; the CLI, a process per run, a tenth of them. */
const settings = (share = 1) => ({
  seed: SEED,
  numRuns: Math.max(5, Math.round(RUNS * share)),
  endOnFailure: true,
});
const TIMEOUT = Math.max(60_000, RUNS * 400);

// ---------------------------------------------------------------------------------------------------------
// Generated manifests: the kinds the rules read, with values that pair, almost pair, or are nonsense.

const NAMES = [
  'etcd',
  'db',
  'web',
  'etcd-1',
  'Web',
  '',
  'a.b',
  'x'.repeat(70),
  '@admin',
  '<b>x</b>',
  '::error::x',
  '##[error]x',
  'a`b',
  'ünï',
  '1234',
];
const NAMESPACES = [undefined, 'default', 'kube-system', 'other', '', 'Bad_NS'];
const PORT_NAMES = [undefined, '', 'client', 'http', 'HTTP', 'x'.repeat(20), 'a_b', '-', 'peer'];
const anyScalar = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1,
    2379,
    65535,
    65536,
    80.5,
    '2379',
    'TCP',
    'UDP',
    'SCTP',
    'tcp',
    '',
    '0x50',
    'None',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -70000, max: 70000 }),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const port = fc.record(
  {
    name: maybe(fc.constantFrom(...PORT_NAMES.filter((p) => p !== undefined))),
    port: fc.oneof(fc.constantFrom(2379, 80, 443, 0, 70000, '2379'), anyScalar),
    targetPort: maybe(fc.oneof(fc.constantFrom(2379, 8080, 'client', 'http-web'), anyScalar)),
    protocol: maybe(fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp', 'HTTP')),
    appProtocol: maybe(fc.constantFrom('http', 'kubernetes.io/h2c')),
  },
  { requiredKeys: [] },
);
const ip = fc.oneof(
  fc.constantFrom(
    '10.0.0.1',
    '10.0.0.2',
    '127.0.0.1',
    '0.0.0.0',
    '169.254.1.1',
    '::1',
    'fe80::1',
    '2001:db8::1',
    'db.example.com',
    '10.0.0.256',
    '10.96.0.10',
  ),
  fc.ipV4(),
  fc.ipV6(),
  fc.string({ maxLength: 8 }),
);
const labels = fc.dictionary(
  fc.constantFrom(
    'app',
    'kubernetes.io/service-name',
    'endpointslice.kubernetes.io/managed-by',
    'endpointslice.kubernetes.io/skip-mirror',
    'service.kubernetes.io/headless',
    'service.kubernetes.io/service-proxy-name',
  ),
  fc.oneof(
    fc.constantFrom(...NAMES),
    fc.constantFrom(
      'true',
      'endpointslice-controller.k8s.io',
      'endpointslicemirroring-controller.k8s.io',
      'me',
    ),
  ),
  { maxKeys: 4 },
);
const metadata = fc.record(
  {
    name: fc.oneof(fc.constantFrom(...NAMES), anyScalar),
    namespace: fc.constantFrom(...NAMESPACES),
    labels: maybe(labels),
    annotations: maybe(
      fc.dictionary(
        fc.constantFrom('kube-pairing.io/ignore', 'control-plane.alpha.kubernetes.io/leader', 'note'),
        fc.constantFrom('endpoints-deprecated', 'endpoints-without-service,unknown-rule', 'x', ''),
        { maxKeys: 2 },
      ),
    ),
  },
  { requiredKeys: ['name'] },
);
const service = fc.record({
  apiVersion: fc.constantFrom('v1', 'v1', 'v2'),
  kind: fc.constant('Service'),
  metadata,
  spec: fc.record(
    {
      type: maybe(fc.constantFrom('ClusterIP', 'ExternalName', 'NodePort', 'LoadBalancer')),
      clusterIP: maybe(fc.constantFrom('None', '10.96.0.10', '', 'x')),
      selector: maybe(fc.oneof(fc.constant({}), labels)),
      externalName: maybe(fc.constantFrom('db.example.com', '')),
      ports: maybe(fc.oneof(fc.array(port, { maxLength: 4 }), anyScalar)),
    },
    { requiredKeys: [] },
  ),
});
const endpoints = fc.record({
  apiVersion: fc.constantFrom('v1', 'v1beta1'),
  kind: fc.constant('Endpoints'),
  metadata,
  subsets: maybe(
    fc.oneof(
      fc.array(
        fc.record(
          {
            addresses: maybe(
              fc.array(
                fc.record(
                  {
                    ip,
                    hostname: maybe(fc.constantFrom('a', 'A.b', '')),
                    nodeName: maybe(fc.constantFrom('node-1', 'N!')),
                  },
                  { requiredKeys: [] },
                ),
                { maxLength: 3 },
              ),
            ),
            notReadyAddresses: maybe(fc.array(fc.record({ ip }), { maxLength: 2 })),
            ports: maybe(fc.array(port, { maxLength: 3 })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      anyScalar,
    ),
  ),
});
const endpointSlice = fc.record({
  apiVersion: fc.constantFrom('discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'v1'),
  kind: fc.constant('EndpointSlice'),
  metadata,
  addressType: maybe(fc.constantFrom('IPv4', 'IPv6', 'FQDN', 'ipv4')),
  endpoints: maybe(
    fc.array(
      fc.record({
        addresses: fc.oneof(fc.array(ip, { maxLength: 3 }), anyScalar),
        conditions: maybe(fc.record({ ready: fc.boolean() })),
      }),
      { maxLength: 3 },
    ),
  ),
  ports: maybe(fc.oneof(fc.array(port, { maxLength: 3 }), fc.constant(null))),
});
const workload = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'v1', 'networking.k8s.io/v1', 'gateway.networking.k8s.io/v1'),
  kind: fc.constantFrom(
    'Deployment',
    'StatefulSet',
    'Pod',
    'Ingress',
    'HTTPRoute',
    'ConfigMap',
    'CustomThing',
    'PodList',
  ),
  metadata,
  spec: maybe(
    fc.record(
      {
        selector: maybe(fc.oneof(fc.record({ matchLabels: labels }), labels)),
        template: maybe(
          fc.record({
            metadata: fc.record({ labels }),
            spec: fc.record({
              containers: fc.array(
                fc.record({
                  name: fc.constantFrom('c', ''),
                  ports: maybe(
                    fc.array(
                      fc.record({ containerPort: anyScalar, name: maybe(fc.constantFrom(...PORT_NAMES)) }),
                      { maxLength: 2 },
                    ),
                  ),
                }),
                { maxLength: 2 },
              ),
            }),
          }),
        ),
        rules: maybe(
          fc.array(
            fc.record({
              http: fc.record({
                paths: fc.array(
                  fc.record({
                    path: fc.constant('/'),
                    backend: fc.record({
                      service: fc.record({
                        name: fc.constantFrom(...NAMES),
                        port: fc.oneof(
                          fc.record({ name: fc.constantFrom('client', 'x') }),
                          fc.record({ number: anyScalar }),
                        ),
                      }),
                    }),
                  }),
                  { maxLength: 2 },
                ),
              }),
            }),
            { maxLength: 2 },
          ),
        ),
        parentRefs: maybe(fc.array(fc.record({ name: fc.constant('gw') }), { maxLength: 1 })),
      },
      { requiredKeys: [] },
    ),
  ),
  items: maybe(fc.array(fc.oneof(service, endpoints, anyScalar), { maxLength: 2 })),
});
const nonsense = fc.oneof(
  anyScalar,
  fc.array(anyScalar, { maxLength: 3 }),
  fc.record({
    apiVersion: anyScalar,
    kind: anyScalar,
    metadata: fc.oneof(anyScalar, fc.record({ name: anyScalar })),
  }),
);
const object = fc.oneof(
  { weight: 3, arbitrary: service },
  { weight: 3, arbitrary: endpoints },
  { weight: 3, arbitrary: endpointSlice },
  { weight: 2, arbitrary: workload },
  { weight: 1, arbitrary: nonsense },
);

/** How a file is written: block or flow YAML, or JSON; with CRLF, a BOM, comments, kustomize namespaces. */
const fileStyle = fc.record({
  json: fc.boolean(),
  flow: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  ignoreComment: fc.boolean(),
});

function render(
  objects: unknown[],
  style: { json: boolean; flow: boolean; crlf: boolean; bom: boolean; ignoreComment: boolean },
): string {
  let text =
    style.json && objects.length === 1
      ? JSON.stringify(objects[0], null, 2)
      : objects
          .map((o) => stringify(o, { collectionStyle: style.flow ? 'flow' : 'any', lineWidth: 0 }))
          .map((doc) =>
            style.ignoreComment
              ? doc.replace(/^( *)name:/m, '$1# kube-pairing-ignore endpoints-deprecated\n$1name:')
              : doc,
          )
          .join('---\n');
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  return style.bom ? `\ufeff${text}` : text;
}

const FILE_NAMES = [
  'svc.yaml',
  'ep.yaml',
  'k8s/a.yml',
  'k8s/b.json',
  'kustomization.yaml',
  'odd name %:,.yaml',
  'ünï.yaml',
];
const kustomization = fc.record({
  namespace: fc.constantFrom('default', 'other', ''),
  resources: fc.subarray(FILE_NAMES.slice(0, 4)),
});
const files: fc.Arbitrary<ManifestText[]> = fc
  .uniqueArray(fc.constantFrom(...FILE_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        name === 'kustomization.yaml'
          ? kustomization.map((k) => ({ path: name, text: stringify(k) }))
          : fc
              .tuple(fc.array(object, { minLength: 1, maxLength: 3 }), fileStyle)
              .map(([objects, style]) => ({ path: name, text: render(objects, style) })),
      ),
    ),
  );

// ---------------------------------------------------------------------------------------------------------
// Byte-level mutations of such files.

const SNIPPETS = [
  '[',
  ']',
  '{',
  '}',
  '{{',
  '&a ',
  '*a',
  '<<: *a\n',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\u0000',
  '\ufeff',
  '---\n',
  '...\n',
  ': ',
  '- ',
  '? ',
  '"',
  "'",
  '#',
  '%YAML 1.1\n',
  '!!binary ',
  '!tag ',
  '|\n',
  '>-\n',
  ' '.repeat(300),
  '\u2028',
  '\\',
  'ǅ',
  '😀',
  '\ud800',
  'name: x\n',
  'kind: Service\n',
  'port: "80"',
];
const mutation = fc.record({
  op: fc.constantFrom('replace', 'insert', 'delete', 'duplicate-line', 'swap-lines', 'indent'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  snippet: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 3 })),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    const lines = out.split('\n');
    const line = lines.length === 0 ? 0 : m.at % lines.length;
    switch (m.op) {
      case 'replace':
        out = out.slice(0, at) + m.snippet + out.slice(at + m.length);
        break;
      case 'insert':
        out = out.slice(0, at) + m.snippet + out.slice(at);
        break;
      case 'delete':
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      case 'duplicate-line':
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 'swap-lines': {
        const other = (line + m.length) % lines.length;
        [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
        out = lines.join('\n');
        break;
      }
      case 'indent':
        lines[line] = ' '.repeat(m.length % 5) + (lines[line] ?? '');
        out = lines.join('\n');
        break;
    }
  }
  return out;
}

const mutatedFiles: fc.Arbitrary<ManifestText[]> = fc
  .tuple(
    files,
    fc.array(fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([texts, edits]) => {
    const out = texts.map((t) => ({ ...t }));
    for (const [which, mutations] of edits) {
      const file = out[which % out.length] as ManifestText;
      file.text = mutate(file.text, mutations);
    }
    return out;
  });

// ---------------------------------------------------------------------------------------------------------
// The properties.

function analyze(texts: readonly ManifestText[], prescan = true): AnalysisResult {
  return analyzeParsed(
    texts.map((t) => parseManifestFile(t.path, t.text, { prescan })),
    { rules: ALL_RULES },
  );
}

/** The problems with a region in a file's text, as the engine counts lines (LF) and columns (UTF-16). */
function positionProblems(region: Region, text: string, what: string): string[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const problems: string[] = [];
  const check = (line: number, column: number, end: string) => {
    if (!Number.isInteger(line) || line < 1 || line > lines.length)
      problems.push(`${what}: ${end} line ${line} is outside 1..${lines.length}`);
    else if (!Number.isInteger(column) || column < 1 || column > (lines[line - 1] as string).length + 1)
      problems.push(
        `${what}: ${end} column ${column} is outside 1..${(lines[line - 1] as string).length + 1} on line ${line}`,
      );
  };
  check(region.line, region.column, 'start');
  check(region.endLine, region.endColumn, 'end');
  if (region.endLine < region.line || (region.endLine === region.line && region.endColumn < region.column))
    problems.push(
      `${what}: ends (${region.endLine}:${region.endColumn}) before it starts (${region.line}:${region.column})`,
    );
  return problems;
}

function checkResult(texts: readonly ManifestText[]): void {
  let result: AnalysisResult;
  try {
    result = analyze(texts);
  } catch (error) {
    throw new Error(`the engine threw on ${JSON.stringify(texts)}: ${(error as Error).stack}`, {
      cause: error,
    });
  }
  const byPath = new Map(texts.map((t) => [t.path, t.text]));
  const problems: string[] = [];
  for (const f of result.findings) {
    const text = byPath.get(f.file);
    if (text === undefined) problems.push(`${f.rule}: unknown file ${f.file}`);
    else problems.push(...positionProblems(f, text, `${f.rule} in ${f.file}`));
    for (const r of f.related) {
      const relatedText = byPath.get(r.file);
      if (relatedText === undefined) problems.push(`${f.rule}: related location in unknown file ${r.file}`);
      else problems.push(...positionProblems(r, relatedText, `${f.rule}, related ${r.file}`));
    }
    if (f.fix) {
      const count = (text ?? '').split('\n').length;
      if (f.fix.line < 1 || f.fix.endLine < f.fix.line || f.fix.endLine > count)
        problems.push(`${f.rule}: fix lines ${f.fix.line}-${f.fix.endLine} outside 1..${count}`);
    }
  }
  expect(problems, JSON.stringify(texts)).toEqual([]);

  // Same findings in any file order, and with or without the pre-scan.
  const key = (r: AnalysisResult) =>
    JSON.stringify({ findings: r.findings, skipped: r.skippedFiles, summary: r.summary });
  const expected = key(result);
  expect(key(analyze([...texts].reverse())), 'reversed file order').toBe(expected);
  expect(key(analyze([...texts.slice(1), ...texts.slice(0, 1)])), 'rotated file order').toBe(expected);
  expect(key(analyze(texts, false)), 'without the pre-scan').toBe(expected);
}

describe('fuzzing the engine', () => {
  it(
    'generated manifests: never throws, positions inside the file, order-independent',
    () => {
      fc.assert(
        fc.property(files, (texts) => checkResult(texts)),
        settings(0.5),
      );
    },
    TIMEOUT,
  );

  it(
    'byte-mutated manifests: never throws, positions inside the file, order-independent',
    () => {
      fc.assert(
        fc.property(mutatedFiles, (texts) => checkResult(texts)),
        settings(1),
      );
    },
    TIMEOUT,
  );
});

describe('fuzzing the CLI', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the files to a new temporary directory: the working directory of one run. */
  function project(texts: readonly ManifestText[]): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kp-fuzz-'));
    dirs.push(dir);
    for (const t of texts) {
      mkdirSync(path.dirname(path.join(dir, t.path)), { recursive: true });
      writeFileSync(path.join(dir, t.path), t.text);
    }
    return dir;
  }

  /** Runs the CLI: it never crashes, whatever the files. */
  function cli(texts: readonly ManifestText[], args: string[]) {
    const run = runCli(args, project(texts));
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    return run;
  }

  /** Nothing printed may read as a workflow command (the github format's own lines aside). */
  function expectNoWorkflowCommand(stdout: string): void {
    for (const line of stdout.split(/\r\n|\r|\n/)) {
      expect(line.trimStart().startsWith('::'), line).toBe(false);
      expect(line.includes('##['), line).toBe(false);
    }
  }

  const RANK = { error: 3, warning: 2, notice: 1 } as const;
  const inputs = fc.oneof(files, mutatedFiles);

  it(
    'json: one JSON report, the exit code that --fail-on asks for, no workflow command',
    () => {
      fc.assert(
        fc.property(inputs, fc.constantFrom('error', 'warning', 'notice', 'never'), (texts, failOn) => {
          const run = cli(texts, ['--format', 'json', '--fail-on', failOn]);
          const report = JSON.parse(run.stdout) as { findings: { severity: keyof typeof RANK }[] };
          const fails = failOn !== 'never' && report.findings.some((f) => RANK[f.severity] >= RANK[failOn]);
          expect(run.status).toBe(fails ? 1 : 0);
          expectNoWorkflowCommand(run.stdout);
        }),
        settings(0.05),
      );
    },
    TIMEOUT,
  );

  it(
    'sarif: one SARIF 2.1.0 log; --fail-on never exits 0; no workflow command',
    () => {
      fc.assert(
        fc.property(inputs, (texts) => {
          const run = cli(texts, ['--format', 'sarif', '--fail-on', 'never']);
          expect(run.status).toBe(0);
          expect((JSON.parse(run.stdout) as { version: string }).version).toBe('2.1.0');
          expectNoWorkflowCommand(run.stdout);
        }),
        settings(0.025),
      );
    },
    TIMEOUT,
  );

  it(
    'text: exits 0 or 1, no workflow command',
    () => {
      fc.assert(
        fc.property(inputs, fc.constantFrom('error', 'notice'), (texts, failOn) => {
          const run = cli(texts, ['--format', 'text', '--fail-on', failOn]);
          expect([0, 1]).toContain(run.status);
          expectNoWorkflowCommand(run.stdout);
        }),
        settings(0.025),
      );
    },
    TIMEOUT,
  );

  it(
    'github: exits 0 or 1, and every line is one of its own workflow commands',
    () => {
      fc.assert(
        fc.property(inputs, fc.constantFrom('error', 'notice'), (texts, failOn) => {
          const run = cli(texts, ['--format', 'github', '--fail-on', failOn]);
          expect([0, 1]).toContain(run.status);
          // The runner never reads a command's escaped data as another command.
          for (const line of run.stdout.split('\n').filter((l) => l !== '')) {
            expect(line).toMatch(/^::(error|warning|notice) file=[^:\r]*::[^\r]*$/);
          }
        }),
        settings(0.025),
      );
    },
    TIMEOUT,
  );
});
