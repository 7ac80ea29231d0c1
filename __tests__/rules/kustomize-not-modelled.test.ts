import { kustomizeNotModelled } from '../../src/rules/kustomize-not-modelled.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(kustomizeNotModelled, {
  valid: [
    {
      name: 'everything a pairing rule reads is modelled (and generators of ConfigMaps change nothing it reads)',
      files: {
        'kustomization.yaml':
          'namespace: shop\nnamePrefix: a-\ncommonLabels: {app: web}\nresources: [svc.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [a=b]\nimages:\n  - name: web\n    newTag: "2"\n',
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      },
    },
  ],
  invalid: [
    {
      name: 'helmCharts and a remote base: one notice each, at the key and at the entry',
      files: {
        'kustomization.yaml':
          'resources:\n  - svc.yaml\n  - github.com/example/base?ref=v1\nhelmCharts:\n  - name: redis\n',
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      },
      errors: [
        {
          line: 3,
          column: 5,
          message: 'the remote resource `github.com/example/base?ref=v1` is not fetched',
        },
        { line: 4, column: 1, endColumn: 11, message: '`helmCharts` renders Helm charts into the build' },
      ],
    },
  ],
});
