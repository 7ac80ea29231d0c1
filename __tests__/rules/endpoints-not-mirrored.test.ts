import { endpointsNotMirrored } from '../../src/rules/endpoints-not-mirrored.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { service, slice } from './pairing-fixtures.js';

const skipMirrored = (name: string, value: string) => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: ${name}
    labels:
      endpointslice.kubernetes.io/skip-mirror: ${value}
  subsets:
    - addresses: [{ip: 10.20.30.40}]
      ports: [{name: client, port: 2379}]
`;

ruleTester(endpointsNotMirrored, {
  valid: [
    {
      name: 'skip-mirror "false" is mirrored',
      files: docs(service('etcd'), skipMirrored('etcd', '"false"')),
    },
    {
      name: 'skip-mirror with hand-written EndpointSlices for the Service',
      files: docs(service('etcd'), skipMirrored('etcd', '"true"'), slice('etcd-1', { serviceName: 'etcd' })),
    },
    {
      name: 'a leader-election lock has no Service',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: my-operator-lock
          annotations:
            control-plane.alpha.kubernetes.io/leader: '{"holderIdentity":"pod-1"}'
      `,
    },
    {
      name: 'the API server’s own default/kubernetes Endpoints',
      files: docs(service('kubernetes', { namespace: 'default' }), skipMirrored('kubernetes', '"true"')),
    },
    {
      name: 'a selector Service is endpoints-for-selector-service',
      files: docs(service('web', { selector: { app: 'web' } }), skipMirrored('web', '"true"')),
    },
  ],
  invalid: [
    {
      name: 'skip-mirror "true": points at the label key, relates the Service',
      files: { 'ep.yaml': skipMirrored('etcd', '"true"'), 'svc.yaml': service('etcd') },
      errors: [
        {
          file: 'ep.yaml',
          line: 6,
          column: 5,
          endColumn: 44,
          messageId: 'skipMirror',
          data: { endpoints: 'Endpoints default/etcd', service: 'Service default/etcd', name: 'etcd' },
          related: ['svc.yaml:4:9'],
        },
      ],
    },
    {
      name: 'the leader-election annotation, in a namespace, multi-document file',
      files: docs(
        service('etcd', { namespace: 'infra' }),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: infra
          annotations:
            control-plane.alpha.kubernetes.io/leader: '{"holderIdentity":"x"}'
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{name: client, port: 2379}]
        `,
      ),
      errors: [
        {
          line: 17,
          column: 5,
          messageId: 'leaderElection',
          data: { endpoints: 'Endpoints infra/etcd', service: 'Service infra/etcd', name: 'etcd' },
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
    {
      name: 'Service and Endpoints placed in one namespace by a kustomization',
      files: {
        'kustomization.yaml': 'namespace: data\nresources:\n  - etcd.yaml\n',
        'etcd.yaml': docs(service('etcd'), skipMirrored('etcd', '"true"')),
      },
      errors: [
        {
          file: 'etcd.yaml',
          line: 15,
          column: 5,
          messageId: 'skipMirror',
          data: { endpoints: 'Endpoints data/etcd', service: 'Service data/etcd' },
        },
      ],
    },
  ],
});
