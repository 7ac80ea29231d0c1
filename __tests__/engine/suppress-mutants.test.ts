/**
 * src/engine/suppress.ts, what a suppression is and what it covers (mutation testing, docs/testing.md): the
 * entries and regions of an annotation value however it is spelled, the span an annotation covers (exact
 * first and last character, neighbours on the same line), the line a comment covers and in which file, which
 * tokens are directives, who owns a comment, which files and objects are read (and which YAML nodes are not),
 * and the identities of unused entries.
 */
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/engine/analyze.js';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { Finding } from '../../src/engine/finding.js';
import type { K8sObject } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { placeResources } from '../../src/engine/resources.js';
import type { Rule } from '../../src/engine/rule.js';
import { prescanKinds } from '../../src/engine/rule.js';
import type { Suppression } from '../../src/engine/suppress.js';
import { applySuppressions, collectSuppressions, UNUSED_SUPPRESSION } from '../../src/engine/suppress.js';
import { endpointsDeprecated } from '../../src/rules/endpoints-deprecated.js';
import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { invalidEndpointIp } from '../../src/rules/invalid-endpoint-ip.js';
import { invalidName } from '../../src/rules/invalid-name.js';
import { unusedSuppression } from '../../src/rules/unused-suppression.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';

const knownRuleIds = ALL_RULES.map((r) => r.meta.id);
const lines = (...text: string[]): string => `${text.join('\n')}\n`;

function analyze(files: Record<string, string>, rules: readonly Rule[]): AnalysisResult {
  return analyzeTexts(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { rules: [...rules, unusedSuppression], knownRuleIds },
  );
}

/** The unused-suppression findings: where, which message, and the typo hint's "still reported" part. */
function unusedOf(result: AnalysisResult): { at: string; messageId?: string; stillReported?: unknown }[] {
  return result.findings
    .filter((f) => f.rule === UNUSED_SUPPRESSION)
    .map((f) => ({
      at: `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`,
      messageId: f.messageId,
      ...(f.messageId === 'unknownRule' ? { stillReported: f.data?.stillReported } : {}),
    }));
}

const at = (f: Finding): string => `${f.rule} ${f.file}:${f.line}:${f.column}`;

function collect(files: Record<string, string>): Suppression[] {
  const parsed = Object.entries(files).map(([path, text]) => parseManifestFile(path, text));
  return collectSuppressions(parsed, placeResources(parsed, 'default').resources);
}

const endpoints = (name: string, ...metadata: string[]): string =>
  lines('apiVersion: v1', 'kind: Endpoints', 'metadata:', `  name: ${name}`, ...metadata);

