import { helmChartNotRendered } from '../../src/rules/helm-chart-not-rendered.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Analysed in memory, helm is never run: a chart with templates is "not rendered (helm was not run)". The
// notices with helm's own message (no helm, helm refused) are tested with a stand-in helm in
// __tests__/helm/render.test.ts.
const CHART = 'apiVersion: v2\nname: shop\nversion: 1.0.0\n';
const TEMPLATE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-db\n';

ruleTester(helmChartNotRendered, {
  valid: [
    {
      name: 'plain manifests, no chart',
      files: { 'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n' },
    },
    {
      name: 'a Chart.yaml without templates: nothing to render',
      files: { 'shop/Chart.yaml': CHART, 'shop/values.yaml': 'a: 1\n' },
    },
  ],
  invalid: [
    {
      name: 'a chart with a template: one notice on its Chart.yaml, first line',
      files: { 'shop/Chart.yaml': CHART, 'shop/templates/service.yaml': TEMPLATE },
      errors: [
        {
          file: 'shop/Chart.yaml',
          line: 1,
          column: 1,
          endColumn: 15,
          message: [
            'Helm chart shop was not rendered (helm was not run)',
            'the pairing rules treat what it may provide as unknown rather than missing',
            'name it with --helm PATH',
          ],
        },
      ],
    },
    {
      name: 'a subchart in charts/ is rendered by its parent: only the parent is named, at the top too',
      files: {
        'Chart.yaml': CHART,
        'templates/service.yaml': TEMPLATE,
        'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 1.0.0\n',
        'charts/db/templates/service.yaml': TEMPLATE,
        'other/Chart.yaml': 'apiVersion: v2\nname: other\nversion: 1.0.0\n',
        'other/templates/deploy.yaml': TEMPLATE,
      },
      errors: [
        { file: 'Chart.yaml', line: 1, column: 1, message: 'Helm chart . was not rendered' },
        { file: 'other/Chart.yaml', line: 1, column: 1, message: 'Helm chart other was not rendered' },
      ],
    },
  ],
});
