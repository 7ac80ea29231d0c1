/**
 * src/engine/locate.ts, source.ts, suggest.ts, finding.ts and message.ts, exact positions and values
 * (mutation testing, docs/testing.md): where a path of a parsed or built object points (keys without a
 * value, index steps, the first line of an object or list item, collections and kept block scalars
 * trimmed), offset -> line/column regions at line breaks and the end of a file, the file's line break,
 * edit distances with their limit and long names, typo suggestions, the order of findings on one spot, and
 * the error for unused message data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding, Region } from '../../src/engine/finding.js';
import { compareFindings } from '../../src/engine/finding.js';
import type { Anchor } from '../../src/engine/locate.js';
import { locate, placeOf, regionOf } from '../../src/engine/locate.js';
import { formatMessage } from '../../src/engine/message.js';
import type { K8sObject, Path } from '../../src/engine/parse.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { SourceFile } from '../../src/engine/source.js';
import { closestName, editDistance } from '../../src/engine/suggest.js';
import { Provenance } from '../../src/kustomize/built.js';
import { ALL_RULES } from '../../src/rules/index.js';

const span = (r: Region): string => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

function parseOne(path: string, text: string, index = 0): K8sObject {
  const object = parseManifestFile(path, text).objects[index];
  if (!object) throw new Error(`no object ${index} in ${path}`);
  return object;
}

/**
 * svc.yaml: line 6 ends with three spaces, line 11 is a list item without a value, `banner` (lines 12-15)
 * is a kept block scalar with two trailing blank lines, and `owner` (line 17) is a key without a value.
 */
const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  '  labels:',
  '    app: web   ',
  '',
  'spec:',
  '  ports:',
  '    - port: 80',
  '    -',
  '  banner: |+',
  '    hi',
  '',
  '',
  '  selector: {app: web}',
  '? owner',
  '',
].join('\n');

const service = (): K8sObject => parseOne('svc.yaml', SERVICE);
const where = (object: K8sObject, path: Path, anchor?: Anchor): string =>
  span(regionOf(object, path, anchor));

/** The Service as a kustomize build with no transformation emits it: every value copied with its origin. */
function built(): K8sObject {
  const source = service();
  const provenance = new Provenance();
  const value = provenance.copy(source.value, source);
  return { ...source, value, built: { source, provenance } };
}

describe('locate: how far a path goes in a parsed object', () => {
  it('a key written without a value (`? owner`) is found: one step deep, at its key', () => {
    const object = service();
    const found = locate(object, ['owner']);
    expect(found.depth).toBe(1);
    expect(found.value).toBeUndefined();
    expect(found.key?.value).toBe('owner');
    expect(found.deepest).toBe(found.key);
    expect(where(object, ['owner'])).toBe('17:3-17:8');
    expect(where(object, ['owner'], 'key')).toBe('17:3-17:8');
    expect(where(object, ['owner'], 'pair')).toBe('17:3-17:8');
  });

  it('a number step into a mapping stops there: the region is the mapping key', () => {
    const object = service();
    const found = locate(object, ['spec', 0]);
    expect(found.depth).toBe(1);
    expect(found.key?.value).toBe('spec');
    expect(found.value).toBeUndefined();
    expect(where(object, ['spec', 0])).toBe('8:1-8:5');
  });

  it('a string step into a list stops there, even a digit string', () => {
    const object = service();
    const found = locate(object, ['spec', 'ports', '0']);
    expect(found.depth).toBe(2);
    expect(found.key?.value).toBe('ports');
    expect(found.value).toBeUndefined();
    expect(where(object, ['spec', 'ports', '0'])).toBe('9:3-9:8');
    expect(where(object, ['spec', 'ports', 0])).toBe('10:7-10:15');
  });

  it('the key anchor of a list item is the item itself: a list item has no key of its own', () => {
    const object = service();
    expect(where(object, ['spec', 'ports', 0], 'key')).toBe('10:7-10:15');
    expect(where(object, ['spec', 'ports', 1], 'key')).toBe('11:6-11:6');
    expect(where(object, ['spec', 'ports'], 'key')).toBe('9:3-9:8');
  });
});

