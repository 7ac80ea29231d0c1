/**
 * Following a template's actions into the chart's other files (src/helm/template-map.ts with
 * `PlaceHints.chart`, src/helm/chart-sources.ts): an `include` into its `define`, a `toYaml .Values...`
 * into the values file, on small charts written here to show each rule.
 */
import { describe, expect, it } from 'vitest';
import { commandsOf, definesIn, valuesNode } from '../../src/helm/chart-sources.js';
import type { ChartSources, ValuesFile } from '../../src/helm/chart-sources.js';
import { placeInTemplate } from '../../src/helm/template-map.js';
import type { YamlPath } from '../../src/helm/template-map.js';

const HELPERS = `{{/*
Labels
*/}}
{{- define "app.labels" -}}
helm.sh/chart: {{ include "app.chart" . }}
{{ include "app.selectorLabels" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "app.selectorLabels" -}}
app.kubernetes.io/name: {{ include "app.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "app.component" -}}
{{- if eq .Values.mode "deployment" -}}
component: standalone
{{- end -}}
{{- if eq .Values.mode "daemonset" -}}
component: agent
{{- end -}}
{{- end }}

{{- define "app.ports" -}}
{{- range $key, $port := .Values.ports }}
- name: {{ $key }}
  port: {{ $port.port }}
{{- end }}
{{- end }}

{{- define "app.loop" -}}
{{ include "app.loop" . }}
{{- end }}

{{- define "app.portName" -}}
name: {{ .Values.portName }}
{{- end }}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  selector:
    {{- include "app.selectorLabels" . | nindent 4 }}
    {{- template "app.component" . | nindent 4 }}
  {{- $ports := include "app.ports" . }}
  ports:
    {{- $ports | nindent 4 }}
`;

const VALUES = `mode: deployment
portName: http
ports:
  http:
    port: 80
extraPorts:
  - name: metrics
    port: 9090
  - name: admin
    port: 9091
annotations:
  team: web
`;

function chart(template: string, values: ValuesFile[] = [], more: Record<string, string> = {}): ChartSources {
  return {
    template: 'templates/x.yaml',
    files: new Map([
      ['templates/x.yaml', template],
      ['templates/_helpers.tpl', HELPERS],
      ...Object.entries(more),
    ]),
    values,
  };
}

const place = (template: string, path: YamlPath, rendered: unknown, sources = chart(template)) => {
  const p = placeInTemplate(template, path, 0, { rendered, chart: sources });
  return (
    p &&
    `${p.file}:${p.line}:${p.column} ${p.certain ? 'C' : 'u'}${p.through ? ` via ${p.through.line}:${p.through.column}` : ''}`
  );
};

const SERVICE_RENDERED = {
  kind: 'Service',
  metadata: { name: 'rel', labels: { 'helm.sh/chart': 'app-1', 'app.kubernetes.io/name': 'app' } },
  spec: {
    selector: {
      'app.kubernetes.io/name': 'app',
      'app.kubernetes.io/instance': 'rel',
      component: 'standalone',
    },
    ports: [{ name: 'http', port: 80 }],
  },
};

