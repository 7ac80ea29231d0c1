/**
 * Fingerprints (src/engine/analyze.ts `toFinding`) key the Action's hidden markers and SARIF's
 * `partialFingerprints`: one finding must keep its fingerprint when lines move, and two different findings
 * must not share one. Unique per (rule, object, field); "stable" means: the same file with lines inserted
 * above the finding (comments, blank lines, fields, a whole object) gives it the same fingerprint.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import { formatResource } from '../../src/engine/finding.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docs } from '../helpers/rule-tester.js';

const run = (files: Record<string, string>): Finding[] =>
  analyzeTexts(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { rules: ALL_RULES },
  ).findings;

const where = (f: Finding) => `${f.rule} ${f.file}:${f.line}:${f.column}`;
const of = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** Two orphan Endpoints, the second with two invalid IPs and two ports out of range. */
const endpoints = docs(
  `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: orphan-a
    namespace: infra
  subsets:
    - addresses: [{ip: 10.0.0.1}]
      ports: [{name: client, port: 2379}]
  `,
  `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: orphan-b
    namespace: infra
  subsets:
    - addresses:
        - ip: 10.0.0.300
        - ip: 10.0.0.400
      ports:
        - name: client
          port: 70000
        - name: peer
          port: 80000
  `,
);

describe('fingerprints are unique per (rule, object, field)', () => {
  const findings = run({ 'endpoints.yaml': endpoints });

  it('one rule on two different objects: two fingerprints', () => {
    const orphans = of(findings, 'endpoints-without-service');
    expect(orphans.map(where)).toEqual([
      'endpoints-without-service endpoints.yaml:4:9',
      'endpoints-without-service endpoints.yaml:13:9',
    ]);
    expect(orphans.map((f) => f.resource?.name)).toEqual(['orphan-a', 'orphan-b']);
    expect(orphans[0]!.fingerprint).not.toBe(orphans[1]!.fingerprint);
  });

  it('one rule on two objects of one document (a List): two fingerprints', () => {
    const list = docs(`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: Endpoints
          metadata: {name: orphan-c, namespace: infra}
          subsets: [{addresses: [{ip: 10.0.0.3}], ports: [{port: 2379}]}]
        - apiVersion: v1
          kind: Endpoints
          metadata: {name: orphan-d, namespace: infra}
          subsets: [{addresses: [{ip: 10.0.0.4}], ports: [{port: 2379}]}]
    `);
    const orphans = of(run({ 'list.yaml': list }), 'endpoints-without-service');
    expect(orphans.map(where)).toEqual([
      'endpoints-without-service list.yaml:6:22',
      'endpoints-without-service list.yaml:10:22',
    ]);
    expect(orphans[0]!.fingerprint).not.toBe(orphans[1]!.fingerprint);
  });

  it('one rule on two fields of one object: two fingerprints', () => {
    const ips = of(findings, 'invalid-endpoint-ip');
    expect(ips.map(where)).toEqual([
      'invalid-endpoint-ip endpoints.yaml:17:13',
      'invalid-endpoint-ip endpoints.yaml:18:13',
    ]);
    expect(ips[0]!.fingerprint).not.toBe(ips[1]!.fingerprint);
    const ports = of(findings, 'port-out-of-range');
    expect(ports.map(where)).toEqual([
      'port-out-of-range endpoints.yaml:21:15',
      'port-out-of-range endpoints.yaml:23:15',
    ]);
    expect(ports[0]!.fingerprint).not.toBe(ports[1]!.fingerprint);
  });

  it('no two findings of the run share a fingerprint', () => {
    expect(findings).toHaveLength(8);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(findings.length);
  });

  it('the same findings in another file are other fingerprints', () => {
    const moved = run({ 'other.yaml': endpoints });
    expect(moved.map((f) => `${f.rule}:${f.line}`)).toEqual(findings.map((f) => `${f.rule}:${f.line}`));
    for (const [i, f] of moved.entries()) expect(f.fingerprint).not.toBe(findings[i]!.fingerprint);
  });
});

/** `text` with `lines` inserted before each given (1-based) line of it. */
function insertBefore(text: string, inserts: Readonly<Record<number, string[]>>): string {
  return text
    .split('\n')
    .flatMap((line, i) => [...(inserts[i + 1] ?? []), line])
    .join('\n');
}

/**
 * Every finding of `before` is in `after`, moved down by the lines inserted above it, with the same
 * fingerprint. Findings are matched by rule, object and order within them, never by fingerprint.
 */
function expectStable(before: Finding[], after: Finding[], inserts: Readonly<Record<number, string[]>>) {
  const key = (findings: Finding[]) => {
    const seen = new Map<string, number>();
    return findings.map((f) => {
      const group = `${f.rule} ${f.file} ${f.resource ? formatResource(f.resource) : '-'}`;
      const n = seen.get(group) ?? 0;
      seen.set(group, n + 1);
      return `${group} #${n}`;
    });
  };
  const shift = (line: number) =>
    Object.entries(inserts)
      .filter(([at]) => Number(at) <= line)
      .reduce((sum, [, lines]) => sum + lines.length, 0);
  expect(key(after)).toEqual(key(before));
  const moved = before.map((f) => `${f.line + shift(f.line)}:${f.column} ${f.fingerprint}`);
  expect(after.map((f) => `${f.line}:${f.column} ${f.fingerprint}`)).toEqual(moved);
  // The findings really moved: a test on unmoved lines would prove nothing.
  expect(after.some((f, i) => f.line !== before[i]!.line)).toBe(true);
}

describe('fingerprints are stable when lines move', () => {
  const before = run({ 'endpoints.yaml': endpoints });

  it('comments and blank lines inserted at the top of the file and between the objects', () => {
    const inserts = {
      1: ['# External etcd members.', '', '# Owned by the storage team.'],
      10: ['# The second member.'],
    };
    expectStable(before, run({ 'endpoints.yaml': insertBefore(endpoints, inserts) }), inserts);
  });

  it('fields inserted above the findings, inside the objects (labels, annotations)', () => {
    const fields = ['  labels:', '    team: storage', '  annotations:', '    owner: dba'];
    const inserts = { 6: fields, 15: fields };
    expectStable(before, run({ 'endpoints.yaml': insertBefore(endpoints, inserts) }), inserts);
  });

  it('an object inserted above, in the same file', () => {
    const config = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: etcd-config', '---'];
    const inserts = { 1: config };
    expectStable(before, run({ 'endpoints.yaml': insertBefore(endpoints, inserts) }), inserts);
  });

  it('a finding on a file, not an object (a kustomization field), moved down', () => {
    const kustomization = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - cm.yaml',
      'helmCharts:',
      '  - name: redis',
      '    repo: https://charts.example.com',
      '',
    ].join('\n');
    const files = (text: string) => ({
      'base/kustomization.yaml': text,
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
    });
    const plain = run(files(kustomization));
    expect(plain.map(where)).toEqual(['kustomize-not-modelled base/kustomization.yaml:5:1']);
    const inserts = { 3: ['# Rendered by the platform team.', 'namespace: cache'] };
    expectStable(plain, run(files(insertBefore(kustomization, inserts))), inserts);
  });
});
