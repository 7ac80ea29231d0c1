import { endpointsForExternalNameService } from '../../src/rules/endpoints-for-externalname-service.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { endpoints, join, service, slice } from './pairing-fixtures.js';

ruleTester(endpointsForExternalNameService, {
  valid: [
    {
      // Kubernetes in Action's Chapter05: the same Service as a selector-less ClusterIP and as ExternalName.
      name: 'alternatives of one Service: the Endpoints pairs with the selector-less ClusterIP one',
      files: {
        'ch05/external-service.yaml': service('external-service'),
        'ch05/external-service-externalname.yaml': service('external-service', { type: 'ExternalName' }),
        'ch05/external-service-endpoints.yaml': endpoints('external-service'),
      },
    },
    {
      name: 'an ExternalName Service alone',
      files: service('db', { type: 'ExternalName' }),
    },
    {
      name: 'a ClusterIP Service without selector, with Endpoints and a slice',
      files: join(service('db'), endpoints('db'), slice('db-1', { serviceName: 'db' })),
    },
    {
      name: 'an Endpoints of the same name in another namespace does not pair',
      files: join(service('db', { type: 'ExternalName', namespace: 'a' }), endpoints('db', 'b')),
    },
  ],
  invalid: [
    {
      name: 'Endpoints and a slice for an ExternalName Service, across files',
      files: {
        'db/service.yaml': service('db', { type: 'ExternalName' }),
        'db/backends.yaml': join(endpoints('db'), slice('db-1', { serviceName: 'db' })),
      },
      errors: [
        {
          file: 'db/backends.yaml',
          line: 4,
          column: 9,
          messageId: 'externalNameService',
          data: {
            object: 'Endpoints default/db',
            relation: 'pairs with',
            service: 'Service default/db',
            alias: ' (a DNS alias of db.example.com)',
          },
          related: ['db/service.yaml:6:9'],
        },
        {
          file: 'db/backends.yaml',
          line: 17,
          column: 33,
          messageId: 'externalNameService',
          data: {
            object: 'EndpointSlice default/db-1',
            relation: 'is labelled `kubernetes.io/service-name` for',
            service: 'Service default/db',
          },
          related: ['db/service.yaml:6:9'],
        },
      ],
    },
    {
      name: 'an ExternalName Service with a selector is still only a DNS alias',
      files: join(service('db', { type: 'ExternalName', selector: { app: 'db' } }), endpoints('db')),
      errors: [
        {
          line: 17,
          column: 9,
          messageId: 'externalNameService',
          data: { object: 'Endpoints default/db', relation: 'pairs with', service: 'Service default/db' },
          related: ['manifest.yaml:6:9'],
        },
      ],
    },
  ],
});
