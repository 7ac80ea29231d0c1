/**
 * src/engine/fix.ts, what a fix writes and when it offers none (mutation testing, docs/testing.md): the
 * quoting of a suggested value (YAML 1.1 and 1.2 non-strings), the edits of one-line scalars and keys, the
 * places no fix can be made (missing paths, multi-line nodes, complex keys, keys a kustomize patch wrote),
 * fixes for another file than the finding's, and how applyFixes orders, skips and keeps line ends.
 */
import { Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Fix } from '../../src/engine/finding.js';
import {
  applyFixes,
  fixFile,
  prependEntryFix,
  renameKeyFix,
  renderScalar,
  replaceScalarFix,
} from '../../src/engine/fix.js';
import type { K8sObject } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { Rule } from '../../src/engine/rule.js';
import { ALL_RULES } from '../../src/rules/index.js';

const fix = (line: number, endLine: number, replacement: string): Fix => ({ line, endLine, replacement });

/** The one object of a manifest file. */
function objectOf(path: string, text: string): K8sObject {
  const parsed = parseManifestFile(path, text);
  expect(parsed.syntaxProblems).toEqual([]);
  expect(parsed.objects).toHaveLength(1);
  return parsed.objects[0]!;
}

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  '  labels: {app: web}',
  'spec:',
  '  ports:',
  '    - name: http',
  '      port: 80',
  '      targetPort: "8080"',
  '',
].join('\n');

describe('renderScalar: a suggested value is written so that YAML reads it back as the same string', () => {
  // Each of these starts with a letter or digit and would be read as a string without quotes.
  it.each([
    ['canyon', 'ends like the boolean `on` (only a whole `on` is one)'],
    ['web01', 'ends in octal-looking digits'],
    ['v07', 'a letter before octal-looking digits'],
    ['x0b1', 'a letter before a binary-looking number'],
    ['0x1g', 'a hexadecimal prefix followed by a non-hex letter'],
    ['Infinity', 'what JavaScript parses as a number, YAML as a string'],
    ['80-http', 'starts with digits, not a number'],
    ['client', 'an ordinary name'],
  ])('%s stays plain (%s)', (value) => {
    expect(renderScalar(value, undefined)).toBe(value);
    expect(renderScalar(value, Scalar.PLAIN)).toBe(value);
  });

  it.each([
    ['yes', 'a YAML 1.1 boolean'],
    ['true', 'a boolean'],
    ['Off', 'a YAML 1.1 boolean, any case'],
    ['8080', 'an integer'],
    ['1.5', 'a float'],
    ['1e3', 'a float in exponent form'],
    ['1_000', 'a YAML 1.1 integer with a digit separator'],
    ['0x1F', 'a hexadecimal integer'],
    ['0x_', 'a YAML 1.1 hexadecimal integer of separators only'],
    ['0x__', 'the same, two separators'],
    ['0o_', 'a YAML 1.2 octal integer of separators only'],
    ['0o__', 'the same, two separators'],
    ['0b_', 'a YAML 1.1 binary integer of separators only'],
    ['0b__', 'the same, two separators'],
  ])('%s is double-quoted (%s)', (value) => {
    expect(renderScalar(value, undefined)).toBe(`"${value}"`);
    expect(renderScalar(value, Scalar.PLAIN)).toBe(`"${value}"`);
  });

  it('keeps a single-quoted style, doubling the quotes inside', () => {
    expect(renderScalar("it's", Scalar.QUOTE_SINGLE)).toBe("'it''s'");
    expect(renderScalar('8080', Scalar.QUOTE_SINGLE)).toBe("'8080'");
  });

  it('keeps a double-quoted style even for a plain-safe value', () => {
    expect(renderScalar('client', Scalar.QUOTE_DOUBLE)).toBe('"client"');
  });
});