describe('an annotation value: its entries, and where each is reported', () => {
  it('an empty value (null) names no rule: one empty entry, reported at the empty value', () => {
    const files = { 'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore:') };
    expect(collect(files)[0]?.entries).toEqual([
      { id: '', region: { line: 6, column: 28, endLine: 6, endColumn: 28 } },
    ]);
    expect(unusedOf(analyze(files, [endpointsWithoutService]))).toEqual([
      { at: 'a.yaml:6:28-6:28', messageId: 'namesNothing' },
    ]);
  });

  it('an empty quoted value names no rule: reported on the quotes', () => {
    const files = { 'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore: ""') };
    expect(collect(files)[0]?.entries).toEqual([
      { id: '', region: { line: 6, column: 29, endLine: 6, endColumn: 31 } },
    ]);
    expect(unusedOf(analyze(files, [endpointsWithoutService]))).toEqual([
      { at: 'a.yaml:6:29-6:31', messageId: 'namesNothing' },
    ]);
  });

  it('a simply quoted value is reported id by id, inside the quotes', () => {
    const files = { 'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore: "bogus, all"') };
    expect(collect(files)[0]?.entries).toEqual([
      { id: 'bogus', region: { line: 6, column: 30, endLine: 6, endColumn: 35 } },
      { id: 'all', region: { line: 6, column: 37, endLine: 6, endColumn: 40 } },
    ]);
  });

  it('a value spelled with escapes is read unescaped, every id reported on the whole value', () => {
    // The source `"bogus, \x61ll"` is neither the text nor the text in quotes: no column is exact.
    const files = {
      'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore: "bogus, \\x61ll"'),
    };
    const whole = { line: 6, column: 29, endLine: 6, endColumn: 44 };
    expect(collect(files)[0]?.entries).toEqual([
      { id: 'bogus', region: whole },
      { id: 'all', region: whole },
    ]);
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.suppressed.map(at)).toEqual(['endpoints-without-service a.yaml:4:9']);
    expect(unusedOf(result)).toEqual([
      { at: 'a.yaml:6:29-6:44', messageId: 'unknownRule', stillReported: '' },
    ]);
  });

  it('an annotation key spelled with an escape still silences its object', () => {
    // `\x2F` is `/`: the key is kube-pairing.io/ignore, though the text never spells it so.
    const files = {
      'a.yaml': endpoints(
        'a',
        '  annotations:',
        '    "kube-pairing.io\\x2Fignore": endpoints-without-service',
      ),
    };
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map(at)).toEqual(['endpoints-without-service a.yaml:4:9']);
  });
});

describe('an annotation covers the findings within its object (the typo hint "... is still reported")', () => {
  const still = (rule: string): string => ` and the ${rule} finding on this object is still reported`;

  it('a finding inside a block object, lines after its start and before its end', () => {
    const files = {
      'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore: endpoints-without-servce'),
    };
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'endpoints-without-service a.yaml:4:9',
    ]);
    expect(unusedOf(result)).toEqual([
      {
        at: 'a.yaml:6:29-6:53',
        messageId: 'unknownRule',
        stillReported: still('endpoints-without-service'),
      },
    ]);
    expect(collect(files)[0]?.scope).toEqual({
      file: 'a.yaml',
      fromLine: 1,
      fromColumn: 1,
      toLine: 7,
      toColumn: 1,
      objectOnly: true,
    });
  });

  it('a finding on the one line of a flow object, between its first and last column', () => {
    const files = {
      'list.yaml': lines(
        'apiVersion: v1',
        'kind: List',
        'items: [{apiVersion: v1, kind: Endpoints, metadata: {name: a, annotations: {kube-pairing.io/ignore: endpoints-without-servce}}}]',
      ),
    };
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'endpoints-without-service list.yaml:3:60',
    ]);
    expect(collect(files)[0]?.scope).toMatchObject({ fromLine: 3, fromColumn: 9, toLine: 3, toColumn: 128 });
    expect(unusedOf(result)).toEqual([
      {
        at: 'list.yaml:3:101-3:125',
        messageId: 'unknownRule',
        stillReported: still('endpoints-without-service'),
      },
    ]);
  });

  it("a finding at the object's very first character", () => {
    // No addressType: invalid-endpoint-ip reports the whole object, from its first character.
    const files = {
      'slice.yaml': lines(
        'apiVersion: discovery.k8s.io/v1',
        'kind: EndpointSlice',
        'metadata:',
        '  name: s',
        '  annotations:',
        '    kube-pairing.io/ignore: invalid-endpoint-ipp',
        'endpoints: []',
      ),
    };
    const result = analyze(files, [invalidEndpointIp]);
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'invalid-endpoint-ip slice.yaml:1:1',
    ]);
    expect(unusedOf(result)).toEqual([
      { at: 'slice.yaml:6:29-6:49', messageId: 'unknownRule', stillReported: still('invalid-endpoint-ip') },
    ]);
  });

  it("a finding at the object's very last position (an empty last value)", () => {
    const files = {
      'a.yaml': lines(
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  annotations:',
        '    kube-pairing.io/ignore: invalid-nme',
        '  name:',
      ),
    };
    const result = analyze(files, [invalidName]);
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'invalid-name a.yaml:6:8',
    ]);
    expect(collect(files)[0]?.scope).toMatchObject({ fromLine: 1, fromColumn: 1, toLine: 6, toColumn: 8 });
    expect(unusedOf(result)).toEqual([
      { at: 'a.yaml:5:29-5:40', messageId: 'unknownRule', stillReported: still('invalid-name') },
    ]);
  });

  it('not the findings of the objects before and after it on its line, nor of a later line', () => {
    const files = {
      'list.yaml': lines(
        'apiVersion: v1',
        'kind: List',
        'items: [{apiVersion: v1, kind: Endpoints, metadata: {name: b}}, {apiVersion: v1, kind: Service, metadata: {name: a, annotations: {kube-pairing.io/ignore: endpoints-deprecatd}}}, {apiVersion: v1, kind: Endpoints, metadata: {name: c}}]',
        '---',
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: d',
      ),
    };
    const result = analyze(files, [endpointsDeprecated]);
    // The Service spans 3:65-3:177; the Endpoints' kinds are at columns 32 and 202 of its line, and 7 of line 6.
    expect(collect(files)[0]?.scope).toMatchObject({ fromLine: 3, fromColumn: 65, toLine: 3, toColumn: 177 });
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'endpoints-deprecated list.yaml:3:32',
      'endpoints-deprecated list.yaml:3:202',
      'endpoints-deprecated list.yaml:6:7',
    ]);
    expect(unusedOf(result)).toEqual([
      { at: 'list.yaml:3:155-3:174', messageId: 'unknownRule', stillReported: '' },
    ]);
  });

  it('not a finding without an object (a syntax error), though it lies within the object', () => {
    const files = {
      'a.yaml': endpoints('a', '  annotations:', '    kube-pairing.io/ignore: yaml-syntx', '  name: a'),
    };
    const result = analyze(files, [yamlSyntax]);
    const syntax = result.findings.filter((f) => f.rule === 'yaml-syntax');
    expect(syntax.map((f) => [at(f), f.resource])).toEqual([['yaml-syntax a.yaml:7:3', undefined]]);
    expect(unusedOf(result)).toEqual([
      { at: 'a.yaml:6:29-6:39', messageId: 'unknownRule', stillReported: '' },
    ]);
  });
});

