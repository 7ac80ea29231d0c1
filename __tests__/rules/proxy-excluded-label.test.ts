import { proxyExcludedLabel } from '../../src/rules/proxy-excluded-label.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { service } from './pairing-fixtures.js';

const labelledSlice = (labels: string[], name = 'etcd-1', serviceName = 'etcd') => `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: ${name}
    labels:
      kubernetes.io/service-name: ${serviceName}
${labels.map((l) => `      ${l}`).join('\n')}
  addressType: IPv4
  ports: [{name: client, port: 2379}]
  endpoints:
    - addresses: ["10.20.30.40"]
`;

const labelledEndpoints = (labels: string[], name = 'etcd') => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: ${name}
    labels:
${labels.map((l) => `      ${l}`).join('\n')}
  subsets:
    - addresses: [{ip: 10.20.30.40}]
      ports: [{name: client, port: 2379}]
`;

ruleTester(proxyExcludedLabel, {
  valid: [
    {
      name: 'the headless label on a slice and an Endpoints of a headless Service',
      files: docs(
        service('etcd', { headless: true }),
        labelledSlice(['service.kubernetes.io/headless: ""']),
        labelledEndpoints(['service.kubernetes.io/headless: ""']),
      ),
    },
    {
      name: 'service-proxy-name on the Service and on its slice',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
          labels: {service.kubernetes.io/service-proxy-name: my-proxy}
        spec:
          ports: [{name: client, port: 2379}]
        `,
        labelledSlice(['service.kubernetes.io/service-proxy-name: my-proxy']),
      ),
    },
    {
      name: 'the EndpointSlice controller computes these labels on its own slices',
      files: docs(
        service('web', { selector: { app: 'web' } }),
        labelledSlice(
          [
            'endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io',
            'service.kubernetes.io/headless: ""',
          ],
          'web-abc',
          'web',
        ),
      ),
    },
    {
      name: 'an Endpoints of a selector Service is rewritten by the endpoints controller anyway',
      files: docs(
        service('web', { selector: { app: 'web' } }),
        labelledEndpoints(['service.kubernetes.io/headless: ""'], 'web'),
      ),
    },
    {
      name: 'unrelated labels on a slice of a ClusterIP Service',
      files: docs(service('etcd'), labelledSlice(['app.kubernetes.io/name: etcd'])),
    },
  ],
  invalid: [
    {
      name: 'the headless label on a hand-written slice of a ClusterIP Service',
      files: {
        'slice.yaml': labelledSlice(['service.kubernetes.io/headless: ""']),
        'svc.yaml': service('etcd'),
      },
      errors: [
        {
          file: 'slice.yaml',
          line: 7,
          column: 5,
          endColumn: 35,
          messageId: 'headlessLabel',
          data: { object: 'EndpointSlice default/etcd-1', service: 'Service default/etcd', mirroring: '' },
          related: ['svc.yaml:4:9'],
        },
      ],
    },
    {
      name: 'both labels on an Endpoints: the mirrored slices inherit them',
      files: docs(
        service('etcd'),
        labelledEndpoints([
          'service.kubernetes.io/headless: ""',
          'service.kubernetes.io/service-proxy-name: my-proxy',
        ]),
      ),
      errors: [
        {
          line: 15,
          column: 5,
          messageId: 'headlessLabel',
          data: {
            object: 'Endpoints default/etcd',
            service: 'Service default/etcd',
            mirroring:
              'The mirroring controller copies every label of an Endpoints to the EndpointSlices it makes, and ',
          },
          related: ['manifest.yaml:4:9'],
        },
        {
          line: 16,
          column: 5,
          severity: 'warning',
          messageId: 'proxyNameLabel',
          data: {
            object: 'Endpoints default/etcd',
            service: 'Service default/etcd',
            proxy: 'my-proxy',
            mirroring:
              'The mirroring controller copies every label of an Endpoints to the EndpointSlices it makes, and ',
          },
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
  ],
});