describe('include: into the define it names', () => {
  it.each([
    [['metadata', 'labels', 'helm.sh/chart'], 'templates/_helpers.tpl:5:16 C via 6:5'],
    // a nested include: app.labels includes app.selectorLabels at its own indentation
    [['metadata', 'labels', 'app.kubernetes.io/name'], 'templates/_helpers.tpl:11:25 C via 6:5'],
    [['spec', 'selector', 'app.kubernetes.io/instance'], 'templates/_helpers.tpl:12:29 C via 9:5'],
    // the second of two includes; `template` as include; the branch told by the rendered literal
    [['spec', 'selector', 'component'], 'templates/_helpers.tpl:17:12 C via 10:5'],
    // `{{ $ports | nindent 4 }}` with `$ports := include "app.ports" .`: a range of one item
    [['spec', 'ports', 0, 'port'], 'templates/_helpers.tpl:27:9 C via 13:5'],
    // the template's own lines stay as they are
    [['metadata', 'name'], 'templates/x.yaml:4:9 C'],
  ] as const)('%j -> %s', (path, expected) => {
    expect(place(SERVICE, path, SERVICE_RENDERED)).toBe(expected);
  });

  it('a key no define writes stays on the first include line, not certain', () => {
    expect(place(SERVICE, ['spec', 'selector', 'tier'], { spec: { selector: { tier: 'x' } } })).toBe(
      'templates/x.yaml:9:5 u',
    );
  });

  it('a define that is not there: the include line, not certain; one that includes itself ends', () => {
    const template = `metadata:\n  labels:\n    {{- include "app.missing" . | nindent 4 }}\n  annotations:\n    {{- include "app.loop" . | nindent 4 }}\n`;
    expect(place(template, ['metadata', 'labels', 'a'], {})).toBe('templates/x.yaml:3:5 u');
    // the walk stops at the define's own include of itself, in the helpers
    expect(place(template, ['metadata', 'annotations', 'a'], {})).toBe(
      'templates/_helpers.tpl:32:1 u via 5:5',
    );
  });

  it('a list item two includes deep: counted after the items each body writes before the next include', () => {
    const helpers =
      '{{- define "ports.all" -}}\n- name: a\n  port: 1\n{{ include "ports.more" . }}\n{{- end }}\n' +
      '{{- define "ports.more" -}}\n- name: b\n  port: 2\n{{- end }}\n';
    const template =
      'spec:\n  ports:\n  - name: web\n    port: 80\n  {{- include "ports.all" . | nindent 2 }}\n';
    const sources = {
      template: 't.yaml',
      files: new Map([
        ['t.yaml', template],
        ['_h.tpl', helpers],
      ]),
      values: [],
    };
    const rendered = {
      spec: {
        ports: [
          { name: 'web', port: 80 },
          { name: 'a', port: 1 },
          { name: 'b', port: 2 },
        ],
      },
    };
    const at = (i: number) =>
      placeInTemplate(template, ['spec', 'ports', i, 'port'], 0, { rendered, chart: sources });
    expect(at(0)).toMatchObject({ line: 4, certain: true });
    expect(at(1)).toMatchObject({ file: '_h.tpl', line: 3, certain: true, through: { line: 5 } });
    expect(at(2)).toMatchObject({ file: '_h.tpl', line: 8, certain: true, through: { line: 5 } });
  });

  it('includes inside includes end after 8', () => {
    const chain = Array.from({ length: 10 }, (_, i) =>
      i < 9
        ? `{{- define "d${i}" -}}\n{{ include "d${i + 1}" . }}\n{{- end }}\n`
        : `{{- define "d9" -}}\nkey: v\n{{- end }}\n`,
    ).join('');
    const template = 'data:\n  {{- include "d0" . | nindent 2 }}\n';
    const sources = {
      template: 't.yaml',
      files: new Map([
        ['t.yaml', template],
        ['_h.tpl', chain],
      ]),
      values: [],
    };
    const p = placeInTemplate(template, ['data', 'key'], 0, {
      rendered: { data: { key: 'v' } },
      chart: sources,
    });
    expect(p).toMatchObject({ file: '_h.tpl', line: 23, certain: false, through: { line: 2 } });
    const short = chain.replace('{{ include "d3" . }}', 'key: v');
    const near = {
      ...sources,
      files: new Map([
        ['t.yaml', template],
        ['_h.tpl', short],
      ]),
    };
    expect(
      placeInTemplate(template, ['data', 'key'], 0, { rendered: { data: { key: 'v' } }, chart: near }),
    ).toMatchObject({
      file: '_h.tpl',
      line: 8,
      certain: true,
    });
  });

  it('without the chart, the include line as before (and no file)', () => {
    const p = placeInTemplate(SERVICE, ['spec', 'selector', 'component'], 0, { rendered: SERVICE_RENDERED });
    expect(p).toEqual({ line: 9, column: 5, endColumn: 54, certain: false });
  });

  it("a define of the template's own chart before a subchart's of the same name; two of one name: not certain", () => {
    const sub = '{{- define "app.selectorLabels" -}}\napp.kubernetes.io/name: sub\n{{- end }}\n';
    const own = chart(SERVICE, [], { 'charts/sub/templates/_helpers.tpl': sub });
    expect(place(SERVICE, ['spec', 'selector', 'app.kubernetes.io/name'], SERVICE_RENDERED, own)).toBe(
      'templates/_helpers.tpl:11:25 C via 9:5',
    );
    const twice = chart(SERVICE, [], { 'templates/_more.tpl': sub });
    expect(place(SERVICE, ['spec', 'selector', 'app.kubernetes.io/instance'], SERVICE_RENDERED, twice)).toBe(
      'templates/_helpers.tpl:12:29 u via 9:5',
    );
  });

  it("relates the values line of `{{ .Values.x }}` in a define given the chart's context, not one given another", () => {
    const template = `a:\n  {{- include "app.portName" . | nindent 2 }}\nb:\n  {{- include "app.portName" (dict "Values" .Values.other) | nindent 2 }}\n`;
    const sources = chart(template);
    expect(placeInTemplate(template, ['a', 'name'], 0, { rendered: {}, chart: sources })).toMatchObject({
      file: 'templates/_helpers.tpl',
      line: 36,
      reference: '.Values.portName',
    });
    expect(
      placeInTemplate(template, ['b', 'name'], 0, { rendered: {}, chart: sources })?.reference,
    ).toBeUndefined();
  });
});

