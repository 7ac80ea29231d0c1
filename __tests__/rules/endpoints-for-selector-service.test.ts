import { endpointsForSelectorService } from '../../src/rules/endpoints-for-selector-service.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { deployment, endpoints, join, service } from './pairing-fixtures.js';

ruleTester(endpointsForSelectorService, {
  valid: [
    {
      name: 'a selector-less Service with its Endpoints',
      files: join(service('etcd'), endpoints('etcd')),
    },
    {
      name: 'a selector Service with its Deployment',
      files: join(service('web', { selector: { app: 'web' } }), deployment('web', { app: 'web' })),
    },
    {
      name: '`selector: {}` behaves as no selector',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata: {name: etcd}
        spec:
          selector: {}
          ports: [{port: 2379}]
        `,
        endpoints('etcd'),
      ),
    },
    {
      name: 'the Endpoints the endpoints controller wrote itself (a cluster dump)',
      files: docs(
        service('web', { selector: { app: 'web' } }),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
          labels:
            endpoints.kubernetes.io/managed-by: endpoint-controller
        subsets: []
        `,
      ),
    },
    {
      name: 'an ExternalName Service with a selector is endpoints-for-externalname-service',
      files: join(service('db', { type: 'ExternalName', selector: { app: 'db' } }), endpoints('db')),
    },
  ],
  invalid: [
    {
      name: 'pair split across directories: points at the Endpoints name, relates the selector',
      files: {
        'svc/web.yaml': service('web', { selector: { app: 'web' } }),
        'ep/web.yaml': endpoints('web'),
      },
      errors: [
        {
          file: 'ep/web.yaml',
          line: 4,
          column: 9,
          messageId: 'selectorService',
          data: { endpoints: 'Endpoints default/web', service: 'Service default/web', selector: 'app=web' },
          related: ['svc/web.yaml:7:5'],
        },
      ],
    },
    {
      name: 'headless selector Service in a namespace, same file',
      files: join(
        service('db', { namespace: 'data', headless: true, selector: { app: 'db', tier: 'data' } }),
        endpoints('db', 'data'),
      ),
      errors: [
        {
          line: 18,
          column: 9,
          messageId: 'selectorService',
          data: { endpoints: 'Endpoints data/db', service: 'Service data/db', selector: 'app=db,tier=data' },
          related: ['manifest.yaml:9:5'],
        },
      ],
    },
    {
      name: 'JSON Endpoints, flow-style selector',
      files: {
        'api.json': '{"apiVersion": "v1", "kind": "Endpoints", "metadata": {"name": "api"}, "subsets": []}\n',
        'api.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            name: api
          spec:
            selector: {app: api}
            ports: [{port: 80}]
        `,
      },
      errors: [
        {
          file: 'api.json',
          line: 1,
          column: 64,
          messageId: 'selectorService',
          data: { endpoints: 'Endpoints default/api', selector: 'app=api' },
          related: ['api.yaml:6:13'],
        },
      ],
    },
  ],
});
