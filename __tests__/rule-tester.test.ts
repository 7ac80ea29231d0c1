/** The rule tester's own parts: applying a fix, the re-check after it, and the in-memory analysis. */
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../src/engine/analyze.js';
import type { Finding } from '../src/engine/finding.js';
import type { Rule } from '../src/engine/rule.js';
import { ALL_RULES } from '../src/rules/index.js';
import { endpointsWithoutService } from '../src/rules/endpoints-without-service.js';
import { portNameRequired } from '../src/rules/port-name-required.js';
import {
  analyzeFiles,
  applyFix,
  caseFiles,
  docs,
  needsLoader,
  recheckFix,
  runRule,
} from './helpers/rule-tester.js';

describe('applyFix', () => {
  it('replaces whole lines, keeps the rest and the line break after them', () => {
    expect(applyFix('a\nb\nc\n', { line: 2, endLine: 2, replacement: 'B' })).toBe('a\nB\nc\n');
    expect(applyFix('a\nb\nc', { line: 3, endLine: 3, replacement: 'C' })).toBe('a\nb\nC');
    expect(applyFix('a\nb\nc\n', { line: 1, endLine: 2, replacement: 'b' })).toBe('b\nc\n');
    expect(applyFix('a\nb\n', { line: 2, endLine: 2, replacement: 'x\ny' })).toBe('a\nx\ny\n');
  });

  it('writes the replacement with the CRLF line breaks of the file', () => {
    expect(applyFix('a\r\nb\r\nc\r\n', { line: 2, endLine: 2, replacement: 'x\ny' })).toBe(
      'a\r\nx\r\ny\r\nc\r\n',
    );
  });

  it('refuses lines outside the file', () => {
    expect(() => applyFix('a\n', { line: 3, endLine: 3, replacement: 'x' })).toThrow(/outside/);
    expect(() => applyFix('a\n', { line: 1, endLine: 5, replacement: 'x' })).toThrow(/outside/);
  });
});

const service = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd-supporting-kubernetes
  spec:
    ports:
      - port: 2379
`;
const endpoints = `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd-support-kubernetes
  subsets:
    - addresses: [{ip: 10.20.30.40}]
      ports: [{port: 2379}]
`;

describe('recheckFix', () => {
  const files = caseFiles({ 'a.yaml': docs(service, endpoints) });
  const options = { rules: ALL_RULES };

  async function typo(): Promise<{ finding: Finding; before: Finding[] }> {
    const [finding] = await runRule(endpointsWithoutService, {
      name: 'typo',
      files: { 'a.yaml': docs(service, endpoints) },
    });
    return { finding: finding!, before: await analyzeFiles(files, options) };
  }

  it('a good fix: the finding is gone, and what the rename rewords (its other findings) is not new', async () => {
    const { finding, before } = await typo();
    expect(finding.fix?.replacement).toBe('  name: etcd-supporting-kubernetes');
    expect(await recheckFix(files, finding, before, options)).toEqual([]);
  });

  it('a fix that leaves the finding, one that adds an error, one that changes nothing', async () => {
    const { finding, before } = await typo();
    const left = { ...finding, fix: { ...finding.fix!, replacement: '  name: etcd-suport-kubernetes' } };
    expect(await recheckFix(files, left, before, options)).toEqual([
      expect.stringMatching(/^left: error endpoints-without-service a\.yaml:12:9 /),
    ]);
    const broken = {
      ...finding,
      fix: { ...finding.fix!, replacement: '  name: [etcd-supporting-kubernetes' },
    };
    expect(await recheckFix(files, broken, before, options)).toEqual([
      expect.stringMatching(/^added: error yaml-syntax a\.yaml:/),
    ]);
    const same = { ...finding, fix: { ...finding.fix!, replacement: '  name: etcd-support-kubernetes' } };
    expect(await recheckFix(files, same, before, options)).toEqual(['the fix changes nothing']);
  });

  it('a fix that adds a line moves the findings below it: they are not new', async () => {
    const twoPorts = caseFiles({
      'a.yaml': docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: client
              port: 2379
            - port: 2380
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd-x
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}, {name: peer, port: 2380}]
        `,
      ),
    });
    const [finding] = await runRule(portNameRequired, { name: 'x', files: twoPorts });
    const before = await analyzeFiles(twoPorts, options);
    // The Endpoints below the fixed line has findings of its own (its Service is missing): they move down one line.
    expect(before.filter((f) => f.line > finding!.line && f.severity !== 'notice')).not.toEqual([]);
    const prepend = {
      ...finding!,
      fix: { line: 9, endLine: 9, replacement: '    - name: peer\n      port: 2380' },
    };
    expect(await recheckFix(twoPorts, prepend, before, options)).toEqual([]);
  });
});