describe('replaceScalarFix: the one-line scalar replaced, the rest of its line kept', () => {
  const service = objectOf('svc.yaml', SERVICE);

  it('a plain string value: digits are quoted, so that the value stays a string', () => {
    expect(replaceScalarFix(service, ['metadata', 'name'], '8080')).toEqual(fix(4, 4, '  name: "8080"'));
    expect(replaceScalarFix(service, ['metadata', 'name'], 'api')).toEqual(fix(4, 4, '  name: api'));
  });

  it('a quoted string value stays quoted even when the new value is digits', () => {
    expect(replaceScalarFix(service, ['spec', 'ports', 0, 'targetPort'], '9090')).toEqual(
      fix(10, 10, '      targetPort: "9090"'),
    );
  });

  it('a number value: digits are written as a number, anything else as a string', () => {
    const port = ['spec', 'ports', 0, 'port'];
    expect(replaceScalarFix(service, port, '8080')).toEqual(fix(9, 9, '      port: 8080'));
    expect(replaceScalarFix(service, port, '-1')).toEqual(fix(9, 9, '      port: "-1"'));
    expect(replaceScalarFix(service, port, '1.5')).toEqual(fix(9, 9, '      port: "1.5"'));
    expect(replaceScalarFix(service, port, 'http')).toEqual(fix(9, 9, '      port: http'));
  });

  it('a value in a flow mapping: only the value changes on its line', () => {
    expect(replaceScalarFix(service, ['metadata', 'labels', 'app'], 'api')).toEqual(
      fix(5, 5, '  labels: {app: api}'),
    );
  });

  it('the fix remembers the file it edits', () => {
    const made = replaceScalarFix(service, ['metadata', 'name'], 'api')!;
    expect(fixFile(made)).toBe('svc.yaml');
    expect(fixFile(fix(4, 4, '  name: api'))).toBeUndefined();
  });

  it('no fix for a path that does not exist', () => {
    expect(replaceScalarFix(service, ['spec', 'selector'], 'x')).toBeUndefined();
    expect(replaceScalarFix(service, ['spec', 'ports', 3, 'port'], '80')).toBeUndefined();
  });

  it('no fix for a value that spans lines (a block scalar, a quoted string broken over two lines)', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: >-',
      '    web',
      '  annotations:',
      '    note: "a',
      '      b"',
      '',
    ].join('\n');
    const object = objectOf('svc.yaml', text);
    expect(replaceScalarFix(object, ['metadata', 'name'], 'api')).toBeUndefined();
    expect(replaceScalarFix(object, ['metadata', 'annotations', 'note'], 'c')).toBeUndefined();
  });
});

describe('prependEntryFix: a new first entry of a block mapping, at the indentation of the old one', () => {
  it('writes the entry above the first key, the first key kept on its own line', () => {
    const service = objectOf('svc.yaml', SERVICE);
    expect(prependEntryFix(service, ['spec', 'ports', 0], 'protocol', 'TCP')).toEqual(
      fix(8, 8, '    - protocol: TCP\n      name: http'),
    );
    expect(prependEntryFix(service, ['spec', 'ports', 0], 'name', '8080')).toEqual(
      fix(8, 8, '    - name: "8080"\n      name: http'),
    );
  });

  it('no fix for a flow mapping, a missing mapping or one whose first key is not a scalar', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: cfg',
      '  labels: {app: web}',
      'data:',
      '  ? [a, b]',
      '  : c',
      '  d: e',
      '',
    ].join('\n');
    const object = objectOf('cm.yaml', text);
    expect(prependEntryFix(object, ['metadata', 'labels'], 'tier', 'db')).toBeUndefined();
    expect(prependEntryFix(object, ['metadata', 'annotations'], 'tier', 'db')).toBeUndefined();
    expect(prependEntryFix(object, ['data'], 'tier', 'db')).toBeUndefined();
    expect(prependEntryFix(object, ['metadata'], 'namespace', 'db')).toEqual(
      fix(4, 4, '  namespace: db\n  name: cfg'),
    );
  });
});

describe('renameKeyFix: the key of the entry at the path renamed, its value and line kept', () => {
  const service = objectOf('svc.yaml', SERVICE);

  it('renames a key, quoting a new key YAML would not read as a string', () => {
    expect(renameKeyFix(service, ['spec', 'ports', 0, 'targetPort'], 'target')).toEqual(
      fix(10, 10, '      target: "8080"'),
    );
    expect(renameKeyFix(service, ['metadata', 'labels', 'app'], 'yes')).toEqual(
      fix(5, 5, '  labels: {"yes": web}'),
    );
  });

  it('no fix when the path ends at a list item (it has no key)', () => {
    expect(renameKeyFix(service, ['spec', 'ports', 0], 'port')).toBeUndefined();
  });

  it('no fix when the last key of the path is not there (the parent key is never renamed)', () => {
    expect(renameKeyFix(service, ['metadata', 'labelz'], 'labels')).toBeUndefined();
    expect(renameKeyFix(service, ['spec', 'ports', 0, 'protocol'], 'proto')).toBeUndefined();
  });

  it('no fix for a key that spans lines', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      'spec:',
      '  ? >-',
      '    clusterIpp',
      '  : None',
      '',
    ].join('\n');
    const object = objectOf('svc.yaml', text);
    expect(renameKeyFix(object, ['spec', 'clusterIpp'], 'clusterIP')).toBeUndefined();
  });

  it('a field a kustomize JSON patch adds has no key node to rename: the finding comes without a fix', () => {
    const files = {
      'kustomization.yaml': [
        'resources: [svc.yaml]',
        'patches:',
        '  - path: patch.yaml',
        '    target: {kind: Service, name: web}',
        '',
      ].join('\n'),
      'svc.yaml': SERVICE,
      'patch.yaml': '- op: add\n  path: /spec/sessionAffinityy\n  value: ClientIP\n',
    };
    const { findings } = analyzeTexts(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      { rules: ALL_RULES },
    );
    const unknown = findings.filter((f) => f.rule === 'unknown-field');
    expect(unknown.map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['patch.yaml:3:10']);
    expect(unknown[0]!.message).toContain('Did you mean `sessionAffinity`?');
    expect(unknown[0]!.fix).toBeUndefined();
  });
});

