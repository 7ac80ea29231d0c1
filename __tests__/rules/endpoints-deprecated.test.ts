import { endpointsDeprecated } from '../../src/rules/endpoints-deprecated.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITHOUT_ENDPOINTS, ENDPOINTS, SERVICE } from './validity-fixtures.js';

ruleTester(endpointsDeprecated, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    {
      name: 'Endpoints in another API group are invalid-api-version’s',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: Endpoints
        metadata:
          name: etcd
      `,
    },
  ],
  invalid: [
    {
      name: 'the correct Service + Endpoints pair still gets the notice, on `kind`',
      files: { 'etcd.yaml': docs(SERVICE, ENDPOINTS) },
      errors: [
        {
          line: 23,
          column: 7,
          endColumn: 16,
          messageId: 'deprecated',
          data: { endpoints: 'Endpoints default/etcd', service: 'etcd' },
          fix: null,
        },
      ],
    },
    {
      name: 'every Endpoints of a List and of a JSON file',
      files: {
        'a.yaml': `
          apiVersion: v1
          kind: List
          items:
            - apiVersion: v1
              kind: Endpoints
              metadata: {name: a}
            - apiVersion: v1
              kind: Endpoints
              metadata: {name: b, namespace: prod}
        `,
        'b.json': '{"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "c"}}',
      },
      errors: [
        {
          file: 'a.yaml',
          line: 5,
          column: 11,
          messageId: 'deprecated',
          data: { endpoints: 'Endpoints default/a' },
        },
        {
          file: 'a.yaml',
          line: 8,
          column: 11,
          messageId: 'deprecated',
          data: { endpoints: 'Endpoints prod/b' },
        },
        {
          file: 'b.json',
          line: 1,
          column: 30,
          messageId: 'deprecated',
          data: { endpoints: 'Endpoints default/c', service: 'c' },
        },
      ],
    },
  ],
});
