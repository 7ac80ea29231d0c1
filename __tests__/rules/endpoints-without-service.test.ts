import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

const service = (name: string, namespace = 'default') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    ports:
      - port: 2379
`;

ruleTester(endpointsWithoutService, {
  valid: [
    {
      name: 'Endpoints with its Service in the same file',
      files: docs(
        service('etcd'),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: default
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{port: 2379}]
        `,
      ),
    },
    {
      name: 'pair split across directories, namespace implicit on one side',
      files: {
        'svc/etcd.yaml': service('etcd'),
        'ep/etcd.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd
        `,
      },
    },
    {
      name: 'same-named Service in another namespace is a different rule',
      files: {
        'a.yaml': service('etcd', 'infra'),
        'b.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata: {name: etcd, namespace: default}
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a typo in one build with namePrefix: the fix writes the name without the prefix the build adds',
      files: {
        'kustomization.yaml': 'namePrefix: app-\nresources: [ep.yaml, svc.yaml]\n',
        'svc.yaml': service('etcd'),
        'ep.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcdd
          subsets:
            - addresses: [{ip: 10.20.30.40}]
              ports: [{port: 2379}]
        `,
      },
      errors: [
        {
          file: 'ep.yaml',
          line: 4,
          column: 9,
          messageId: 'closeName',
          data: { suggestion: 'app-etcd' },
          fix: '  name: etcd',
        },
      ],
    },
    {
      name: 'the etcd typo: suggests the closest Service name and fixes the line',
      files: {
        'manifests/etcd.yaml': docs(
          service('etcd-supporting-kubernetes'),
          `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd-support-kubernetes
            namespace: default
          subsets:
            - addresses:
                - ip: 10.20.30.40
              ports:
                - port: 2379
          `,
        ),
      },
      errors: [
        {
          file: 'manifests/etcd.yaml',
          line: 13,
          column: 9,
          endColumn: 32,
          messageId: 'closeName',
          data: {
            endpoints: 'Endpoints default/etcd-support-kubernetes',
            name: 'etcd-support-kubernetes',
            namespace: 'default',
            suggestion: 'etcd-supporting-kubernetes',
            service: 'Service default/etcd-supporting-kubernetes',
          },
          fix: '  name: etcd-supporting-kubernetes',
          related: ['manifests/etcd.yaml:4:9'],
        },
      ],
    },
    {
      name: 'no close name: no fix',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: "totally-unrelated"
      `,
      errors: [
        {
          line: 4,
          column: 9,
          messageId: 'noService',
          data: {
            endpoints: 'Endpoints default/totally-unrelated',
            name: 'totally-unrelated',
            namespace: 'default',
          },
          fix: null,
          related: [],
        },
      ],
    },
    {
      name: 'a namePrefix of a kustomization the Endpoints is not under: the rename is related, no fix',
      files: {
        'base/kustomization.yaml': 'namePrefix: app-\nresources: [service.yaml]\n',
        'base/service.yaml': service('etcd'),
        'overlay/kustomization.yaml': 'resources: [../base, endpoints.yaml]\n',
        'overlay/endpoints.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd
            namespace: default
          subsets:
            - addresses: [{ip: 10.20.30.40}]
              ports: [{port: 2379}]
        `,
      },
      errors: [
        {
          file: 'overlay/endpoints.yaml',
          line: 4,
          column: 9,
          messageId: 'renamedByBuild',
          data: { endpoints: 'Endpoints default/etcd', name: 'etcd', renamed: 'app-etcd' },
          fix: null,
          related: ['base/service.yaml:4:9'],
        },
      ],
    },
  ],
});