describe('a fix is offered only on a finding in the file the fix edits', () => {
  const ENDPOINTS = [
    'apiVersion: v1',
    'kind: Endpoints',
    'metadata:',
    '  name: webb',
    'subsets:',
    '  - addresses:',
    '      - ip: 10.0.0.5',
    '',
  ].join('\n');
  /** On the Service's name: one finding whose fix renames the Endpoints (ep.yaml), one renaming the Service. */
  const probe: Rule = {
    meta: {
      id: 'fix-file-probe',
      severity: 'error',
      family: 'pairing',
      summary: 'A probe.',
      fixable: true,
      reads: ['Service', 'Endpoints'],
      why: 'A probe never matters.',
      messages: { other: 'Fix in the other file.', own: 'Fix in its own file.' },
    },
    check({ index, report }) {
      const [service] = index.servicesIn('default');
      const [endpoints] = index.endpoints;
      const target = { resource: service!.resource, path: ['metadata', 'name'] };
      report({
        target,
        messageId: 'other',
        fix: replaceScalarFix(endpoints!.resource.object, ['metadata', 'name'], 'web'),
      });
      report({
        target,
        messageId: 'own',
        fix: replaceScalarFix(service!.resource.object, target.path, 'webb'),
      });
    },
  };

  it("the fix for another file is left out, the fix for the finding's own file kept", () => {
    const { findings } = analyzeTexts(
      [
        { path: 'ep.yaml', text: ENDPOINTS },
        { path: 'svc.yaml', text: SERVICE },
      ],
      { rules: [probe] },
    );
    expect(findings.map((f) => [f.messageId, `${f.file}:${f.line}:${f.column}`, f.fix])).toEqual([
      ['own', 'svc.yaml:4:9', fix(4, 4, '  name: webb')],
      ['other', 'svc.yaml:4:9', undefined],
    ]);
  });
});

describe('applyFixes: which fixes apply, and the bytes around them', () => {
  it('a file with CR-only line ends is never edited, even on its one line', () => {
    expect(applyFixes('a\rb\rc\r', [fix(1, 1, 'B')])).toEqual({ text: 'a\rb\rc\r', applied: [] });
  });

  it('a one-line file without a line end is edited', () => {
    const only = fix(1, 1, 'B');
    expect(applyFixes('a', [only])).toEqual({ text: 'B', applied: [only] });
  });

  it('fixes given bottom up all apply when they do not overlap', () => {
    const low = fix(3, 3, 'C');
    const high = fix(1, 1, 'A');
    expect(applyFixes('a\nb\nc\n', [low, high])).toEqual({ text: 'A\nb\nC\n', applied: [low, high] });
  });

  it('a fix that ends on the first line of one applied before overlaps it and waits', () => {
    const first = fix(2, 3, 'BC');
    const later = fix(1, 2, 'AB');
    expect(applyFixes('a\nb\nc\n', [first, later])).toEqual({ text: 'a\nBC\n', applied: [first] });
  });

  it('a fix that starts on the last line of one applied before overlaps it and waits', () => {
    const first = fix(1, 2, 'AB');
    const later = fix(2, 3, 'BC');
    expect(applyFixes('a\nb\nc\n', [first, later])).toEqual({ text: 'AB\nc\n', applied: [first] });
  });

  it('an empty line and an empty last line are replaced, line ends kept', () => {
    const empty = fix(2, 2, 'x');
    const last = fix(4, 4, 'z');
    expect(applyFixes('a\r\n\r\nb\n', [empty, last])).toEqual({
      text: 'a\r\nx\r\nb\nz',
      applied: [empty, last],
    });
  });
});