describe('regionOf: collections and block scalars', () => {
  it("a mapping's region ends at its last character, not at the spaces and line breaks after it", () => {
    const object = service();
    expect(where(object, ['metadata'])).toBe('4:3-6:13');
    expect(where(object, ['metadata', 'labels'])).toBe('6:5-6:13');
    expect(where(object, ['spec', 'ports'])).toBe('10:5-11:6');
  });

  it('a kept block scalar (`|+`) keeps its trailing blank lines', () => {
    expect(where(service(), ['spec', 'banner'])).toBe('12:11-15:1');
  });
});

describe('regionOf: a path that goes nowhere points at the first line of what holds it', () => {
  it('the first line of an object, for a missing top-level key (second document, indented list item)', () => {
    const text = `${SERVICE}---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1   \n    kind: Endpoints\n    metadata: {name: web}\n`;
    const second = parseOne('svc.yaml', text, 1);
    expect(second.kind).toBe('Endpoints');
    expect(where(second, ['subsets'])).toBe('22:5-22:19');
    expect(where(parseOne('svc.yaml', text), ['subsets'])).toBe('1:1-1:15');
  });

  it('in a built object, the first line of the list item a missing field would be in', () => {
    const object = built();
    const found = locate(object, ['spec', 'ports', 0, 'protocol']);
    expect(found.depth).toBe(3);
    expect(found.key).toBeUndefined();
    expect(found.value).toBeUndefined();
    const place = placeOf(object, ['spec', 'ports', 0, 'protocol']);
    expect(place.file.path).toBe('svc.yaml');
    expect(span(place.region)).toBe('10:7-10:15');
  });

  it('in a built object, an item without a value still covers one column after the dash', () => {
    expect(where(built(), ['spec', 'ports', 1, 'port'])).toBe('11:6-11:7');
  });

  it('a built object whose value has no recorded origin is placed in its source object', () => {
    const source = service();
    const object: K8sObject = {
      ...source,
      value: structuredClone(source.value),
      built: { source, provenance: new Provenance() },
    };
    const found = locate(object, []);
    expect(found.file.path).toBe('svc.yaml');
    expect(found.deepest).toBe(source.node);
    expect(where(object, [])).toBe('1:1-17:8');
  });
});

describe('SourceFile: regions, lines and the line break', () => {
  it('a region that ends just after a line break ends at the end of the line before', () => {
    const file = new SourceFile('f.yaml', 'abcd\nxy\nz');
    expect(file.region(0, 5)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 5 });
    expect(file.region(5, 8)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 3 });
    expect(file.region(0, 6)).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 2 });
  });

  it('an empty region at the end of a file that ends with a line break stays on the last, empty line', () => {
    const file = new SourceFile('f.yaml', 'a: 1\n');
    expect(file.region(5, 5)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
    expect(file.region(9, 9)).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
    expect(file.region(4, 4)).toEqual({ line: 1, column: 5, endLine: 1, endColumn: 5 });
  });

  it('a line that the file does not have is empty', () => {
    const file = new SourceFile('f.yaml', 'a\nb');
    expect(file.lineText(2)).toBe('b');
    expect(file.lineText(3)).toBe('');
    expect(file.lineText(0)).toBe('');
  });

  it('the line break is CRLF when the first 4096 characters hold one, else LF', () => {
    expect(new SourceFile('f.yaml', 'a: 1\r\nb: 2\r\n').eol).toBe('\r\n');
    expect(new SourceFile('f.yaml', 'a: 1\nb: 2\n').eol).toBe('\n');
    expect(new SourceFile('f.yaml', 'a: 1').eol).toBe('\n');
    expect(new SourceFile('f.yaml', `${'#'.repeat(5000)}\r\n`).eol).toBe('\n');
  });
});

