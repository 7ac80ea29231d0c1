import { portProtocolMismatch } from '../../src/rules/port-protocol-mismatch.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// A DNS Service: `metadata.name` on line 4, the `dns` port item on line 7, `dns-tcp` on line 10.
const dnsService = `
  apiVersion: v1
  kind: Service
  metadata:
    name: dns
  spec:
    ports:
      - name: dns
        port: 53
        protocol: UDP
      - name: dns-tcp
        port: 53
        protocol: TCP
`;

/** Endpoints `dns` whose single subset has the given port lines, the first on line 22 (after `dnsService`). */
const endpoints = (...portLines: string[]) => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: dns
  subsets:
    - addresses:
        - ip: 192.0.2.53
      ports:
${portLines.map((l) => `        ${l}`).join('\n')}
`;

ruleTester(portProtocolMismatch, {
  valid: [
    {
      name: 'UDP and TCP ports paired by name and protocol',
      files: docs(
        dnsService,
        endpoints('- name: dns', '  port: 53', '  protocol: UDP', '- name: dns-tcp', '  port: 53'),
      ),
    },
    {
      name: 'the etcd pair: protocol omitted on both sides is TCP on both sides',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: client
              port: 2379
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{name: client, port: 2379, protocol: TCP}]
        `,
      ),
    },
    {
      name: 'SCTP on both sides, in a slice',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: m3ua
        spec:
          ports: [{port: 2905, protocol: SCTP}]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: m3ua-1
          labels: {kubernetes.io/service-name: m3ua}
        addressType: IPv4
        endpoints: [{addresses: [192.0.2.7]}]
        ports: [{port: 2905, protocol: SCTP}]
        `,
      ),
    },
    {
      name: 'other names: a name mismatch, not a protocol one',
      files: docs(dnsService, endpoints('- name: domain', '  port: 53', '  protocol: UDP')),
    },
  ],
  invalid: [
    {
      name: 'endpoint protocol written and wrong: the value is replaced',
      files: docs(
        dnsService,
        endpoints('- name: dns', '  port: 53', '  protocol: TCP', '- name: dns-tcp', '  port: 53'),
      ),
      errors: [
        {
          line: 24,
          column: 19,
          endColumn: 22,
          messageId: 'wrongProtocol',
          data: {
            group: 'Endpoints default/dns subset 1',
            port: 'port `dns` (53/TCP)',
            endpointSide: 'is TCP',
            service: 'Service default/dns',
            servicePort: 'port `dns`',
            protocol: 'UDP',
            consequence:
              'So the UDP Service port gets no backends from these addresses and the TCP endpoint port is never used',
            endpointProtocol: 'TCP',
          },
          fix: '        protocol: UDP',
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'endpoint protocol omitted (TCP): the port item, and the fix adds the protocol',
      files: docs(dnsService, endpoints('- name: dns', '  port: 53', '- name: dns-tcp', '  port: 53')),
      errors: [
        {
          line: 22,
          column: 9,
          messageId: 'wrongProtocol',
          data: {
            port: 'port `dns` (53/TCP)',
            endpointSide: 'has no protocol, so it is TCP,',
            servicePort: 'port `dns`',
            protocol: 'UDP',
            endpointProtocol: 'TCP',
          },
          fix: '      - protocol: UDP\n        name: dns',
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'unnamed single port: UDP Service, TCP slice',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: syslog
        spec:
          ports:
            - port: 514
              protocol: UDP
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: syslog-1
          labels:
            kubernetes.io/service-name: syslog
        addressType: IPv4
        endpoints:
          - addresses: [192.0.2.14]
        ports:
          - port: 514
            protocol: "TCP"
        `,
      ),
      errors: [
        {
          line: 21,
          column: 15,
          messageId: 'wrongProtocol',
          data: {
            group: 'EndpointSlice default/syslog-1',
            port: 'port 514/TCP',
            endpointSide: 'is TCP',
            service: 'Service default/syslog',
            servicePort: 'unnamed port',
            protocol: 'UDP',
          },
          fix: '    protocol: "UDP"',
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'several slices and a headless Service: a warning, on the slice that is wrong',
      files: {
        'svc.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            name: dns
          spec:
            clusterIP: None
            ports:
              - name: dns
                port: 53
                protocol: UDP
        `,
        'slices.yaml': docs(
          `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: dns-a
            labels: {kubernetes.io/service-name: dns}
          addressType: IPv4
          endpoints: [{addresses: [192.0.2.1]}]
          ports: [{name: dns, port: 53, protocol: UDP}]
          `,
          `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: dns-b
            labels: {kubernetes.io/service-name: dns}
          addressType: IPv4
          endpoints: [{addresses: [192.0.2.2]}]
          ports: [{name: dns, port: 53, protocol: SCTP}]
          `,
        ),
      },
      errors: [
        {
          file: 'slices.yaml',
          line: 17,
          column: 41,
          severity: 'warning',
          messageId: 'wrongProtocol',
          data: {
            group: 'EndpointSlice default/dns-b',
            endpointSide: 'is SCTP',
            protocol: 'UDP',
            consequence:
              'Service default/dns is headless, so kube-proxy forwards nothing, but DNS SRV records and the ' +
              'ingress controllers and meshes that pair ports the same way see a SCTP port where the Service declares UDP',
            endpointProtocol: 'SCTP',
          },
          fix: 'ports: [{name: dns, port: 53, protocol: UDP}]',
          related: ['svc.yaml:8:7'],
        },
      ],
    },
  ],
});
