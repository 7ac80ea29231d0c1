/**
 * src/engine/template.ts, where template text breaks the YAML structure (mutation testing, docs/testing.md):
 * how far a marker's expression reaches (closed, unclosed, closed twice on a line), which parts of the
 * concrete syntax tree are inert (comments in keys, after `:`, between items, in a block scalar header; block
 * scalars as keys; quoted strings go-yaml reads further than the parser), where a line starts, which texts
 * are OpenShift Templates (YAML, JSON and flow spellings), the first of two script parameters on one line,
 * and which paths lie in a chart's `templates/` directory. It also keeps the marker scan linear.
 */
import { describe, expect, it } from 'vitest';
import { findTemplateBreak, helmChartOf, templateSkipReason } from '../../src/engine/template.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

const goBreak = (line: number): string =>
  `Go/Helm template: {{ }} at line ${line} breaks the YAML structure; render it (helm template) to check it`;

describe('how far a template expression reaches', () => {
  it('a Jinja expression inside a quoted value is inert, like a Go one', () => {
    // #406: the `%}` delimiter looked for.
    expect(templateSkipReason(lines('when: "{% if x %}yes{% endif %}"'))).toBeUndefined();
    expect(templateSkipReason(lines('when: {% if x %}yes{% endif %}'))).toBe(
      'Jinja template: {% %} at line 1 breaks the YAML structure; render it to check it',
    );
  });

  it('an unclosed control line after a comment breaks the structure on its own line', () => {
    // #421, #423, #424: an unclosed marker reaches 2 characters, not back into the comment before it.
    expect(templateSkipReason(lines('# values', '{{- if .Values.enabled'))).toBe(goBreak(2));
  });

  it('an expression whose closing braces follow the closing quote breaks the structure', () => {
    // #425: the expression ends after its `}}`, outside the quoted string.
    expect(templateSkipReason(lines('image: "{{ .Values.image "}}'))).toBe(goBreak(1));
  });

  it('a second expression right after the first one reaches its own closing braces, on the next line', () => {
    // #417, #418: the closing braces are looked for after the second marker, not reused from the first.
    expect(templateSkipReason(lines('name: app-{{ .Values.a }}{{ include "x"', 'kind: Service }}'))).toBe(
      goBreak(1),
    );
  });

  it('template text in a plain value on the first line, after a one-letter word, is inert', () => {
    // #577: the letter at offset 0 is no blank, so the marker does not start its line.
    expect(findTemplateBreak(lines('a {{ .Values.msg }}'))).toBeUndefined();
  });

  it('a control line indented with a tab in a multi-line plain value is a control line still', () => {
    // #592, #594: a tab is a blank before the marker.
    expect(findTemplateBreak(lines('a: 1', ' \t{{- if .x }}', '  b'))).toEqual({ line: 2, engine: 'go' });
  });

  it('an expression before every inert span breaks the structure where it is', () => {
    // #553: no span starts before the marker, so none holds it (two comments follow it).
    expect(templateSkipReason(lines('name: {{ .Values.name }}', '# one', '# two'))).toBe(goBreak(1));
  });
});

describe('inert parts of the syntax tree', () => {
  it('a comment between two items is inert', () => {
    // #521: comments before an item sit in its `start`.
    expect(templateSkipReason(lines('a: 1', '# {{ .Values.note }}', 'b: 2'))).toBeUndefined();
  });

  it('a comment after the `:` of a key is inert', () => {
    // #523: comments after `:` sit in the item's `sep`.
    expect(templateSkipReason(lines('a: # {{ .Values.note }}', '  b: 1'))).toBeUndefined();
  });

  it('a comment inside a complex key is inert', () => {
    // #471, #532, #533, #534: comments in a key count, though the key's scalars do not.
    expect(templateSkipReason(lines('? [a, # {{ .Values.note }}', '   b]', ': v'))).toBeUndefined();
  });

  it('a comment on the header of a block scalar key is inert', () => {
    // #522: the comment sits in the block scalar's `props`.
    expect(templateSkipReason(lines('? | # {{ .Values.note }}', '  a', ': v'))).toBeUndefined();
  });

  it('a block scalar used as a key is a templated key', () => {
    // #515
    expect(templateSkipReason(lines('? |', '  {{ .Values.key }}', ': v'))).toBe(goBreak(2));
  });

  it('an entry without a key is read like any other', () => {
    // #448, #449, #453: the parser gives it a null key.
    expect(templateSkipReason(lines('a: 1', ': "{{ .Values.b }}"'))).toBeUndefined();
    expect(templateSkipReason(lines('a: 1', ': {{ .Values.b }}'))).toBe(goBreak(2));
  });

  it('a quoted value without its closing quote is no template (a YAML syntax error instead)', () => {
    // #492, #494: go-yaml finds no end, the parser's token holds the marker.
    expect(templateSkipReason(lines('summary: "{{ $labels.pod }} is down'))).toBeUndefined();
  });
});