describe('a comment covers its target line, in its own file only', () => {
  it('a finding on the same line number of another file is not in its scope', () => {
    const files = {
      'a.yaml': lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: x # kube-pairing-ignore endpoints-without-servce',
      ),
      'b.yaml': endpoints('orphan'),
    };
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.findings.filter((f) => f.rule !== UNUSED_SUPPRESSION).map(at)).toEqual([
      'endpoints-without-service b.yaml:4:9',
    ]);
    expect(unusedOf(result)).toEqual([
      { at: 'a.yaml:4:33-4:57', messageId: 'unknownRule', stillReported: '' },
    ]);
  });

  it('a comment suppression is of kind comment, its scope the whole target line', () => {
    const files = { 'a.yaml': endpoints('a # kube-pairing-ignore bogus') };
    const [s] = collect(files);
    expect(s?.kind).toBe('comment');
    // `  name: a # kube-pairing-ignore bogus` is 37 characters: columns 1 to 38.
    expect(s?.scope).toEqual({
      file: 'a.yaml',
      fromLine: 4,
      fromColumn: 1,
      toLine: 4,
      toColumn: 38,
      objectOnly: false,
    });
  });

  it('comment lines up to the end of the file: the target is the line after the last, newline or not', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Endpoints',
      'metadata:',
      '  name: a',
      '# kube-pairing-ignore all',
    );
    const without = { 'a.yaml': `${text}# trailing note` };
    const withNewline = { 'a.yaml': `${text}# trailing note\n` };
    expect(collect(without)[0]?.scope).toMatchObject({ fromLine: 7, toLine: 7, toColumn: 1 });
    expect(collect(withNewline)[0]?.scope).toMatchObject({ fromLine: 7, toLine: 7, toColumn: 1 });
    const finding = analyze(without, [endpointsWithoutService]).findings.find(
      (f) => f.rule === UNUSED_SUPPRESSION,
    );
    expect(finding?.data?.where).toBe('on line 7 (the line it stands above)');
  });
});

