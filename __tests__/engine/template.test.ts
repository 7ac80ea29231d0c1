import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import {
  findTemplateBreak,
  hasTemplateMarkers,
  hasTemplateText,
  helmChartOf,
  helmChartSkipReason,
  templateSkipReason,
} from '../../src/engine/template.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('hasTemplateText', () => {
  it.each([
    ['{{ .Values.ip }}', true],
    ['app-{{ .Release.Name }}-svc', true],
    ['{{name}}', true],
    ['{% if x %}a{% endif %}', true],
    ['${{ github.sha }}', true],
    ['{{\n .Values.x\n}}', true],
    ['{{ unclosed', false],
    ['{ {not} }', false],
    ['{%', false],
    ['plain', false],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(hasTemplateText(value)).toBe(expected);
  });

  it('markers anywhere in a text, even unclosed or in a comment', () => {
    expect(hasTemplateMarkers('# {{ x }}\n')).toBe(true);
    expect(hasTemplateMarkers('a: {%\n')).toBe(true);
    expect(hasTemplateMarkers('a: { b: {c: 1} }\n')).toBe(false);
  });
});

describe('helmChartOf', () => {
  const paths = new Set([
    'charts/web/Chart.yaml',
    'charts/web/templates/svc.yaml',
    'charts/web/templates/sub/dep.yaml',
    'charts/web/charts/db/Chart.yaml',
    'charts/web/charts/db/templates/sts.yaml',
    'Chart.yaml',
    'templates/root.yaml',
    'other/templates/x.yaml',
    'charts/web/values.yaml',
  ]);
  it.each([
    ['charts/web/templates/svc.yaml', 'charts/web'],
    ['charts/web/templates/sub/dep.yaml', 'charts/web'],
    ['charts/web/charts/db/templates/sts.yaml', 'charts/web/charts/db'],
    ['templates/root.yaml', '.'],
    ['other/templates/x.yaml', undefined],
    ['charts/web/values.yaml', undefined],
    ['charts/web/Chart.yaml', undefined],
  ])('%s -> %s', (path, chart) => {
    expect(helmChartOf(path, paths)).toBe(chart);
  });
});

