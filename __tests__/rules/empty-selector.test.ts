import { emptySelector } from '../../src/rules/empty-selector.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { deployment, endpoints, join, service } from './pairing-fixtures.js';

ruleTester(emptySelector, {
  valid: [
    {
      name: 'a selector with labels, and its Deployment',
      files: join(service('web', { selector: { app: 'web' } }), deployment('web', { app: 'web' })),
    },
    {
      name: 'no selector, with Endpoints',
      files: join(service('etcd'), endpoints('etcd')),
    },
    {
      name: 'an ExternalName Service ignores its selector',
      files: `
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ExternalName
          externalName: db.example.com
          selector: {}
      `,
    },
  ],
  invalid: [
    {
      name: '`selector: {}` with hand-written Endpoints: says to delete the line',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          selector: {}
          ports: [{port: 2379}]
        `,
        endpoints('etcd'),
      ),
      errors: [
        {
          line: 6,
          column: 13,
          endColumn: 15,
          messageId: 'handWrittenEndpoints',
          data: { service: 'Service default/etcd' },
        },
      ],
    },
    {
      name: 'JSON Service with `"selector": {}` and nothing else',
      files: {
        'web.json': `{
  "apiVersion": "v1",
  "kind": "Service",
  "metadata": {"name": "web", "namespace": "shop"},
  "spec": {
    "selector": {},
    "ports": [{"port": 80}]
  }
}
`,
      },
      errors: [
        {
          file: 'web.json',
          line: 6,
          column: 17,
          messageId: 'noEndpoints',
          data: { service: 'Service shop/web' },
        },
      ],
    },
  ],
});