describe('toYaml .Values...: into the values file', () => {
  const values: ValuesFile[] = [{ file: 'values.yaml', text: VALUES }];
  const template = `metadata:
  annotations:
    {{- with .Values.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  ports:
  - name: web
    port: 80
  {{- toYaml .Values.extraPorts | nindent 2 }}
  {{- if .Values.debug }}
  - name: debug
    port: 2345
  {{- end }}
`;
  const rendered = {
    metadata: { annotations: { team: 'web' } },
    spec: {
      ports: [
        { name: 'web', port: 80 },
        { name: 'metrics', port: 9090 },
        { name: 'admin', port: 9091 },
      ],
    },
  };
  const at = (path: YamlPath, r: unknown = rendered, v = values) =>
    place(template, path, r, chart(template, v));

  it('the item of the values list, counted after the literal items before the block', () => {
    expect(at(['spec', 'ports', 1, 'name'])).toBe('values.yaml:7:11 C via 10:3');
    expect(at(['spec', 'ports', 2, 'port'])).toBe('values.yaml:10:11 C via 10:3');
    expect(at(['spec', 'ports', 0, 'port'])).toBe('templates/x.yaml:9:11 C');
  });

  it('`toYaml .` inside `with .Values.annotations`', () => {
    expect(at(['metadata', 'annotations', 'team'])).toBe('values.yaml:12:9 C via 4:5');
  });

  it('not certain when the rendered value is not the one the values set (a --set, a values file not given)', () => {
    const other = { spec: { ports: [{}, { name: 'metrics', port: 9999 }] } };
    expect(at(['spec', 'ports', 1, 'port'], other)).toBe('values.yaml:8:11 u via 10:3');
  });

  it('the last values file that sets it; a list a later file sets replaces the earlier one', () => {
    const prod = { file: 'prod.yaml', text: 'extraPorts:\n  - name: metrics\n    port: 9090\n' };
    expect(at(['spec', 'ports', 1, 'name'], rendered, [...values, prod])).toBe('prod.yaml:2:11 C via 10:3');
    // the rendered item 2 is in no list the last file sets: not placed in values
    expect(at(['spec', 'ports', 2, 'name'], rendered, [...values, prod])).toBe('templates/x.yaml:10:3 u');
  });

  it('after a conditional item, the values item equal to the rendered one', () => {
    const after = template.replace(
      '  {{- toYaml .Values.extraPorts | nindent 2 }}\n  {{- if .Values.debug }}\n  - name: debug\n    port: 2345\n  {{- end }}\n',
      '  {{- if .Values.debug }}\n  - name: debug\n    port: 2345\n  {{- end }}\n  {{- toYaml .Values.extraPorts | nindent 2 }}\n',
    );
    const debug = {
      spec: {
        ports: [
          { name: 'web', port: 80 },
          { name: 'debug', port: 2345 },
          { name: 'admin', port: 9091 },
        ],
      },
    };
    expect(place(after, ['spec', 'ports', 2, 'port'], debug, chart(after, values))).toBe(
      'values.yaml:10:11 C via 14:3',
    );
    expect(place(after, ['spec', 'ports', 1, 'port'], debug, chart(after, values))).toBe(
      'templates/x.yaml:12:11 C',
    );
  });

  it("a subchart's template: its values under its name in the parent's files", () => {
    const files = [
      { file: 'charts/db/values.yaml', text: 'extraPorts:\n  - name: metrics\n    port: 1\n' },
      {
        file: 'values.yaml',
        text: 'db:\n  extraPorts:\n    - name: metrics\n      port: 9090\n',
        under: ['db'],
      },
    ];
    expect(at(['spec', 'ports', 1, 'port'], rendered, files)).toBe('values.yaml:4:13 C via 10:3');
  });
});

