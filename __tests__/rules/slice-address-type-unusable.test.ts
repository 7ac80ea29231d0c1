import { sliceAddressTypeUnusable } from '../../src/rules/slice-address-type-unusable.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// `metadata.name` on line 4; spec extras go before `ports` (line 6).
const dbService = (spec = '') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: db
  spec:${spec}
    ports: [{name: pg, port: 5432}]
`;

/** A slice of db with the given address type; `addressType` on line 7 of the slice. */
const slice = (addressType: string, address: string) => `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: db-1
    labels:
      kubernetes.io/service-name: db
  addressType: ${addressType}
  endpoints:
    - addresses: [${address}]
  ports: [{name: pg, port: 5432}]
`;

ruleTester(sliceAddressTypeUnusable, {
  valid: [
    {
      name: 'the etcd pair (Service and Endpoints, named port)',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports: [{name: client, port: 2379}]
        `,
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
    { name: 'an IPv4 slice', files: docs(dbService(), slice('IPv4', '10.0.0.5')) },
    { name: 'an IPv6 slice', files: docs(dbService(), slice('IPv6', '"2001:db8::5"')) },
    {
      name: 'FQDN slice of a headless Service: not proxied',
      files: docs(dbService('\n    clusterIP: None'), slice('FQDN', 'db.example.com')),
    },
    {
      name: 'FQDN slice of an ExternalName Service (another rule)',
      files: docs(
        dbService('\n    type: ExternalName\n    externalName: db.example.com'),
        slice('FQDN', 'db.example.com'),
      ),
    },
    {
      name: 'FQDN slice of no Service (slice-without-service)',
      files: slice('FQDN', 'db.example.com'),
    },
    {
      name: 'FQDN slice in another namespace than the Service',
      files: docs(
        dbService(),
        slice('FQDN', 'db.example.com').replace('name: db-1', 'name: db-1\n    namespace: prod'),
      ),
    },
  ],
  invalid: [
    {
      name: 'FQDN slice of a ClusterIP Service',
      files: { 'db.yaml': docs(dbService(), slice('FQDN', 'db.example.com')) },
      errors: [
        {
          file: 'db.yaml',
          line: 14,
          column: 14,
          endColumn: 18,
          messageId: 'fqdnSlice',
          data: {
            slice: 'EndpointSlice default/db-1',
            service: 'Service default/db',
            example: 'db.example.com',
          },
          related: ['db.yaml:4:9'],
        },
      ],
    },
    {
      name: 'FQDN slice of a Service with a selector and a load balancer, split files, quoted value',
      files: {
        'svc.yaml': dbService('\n    type: LoadBalancer\n    selector: {app: db}'),
        'slice.yaml': slice('"FQDN"', 'db.internal.example.com'),
      },
      errors: [
        {
          file: 'slice.yaml',
          line: 7,
          column: 14,
          messageId: 'fqdnSlice',
          data: { slice: 'EndpointSlice default/db-1', example: 'db.internal.example.com' },
          related: ['svc.yaml:4:9'],
        },
      ],
    },
  ],
});
