/**
 * The SARIF 2.1.0 log, built in memory, field by field as GitHub code scanning and other SARIF consumers read
 * it: rule descriptors and the rule index, levels, UTF-16 columns, `%SRCROOT%`-relative URIs, related
 * locations as message links, fixes, suppressions, notifications for skipped files. Runs on every platform;
 * __tests__/sarif.test.ts runs the built CLI and, on Linux, Microsoft's SARIF Multitool.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import type { Rule } from '../../src/engine/rule.js';
import { FINGERPRINT_KEY, formatSarif, SARIF_SCHEMA, sarifLog, SRCROOT } from '../../src/report/sarif.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { HOMEPAGE, VERSION } from '../../src/version.js';
import type { Schema } from '../helpers/json-schema.js';
import { validateJsonSchema } from '../helpers/json-schema.js';
import { finding, resultOf } from './result.js';

// The official schema ships with the Multitool package (installed on every platform by `npm ci --force`,
// on Linux by `npm ci`); the validator is ours and runs anywhere.
const SCHEMA_FILE = path.resolve(
  import.meta.dirname,
  '../../node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json',
);
const SCHEMA = existsSync(SCHEMA_FILE)
  ? (JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema)
  : undefined;

// The log is read back loosely, path by path: the schema and the exact values below are the contract.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const rule = (meta: Rule['meta']): Rule => ({ meta, check: () => undefined });
const EWS = rule({
  id: 'endpoints-without-service',
  severity: 'error',
  family: 'pairing',
  summary: 'An Endpoints has no Service.',
  fixable: true,
  reads: ['Endpoints', 'Service'],
  why: 'Nothing routes to it.',
  messages: {},
});
const SWE = rule({
  id: 'service-without-endpoints',
  severity: 'notice',
  family: 'advice',
  summary: 'A Service selects nothing.',
  reads: ['Service', 'Endpoints', 'EndpointSlice'],
  why: 'It has no backends.',
  messages: {},
});

const EP = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: web\n  namespace: prod\nsubsets: []\n';
const typo = finding({
  file: 'app/ep.yaml',
  line: 4,
  column: 9,
  endColumn: 12,
  message: 'Endpoints prod/web [legacy] has no Service',
  resource: { kind: 'Endpoints', namespace: 'prod', name: 'web' },
  related: [
    { file: 'app/svc.yaml', line: 4, column: 9, endLine: 4, endColumn: 13, message: 'Service prod/webb' },
    {
      file: 'odd dir/s #1.yaml',
      line: 2,
      column: 3,
      endLine: 3,
      endColumn: 1,
      message: 'Service [old] prod/w',
    },
  ],
  fix: { line: 4, endLine: 5, replacement: '  name: webb\n  namespace: prod' },
  migration: 'kind: EndpointSlice\n',
  fingerprint: 'abc123',
});
const plain = finding({
  file: 'app/svc.yaml',
  line: 2,
  column: 7,
  endColumn: 14,
  severity: 'notice',
  rule: SWE.meta.id,
  message: 'Service prod/webb selects nothing [yet]',
  fingerprint: 'def456',
});

function logOf(findings: Finding[], options: Parameters<typeof sarifLog>[2] = {}, more = {}): Json {
  return sarifLog(resultOf({ 'app/ep.yaml': EP }, findings, more), findings, {
    rules: [EWS, SWE],
    ...options,
  });
}

describe('sarifLog', () => {
  it('is one SARIF 2.1.0 run of kube-pairing with UTF-16 columns and a successful invocation', () => {
    const log = logOf([]);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(SARIF_SCHEMA).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(Object.keys(run)).toEqual(['tool', 'invocations', 'columnKind', 'results']);
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver).toMatchObject({
      name: 'kube-pairing',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: HOMEPAGE,
    });
    expect(run.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
    expect(run.results).toEqual([]);
  });

  it('columns count UTF-16 code units, as columnKind says (not code points, not bytes)', () => {
    const line = 'metadata: {labels: {team: "😀é"}, name: Bad_Name}';
    const result = analyzeTexts(
      [{ path: 'svc.yaml', text: `apiVersion: v1\nkind: Service\n${line}\nspec: {ports: [{port: 80}]}\n` }],
      { rules: ALL_RULES },
    );
    const log = sarifLog(result, result.findings) as Json;
    const bad = log.runs[0].results.find((r: Json) => r.ruleId === 'invalid-name');
    const column = line.indexOf('Bad_Name') + 1; // a JavaScript index: UTF-16 code units
    expect(column).not.toBe([...line.slice(0, line.indexOf('Bad_Name'))].length + 1);
    expect(bad.locations[0].physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: column,
      endLine: 3,
      endColumn: column + 'Bad_Name'.length,
    });
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('describes the given rules, in order, with docs, help, default level and tags', () => {
    const [ews, swe, ...rest] = logOf([]).runs[0].tool.driver.rules;
    expect(rest).toEqual([]);
    const docs = 'https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules';
    expect(ews).toEqual({
      id: 'endpoints-without-service',
      name: 'EndpointsWithoutService',
      shortDescription: { text: 'An Endpoints has no Service.' },
      fullDescription: {
        text: 'An Endpoints has no Service. Nothing routes to it. Default severity: error; some findings carry a fix.',
      },
      helpUri: `${docs}/endpoints-without-service.md`,
      help: {
        text:
          'An Endpoints has no Service. Nothing routes to it.\n\nWhat it checks, why it matters in the cluster, ' +
          `a failing and a fixed example: ${docs}/endpoints-without-service.md\n\n` +
          'Suppress it on one object with the annotation `kube-pairing.io/ignore: "endpoints-without-service"`, ' +
          'on one line with a `# kube-pairing-ignore endpoints-without-service` comment (on the line or the line ' +
          'above it), or everywhere with `rules: { endpoints-without-service: off }` in .kube-pairing.yaml.',
        markdown:
          'An Endpoints has no Service. Nothing routes to it.\n\nWhat it checks, why it matters in the cluster, ' +
          'a failing and a fixed example: ' +
          `[endpoints-without-service](${docs}/endpoints-without-service.md).\n\n` +
          'Suppress it on one object with the annotation `kube-pairing.io/ignore: "endpoints-without-service"`, ' +
          'on one line with a `# kube-pairing-ignore endpoints-without-service` comment (on the line or the line ' +
          'above it), or everywhere with `rules: { endpoints-without-service: off }` in .kube-pairing.yaml.',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['kubernetes', 'pairing'] },
    });
    expect(swe).toMatchObject({
      name: 'ServiceWithoutEndpoints',
      fullDescription: { text: 'A Service selects nothing. It has no backends. Default severity: notice.' },
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['kubernetes', 'advice'] },
    });
  });

  it('describes every rule by default', () => {
    const log = sarifLog(resultOf({}, []), []) as Json;
    expect(log.runs[0].tool.driver.rules.map((r: Json) => r.id)).toEqual(ALL_RULES.map((r) => r.meta.id));
  });

  it('a finding of a rule not described gets a minimal descriptor at the end, and its index', () => {
    const custom = { ...plain, rule: 'custom-rule-2x', fingerprint: 'c' };
    const hidden = { ...plain, rule: '9lives', fingerprint: 'd' };
    const log = logOf([plain, custom, typo, custom], { suppressed: [hidden] });
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: Json) => r.id)).toEqual([
      'endpoints-without-service',
      'service-without-endpoints',
      'custom-rule-2x',
      '9lives',
    ]);
    expect(run.results.map((r: Json) => [r.ruleId, r.ruleIndex])).toEqual([
      ['service-without-endpoints', 1],
      ['custom-rule-2x', 2],
      ['endpoints-without-service', 0],
      ['custom-rule-2x', 2],
      ['9lives', 3],
    ]);
    const url = 'https://github.com/kube-pairing/kube-pairing/blob/main/docs/rules/custom-rule-2x.md';
    expect(run.tool.driver.rules[2]).toMatchObject({
      id: 'custom-rule-2x',
      name: 'CustomRule2x',
      shortDescription: { text: 'kube-pairing rule custom-rule-2x.' },
      fullDescription: { text: 'kube-pairing rule custom-rule-2x. Default severity: warning.' },
      helpUri: url,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['kubernetes', 'kube-pairing'] },
    });
    expect(run.tool.driver.rules[3].name).toBe('9lives');
  });

  it('a result: rule, level, location, object, related locations as links, fingerprint, fix and properties', () => {
    const [result] = logOf([typo]).runs[0].results;
    expect(result).toEqual({
      ruleId: 'endpoints-without-service',
      ruleIndex: 0,
      level: 'error',
      message: {
        text:
          'Endpoints prod/web \\[legacy\\] has no Service Related: [Service prod/webb](1), ' +
          '[Service \\[old\\] prod/w](2).',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'app/ep.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 12 },
          },
          logicalLocations: [{ name: 'web', fullyQualifiedName: 'Endpoints prod/web', kind: 'object' }],
        },
      ],
      partialFingerprints: { 'kubePairing/v1': 'abc123' },
      relatedLocations: [
        {
          id: 1,
          physicalLocation: {
            artifactLocation: { uri: 'app/svc.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 13 },
          },
          message: { text: 'Service prod/webb' },
        },
        {
          id: 2,
          physicalLocation: {
            artifactLocation: { uri: 'odd%20dir/s%20%231.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 3, endLine: 3, endColumn: 1 },
          },
          message: { text: 'Service [old] prod/w' },
        },
      ],
      fixes: [
        {
          description: { text: 'Replace lines 4-5 of app/ep.yaml.' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'app/ep.yaml', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  // Whole lines without the last line break: to the end of line 5 ("  namespace: prod").
                  deletedRegion: { startLine: 4, startColumn: 1, endLine: 5, endColumn: 18 },
                  insertedContent: { text: '  name: webb\n  namespace: prod' },
                },
              ],
            },
          ],
        },
      ],
      properties: {
        resource: { kind: 'Endpoints', namespace: 'prod', name: 'web' },
        migration: 'kind: EndpointSlice\n',
      },
    });
    expect(FINGERPRINT_KEY).toBe('kubePairing/v1');
    expect(SRCROOT).toBe('%SRCROOT%');
  });

  it('a bare result has no optional part; its message keeps literal brackets (no link to confuse them with)', () => {
    const [result] = logOf([plain]).runs[0].results;
    expect(result).toEqual({
      ruleId: 'service-without-endpoints',
      ruleIndex: 1,
      level: 'note',
      message: { text: 'Service prod/webb selects nothing [yet]' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'app/svc.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 14 },
          },
        },
      ],
      partialFingerprints: { 'kubePairing/v1': 'def456' },
    });
  });

  it('levels: error, warning, note; a cluster-scoped object has no namespace in its name; one property alone', () => {
    const cluster = finding({
      file: 'app/ep.yaml',
      line: 1,
      column: 1,
      severity: 'warning',
      resource: { kind: 'Namespace', namespace: '', name: 'prod' },
    });
    const migrationOnly = finding({ file: 'app/ep.yaml', line: 2, column: 1, migration: 'x: 1\n' });
    const [a, b] = logOf([cluster, migrationOnly]).runs[0].results;
    expect(a.level).toBe('warning');
    expect(a.locations[0].logicalLocations).toEqual([
      { name: 'prod', fullyQualifiedName: 'Namespace prod', kind: 'object' },
    ]);
    expect(a.properties).toEqual({ resource: { kind: 'Namespace', namespace: '', name: 'prod' } });
    expect(b.level).toBe('error');
    expect(b.properties).toEqual({ migration: 'x: 1\n' });
    expect(b.locations[0].logicalLocations).toBeUndefined();
  });

  it('a one-line fix says "line"; without the file text at hand, the deleted region has no end column', () => {
    const oneLine = { ...typo, related: [], fix: { line: 4, endLine: 4, replacement: '  name: webb' } };
    const elsewhere = { ...oneLine, file: 'gone.yaml' };
    const [here, gone] = logOf([oneLine, elsewhere]).runs[0].results;
    expect(here.fixes[0].description.text).toBe('Replace line 4 of app/ep.yaml.');
    expect(here.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({
      startLine: 4,
      startColumn: 1,
      endLine: 4,
      endColumn: 12,
    });
    expect(gone.fixes[0].description.text).toBe('Replace line 4 of gone.yaml.');
    expect(gone.fixes[0].artifactChanges[0].replacements[0].deletedRegion).toEqual({
      startLine: 4,
      startColumn: 1,
      endLine: 4,
    });
  });

  it('silenced findings, when asked for, come after the others with an inSource suppression', () => {
    const log = logOf([plain], { suppressed: [typo] });
    expect(log.runs[0].results.map((r: Json) => [r.ruleId, r.suppressions])).toEqual([
      ['service-without-endpoints', undefined],
      [
        'endpoints-without-service',
        [
          {
            kind: 'inSource',
            justification: 'Silenced by kube-pairing.io/ignore or # kube-pairing-ignore in the manifest.',
          },
        ],
      ],
    ]);
  });

  it('each skipped file is a note of the invocation, located at the file', () => {
    const log = logOf(
      [],
      {},
      { skippedFiles: [{ file: 'chart/templates/a b.yaml', reason: 'a Helm template' }] },
    );
    expect(log.runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: 'chart/templates/a b.yaml was not checked: a Helm template.' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'chart/templates/a%20b.yaml', uriBaseId: '%SRCROOT%' },
            },
          },
        ],
      },
    ]);
  });

  it('with a working directory, %SRCROOT% is its file URI, ending in exactly one "/"', () => {
    const dir = path.resolve('/work/repo');
    expect(logOf([], { cwd: dir }).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': {
        uri: `${pathToFileURL(dir).href}/`,
        description: { text: 'The directory kube-pairing ran in; result paths are relative to it.' },
      },
    });
    const root = path.parse(dir).root;
    expect(pathToFileURL(root).href.endsWith('/')).toBe(true);
    expect(logOf([], { cwd: root }).runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(
      pathToFileURL(root).href,
    );
    expect(logOf([]).runs[0].originalUriBaseIds).toBeUndefined();
  });

  it('the whole log, every part in use, is valid against the SARIF 2.1.0 schema', ({ skip }) => {
    if (!SCHEMA)
      skip(`the SARIF schema ships in @microsoft/sarif-multitool-linux, not installed here (${SCHEMA_FILE})`);
    const custom = { ...plain, rule: 'custom-rule', fingerprint: 'c' };
    const log = logOf(
      [typo, plain, custom],
      { cwd: path.resolve('/work/repo'), suppressed: [typo] },
      {
        skippedFiles: [{ file: 't.yaml', reason: 'a template' }],
      },
    );
    expect(validateJsonSchema(SCHEMA!, log)).toEqual([]);
  });
});

describe('formatSarif', () => {
  it('is the log as indented JSON with a final line break, and no line a runner reads as a command', () => {
    const evil = { ...plain, message: '##[error]x' };
    const result = resultOf({ 'app/ep.yaml': EP }, [evil]);
    const text = formatSarif(result, undefined, { rules: [SWE] });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "$schema": "${SARIF_SCHEMA}",`);
    expect(text).not.toContain('##[');
    // The findings default to the analysis's; the escapes read back as the same text.
    expect(JSON.parse(text)).toEqual(sarifLog(result, [evil], { rules: [SWE] }));
    expect(JSON.parse(formatSarif(result, [], { rules: [SWE] })).runs[0].results).toEqual([]);
  });
});