describe("a block at its key's own indentation (envoy gateway's Service)", () => {
  const template = `spec:
  ports:
  {{- toYaml .Values.ports | nindent 2 }}
  {{- if .Values.webhook }}
  - name: webhook
    port: 9443
  {{- end }}
  type: ClusterIP
`;
  const rendered = {
    spec: {
      ports: [
        { name: 'grpc', port: 18000 },
        { name: 'webhook', port: 9443 },
      ],
      type: 'ClusterIP',
    },
  };

  it('belongs to the key, with the items after it; the key after them does not', () => {
    const alone = (path: YamlPath) => {
      const p = placeInTemplate(template, path, 0, { rendered });
      return p && `${p.line}:${p.column} ${p.certain ? 'C' : 'u'}`;
    };
    expect(alone(['spec', 'ports', 0, 'name'])).toBe('3:3 u');
    expect(alone(['spec', 'ports', 1, 'port'])).toBe('6:11 C');
    expect(alone(['spec', 'type'])).toBe('8:9 C');
  });
});

describe('chart-sources', () => {
  it("cuts a define's body out with the file's lines and columns", () => {
    const [labels] = definesIn('h.tpl', HELPERS);
    expect(labels!.name).toBe('app.labels');
    const lines = labels!.body.split('\n');
    expect(lines[4]).toBe('helm.sh/chart: {{ include "app.chart" . }}');
    expect(lines.slice(0, 4).every((l) => l.trim() === '')).toBe(true);
    expect(lines.length).toBe(8);
    expect(definesIn('h.tpl', HELPERS).map((d) => d.name)).toEqual([
      'app.labels',
      'app.selectorLabels',
      'app.component',
      'app.ports',
      'app.loop',
      'app.portName',
    ]);
  });

  it('splits a pipeline at the | outside parentheses and strings', () => {
    expect(commandsOf('include "x" ($d | merge (dict "a" "|")) | nindent 6')).toEqual([
      'include "x" ($d | merge (dict "a" "|"))',
      'nindent 6',
    ]);
  });

  it('a values node: on the value, or on the key of a map; null deletes what earlier files set', () => {
    const files = [{ file: 'v.yaml', text: VALUES }];
    expect(valuesNode(files, ['ports', 'http', 'port'])).toEqual({
      file: 'v.yaml',
      line: 5,
      column: 11,
      endColumn: 13,
      value: 80,
    });
    expect(valuesNode(files, ['ports', 'http'])).toMatchObject({ line: 4, column: 3, value: { port: 80 } });
    expect(
      valuesNode([...files, { file: 'w.yaml', text: 'ports:\n' }], ['ports', 'http', 'port']),
    ).toBeUndefined();
    expect(valuesNode(files, ['nothing'])).toBeUndefined();
  });
});
