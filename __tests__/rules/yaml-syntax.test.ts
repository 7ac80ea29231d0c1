import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cm = (name: string): string =>
  `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "${name}"}}`;
/** A ConfigMap whose `data` holds `count` flow sequences, each wrapped at its key (go-yaml reads them all). */
const wrappedSequences = (count: number): string =>
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: args\ndata:\n' +
  Array.from({ length: count }, (_, i) => `  k${i}: [\n  ${i}]\n`).join('');

ruleTester(yamlSyntax, {
  valid: [
    { name: 'a well-formed manifest', files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n' },
    {
      name: 'well-formed JSON',
      files: { 'svc.json': '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "etcd"}}\n' },
    },
    {
      name: 'a Helm template is skipped, not reported',
      files: { 'templates/svc.yaml': 'metadata:\n  name: {{ .Release.Name }\n' },
    },
    {
      name: 'a file of a Helm chart with template text is skipped, even when it parses or breaks',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
        'chart/templates/svc.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: "{{ .Release.Name }}"\n',
        'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "{{ .Values.a | quote }}\n',
      },
    },
    {
      name: 'YAML that is not Kubernetes is skipped',
      files: { 'values.yaml': 'replicas: 3\nimage: {repo: etcd}\n' },
    },
    {
      name: 'an empty file and comment-only documents',
      files: { 'a.yaml': '', 'b.yaml': '# nothing\n---\n# here\n' },
    },
    {
      name: 'template text in a block scalar and a quoted value (PrometheusRule) is checked normally',
      files: `
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: pods
        spec:
          groups:
          - name: pods
            rules:
            - alert: PodDown
              annotations:
                summary: "{{ $labels.pod }} is down"
                description: |
                  {{ range .Alerts }}{{ .Labels.pod }}
                  {{ end }}
      `,
    },
    {
      name: 'an alert description wrapped at its key, a line starting with {{ (go-yaml reads one string)',
      files: `
        apiVersion: monitoring.coreos.com/v1
        kind: PrometheusRule
        metadata:
          name: pods
        spec:
          groups:
          - name: pods
            rules:
            - alert: PodDown
              annotations:
                description: "Pod {{ $labels.pod }} in namespace
                {{ $labels.namespace }} is down"
      `,
    },
    {
      name: 'a GitHub workflow with ${{ }} expressions',
      files: {
        '.github/workflows/ci.yaml':
          'on: push\njobs:\n  build:\n    runs-on: ${{ matrix.os }}\n    steps:\n    - run: echo "${{ github.sha }}"\n',
      },
    },
    {
      name: 'a rendered manifest whose header comment quotes its template',
      files:
        '# Source: web/templates/svc.yaml\n# name: {{ include "web.fullname" . }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
    },
    {
      name: 'JSON objects one per line, and back to back (kubectl reads a JSON stream)',
      files: { 'list.json': `${cm('a')}\n${cm('b')}\n`, 'glued.json': `${cm('c')}${cm('d')}` },
    },
    {
      name: 'a JSON object followed by YAML documents',
      files: { 'mixed.json': `${cm('a')}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n` },
    },
    {
      name: 'old Mac line ends (lone CR)',
      files: {
        'notes.yaml': 'apiVersion: v1\rkind: ConfigMap\rmetadata:\r  name: notes\rdata:\r  a: |\r    x\r',
      },
    },
    {
      name: 'a quoted description wrapped at its key (controller-gen), as go-yaml reads it',
      files: {
        'healthy.yaml':
          'apiVersion: db.atlasgo.io/v1alpha1\nkind: AtlasSchema\nmetadata:\n  name: s\nstatus:\n  conditions:\n    - message: \'The schema has been applied. Apply response: {"Driver":"mysql"\n      TABLE `users` (\\n  `id` int\\n)"]}}\'\n      reason: Applied\n',
      },
    },
    {
      name: 'a flow sequence whose lines are not indented past its key, as go-yaml reads it',
      files:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    args: [\n    "--port=8080"\n    ]\n',
    },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence points at the end of its document, and says where it starts',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  labels: [unclosed\n',
      errors: [
        {
          line: 5,
          column: 19,
          messageId: 'kubectlRejects',
          data: {
            path: 'manifest.yaml',
            where: '',
            problem: 'The flow sequence that starts at line 5, column 11 has no closing ]',
          },
        },
      ],
    },
    {
      name: 'a duplicate key points at the second key; kubectl keeps the last value, and so does kube-pairing',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n',
      errors: [
        {
          line: 5,
          column: 3,
          endColumn: 7,
          severity: 'warning',
          messageId: 'duplicateKey',
          data: {
            path: 'manifest.yaml',
            where: '',
            problem: 'Map keys must be unique: the key "name" is set twice in one mapping',
            firstLine: 4,
          },
        },
      ],
    },
    {
      name: 'a key set twice with the same value: a notice, nothing is lost',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: a\n',
      errors: [
        {
          line: 5,
          column: 3,
          severity: 'notice',
          messageId: 'duplicateKeySameValue',
          data: {
            problem: 'Map keys must be unique: the key "name" is set twice in one mapping',
            firstLine: 4,
          },
        },
      ],
    },
    {
      name: 'tab indentation',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: etcd\n',
      errors: [
        {
          line: 4,
          column: 1,
          messageId: 'kubectlRejects',
          data: { problem: 'Tabs are not allowed as indentation (YAML indents with spaces only)' },
        },
      ],
    },
    {
      name: 'only the broken document of a multi-document file is reported, and it is named',
      files:
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nkind: [\n---\napiVersion: v1\nkind: Endpoints\nmetadata: {name: a}\n',
      errors: [
        {
          line: 5,
          column: 7,
          messageId: 'kubectlRejects',
          data: { where: ' (document 2 of 3)' },
        },
      ],
    },
    {
      name: 'an unclosed quote does not swallow the documents after the --- line (kubectl cuts there first)',
      files:
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: b\n',
      errors: [
        {
          line: 4,
          column: 10,
          messageId: 'kubectlRejects',
          data: {
            where: ' (document 1 of 2)',
            problem: 'The double-quoted string that starts at line 4, column 9 has no closing "',
          },
        },
        { line: 9, column: 1, messageId: 'kubectlRejects', data: { where: ' (document 2 of 2)' } },
      ],
    },
    {
      name: 'one finding for a document with many errors',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  labels: {a: 1\n  b: ]\nspec: }\n',
      errors: [
        {
          line: 6,
          column: 3,
          messageId: 'kubectlRejects',
          data: { problem: 'The flow mapping that starts at line 5, column 11 has no closing }' },
        },
      ],
    },
    {
      name: 'broken JSON in another directory: Go JSON error where kubectl finds it',
      files: { 'json/ep.json': '{\n  "apiVersion": "v1",\n  "kind": "Endpoints"\n  "metadata": {}\n}\n' },
      errors: [
        {
          file: 'json/ep.json',
          line: 4,
          column: 3,
          messageId: 'kubectlRejects',
          data: {
            path: 'json/ep.json',
            where: '',
            problem: `JSON: invalid character '"' after object key:value pair`,
          },
        },
      ],
    },
    {
      name: 'a JSON stream broken after two values',
      files: { 'list.json': `${cm('a')}\n${cm('b')}\n{"apiVersion": "v1",, "kind": "ConfigMap"}\n` },
      errors: [
        {
          file: 'list.json',
          line: 3,
          column: 21,
          messageId: 'kubectlRejects',
          data: {
            path: 'list.json',
            where: ' (document 3 of 3)',
            problem: "JSON: invalid character ',' looking for beginning of object key string",
          },
        },
      ],
    },
    {
      name: 'template text inside quotes does not excuse a real syntax error elsewhere',
      files: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  a: "{{ .x }}"\n   b: c\n',
      errors: [
        {
          line: 7,
          column: 1,
          messageId: 'kubectlRejects',
          data: { problem: 'All mapping items must start at the same column' },
        },
      ],
    },
    {
      name: 'collections nested past the depth limit: the document is not checked, at the level past it',
      files: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata:\n  a: ${'['.repeat(300)}${']'.repeat(300)}\n`,
      errors: [
        {
          line: 6,
          column: 260,
          messageId: 'overLimit',
          data: {
            path: 'manifest.yaml',
            problem:
              'collections are nested more than 256 deep here; no Kubernetes object comes close, so kube-pairing does not read this document',
          },
        },
      ],
    },
    {
      name: 'more wrapped flow sequences than kube-pairing re-reads as go-yaml does: a warning, kubectl may accept it',
      files: { 'args.yaml': wrappedSequences(1001) },
      errors: [
        {
          file: 'args.yaml',
          line: 2005,
          column: 3,
          severity: 'warning',
          messageId: 'goYamlMayAccept',
          data: {
            path: 'args.yaml',
            where: '',
            problem: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
          },
        },
      ],
    },
  ],
});