describe('templateSkipReason: templates by structure, not by substring', () => {
  const reason = (line: number) =>
    `Go/Helm template: {{ }} at line ${line} breaks the YAML structure; render it (helm template) to check it`;

  it.each([
    [
      'a value that starts with {{ (YAML reads a flow mapping)',
      lines('kind: Service', 'name: {{ .Values.name }}'),
      2,
    ],
    ['an {{- if }} control line', lines('{{- if .Values.enabled }}', 'kind: Service', '{{- end }}'), 1],
    ['an {{ end }} line alone', lines('kind: Service', 'spec:', '  a: 1', '{{ end }}'), 4],
    [
      'an include | nindent line',
      lines('kind: Service', 'metadata:', '  labels:', '    {{- include "x.labels" . | nindent 4 }}'),
      4,
    ],
    ['a key holding {{', lines('kind: ConfigMap', 'data:', '  {{ .Values.key }}: v'), 3],
    ['a plain key holding {{ in its middle', lines('kind: ConfigMap', 'data:', '  key-{{ .x }}: v'), 3],
    ['a quoted key holding {{', lines('kind: ConfigMap', 'data:', '  "{{ .x }}": v'), 3],
    [
      'a quoted value that an inner quote closes early',
      lines('kind: ConfigMap', 'data:', '  x: "{{ .Values.x | default "y" }}"'),
      3,
    ],
    ['template text in a broken JSON file', '{\n  "name": {{ .Name }}\n}\n', 2],
    ['a flow sequence item', lines('args: [{{ .Values.arg }}]'), 1],
    ['a control line that YAML would fold into a plain value', lines('a: 1', '  {{- if .x }}', '  b'), 2],
  ])('template: %s', (_name, text, line) => {
    expect(templateSkipReason(text)).toBe(reason(line));
  });

  it('says where, and which syntax', () => {
    expect(findTemplateBreak(lines('a: 1', '  {% if x %}'))).toEqual({ line: 2, engine: 'jinja' });
    expect(findTemplateBreak(lines('a: "{{ x }}"'))).toBeUndefined();
  });

  it("a {PARAMETER} in single braces glued to text is a template (cert-manager's bind Service)", () => {
    const text = lines('spec:', '  type: ClusterIP', '  # hardcoded', '  clusterIP: {SERVICE_IP_PREFIX}.16');
    expect(templateSkipReason(text)).toBe(
      'template: the parameter {SERVICE_IP_PREFIX} at line 4 breaks the YAML structure; substitute it to check the file',
    );
    expect(templateSkipReason(lines('ips:', '  - {NODE_IP}:443'))).toBe(
      'template: the parameter {NODE_IP} at line 2 breaks the YAML structure; substitute it to check the file',
    );
    // Real flow mappings, a parameter alone (it parses), and one in a comment or a quoted string: no template.
    expect(templateSkipReason(lines('selector: {app: web}', 'labels: {APP: x}'))).toBeUndefined();
    expect(templateSkipReason(lines('clusterIP: {SERVICE_IP}'))).toBeUndefined();
    expect(templateSkipReason(lines('# clusterIP: {SERVICE_IP_PREFIX}.16', 'a: 1'))).toBeUndefined();
    expect(templateSkipReason(lines('clusterIP: "{SERVICE_IP_PREFIX}.16"'))).toBeUndefined();
  });

  it("a lower-case {param} glued to text is one too (KServe's `{docker_username}/iris-classifier`), not in code", () => {
    expect(
      templateSkipReason(lines('spec:', '  containers:', '  - image: {docker_username}/iris-classifier')),
    ).toBe(
      'template: the parameter {docker_username} at line 3 breaks the YAML structure; substitute it to check the file',
    );
    // Python in a block scalar (KubeRay's RayJob samples), and a plain value continued with one: code, no template.
    const rayJob = lines(
      'spec:',
      '  entrypoint: python /home/ray/samples/sample_code.py',
      '  script: |',
      '    result = ray.get(task.remote())',
      '    print(f"Result: {task_result}")',
      '    data = {"key": {value}x}',
      'kind: RayJob',
    );
    expect(templateSkipReason(rayJob)).toBeUndefined();
    // A parameter in code first, one that breaks the YAML after it: the latter is named.
    expect(templateSkipReason(`${rayJob}image: {registry}/ray\n`)).toBe(
      'template: the parameter {registry} at line 8 breaks the YAML structure; substitute it to check the file',
    );
  });

  it("a <PARAMETER: what to write> opening an item or a value is a template (the EKS Workshop's exercise)", () => {
    const edit = '<EDIT: UPDATE WITH THE CONFIGURATION NEEDED>';
    expect(templateSkipReason(lines('ingress:', '  - from:', `      - ${edit}`, `          ${edit}`))).toBe(
      `template: the parameter ${edit} at line 3 breaks the YAML structure; substitute it to check the file`,
    );
    expect(templateSkipReason(lines(`podSelector: <SELECTOR: your labels>`))).toContain('at line 1');
    // Lower case, no `: ` inside, quoted, in a comment, or inside a value: no template.
    for (const text of [
      'ip: <your-ip>',
      'ip: <NODE_IP>',
      'a: <edit: your labels>',
      'a: "<EDIT: x>"',
      '# - <EDIT: x>',
      'a: b <EDIT: x>',
    ])
      expect(templateSkipReason(text)).toBeUndefined();
  });

  it("an @PARAMETER@ opening a plain value is a template (Longhorn's scale-test StatefulSet)", () => {
    expect(
      templateSkipReason(lines('metadata:', '  name: @STS_NAME@', 'spec:', '  serviceName: @STS_NAME@')),
    ).toBe(
      'template: the parameter @STS_NAME@ at line 2 breaks the YAML structure; substitute it to check the file',
    );
    expect(templateSkipReason(lines('args:', '  - @ARG_1@'))).toBe(
      'template: the parameter @ARG_1@ at line 2 breaks the YAML structure; substitute it to check the file',
    );
    // The first of both forms counts.
    expect(templateSkipReason(lines('a: @A@', 'b: {B}.x'))).toContain('@A@ at line 1');
    expect(templateSkipReason(lines('b: {B}.x', 'a: @A@'))).toContain('{B} at line 1');
    // `[PARAMETER]` in square brackets glued to text (ingress-gce's echo server); a real flow sequence is none.
    expect(templateSkipReason(lines('containers:', '- image: [YOUR REGISTRY]/echoserver:latest'))).toBe(
      'template: the parameter [YOUR REGISTRY] at line 2 breaks the YAML structure; substitute it to check the file',
    );
    expect(templateSkipReason(lines('image: [PROJECT_ID].io/x'))).toContain('[PROJECT_ID] at line 1');
    expect(
      templateSkipReason(lines('args: [A, B]', 'ports: [HTTP]', 'x: [Your Registry]/y')),
    ).toBeUndefined();
    // On one line, the one written first.
    expect(templateSkipReason(lines('a: @A@ b: {B}.x'))).toContain('@A@ at line 1');
    expect(templateSkipReason(lines('b: {B}.x a: @A@'))).toContain('{B} at line 1');
    // Quoted, inside a value, lower case, in a comment: YAML reads it, no template.
    expect(templateSkipReason(lines('name: "@STS_NAME@"'))).toBeUndefined();
    expect(templateSkipReason(lines('name: x-@STS_NAME@'))).toBeUndefined();
    expect(templateSkipReason(lines('name: @sts@'))).toBeUndefined();
    expect(templateSkipReason(lines('# name: @STS_NAME@', 'a: 1'))).toBeUndefined();
  });

  it("an indented `...` where a key or an item goes is an elided snippet (External Secrets' docs/snippets)", () => {
    const snippet = lines(
      'spec:',
      '  containers:',
      '    - name: a',
      '      env:',
      '        - name: X',
      '          value: y',
      '        ...',
      '    - name: b',
    );
    expect(templateSkipReason(snippet)).toBe(
      'snippet: the `...` at line 7 stands for lines left out; complete it to check the file',
    );
    expect(templateSkipReason(lines('a:', '  b: 1', '  …'))).toBe(
      'snippet: the `…` at line 3 stands for lines left out; complete it to check the file',
    );
    // The document end marker, a continued plain value, a quoted or commented one: YAML reads them, no snippet.
    expect(templateSkipReason(lines('a: 1', '...', '---', 'b: 2'))).toBeUndefined();
    expect(templateSkipReason(lines('a: some text', '  ...'))).toBeUndefined();
    expect(templateSkipReason(lines('a: "..."', 'b: 1'))).toBeUndefined();
    expect(templateSkipReason(lines('a:', '  b: 1', '  # ...'))).toBeUndefined();
    expect(templateSkipReason(lines('a:', '  b: 1', '  ....'))).toBeUndefined();
  });

  it("a Carvel ytt template is told by its #@ annotations (container.training's k8s/ytt)", () => {
    expect(
      templateSkipReason(
        lines(
          '#@ load("@ytt:data", "data")',
          '---',
          'kind: Service',
          'metadata:',
          '  name: #@ data.values.name',
        ),
      ),
    ).toBe(
      'ytt template: the #@ annotation at line 1 sets what YAML reads as null; render it (ytt -f) to check it',
    );
    expect(templateSkipReason(lines('kind: Service', 'metadata:', '  name: #@ name'))).toBe(
      'ytt template: the #@ annotation at line 3 sets what YAML reads as null; render it (ytt -f) to check it',
    );
    expect(templateSkipReason(lines('a: 1', '#@overlay/match by=overlay.all', 'b: 2'))).toContain(
      'at line 2',
    );
    // `#@` inside a value or a plain comment's text, or glued to other text: no ytt.
    expect(templateSkipReason(lines('password: "s3cr#@t"', 'b: 1'))).toBeUndefined();
    expect(templateSkipReason(lines('a: x#@y'))).toBeUndefined();
    expect(templateSkipReason(lines('# mail me at a#@b'))).toBeUndefined();
  });

  it("a FreeMarker directive on a line of its own is a template (gitops-playground's .ftl.yaml)", () => {
    const freemarker = (line: number) =>
      `FreeMarker template: the directive at line ${line} breaks the YAML structure; render it to check it`;
    const cases: [string, number][] = [
      [
        lines(
          'kind: Application',
          'metadata:',
          '  namespace: ${config.namespace}',
          '  annotations:',
          '<#if config.mail.active>',
          '    x: ${config.mail}',
          '</#if>',
        ),
        5,
      ],
      [
        lines(
          'kind: Role',
          'rules:',
          '  - verbs: [get]',
          '  <#if openshift == false>',
          '  - verbs: [list]',
          '  </#if>',
        ),
        4,
      ],
      [lines('<#-- generated -->', 'kind: Service'), 1],
      [lines('kind: Service', 'spec:', '  ports:', '  <@ports list=ports/>'), 4],
      // A directive line under a plain value is no continuation of it.
      [lines('a: 1', '  <#list xs as x>', '  b: 2', '  </#list>'), 2],
    ];
    for (const [text, line] of cases) expect(templateSkipReason(text)).toBe(freemarker(line));
    expect(findTemplateBreak(lines('a: 1', '<#if x>', '</#if>'))).toEqual({ line: 2, engine: 'freemarker' });
    // In a block scalar, a quoted value, a comment, or inside a line: text, no template.
    expect(
      templateSkipReason(lines('data:', '  page.ftl: |', '    <#if user>', '    </#if>')),
    ).toBeUndefined();
    expect(templateSkipReason(lines('a: "<#if x>"', '# <#if x>', 'b: x <#if y>'))).toBeUndefined();
    expect(templateSkipReason(lines('a: |', '  <@macro/>', 'b: <a'))).toBeUndefined();
    expect(templateSkipReason(lines('a: 1', '<#'))).toBeUndefined();
  });

  it('names Jinja statements', () => {
    expect(templateSkipReason(lines('{% for ip in ips %}', '- {{ ip }}', '{% endfor %}'))).toBe(
      'Jinja template: {% %} at line 1 breaks the YAML structure; render it to check it',
    );
  });

  it.each([
    ['no template text', lines('kind: Service', 'metadata:', '  name: web')],
    [
      'a PrometheusRule annotation in a block scalar',
      lines(
        'kind: PrometheusRule',
        'spec:',
        '  description: |',
        '    {{ $labels.pod }} is down',
        '    {{- end }}',
      ),
    ],
    ['a folded block scalar', lines('a: >-', '  {{ if .x }}', '  {{ end }}')],
    ['a double-quoted value', lines('summary: "{{ $labels.job }} down"')],
    ['a single-quoted value', lines("summary: '{{ $labels.job }}'")],
    ['a quoted multi-line value', lines('summary: "{{ $labels.job', '  }} down"')],
    [
      'a quoted value wrapped at its key, a line starting with {{ (go-yaml reads one string)',
      lines('annotations:', '  description: "Pod {{ $labels.pod }} in', '  {{ $labels.namespace }} is down"'),
    ],
    ['in the middle of a plain value', lines('image: repo/app:{{ .Values.tag }}')],
    ['a GitHub workflow expression', lines('jobs:', '  build:', '    runs-on: ${{ matrix.os }}')],
    [
      'a header comment quoting the template',
      lines('# Source: chart/templates/svc.yaml', '# name: {{ .Release.Name }}', 'kind: Service'),
    ],
    ['a trailing comment', lines('kind: Service # {{- if .x }}')],
    ['inside a JSON string', '{"kind": "ConfigMap", "data": {"t": "{{ .x }}"}}\n'],
    ['an unclosed marker in a comment', lines('# use {{ to open', 'kind: Service')],
  ])('not a template: %s', (_name, text) => {
    expect(templateSkipReason(text)).toBeUndefined();
  });

  it('an OpenShift Template is an object: its ${{PARAM}} parameters are no Go template', () => {
    const openShift = lines(
      'apiVersion: template.openshift.io/v1',
      'kind: Template',
      'metadata:',
      '  name: app',
      'objects:',
      '- apiVersion: v1',
      '  kind: Service',
      '  metadata:',
      '    name: ${NAME}',
      '  spec:',
      '    ports: [${{PORT}}]',
      'parameters:',
      '- name: PORT',
    );
    expect(templateSkipReason(openShift)).toBeUndefined();
    // The same parameter outside an OpenShift Template is template text breaking the structure.
    expect(templateSkipReason(openShift.replace('kind: Template', 'kind: Other'))).toBe(reason(11));
  });

  // A path quadratic in the markers would take hours on 200,000 of them: the test's own time limit catches
  // it (times are measured by the benchmark, never asserted here).
  it('is linear in the number of markers', () => {
    expect(templateSkipReason('{{'.repeat(200_000))).toBe(reason(1));
    expect(templateSkipReason(`# ${'{{'.repeat(200_000)}\n`)).toBeUndefined();
  }, 60_000);
});

