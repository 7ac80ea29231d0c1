import { endpointIpIsClusterIp } from '../../src/rules/endpoint-ip-is-cluster-ip.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// kube-dns: `clusterIP` on line 7 (value at column 14), `clusterIPs` items on lines 9 and 10 (column 7).
const kubeDns = `
  apiVersion: v1
  kind: Service
  metadata:
    name: kube-dns
    namespace: kube-system
  spec:
    clusterIP: 10.96.0.10
    clusterIPs:
      - 10.96.0.10
      - fd00:10:96::a
    selector: {k8s-app: kube-dns}
    ports: [{name: dns, port: 53, protocol: UDP}]
`;

/** A selector-less Service `dns-alias` and its Endpoints with the given addresses (the first `ip` on line 27). */
const alias = (...ips: string[]) =>
  docs(
    kubeDns,
    `
    apiVersion: v1
    kind: Service
    metadata:
      name: dns-alias
    spec:
      ports: [{name: dns, port: 53, protocol: UDP}]
    `,
    `
    apiVersion: v1
    kind: Endpoints
    metadata:
      name: dns-alias
    subsets:
      - addresses:
${ips.map((ip) => `          - ip: ${ip}`).join('\n')}
        ports: [{name: dns, port: 53, protocol: UDP}]
    `,
  );

ruleTester(endpointIpIsClusterIp, {
  valid: [
    {
      name: 'endpoint addresses that are no cluster IP',
      files: alias('10.96.0.11', '192.0.2.10', '"fd00:10:96::b"'),
    },
    {
      name: 'the etcd pair: the Service has no written cluster IP',
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
    {
      name: 'headless Service: `None` is no address',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: db
        spec:
          clusterIP: None
          clusterIPs: [None]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: db-1
          labels: {kubernetes.io/service-name: db}
        addressType: FQDN
        endpoints: [{addresses: [None]}]
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'an Endpoints address that is the cluster IP of another Service',
      files: { 'dns.yaml': alias('10.96.0.10') },
      errors: [
        {
          file: 'dns.yaml',
          line: 27,
          column: 13,
          endColumn: 23,
          messageId: 'otherClusterIp',
          data: {
            object: 'Endpoints default/dns-alias',
            where: 'subset 1',
            address: '10.96.0.10',
            service: 'Service kube-system/kube-dns',
            externalName: 'kube-dns.kube-system.svc.cluster.local',
          },
          related: ['dns.yaml:7:14'],
        },
      ],
    },
    {
      name: 'Kubernetes reads addresses the sloppy way: leading zeros and an IPv4-mapped IPv6 address',
      files: alias('010.096.000.010', '"::ffff:10.96.0.10"', '"::FFFF:a60:a"'),
      errors: [
        { line: 27, column: 13, messageId: 'otherClusterIp', data: { address: '010.096.000.010' } },
        { line: 28, column: 13, messageId: 'otherClusterIp', data: { address: '::ffff:10.96.0.10' } },
        {
          line: 29,
          column: 13,
          messageId: 'otherClusterIp',
          data: { address: '::FFFF:a60:a', service: 'Service kube-system/kube-dns' },
          related: ['manifest.yaml:7:14'],
        },
      ],
    },
    {
      name: 'an IPv6 slice address in another spelling; the clusterIPs item related',
      files: docs(
        kubeDns,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: dns-alias-v6
          labels: {kubernetes.io/service-name: dns-alias}
        addressType: IPv6
        endpoints:
          - addresses: ["2001:db8::1"]
          - addresses: ["FD00:10:96:0:0:0:0:A"]
        `,
      ),
      errors: [
        {
          line: 22,
          column: 17,
          messageId: 'otherClusterIp',
          data: {
            object: 'EndpointSlice default/dns-alias-v6',
            where: 'endpoint 2',
            address: 'FD00:10:96:0:0:0:0:A',
            service: 'Service kube-system/kube-dns',
          },
          related: ['manifest.yaml:10:7'],
        },
      ],
    },
    {
      name: 'a not-ready address that is its own Service’s cluster IP: a loop',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: legacy
        spec:
          clusterIP: 10.96.7.7
          ports: [{port: 80}]
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: legacy
        subsets:
          - addresses: [{ip: 192.0.2.1}]
            notReadyAddresses: [{ip: 10.96.7.7}]
            ports: [{port: 80}]
        `,
      ),
      errors: [
        {
          line: 15,
          column: 30,
          messageId: 'ownClusterIp',
          data: {
            object: 'Endpoints default/legacy',
            where: 'subset 1',
            address: '10.96.7.7',
            service: 'Service default/legacy',
          },
          related: ['manifest.yaml:6:14'],
        },
      ],
    },
  ],
});