describe('quoted strings go-yaml reads further than the parser', () => {
  it('a marker right before the closing quote on the wrapped line is inside the string', () => {
    // #496: the string ends after its closing quote.
    expect(
      templateSkipReason(lines('annotations:', '  description: "Pod in', '  {{ $labels.namespace }}"')),
    ).toBeUndefined();
  });

  it('a wrapped string of more than 4096 characters is read to its end', () => {
    // #435: the scan budget grows with the text.
    const text = lines(
      'annotations:',
      `  description: "Pod {{ $labels.pod }} in ${'x'.repeat(5000)}`,
      '  {{ $labels.namespace }} is down"',
    );
    expect(templateSkipReason(text)).toBeUndefined();
  });

  it('the string covers the key and value the parser made of a wrapped line, and stays a quoted string', () => {
    // #541, #543, #549, #550: the parser's `owner: team` overlaps the string and merges into it, not plain.
    const text = lines(
      'metadata:',
      '  annotations:',
      '    summary: "Pod',
      '    owner: team',
      '    {{ $labels.pod }} is down"',
    );
    expect(templateSkipReason(text)).toBeUndefined();
  });

  it('a quoted value the parser reads past the end of the string extends the inert span', () => {
    // #548, #549: the second quoted value starts at the first one's closing quote and reaches further.
    expect(
      templateSkipReason(lines('labels:', '  summary: "Pod', '  owner: "team {{ .x }}"')),
    ).toBeUndefined();
  });
});

describe('OpenShift Templates, however their kind and apiVersion are spelled', () => {
  const objects = ['objects:', '- kind: Service', '  spec:', '    ports: [${{PORT}}]'];

  it.each([
    [
      'kind first, at the very start, with the legacy apiVersion v1',
      lines('kind: Template', 'apiVersion: v1', ...objects),
      6,
    ],
    ['apiVersion first, at the very start', lines('apiVersion: v1', 'kind: Template', ...objects), 6],
    [
      'blanks before the colons',
      lines('apiVersion : template.openshift.io/v1', 'kind : Template', ...objects),
      6,
    ],
    [
      'two blanks after the colons',
      lines('apiVersion:  template.openshift.io/v1', 'kind:  Template', ...objects),
      6,
    ],
    [
      'trailing comments',
      lines('apiVersion: template.openshift.io/v1 # OpenShift 4', 'kind: Template # oc process', ...objects),
      6,
    ],
    [
      'JSON',
      lines(
        '{',
        '  "apiVersion": "template.openshift.io/v1",',
        '  "kind": "Template",',
        '  "objects": [{"kind": "Service", "spec": {"ports": [${{PORT}}]}}]',
        '}',
      ),
      4,
    ],
    [
      'a flow mapping, kind first',
      lines('{kind: Template, apiVersion: v1, objects: [{kind: Service, spec: {ports: [${{PORT}}]}}]}'),
      1,
    ],
    [
      'a flow mapping, apiVersion first',
      lines('{apiVersion: v1, kind: Template, objects: [{kind: Service, spec: {ports: [${{PORT}}]}}]}'),
      1,
    ],
  ])('%s: ${{PARAM}} is a parameter', (_name, text, line) => {
    // #601-#639: each spelling matches both patterns.
    expect(templateSkipReason(text)).toBeUndefined();
    // Another kind: the same ${{PORT}} breaks the structure.
    expect(templateSkipReason(text.replace('Template', 'Secret'))).toBe(goBreak(line));
  });

  it('a Go template control line in an OpenShift Template breaks the structure', () => {
    // #426: only `${{` is a parameter.
    const text = lines('apiVersion: v1', 'kind: Template', ...objects, '  {{- if .x }}');
    expect(templateSkipReason(text)).toBe(goBreak(7));
  });
});

describe('script parameters', () => {
  it('two parameters on one line: the brace one is named, as it is looked for first', () => {
    // #687: both patterns match at the start of the line.
    expect(templateSkipReason(lines('a: {B}.x c: @C@'))).toBe(
      'template: the parameter {B} at line 1 breaks the YAML structure; substitute it to check the file',
    );
  });
});

describe('helmChartOf', () => {
  it('a file named `templates` is not inside a templates/ directory', () => {
    // #346: the last path part is the file name.
    expect(helmChartOf('chart/templates', new Set(['chart/Chart.yaml', 'chart/templates']))).toBeUndefined();
    expect(helmChartOf('chart/templates/x', new Set(['chart/Chart.yaml', 'chart/templates/x']))).toBe(
      'chart',
    );
  });
});

describe('the marker scan stays linear', () => {
  // Each closing delimiter is looked for once per marker that passed it: a scan from every marker to the end
  // of the text would take about a minute here (times are not asserted: the time limit catches it).
  it('on 100,000 markers in a comment with lone closing braces, unclosed or closed at the end', () => {
    // #408, #410, #411, #413 (unclosed), #414 (closed at the end)
    const markers = '{{}'.repeat(100_000);
    expect(templateSkipReason(`# ${markers}\n`)).toBeUndefined();
    expect(templateSkipReason(`# ${markers}}}\n`)).toBeUndefined();
  }, 10_000);
});
