import { endpointsWithoutPorts } from '../../src/rules/endpoints-without-ports.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// Eight lines; `spec.ports` on line 6. `spec` lines are inserted before `ports`.
const etcdService = (spec = '') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
  spec:${spec}
    ports:
      - name: client
        port: 2379
`;

const portlessEndpoints = `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd
  subsets:
    - addresses:
        - ip: 10.20.30.40
`;

ruleTester(endpointsWithoutPorts, {
  valid: [
    {
      name: 'the etcd pair with its port',
      files: docs(
        etcdService(),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{name: client, port: 2379}]
        `,
      ),
    },
    {
      name: 'headless Service: DNS publishes addresses without ports',
      files: docs(etcdService('\n    clusterIP: None'), portlessEndpoints),
    },
    {
      name: 'a subset without addresses loses nothing',
      files: docs(
        etcdService(),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - notReadyAddresses: []
        `,
      ),
    },
    {
      name: 'Service with a selector: the controller writes its Endpoints',
      files: docs(etcdService('\n    selector: {app: etcd}'), portlessEndpoints),
    },
    {
      name: 'ExternalName Service',
      files: docs(
        etcdService('\n    type: ExternalName\n    externalName: etcd.example.com'),
        portlessEndpoints,
      ),
    },
    {
      name: 'unpaired Endpoints (another rule)',
      files: docs(etcdService(), portlessEndpoints.replace('name: etcd', 'name: etcd-other')),
    },
  ],
  invalid: [
    {
      name: 'an Endpoints subset without a ports key: the subset item',
      files: { 'etcd.yaml': docs(etcdService(), portlessEndpoints) },
      errors: [
        {
          file: 'etcd.yaml',
          line: 15,
          column: 5,
          messageId: 'noPorts',
          data: {
            group: 'Endpoints default/etcd subset 1',
            service: 'Service default/etcd',
            addresses: 'its address never receives',
            wanted: 'the ports the Service forwards to (port `client` (2379/TCP))',
          },
          related: ['etcd.yaml:6:3'],
        },
      ],
    },
    {
      name: 'an empty ports list in the second subset, with not-ready addresses only',
      files: docs(
        etcdService(),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}]
          - notReadyAddresses: [{ip: 10.0.0.2}, {ip: 10.0.0.3}]
            ports: []
        `,
      ),
      errors: [
        {
          line: 18,
          column: 5,
          endColumn: 10,
          messageId: 'noPorts',
          data: { group: 'Endpoints default/etcd subset 2', addresses: 'its 2 addresses never receive' },
        },
      ],
    },
    {
      name: 'a slice without ports: its endpoints key',
      files: {
        'svc.yaml': etcdService(),
        'slice.yaml': `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: etcd-1
            labels:
              kubernetes.io/service-name: etcd
          addressType: IPv4
          endpoints:
            - addresses: [10.0.0.1]
        `,
      },
      errors: [
        {
          file: 'slice.yaml',
          line: 8,
          column: 1,
          endColumn: 10,
          messageId: 'noPorts',
          data: { group: 'EndpointSlice default/etcd-1', addresses: 'its address never receives' },
          related: ['svc.yaml:6:3'],
        },
      ],
    },
    {
      name: 'several slices, one with an empty ports list',
      files: docs(
        etcdService(),
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-a
          labels: {kubernetes.io/service-name: etcd}
        addressType: IPv4
        endpoints: [{addresses: [10.0.0.1]}]
        ports: [{name: client, port: 2379}]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-b
          labels: {kubernetes.io/service-name: etcd}
        addressType: IPv4
        endpoints: [{addresses: [10.0.0.2]}]
        ports: []
        `,
      ),
      errors: [
        { line: 26, column: 1, messageId: 'noPorts', data: { group: 'EndpointSlice default/etcd-b' } },
      ],
    },
  ],
});