describe('parseManifestFile: templates', () => {
  it('skips a template with the line where it breaks the YAML structure, and no syntax problem', () => {
    const parsed = parseManifestFile(
      'deploy/svc.yaml',
      lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: {{ .Release.Name }}', '  labels: [', ''),
    );
    expect(parsed.skipped).toBe(
      'Go/Helm template: {{ }} at line 4 breaks the YAML structure; render it (helm template) to check it',
    );
    expect(parsed.template).toEqual({});
    expect(parsed.syntaxProblems).toEqual([]);
    expect(parsed.objects).toEqual([]);
  });

  it('checks a manifest whose template text sits in values and comments', () => {
    const text = lines(
      '# Rendered from {{ .Chart.Name }}',
      'apiVersion: monitoring.coreos.com/v1',
      'kind: PrometheusRule',
      'metadata:',
      '  name: pods',
      'spec:',
      '  groups:',
      '  - name: pods',
      '    rules:',
      '    - alert: PodDown',
      '      annotations:',
      '        summary: "{{ $labels.pod }} is down"',
      '        description: |',
      '          {{ range .Alerts }}{{ .Labels.pod }}{{ end }}',
    );
    const parsed = parseManifestFile('rules.yaml', text);
    expect(parsed.skipped).toBeUndefined();
    expect(parsed.template).toBeUndefined();
    expect(parsed.syntaxProblems).toEqual([]);
    expect(parsed.objects.map((o) => `${o.kind}/${o.name}`)).toEqual(['PrometheusRule/pods']);
  });

  it('skips any file with template text under a Helm chart templates/ directory, naming the chart', () => {
    const text = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: "{{ .Release.Name }}"');
    const inChart = parseManifestFile('charts/web/templates/svc.yaml', text, { helmChart: 'charts/web' });
    expect(inChart.skipped).toBe(helmChartSkipReason('charts/web'));
    expect(inChart.template).toEqual({ chart: 'charts/web' });
    expect(inChart.skipped).toBe(
      'Helm chart template (chart charts/web): helm renders its {{ }}; render it (helm template charts/web) to check it',
    );
    // Without template text, a file of the chart is a plain manifest; outside a chart, the same text parses.
    const plain = lines('apiVersion: v1', 'kind: Service', 'metadata:', '  name: web');
    expect(
      parseManifestFile('charts/web/templates/svc.yaml', plain, { helmChart: 'charts/web' }).objects,
    ).toHaveLength(1);
    expect(parseManifestFile('svc.yaml', text).objects.map((o) => o.name)).toEqual(['{{ .Release.Name }}']);
  });
});