describe('which comments are directives, and what they name', () => {
  it('after a flow collection cut short (a flow-error marker), the columns are still exact', () => {
    const files = {
      'a.yaml': lines(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: x',
        'data: [a,',
        'b: 1 # kube-pairing-ignore bogus',
      ),
    };
    expect(collect(files)[0]?.entries).toEqual([
      { id: 'bogus', region: { line: 6, column: 28, endLine: 6, endColumn: 33 } },
    ]);
    expect(unusedOf(analyze(files, [yamlSyntax]))).toEqual([
      { at: 'a.yaml:6:28-6:33', messageId: 'unknownRule', stillReported: '' },
    ]);
  });

  it("a block scalar's line that reads like a directive is content, not a comment", () => {
    const files = {
      'a.yaml': lines(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: x',
        '--- |',
        '# kube-pairing-ignore all',
      ),
    };
    expect(collect(files)).toEqual([]);
    expect(analyze(files, [yamlSyntax]).findings).toEqual([]);
  });

  it('the reason after `--`: right after the colon, or with nothing after it', () => {
    const files = {
      'a.yaml': lines(
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: a # kube-pairing-ignore:-- reason',
        '  namespace: x # kube-pairing-ignore all --',
        '# kube-pairing-ignore',
      ),
    };
    expect(collect(files).map((s) => s.entries)).toEqual([
      // Names nothing: the entry is the whole comment.
      [{ id: '', region: { line: 4, column: 11, endLine: 4, endColumn: 42 } }],
      [{ id: 'all', region: { line: 5, column: 38, endLine: 5, endColumn: 41 } }],
      [{ id: '', region: { line: 6, column: 1, endLine: 6, endColumn: 22 } }],
    ]);
    expect(unusedOf(analyze(files, [endpointsWithoutService]))).toEqual([
      { at: 'a.yaml:4:11-4:42', messageId: 'namesNothing' },
      { at: 'a.yaml:5:38-5:41', messageId: 'silencesNothing' },
      { at: 'a.yaml:6:1-6:22', messageId: 'namesNothing' },
    ]);
  });

  it("a comment's owner: the object it lies in; none before the first or right after an object's end", () => {
    const files = {
      'a.yaml': lines(
        '# kube-pairing-ignore bogus',
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: a',
        '# kube-pairing-ignore bogus',
        '---',
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: b # kube-pairing-ignore bogus',
      ),
    };
    expect(collect(files).map((s) => [s.comment?.line, s.object?.name, s.resource])).toEqual([
      [1, undefined, undefined],
      [6, undefined, undefined],
      [11, 'b', { kind: 'Endpoints', namespace: 'default', name: 'b' }],
    ]);
    const owners = analyze(files, [endpointsWithoutService])
      .findings.filter((f) => f.rule === UNUSED_SUPPRESSION)
      .map((f) => [f.line, f.data?.owner]);
    expect(owners).toEqual([
      [1, ''],
      [6, ''],
      [11, 'Endpoints default/b: '],
    ]);
  });
});

