import { sliceForSelectorService } from '../../src/rules/slice-for-selector-service.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { deployment, join, service, slice } from './pairing-fixtures.js';

ruleTester(sliceForSelectorService, {
  valid: [
    {
      name: 'the EndpointSlice controller’s own slice of a selector Service (a cluster dump)',
      files: join(
        service('web', { selector: { app: 'web' } }),
        deployment('web', { app: 'web' }),
        slice('web-abcde', { serviceName: 'web', managedBy: 'endpointslice-controller.k8s.io' }),
      ),
    },
    {
      name: 'hand-written slices of a selector-less Service',
      files: join(
        service('etcd'),
        slice('etcd-a', { serviceName: 'etcd' }),
        slice('etcd-b', { serviceName: 'etcd', managedBy: 'endpointslicemirroring-controller.k8s.io' }),
      ),
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
        slice('etcd-a', { serviceName: 'etcd' }),
      ),
    },
    {
      name: 'a slice of a selector Service in another namespace does not pair',
      files: join(
        service('web', { selector: { app: 'web' } }),
        slice('web-a', { namespace: 'other', serviceName: 'web' }),
      ),
    },
  ],
  invalid: [
    {
      name: 'two hand-written slices beside the Pods of a selector Service',
      files: docs(
        service('web', { selector: { app: 'web' } }),
        slice('web-extra-a', { serviceName: 'web' }),
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-extra-b
          labels: {kubernetes.io/service-name: web}
        addressType: IPv4
        endpoints: []
        `,
      ),
      errors: [
        {
          line: 17,
          column: 33,
          messageId: 'selectorService',
          data: {
            slice: 'EndpointSlice default/web-extra-a',
            manager: '`endpointslice.kubernetes.io/managed-by: staff.example.com`',
            name: 'web',
            service: 'Service default/web',
          },
          related: ['manifest.yaml:7:5'],
        },
        {
          line: 30,
          column: 40,
          messageId: 'selectorService',
          data: {
            slice: 'EndpointSlice default/web-extra-b',
            manager: 'no `endpointslice.kubernetes.io/managed-by` label',
          },
          related: ['manifest.yaml:7:5'],
        },
      ],
    },
    {
      name: 'slice and Service in one kustomization namespace, different files',
      files: {
        'app/kustomization.yaml': 'namespace: shop\nresources:\n  - service.yaml\n  - extra.yaml\n',
        'app/service.yaml': service('cart', { selector: { app: 'cart' } }),
        'app/extra.yaml': slice('cart-legacy', { serviceName: 'cart', managedBy: 'legacy-sync' }),
      },
      errors: [
        {
          file: 'app/extra.yaml',
          line: 6,
          column: 33,
          messageId: 'selectorService',
          data: {
            slice: 'EndpointSlice shop/cart-legacy',
            manager: '`endpointslice.kubernetes.io/managed-by: legacy-sync`',
            service: 'Service shop/cart',
          },
          related: ['app/service.yaml:7:5'],
        },
      ],
    },
  ],
});