describe('editDistance', () => {
  // First in the file: the rows are module state, grown once for the first name of 64 characters or more.
  it('names of 64 characters and more (the reused rows grow)', () => {
    const a64 = 'a'.repeat(64);
    expect(editDistance(a64, `${'a'.repeat(63)}b`)).toBe(1);
    expect(editDistance('a'.repeat(100), `b${'a'.repeat(98)}c`)).toBe(2);
    expect(editDistance('', a64)).toBe(64);
  });

  it('the distance to an empty name is the other name length', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abcdef')).toBe(6);
  });

  it('past the limit, the answer is limit + 1, whether the lengths or the letters differ', () => {
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
    expect(editDistance('ab', 'abcdef')).toBe(4);
    expect(editDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(editDistance('abcd', 'wxyz')).toBe(4);
    expect(editDistance('abcd', 'abxd', 1)).toBe(1);
  });
});

describe('closestName', () => {
  it('never suggests the name itself', () => {
    expect(closestName('port', ['port'])).toBeUndefined();
    expect(closestName('port', ['port', 'pork'])).toBe('pork');
  });

  it('no suggestion when two candidates are equally close', () => {
    expect(closestName('http', ['htp'])).toBe('htp');
    expect(closestName('http', ['htp', 'htto'])).toBeUndefined();
    expect(closestName('http', ['htto', 'htp', 'ht'])).toBeUndefined();
    expect(closestName('http', ['htp', 'htto', 'http2', 'htt'])).toBeUndefined();
  });
});

describe('compareFindings: two findings at the same place', () => {
  const finding = (rule: string, message: string): Finding => ({
    rule,
    severity: 'error',
    message,
    file: 'svc.yaml',
    line: 4,
    column: 9,
    endLine: 4,
    endColumn: 12,
    related: [],
    fingerprint: `${rule}:${message}`,
  });

  it('order by rule id first', () => {
    expect(compareFindings(finding('a-rule', 'z'), finding('b-rule', 'a'))).toBe(-1);
    expect(compareFindings(finding('b-rule', 'a'), finding('a-rule', 'z'))).toBe(1);
  });

  it('then by message', () => {
    expect(compareFindings(finding('a-rule', 'm'), finding('a-rule', 'n'))).toBe(-1);
    expect(compareFindings(finding('a-rule', 'n'), finding('a-rule', 'm'))).toBe(1);
    expect(compareFindings(finding('a-rule', 'm'), finding('a-rule', 'm'))).toBe(0);
  });

  it('sorts a list by rule, then message', () => {
    const list = [finding('b-rule', 'a'), finding('a-rule', 'n'), finding('a-rule', 'm')];
    expect(list.sort(compareFindings).map((f) => `${f.rule} ${f.message}`)).toEqual([
      'a-rule m',
      'a-rule n',
      'b-rule a',
    ]);
  });
});

describe('formatMessage', () => {
  it('names every piece of data no placeholder uses, comma-separated', () => {
    const meta = { ...ALL_RULES[0]!.meta, id: 'example', messages: { wrong: '{{object}} is wrong.' } };
    expect(() => formatMessage(meta, 'wrong', { object: 'x', extra: 1, more: 'y' })).toThrow(
      new Error('rule example message "wrong" has no placeholder for data extra, more'),
    );
  });
});

describe('editDistance with a limit: the band of the table it computes gives the distance within the limit', () => {
  it('equals the full distance when within the limit, else limit + 1 (generated names)', () => {
    const name = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 14 });
    fc.assert(
      fc.property(name, name, fc.integer({ min: 0, max: 8 }), (a, b, limit) => {
        const full = editDistance(a, b);
        expect(editDistance(a, b, limit)).toBe(full <= limit ? full : limit + 1);
      }),
      { numRuns: 3000 },
    );
  });
});