describe('which files and objects are read for suppressions', () => {
  it('a skipped file (not a Kubernetes manifest) has no suppressions', () => {
    const files = { 'values.yaml': 'replicas: 2 # kube-pairing-ignore all\n' };
    const result = analyze(files, [endpointsWithoutService]);
    expect(result.skippedFiles.map((f) => f.file)).toEqual(['values.yaml']);
    expect(result.findings).toEqual([]);
  });

  it('an object placed in two namespaces owns its comment as its first placement', () => {
    const files = {
      'a/kustomization.yaml': 'namespace: a\nresources: [../base]\n',
      'b/kustomization.yaml': 'namespace: b\nresources: [../base]\n',
      'base/kustomization.yaml': 'resources: [ep.yaml]\n',
      'base/ep.yaml': endpoints('orphan # kube-pairing-ignore bogus'),
    };
    const result = analyze(files, [endpointsWithoutService]);
    const unused = result.findings.filter((f) => f.rule === UNUSED_SUPPRESSION);
    expect(unused.map((f) => [at(f), f.resource, f.data?.owner])).toEqual([
      [
        'unused-suppression base/ep.yaml:4:38',
        { kind: 'Endpoints', namespace: 'a', name: 'orphan' },
        'Endpoints a/orphan: ',
      ],
    ]);
  });

  it('reads no YAML node of an object without the annotation, nor the value of a deferred one', () => {
    // No rule reads ConfigMaps: the pre-scan defers the ConfigMap; the Endpoints is read by the rule.
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: c',
      '---',
      'apiVersion: v1',
      'kind: Endpoints',
      'metadata:',
      '  name: e',
      '  annotations:',
      '    owner: team-a',
    );
    const parsed = parseManifestFile('a.yaml', text, { kinds: prescanKinds([endpointsWithoutService]) });
    expect(parsed.objects.map((o) => [o.kind, o.deferred])).toEqual([
      ['ConfigMap', true],
      ['Endpoints', undefined],
    ]);
    const reads: string[] = [];
    const watched = parsed.objects.map(
      (o) =>
        new Proxy(o, {
          get(target, key, receiver) {
            if (key === 'node' || (key === 'value' && target.deferred)) reads.push(`${target.kind}.${key}`);
            return Reflect.get(target, key, receiver) as unknown;
          },
        }) as K8sObject,
    );
    expect(collectSuppressions([{ ...parsed, objects: watched }], [])).toEqual([]);
    expect(reads).toEqual([]);
  });
});

describe('unused entries: their identities, stable when lines move', () => {
  it('owner, annotation or comment (with its target line, trimmed), id, and a count for repeats', () => {
    const files = {
      'a.yaml': lines(
        '# kube-pairing-ignore bogus',
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  name: a',
        '  namespace: prod',
        '  annotations:',
        '    kube-pairing.io/ignore: bogus',
        '---',
        'apiVersion: v1',
        'kind: Endpoints',
        'metadata:',
        '  # kube-pairing-ignore bogus, bogus',
        '  name: b',
      ),
    };
    const { unused } = applySuppressions([], collect(files), {
      knownRuleIds: new Set(knownRuleIds),
      ranRuleIds: new Set(knownRuleIds),
    });
    expect(unused.map((u) => [u.entry.id, u.staleEntries, u.identity])).toEqual([
      ['bogus', 1, 'Endpoints|prod|a|0|annotation|bogus#0'],
      ['bogus', 1, '|comment|apiVersion: v1|bogus#0'],
      ['bogus', 2, 'Endpoints||b|1|comment|name: b|bogus#0'],
      ['bogus', 2, 'Endpoints||b|1|comment|name: b|bogus#1'],
    ]);
  });

  it('`all` does not silence an unused-suppression finding on its line', () => {
    const files = { 'a.yaml': endpoints('a # kube-pairing-ignore bogus, all') };
    const reported = analyze(files, [endpointsWithoutService]).findings.filter(
      (f) => f.rule === UNUSED_SUPPRESSION,
    );
    expect(reported.map(at)).toEqual(['unused-suppression a.yaml:4:33']);
    const { kept, suppressed } = applySuppressions(reported, collect(files), {
      knownRuleIds: new Set(knownRuleIds),
      ranRuleIds: new Set(knownRuleIds),
    });
    expect(kept).toEqual(reported);
    expect(suppressed).toEqual([]);
  });
});
