import { portNameMismatch } from '../../src/rules/port-name-mismatch.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// Every Service below keeps `metadata.name` on line 4 and its first port item on line 8.
const etcdService = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
    namespace: default
  spec:
    ports:
      - name: client
        port: 2379
`;

const unnamedEtcdService = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
    namespace: default
  spec:
    ports:
      - port: 2379
        targetPort: 2379
`;

const twoPortService = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
    namespace: default
  spec:
    ports:
      - name: client
        port: 2379
      - name: peer
        port: 2380
`;

/** An Endpoints whose single subset (line 7) has the given port lines (from line 10 on). */
const endpoints = (...portLines: string[]) => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd
    namespace: default
  subsets:
    - addresses:
        - ip: 10.20.30.40
      ports:
${portLines.map((l) => `        ${l}`).join('\n')}
`;

ruleTester(portNameMismatch, {
  valid: [
    {
      name: 'the etcd pair, named on both sides',
      files: docs(etcdService, endpoints('- name: client', '  port: 2379')),
    },
    {
      name: 'the etcd pair, a single unnamed port on both sides',
      files: docs(unnamedEtcdService, endpoints('- port: 2379')),
    },
    {
      name: 'explicit empty name and explicit TCP are the defaults',
      files: docs(unnamedEtcdService, endpoints('- name: ""', '  port: 2379', '  protocol: TCP')),
    },
    {
      name: 'several subsets, each serving one of the Service ports',
      files: docs(
        twoPortService,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: default
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}]
          - addresses: [{ip: 10.0.0.2}]
            ports: [{name: peer, port: 2380}]
        `,
      ),
    },
    {
      name: 'several slices for one Service, each with one port',
      files: docs(
        twoPortService,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-client
          namespace: default
          labels:
            kubernetes.io/service-name: etcd
        addressType: IPv4
        endpoints:
          - addresses: [10.0.0.1]
        ports:
          - name: client
            port: 2379
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-peer
          namespace: default
          labels:
            kubernetes.io/service-name: etcd
        addressType: IPv4
        endpoints:
          - addresses: [10.0.0.2]
        ports:
          - name: peer
            port: 2380
        `,
      ),
    },
    {
      name: 'UDP and SCTP ports named alike on both sides',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: voip
        spec:
          ports:
            - {name: sip, port: 5060, protocol: UDP}
            - {name: sigtran, port: 2905, protocol: SCTP}
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: voip
        subsets:
          - addresses: [{ip: 192.0.2.10}]
            ports:
              - {name: sigtran, port: 2905, protocol: SCTP}
              - {name: sip, port: 5060, protocol: UDP}
        `,
      ),
    },
    {
      name: 'JSON input, pair split across files',
      files: {
        'svc.json': JSON.stringify({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'etcd' },
          spec: { ports: [{ name: 'client', port: 2379 }] },
        }),
        'ep.json': JSON.stringify({
          apiVersion: 'v1',
          kind: 'Endpoints',
          metadata: { name: 'etcd' },
          subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ name: 'client', port: 2379 }] }],
        }),
      },
    },
    {
      name: 'Endpoints of a Service with a selector: overwritten by the controller, another rule',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          selector: {app: etcd}
          ports: [{name: client, port: 2379}]
        `,
        endpoints('- port: 2379'),
      ),
    },
    {
      name: 'ExternalName Service: nothing is paired',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          type: ExternalName
          externalName: etcd.example.com
          ports: [{name: client, port: 2379}]
        `,
        endpoints('- port: 2379'),
      ),
    },
    {
      name: 'Endpoints in another namespace does not pair',
      files: docs(etcdService.replace('namespace: default', 'namespace: infra'), endpoints('- port: 2379')),
    },
    {
      name: 'a subset without ports is endpoints-without-ports, not a name mismatch',
      files: docs(
        etcdService,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
        `,
      ),
    },
    {
      name: 'FQDN slice: kube-proxy never reads it (slice-address-type-unusable)',
      files: docs(
        etcdService,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-dns
          labels: {kubernetes.io/service-name: etcd}
        addressType: FQDN
        endpoints: [{addresses: [etcd.example.com]}]
        ports: [{port: 2379}]
        `,
      ),
    },
    {
      name: 'a subset may leave out a port that another subset serves',
      files: docs(
        twoPortService,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: default
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}, {name: peer, port: 2380}]
          - addresses: [{ip: 10.0.0.2}]
            ports: [{name: client, port: 2379}]
        `,
      ),
    },
    {
      name: 'two environments define the same pair: each Endpoints pairs with the Service beside it',
      files: {
        'dev/etcd.yaml': docs(unnamedEtcdService, endpoints('- port: 2379')),
        'prod/etcd.yaml': docs(etcdService, endpoints('- name: client', '  port: 2379')),
      },
    },
  ],
  invalid: [
    {
      name: 'the etcd pair: Endpoints port unnamed, Service port named',
      files: { 'etcd.yaml': docs(etcdService, endpoints('- port: 2379')) },
      errors: [
        {
          file: 'etcd.yaml',
          line: 20,
          column: 9,
          messageId: 'unnamedEndpointPort',
          data: {
            group: 'Endpoints default/etcd subset 1',
            port: 'port 2379/TCP',
            service: 'Service default/etcd',
            servicePort: 'port `client` (2379/TCP)',
            consequence:
              'So Service port `client` gets no backends from these addresses and, as no other endpoints serve it, ' +
              'connections to it fail',
            name: 'client',
            numberNote: '',
          },
          fix: '      - name: client\n        port: 2379',
          related: ['etcd.yaml:8:7'],
        },
      ],
    },
    {
      name: 'Service port unnamed, Endpoints port named: no fix',
      files: docs(unnamedEtcdService, endpoints('- name: client', '  port: 2379')),
      errors: [
        {
          line: 20,
          column: 15,
          endColumn: 21,
          messageId: 'unnamedServicePort',
          data: {
            group: 'Endpoints default/etcd subset 1',
            port: 'port `client` (2379/TCP)',
            service: 'Service default/etcd',
            servicePort: 'port 2379/TCP',
            name: 'client',
            numberNote: '',
          },
          fix: null,
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
    {
      name: 'a typo in a named port: renames it',
      files: docs(etcdService, endpoints('- name: clinet', '  port: 2379')),
      errors: [
        {
          line: 20,
          column: 15,
          messageId: 'wrongName',
          data: {
            port: 'port `clinet` (2379/TCP)',
            service: 'Service default/etcd',
            servicePort: 'port `client` (2379/TCP)',
            name: 'client',
            numberNote: '',
          },
          fix: '      - name: client',
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
    {
      name: 'an explicit empty name: replaced in place, keeping the quotes',
      files: docs(etcdService, endpoints('- name: ""', '  port: 2379')),
      errors: [
        {
          line: 20,
          column: 15,
          messageId: 'unnamedEndpointPort',
          data: { port: 'port 2379/TCP', name: 'client' },
          fix: '      - name: "client"',
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
    {
      name: 'the port with the targetPort number is the anchor, not the one with the Service port number',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: http
              port: 80
              targetPort: 8080
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        subsets:
          - addresses: [{ip: 10.0.0.9}]
            ports:
              - name: admin
                port: 80
              - name: web
                port: 8080
        `,
      ),
      errors: [
        {
          line: 20,
          column: 15,
          messageId: 'wrongName',
          data: { port: 'port `web` (8080/TCP)', name: 'http', numberNote: '' },
          fix: '      - name: http',
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'one Service port and one endpoint port left over: paired by elimination, no fix as the numbers differ',
      files: docs(
        twoPortService,
        endpoints('- name: peer', '  port: 2380', '- name: metrics', '  port: 9100'),
      ),
      errors: [
        {
          line: 24,
          column: 15,
          messageId: 'wrongName',
          data: {
            port: 'port `metrics` (9100/TCP)',
            servicePort: 'port `client` (2379/TCP)',
            name: 'client',
            numberNote:
              " Its number also differs from the Service port's target (2379): check which number is right.",
          },
          fix: null,
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
    {
      name: 'no endpoint port for the Service port at all: points at the subset ports',
      files: docs(twoPortService, endpoints('- name: peer', '  port: 2380')),
      errors: [
        {
          line: 21,
          column: 5,
          endColumn: 10,
          messageId: 'missingPort',
          data: {
            group: 'Endpoints default/etcd subset 1',
            service: 'Service default/etcd',
            servicePort: 'port `client` (2379/TCP)',
            wanted: 'a TCP port named `client`',
            consequence:
              'So Service port `client` gets no backends from these addresses and, as no other endpoints serve it, ' +
              'connections to it fail',
            portToAdd: 'a port named `client`',
          },
          fix: null,
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
    {
      name: 'several slices for one Service: the one with the unnamed port is reported, once',
      files: docs(
        twoPortService,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-client
          namespace: default
          labels:
            kubernetes.io/service-name: etcd
        addressType: IPv4
        endpoints:
          - addresses: [10.0.0.1]
        ports:
          - name: client
            port: 2379
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-peer
          namespace: default
          labels:
            kubernetes.io/service-name: etcd
        addressType: IPv4
        endpoints:
          - addresses: [10.0.0.2]
        ports:
          - port: 2380
        `,
      ),
      errors: [
        {
          line: 38,
          column: 5,
          messageId: 'unnamedEndpointPort',
          data: {
            group: 'EndpointSlice default/etcd-peer',
            port: 'port 2380/TCP',
            servicePort: 'port `peer` (2380/TCP)',
            name: 'peer',
          },
          fix: '  - name: peer\n    port: 2380',
          related: ['manifest.yaml:10:7'],
        },
      ],
    },
    {
      name: 'several subsets: only the subset with the wrong name',
      files: docs(
        twoPortService,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: default
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}, {name: peer, port: 2380}]
          - addresses: [{ip: 10.0.0.2}]
            ports: [{name: client, port: 2379}, {name: peers, port: 2380}]
        `,
      ),
      errors: [
        {
          line: 22,
          column: 48,
          messageId: 'wrongName',
          data: {
            group: 'Endpoints default/etcd subset 2',
            port: 'port `peers` (2380/TCP)',
            servicePort: 'port `peer` (2380/TCP)',
            // Subset 1 serves `peer`: connections still reach those addresses.
            consequence: 'So Service port `peer` gets no backends from these addresses',
            name: 'peer',
          },
          fix: '    ports: [{name: client, port: 2379}, {name: peer, port: 2380}]',
          related: ['manifest.yaml:10:7'],
        },
      ],
    },
    {
      name: 'an Endpoints exported with its mirrored slice: reported once, on the Endpoints',
      files: docs(
        etcdService,
        endpoints('- port: 2379'),
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-x7k2p
          namespace: default
          labels:
            kubernetes.io/service-name: etcd
            endpointslice.kubernetes.io/managed-by: endpointslicemirroring-controller.k8s.io
        addressType: IPv4
        endpoints: [{addresses: [10.20.30.40]}]
        ports: [{name: '', port: 2379, protocol: TCP}]
        `,
      ),
      errors: [
        {
          line: 20,
          column: 9,
          messageId: 'unnamedEndpointPort',
          data: { group: 'Endpoints default/etcd subset 1', name: 'client' },
        },
      ],
    },
    {
      name: 'two environments: the Service in the nearest directory is the one compared',
      files: {
        'envs/dev/service.yaml': unnamedEtcdService,
        'envs/dev/endpoints.yaml': endpoints('- port: 2379'),
        'envs/prod/service.yaml': etcdService,
        'envs/prod/endpoints.yaml': endpoints('- port: 2379'),
      },
      errors: [
        {
          file: 'envs/prod/endpoints.yaml',
          line: 10,
          column: 9,
          messageId: 'unnamedEndpointPort',
          data: { servicePort: 'port `client` (2379/TCP)', name: 'client' },
          fix: '      - name: client\n        port: 2379',
          related: ['envs/prod/service.yaml:8:7'],
        },
      ],
    },
    {
      name: 'UDP: the unnamed UDP port is the anchor',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          ports:
            - name: dns
              port: 53
              protocol: UDP
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: dns
        subsets:
          - addresses: [{ip: 192.0.2.53}]
            ports:
              - port: 53
                protocol: UDP
        `,
      ),
      errors: [
        {
          line: 18,
          column: 9,
          messageId: 'unnamedEndpointPort',
          data: {
            port: 'port 53/UDP',
            service: 'Service default/dns',
            servicePort: 'port `dns` (53/UDP)',
            name: 'dns',
          },
          fix: '      - name: dns\n        port: 53',
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'split files: the finding is in the Endpoints file, the Service port related',
      files: {
        'svc/etcd.yaml': etcdService,
        'ep/etcd.yaml': endpoints('- port: 2379'),
      },
      errors: [
        {
          file: 'ep/etcd.yaml',
          line: 10,
          column: 9,
          messageId: 'unnamedEndpointPort',
          data: { name: 'client' },
          related: ['svc/etcd.yaml:8:7'],
        },
      ],
    },
    {
      name: 'JSON input: pointed at, but flow mappings get no fix',
      files: {
        'etcd.json': JSON.stringify(
          {
            apiVersion: 'v1',
            kind: 'List',
            items: [
              {
                apiVersion: 'v1',
                kind: 'Service',
                metadata: { name: 'etcd' },
                spec: { ports: [{ name: 'client', port: 2379 }] },
              },
              {
                apiVersion: 'v1',
                kind: 'Endpoints',
                metadata: { name: 'etcd' },
                subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 2379 }] }],
              },
            ],
          },
          null,
          2,
        ),
      },
      errors: [
        {
          file: 'etcd.json',
          line: 34,
          column: 13,
          messageId: 'unnamedEndpointPort',
          data: { port: 'port 2379/TCP', name: 'client' },
          fix: null,
          related: ['etcd.json:13:11'],
        },
      ],
    },
    {
      name: 'headless Service: a warning (DNS SRV and name-pairing consumers only)',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          clusterIP: None
          ports:
            - name: client
              port: 2379
        `,
        endpoints('- port: 2379'),
      ),
      errors: [
        {
          line: 20,
          column: 9,
          severity: 'warning',
          messageId: 'unnamedEndpointPort',
          data: {
            consequence:
              'Service default/etcd is headless, so kube-proxy forwards nothing, but DNS SRV records and the ' +
              'ingress controllers and meshes that pair ports the same way miss this port',
            name: 'client',
          },
        },
      ],
    },
    {
      name: 'hand-written slice of a Service with a selector: kube-proxy reads it, so its ports count',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          selector: {app: etcd}
          ports:
            - name: client
              port: 2379
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-extra
          labels:
            kubernetes.io/service-name: etcd
        addressType: IPv4
        endpoints:
          - addresses: [10.0.0.1]
        ports:
          - name: clients
            port: 2379
        `,
      ),
      errors: [
        {
          line: 21,
          column: 11,
          messageId: 'wrongName',
          data: {
            group: 'EndpointSlice default/etcd-extra',
            port: 'port `clients` (2379/TCP)',
            name: 'client',
          },
          fix: '  - name: client',
          related: ['manifest.yaml:8:7'],
        },
      ],
    },
  ],
});
