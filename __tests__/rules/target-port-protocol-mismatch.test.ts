import { targetPortProtocolMismatch } from '../../src/rules/target-port-protocol-mismatch.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** A DaemonSet labelled app=<name> whose container declares `ports` (block items, one a line). */
const daemonSet = (name: string, ports: string[]) => `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: ${name}
    namespace: kube-system
  spec:
    selector:
      matchLabels: {app: ${name}}
    template:
      metadata:
        labels: {app: ${name}}
      spec:
        containers:
          - name: ${name}
            image: example/${name}:1
            ports:
              - ${ports.join('\n              - ')}
`;

const service = (name: string, ports: string[]) => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: kube-system
  spec:
    selector: {app: ${name}}
    ports:
      - ${ports.join('\n      - ')}
`;

ruleTester(targetPortProtocolMismatch, {
  valid: [
    {
      name: 'DNS: named ports declared once per protocol, Service ports on both',
      files: docs(
        daemonSet('dns', [
          '{name: dns, containerPort: 53, protocol: UDP}',
          '{name: dns-tcp, containerPort: 53, protocol: TCP}',
        ]),
        service('dns', [
          '{name: dns, port: 53, targetPort: dns, protocol: UDP}',
          '{name: dns-tcp, port: 53, targetPort: dns-tcp}',
        ]),
      ),
    },
    {
      name: 'a numeric targetPort declared with both protocols',
      files: docs(
        daemonSet('dns', ['{containerPort: 53, protocol: UDP}', '{containerPort: 53}']),
        service('dns', ['{name: udp, port: 53, protocol: UDP}', '{name: tcp, port: 53}']),
      ),
    },
    {
      name: 'a name nobody declares is target-port-not-exposed, not this rule',
      files: docs(
        daemonSet('dns', ['{name: dns, containerPort: 53, protocol: UDP}']),
        service('dns', ['{port: 53, targetPort: domain}']),
      ),
    },
  ],
  invalid: [
    {
      name: 'named targetPort: the Service port says UDP, the container port is TCP (not written)',
      files: {
        'ds.yaml': daemonSet('dns', ['{name: dns, containerPort: 53}']),
        'svc.yaml': service('dns', ['{name: dns, port: 53, targetPort: dns, protocol: UDP}']),
      },
      errors: [
        {
          file: 'svc.yaml',
          line: 9,
          column: 56,
          endColumn: 59,
          messageId: 'nameOtherProtocol',
          data: {
            service: 'Service kube-system/dns',
            port: 'port `dns` (53/UDP)',
            defaulted: '',
            name: 'dns',
            templates: 'DaemonSet kube-system/dns',
            declared: 'TCP',
            theirs: 'TCP',
            protocol: 'UDP',
          },
          fix: null,
          related: ['ds.yaml:11:15', 'ds.yaml:17:15'],
        },
      ],
    },
    {
      name: 'named targetPort: the Service protocol is not written (TCP), the container speaks UDP',
      files: docs(
        daemonSet('syslog', ['{name: syslog, containerPort: 514, protocol: UDP}']),
        service('syslog', ['{port: 514, targetPort: syslog}']),
      ),
      errors: [
        {
          line: 27,
          column: 31,
          messageId: 'nameOtherProtocol',
          data: {
            defaulted: ' (protocol not written, so TCP)',
            name: 'syslog',
            declared: 'UDP',
            theirs: 'UDP',
            protocol: 'TCP',
          },
          related: ['manifest.yaml:11:15', 'manifest.yaml:17:60'],
        },
      ],
    },
    {
      name: 'numeric targetPort declared only with another protocol: warning',
      files: docs(
        daemonSet('syslog', ['{containerPort: 514, protocol: UDP}']),
        service('syslog', ['{port: 514}']),
      ),
      errors: [
        {
          line: 27,
          column: 14,
          severity: 'warning',
          messageId: 'numberOtherProtocol',
          data: {
            service: 'Service kube-system/syslog',
            number: '514',
            templates: 'DaemonSet kube-system/syslog',
            declared: 'UDP',
            protocol: 'TCP',
          },
        },
      ],
    },
    {
      name: 'numeric targetPort, the Service port writes UDP, the container port leaves its protocol out: notice',
      files: docs(
        daemonSet('syslog', ['{containerPort: 514}']),
        service('syslog', ['{port: 514, protocol: UDP}']),
      ),
      errors: [
        {
          line: 27,
          column: 29,
          endColumn: 32,
          severity: 'notice',
          messageId: 'numberUnwrittenProtocol',
          data: {
            service: 'Service kube-system/syslog',
            port: 'port 514/UDP',
            number: '514',
            templates: 'DaemonSet kube-system/syslog',
            protocol: 'UDP',
          },
          related: ['manifest.yaml:11:15', 'manifest.yaml:17:15'],
        },
      ],
    },
    {
      name: 'numeric targetPort, both protocols written and different: still a warning',
      files: docs(
        daemonSet('syslog', ['{containerPort: 514, protocol: TCP}']),
        service('syslog', ['{port: 514, protocol: UDP}']),
      ),
      errors: [
        {
          line: 27,
          column: 29,
          severity: 'warning',
          messageId: 'numberOtherProtocol',
          data: { number: '514', declared: 'TCP', protocol: 'UDP' },
        },
      ],
    },
    {
      name: "a Service that sends one number over both protocols, a container port declared TCP only (k8gb's bind): notice",
      files: docs(
        daemonSet('bind', ['{containerPort: 1053, protocol: TCP}']),
        service('bind', [
          '{name: tcp, protocol: TCP, port: 53, targetPort: 1053}',
          '{name: udp, protocol: UDP, port: 53, targetPort: 1053}',
        ]),
      ),
      errors: [
        {
          line: 28,
          column: 29,
          endColumn: 32,
          severity: 'notice',
          messageId: 'numberBothProtocols',
          data: {
            service: 'Service kube-system/bind',
            port: 'port `udp` (53/UDP)',
            number: '1053',
            templates: 'DaemonSet kube-system/bind',
            declared: 'TCP',
            sibling: 'port `tcp`',
            protocol: 'UDP',
          },
          related: ['manifest.yaml:11:15', 'manifest.yaml:17:47'],
        },
      ],
    },
    {
      name: 'the other port of the Service sends the number over the same protocol: still a warning',
      files: docs(
        daemonSet('bind', ['{containerPort: 1053, protocol: TCP}']),
        service('bind', [
          '{name: a, protocol: UDP, port: 53, targetPort: 1053}',
          '{name: b, protocol: UDP, port: 54, targetPort: 1053}',
        ]),
      ),
      errors: [
        { line: 27, column: 27, severity: 'warning', messageId: 'numberOtherProtocol' },
        { line: 28, column: 27, severity: 'warning', messageId: 'numberOtherProtocol' },
      ],
    },
    {
      name: 'the other port targets another number: still a warning',
      files: docs(
        daemonSet('bind', ['{containerPort: 1053, protocol: TCP}', '{containerPort: 1054, protocol: TCP}']),
        service('bind', [
          '{name: a, protocol: TCP, port: 54, targetPort: 1054}',
          '{name: b, protocol: UDP, port: 53, targetPort: 1053}',
        ]),
      ),
      errors: [{ line: 29, column: 27, severity: 'warning', messageId: 'numberOtherProtocol' }],
    },
    {
      name: 'a named targetPort with a sibling of the other protocol: still an error',
      files: docs(
        daemonSet('bind', ['{name: dns, containerPort: 1053, protocol: TCP}']),
        service('bind', [
          '{name: tcp, protocol: TCP, port: 53, targetPort: dns}',
          '{name: udp, protocol: UDP, port: 53, targetPort: dns}',
        ]),
      ),
      errors: [{ line: 28, column: 29, severity: 'error', messageId: 'nameOtherProtocol' }],
    },
  ],
});