describe('in memory or through the loader', () => {
  it('uses the loader for what only the loader decides', () => {
    expect(needsLoader({ 'a.yaml': 'kind: Service\n', 'b/c.json': '{}' })).toBeUndefined();
    expect(needsLoader({ 'notes.txt': 'x' })).toMatch(/not loaded/);
    expect(needsLoader({ 'pkg/testdata/a.yaml': 'x' })).toMatch(/not loaded/);
    expect(needsLoader({ 'node_modules/a.yaml': 'x' })).toMatch(/not loaded/);
    expect(needsLoader({ '../a.yaml': 'x' })).toMatch(/path/);
    expect(needsLoader({ 'a.yaml': '\uFEFFkind: Service' })).toMatch(/byte-order mark/);
    expect(needsLoader({ 'a.yaml': 'a\0b' })).toMatch(/NUL/);
    expect(needsLoader({ 'a.yaml': 'a\uD800b' })).toMatch(/well-formed/);
  });

  it('finds the same in memory as the loader does from a directory', async () => {
    const files = caseFiles({
      'base/kustomization.yaml': 'resources: [svc.yaml, ep.yaml]\nnamespace: infra\n',
      'base/svc.yaml': service,
      'base/ep.yaml': endpoints,
      'other/ep.json': '{"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "x"}}',
    });
    const memory = await analyzeFiles(files, { rules: ALL_RULES });
    expect(memory).not.toEqual([]);
    expect(memory).toEqual(await analyzeFiles(files, { rules: ALL_RULES, loader: 'fs' }));
  });
});

describe('the rule contract', () => {
  const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  ports:\n    - port: 80\n';
  const fixing = (fixable: boolean | undefined): Rule => ({
    meta: {
      id: 'test-fixing',
      severity: 'error',
      family: 'input',
      summary: 'A test rule that reports one fix.',
      reads: [],
      why: 'A test finding matters to nobody.',
      messages: {
        renamed: 'Service default/db: a test finding with a fix, long enough to read as a message of ours.',
      },
      ...(fixable === undefined ? {} : { fixable }),
    },
    check({ index, report }) {
      for (const parsed of index.files)
        report({
          target: { file: parsed.file, region: { line: 4, column: 9, endLine: 4, endColumn: 11 } },
          messageId: 'renamed',
          fix: { line: 4, endLine: 4, replacement: '  name: database' },
        });
    },
  });
  const run = (rule: Rule) => analyzeTexts([{ path: 'svc.yaml', text: service }], { rules: [rule] });

  it('a fix from a rule whose meta.fixable is not true is refused: the rule is wrong', () => {
    expect(() => run(fixing(undefined))).toThrow(
      'rule test-fixing reported a fix, but its meta.fixable is not true',
    );
    expect(() => run(fixing(false))).toThrow('meta.fixable is not true');
    expect(run(fixing(true)).findings.map((f) => f.fix)).toEqual([
      { line: 4, endLine: 4, replacement: '  name: database' },
    ]);
  });
});
