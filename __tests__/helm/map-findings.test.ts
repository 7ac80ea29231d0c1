/**
 * mapRenderedFindings (src/helm/map-findings.ts): findings on a rendered stream moved to the line that
 * writes the value — the template, the define of a helpers file, the values file — for a chart with a
 * subchart, whose values sit under the subchart's name in the parent's values files.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/finding.js';
import type { ChartOutcome } from '../../src/helm/charts.js';
import { mapRenderedFindings } from '../../src/helm/map-findings.js';

const SUB_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-db
  labels:
    {{- include "db.labels" . | nindent 4 }}
spec:
  ports:
    - name: {{ .Values.portName }}
      port: 5432
    {{- toYaml .Values.extraPorts | nindent 4 }}
`;
const SUB_HELPERS = `{{- define "db.labels" -}}
app.kubernetes.io/name: db
{{- end }}
`;
const SUB_VALUES = `portName: postgres
extraPorts:
  - name: metrics
    port: 9187
`;
const PARENT_VALUES = `db:
  portName: pg
`;
const PROD_VALUES = `db:
  extraPorts:
    - name: metrics
      port: 9999
`;
const STREAM = `---
# Source: app/charts/db/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: rel-db
  labels:
    app.kubernetes.io/name: db
spec:
  ports:
    - name: pg
      port: 5432
    - name: metrics
      port: 9999
`;

const files: Record<string, string> = {
  'app/charts/db/templates/service.yaml': SUB_SERVICE,
  'app/charts/db/templates/_helpers.tpl': SUB_HELPERS,
  'app/charts/db/values.yaml': SUB_VALUES,
  'app/values.yaml': PARENT_VALUES,
  'prod.yaml': PROD_VALUES,
};
const chart: ChartOutcome = {
  dir: 'app',
  name: 'app',
  outcome: { status: 'rendered', text: STREAM },
  renderedPath: 'app/[helm template].yaml',
  valuesFiles: ['app/values.yaml', 'prod.yaml'],
  sources: new Map(Object.entries(files).filter(([f]) => f !== 'prod.yaml')),
};
// the templates are not manifests the scan loads; the values files are
const textOf = (file: string) =>
  file.endsWith('.yaml') && !file.includes('/templates/') ? files[file] : undefined;

/** A finding on the rendered stream at a line and column, with the text there as its length. */
function finding(line: number, column: number, length: number, related: Finding['related'] = []): Finding {
  return {
    rule: 'r',
    severity: 'error',
    message: 'm',
    file: 'app/[helm template].yaml',
    line,
    column,
    endLine: line,
    endColumn: column + length,
    related,
    fingerprint: 'f',
  };
}
const where = (r: { file: string; line: number; column: number; message?: string }) =>
  `${r.file}:${r.line}:${r.column}${r.message === undefined ? '' : ` ${r.message}`}`;

describe("a subchart's findings", () => {
  it('a label its helpers write: on the define line, relating the include line', () => {
    const [f] = mapRenderedFindings([finding(8, 30, 2)], [chart], textOf);
    expect(where(f!)).toBe('app/charts/db/templates/_helpers.tpl:2:25 m');
    expect(f!.related.map(where)).toEqual([
      'app/charts/db/templates/service.yaml:6:5 Service rel-db: its template writes the value through {{- include "db.labels" . | nindent 4 }}',
    ]);
  });

  it('`{{ .Values.portName }}`: on the template line, relating the parent values line that sets it under `db`', () => {
    const [f] = mapRenderedFindings([finding(11, 13, 2)], [chart], textOf);
    expect(where(f!)).toBe('app/charts/db/templates/service.yaml:9:13 m');
    expect(f!.related.map(where)).toEqual([
      'app/values.yaml:2:13 the value comes from .Values.portName in app/values.yaml',
    ]);
  });

  it('from `toYaml .Values.extraPorts`: on the line of the last values file that sets it, relating the toYaml line', () => {
    const [f] = mapRenderedFindings([finding(14, 13, 4)], [chart], textOf);
    expect(where(f!)).toBe('prod.yaml:4:13 m');
    expect(f!.related.map(where)).toEqual([
      'app/charts/db/templates/service.yaml:11:5 Service rel-db: its template writes the value through {{- toYaml .Values.extraPorts | nindent 4 }}',
    ]);
  });

  it('a related location moves the same way, followed by its template line', () => {
    const related = [{ ...finding(14, 13, 4), message: 'the other port' }];
    const [f] = mapRenderedFindings([{ ...finding(8, 30, 2), file: 'x.yaml', related }], [chart], textOf);
    expect(where(f!)).toBe('x.yaml:8:30 m');
    expect(f!.related.map(where)).toEqual([
      'prod.yaml:4:13 the other port',
      'app/charts/db/templates/service.yaml:11:5 Service rel-db: its template writes the value through {{- toYaml .Values.extraPorts | nindent 4 }}',
    ]);
  });

  it("without the chart's sources (the helpers unknown): the include line, not certain", () => {
    const { sources: _sources, ...bare } = chart;
    const withTemplates = (file: string) => files[file];
    const [f] = mapRenderedFindings([finding(8, 30, 2)], [bare], withTemplates);
    expect(where(f!)).toBe(
      'app/charts/db/templates/service.yaml:6:5 m (Found in the rendered chart: this is the nearest template line kube-pairing could place.)',
    );
    expect(f!.related).toEqual([]);
  });
});
