import { serviceWithoutEndpoints } from '../../src/rules/service-without-endpoints.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { deployment, endpoints, join, service, slice } from './pairing-fixtures.js';

ruleTester(serviceWithoutEndpoints, {
  valid: [
    {
      // kubernetes-mastery's portworx.yaml: px-csi-service, headless, no selector, no port, in kube-system.
      name: "kube-system: the cluster's own components write the Endpoints there",
      files: {
        'portworx.yaml': service('px-csi-service', { namespace: 'kube-system', headless: true }),
        'kubelet.yaml': service('kubelet', { namespace: 'kube-system' }),
      },
    },
    {
      name: 'no port and not headless: no traffic to lose (a Service kept only for its DNS annotations)',
      files: {
        'dns.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  annotations:\n    external-dns.kubernetes.io/hostname: a.domain.local\nspec:\n  type: LoadBalancer\n',
      },
    },
    {
      name: 'an operator makes the slices: the Service is named after a custom resource of its namespace (Rook)',
      files: {
        'svc.yaml': service('rook-ceph-active-mons', { namespace: 'rook-ceph' }),
        'cluster.yaml':
          'apiVersion: ceph.rook.io/v1\nkind: CephCluster\nmetadata:\n  name: rook-ceph\n  namespace: rook-ceph\n',
      },
    },
    {
      name: 'selector-less Service and an Endpoints with several subsets, split across files',
      files: {
        'svc.yaml': service('etcd'),
        'ep.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd
          subsets:
            - addresses: [{ip: 10.20.30.40}]
              ports: [{name: client, port: 2379}]
            - addresses: [{ip: 10.20.30.41}]
              ports: [{name: client, port: 2380}]
        `,
      },
    },
    {
      name: 'selector-less Service and several EndpointSlices',
      files: join(
        service('etcd'),
        slice('etcd-a', { serviceName: 'etcd' }),
        slice('etcd-b', { serviceName: 'etcd', ip: '10.20.30.41' }),
      ),
    },
    {
      name: 'a selector Service with its Deployment',
      files: join(service('web', { selector: { app: 'web' } }), deployment('web', { app: 'web' })),
    },
    {
      name: 'ExternalName Service',
      files: service('db', { type: 'ExternalName' }),
    },
    {
      name: 'the API server Service default/kubernetes',
      files: service('kubernetes', { namespace: 'default' }),
    },
    {
      name: 'Service in a kustomization namespace, Endpoints with that namespace written',
      files: {
        'db/kustomization.yaml': 'namespace: db\nresources:\n  - service.yaml\n',
        'db/service.yaml': service('postgres'),
        'db/endpoints.yaml': endpoints('postgres', 'db'),
      },
    },
    {
      name: 'a kustomize patch of a selector Service is not a Service of its own',
      files: {
        'base/kustomization.yaml': 'resources:\n  - service.yaml\n',
        'base/service.yaml': service('web', { selector: { app: 'web' } }),
        'overlays/prod/kustomization.yaml':
          'resources:\n  - ../../base\npatches:\n  - path: service-patch.yaml\npatchesStrategicMerge:\n  - more.yaml\n',
        'overlays/prod/service-patch.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            type: LoadBalancer
        `,
        'overlays/prod/more.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            name: web
            annotations: {team: web}
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'headless without a port still needs endpoints for its DNS records',
      files: {
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n',
      },
      errors: [{ file: 'svc.yaml', line: 4, column: 9, severity: 'warning', messageId: 'noBackends' }],
    },
    {
      // confluent-kubernetes-examples' connector/replicator-with-monitoring/secure-producer-app-data.yaml.
      name: "a port-less headless Service that is only a StatefulSet's governing Service: a notice on Pod DNS names",
      files: {
        'app.yaml': docs(
          `
          apiVersion: apps/v1
          kind: StatefulSet
          metadata:
            name: producer
            namespace: source
          spec:
            serviceName: producer-svc
            selector:
              matchLabels: {app: producer, tier: load}
            template:
              metadata:
                labels: {app: producer, tier: load}
              spec:
                containers: [{name: producer, image: example/producer:1}]
          `,
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: producer-svc\n  namespace: source\nspec:\n  clusterIP: None\n',
        ),
      },
      errors: [
        {
          file: 'app.yaml',
          line: 19,
          column: 9,
          severity: 'notice',
          messageId: 'governingStub',
          data: {
            service: 'Service source/producer-svc',
            selectorNote: '',
            statefulSet: 'StatefulSet source/producer',
            name: 'producer-svc',
            namespace: 'source',
            pod: 'producer-0',
            selector: '`app: producer`, `tier: load`',
          },
          related: ['app.yaml:7:16'],
        },
      ],
    },
    {
      name: 'a governing Service with ports, or a StatefulSet of another namespace: still a warning',
      files: {
        'a/sts.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n',
        'a/svc.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  ports: [{port: 5432}]\n',
        'b/sts.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: cache\n  namespace: other\nspec:\n  serviceName: cache\n  selector:\n    matchLabels: {app: c}\n  template:\n    metadata:\n      labels: {app: c}\n',
        'b/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: cache\nspec:\n  clusterIP: None\n',
      },
      errors: [
        { file: 'a/svc.yaml', line: 4, column: 9, severity: 'warning', messageId: 'noBackends' },
        { file: 'b/svc.yaml', line: 4, column: 9, severity: 'warning', messageId: 'noBackends' },
      ],
    },
    {
      name: 'a governing Service stub with an Endpoints of a close name: the typo is the finding, a warning',
      files: {
        'sts.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db-peers\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n',
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db-peers\nspec:\n  clusterIP: None\n',
        'ep.yaml': 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: db-peer\nsubsets: []\n',
      },
      errors: [{ file: 'svc.yaml', line: 4, column: 9, severity: 'warning', messageId: 'likelyBackends' }],
    },
    {
      name: 'a selector-less Service with nothing for it',
      files: service('etcd'),
      errors: [
        {
          line: 4,
          column: 9,
          related: [],
          messageId: 'noBackends',
          data: { service: 'Service default/etcd', selectorNote: '', name: 'etcd', namespace: 'default' },
        },
      ],
    },
    {
      name: 'an Endpoints with a close name in its namespace is named and related',
      files: {
        'etcd.yaml': join(
          service('etcd-supporting-kubernetes'),
          endpoints('etcd-support-kubernetes', 'default'),
        ),
      },
      errors: [
        {
          file: 'etcd.yaml',
          line: 4,
          column: 9,
          messageId: 'likelyBackends',
          data: {
            service: 'Service default/etcd-supporting-kubernetes',
            hints:
              'Endpoints default/etcd-support-kubernetes looks like it was meant for this Service: ' +
              'change `etcd-support-kubernetes` to `etcd-supporting-kubernetes`.',
          },
          related: ['etcd.yaml:13:9'],
        },
      ],
    },
    {
      name: 'an Endpoints of its name in another namespace',
      files: { 'a.yaml': service('etcd', { namespace: 'infra' }), 'b.yaml': endpoints('etcd', 'default') },
      errors: [
        {
          file: 'a.yaml',
          line: 4,
          column: 9,
          messageId: 'likelyBackends',
          data: {
            service: 'Service infra/etcd',
            hints:
              'Endpoints default/etcd names this Service but is in another namespace: move it to namespace infra.',
          },
          related: ['b.yaml:5:14'],
        },
      ],
    },
    {
      name: 'a slice with a close label and a slice without the label whose name starts with the Service name',
      files: join(service('web'), slice('web-x', { serviceName: 'webb' }), slice('web-0')),
      errors: [
        {
          line: 4,
          column: 9,
          messageId: 'likelyBackends',
          data: {
            hints:
              'EndpointSlice default/web-x (labelled `kubernetes.io/service-name: webb`) looks like it was meant ' +
              'for this Service: change `webb` to `web`. EndpointSlice default/web-0 looks like it was meant for ' +
              'this Service but has no `kubernetes.io/service-name` label: add `kubernetes.io/service-name: web`.',
          },
          related: ['manifest.yaml:15:33', 'manifest.yaml:27:9'],
        },
      ],
    },
    {
      name: 'an empty selector and a headless selector-less Service',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: empty
        spec:
          selector: {}
          ports: [{port: 80}]
        `,
        service('peers', { headless: true }),
      ),
      errors: [
        {
          line: 4,
          column: 9,
          messageId: 'noBackends',
          data: { service: 'Service default/empty', selectorNote: ' (`selector: {}` selects nothing)' },
        },
        {
          line: 12,
          column: 9,
          messageId: 'noBackends',
          data: { service: 'Service default/peers', selectorNote: '', name: 'peers' },
        },
      ],
    },
  ],
});
