import { targetPortIgnored } from '../../src/rules/target-port-ignored.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** The my-service example of the Kubernetes docs; `targetPort` on line 10, spec extras before `ports`. */
const myService = (targetPort: string, spec = '') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: my-service
  spec:${spec}
    ports:
      - name: http
        protocol: TCP
        port: 80
        targetPort: ${targetPort}
`;

/** A slice of my-service; its port item on line 10 of the slice. */
const slice = (name: string, port: number, address = '10.1.2.3') => `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: ${name}
    labels:
      kubernetes.io/service-name: my-service
  addressType: IPv4
  ports:
    - name: http
      port: ${port}
  endpoints:
    - addresses: [${address}]
`;

ruleTester(targetPortIgnored, {
  valid: [
    {
      name: 'targetPort equal to the endpoint port',
      files: docs(myService('9376'), slice('my-service-1', 9376)),
    },
    {
      name: 'targetPort written as a string of digits, equal to the endpoint port',
      files: docs(myService('"9376"'), slice('my-service-1', 9376)),
    },
    {
      name: 'no targetPort: nothing written, nothing misleading',
      files: docs(myService('9376').replace('\n        targetPort: 9376', ''), slice('my-service-1', 9377)),
    },
    {
      name: 'Service with a selector: targetPort is what the controller uses',
      files: docs(myService('http-alt', '\n    selector: {app: web}'), slice('my-service-1', 9376)),
    },
    {
      name: 'endpoint port not paired (name mismatch): no number to compare with',
      files: docs(myService('9376'), slice('my-service-1', 9377).replace('- name: http', '- name: web')),
    },
    {
      name: 'headless selector-less Service with port equal to targetPort',
      files: docs(myService('80', '\n    clusterIP: None'), slice('my-service-1', 80)),
    },
    {
      name: 'ExternalName Service',
      files: docs(
        myService('http', '\n    type: ExternalName\n    externalName: web.example.com'),
        slice('my-service-1', 9376),
      ),
    },
    {
      name: 'the etcd pair with Endpoints',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - port: 2379
              targetPort: 2379
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{port: 2379}]
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'numeric targetPort that differs from the endpoint port: fixed to the endpoint port',
      files: { 'svc.yaml': docs(myService('9376'), slice('my-service-1', 9377)) },
      errors: [
        {
          file: 'svc.yaml',
          line: 10,
          column: 19,
          endColumn: 23,
          messageId: 'numberDiffers',
          data: {
            service: 'Service default/my-service',
            port: 'port `http` (80/TCP)',
            target: 9376,
            actual: '9377',
            endpointPort: 'EndpointSlice default/my-service-1 port `http` (9377/TCP)',
          },
          fix: '      targetPort: 9377',
          related: ['svc.yaml:20:5'],
        },
      ],
    },
    {
      name: 'named targetPort on a selector-less Service: no Pods to resolve it, no fix',
      files: docs(myService('http-alt'), slice('my-service-1', 9376)),
      errors: [
        {
          line: 10,
          column: 19,
          messageId: 'namedTargetPort',
          data: {
            service: 'Service default/my-service',
            name: 'http-alt',
            traffic:
              ', and its traffic goes to the port number of EndpointSlice default/my-service-1 port `http` (9376/TCP)',
            number: ' (9376)',
          },
          fix: null,
          related: ['manifest.yaml:20:5'],
        },
      ],
    },
    {
      name: 'an empty selector behaves as none',
      files: docs(myService('9376', '\n    selector: {}'), slice('my-service-1', 9377)),
      errors: [
        {
          line: 11,
          column: 19,
          messageId: 'numberDiffers',
          data: { target: 9376, actual: '9377' },
          fix: '      targetPort: 9377',
        },
      ],
    },
    {
      name: 'several slices disagree: reported without a fix',
      files: docs(myService('9376'), slice('my-service-1', 9376), slice('my-service-2', 9377, '10.1.2.4')),
      errors: [
        {
          line: 10,
          column: 19,
          messageId: 'endpointPortsDisagree',
          data: { service: 'Service default/my-service', target: 9376, actual: '9376, 9377' },
          fix: null,
          related: ['manifest.yaml:20:5', 'manifest.yaml:33:5'],
        },
      ],
    },
    {
      name: 'Endpoints, split files, JSON: the targetPort in the Service file',
      files: {
        'svc.json': JSON.stringify({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'etcd' },
          spec: { ports: [{ port: 2379, targetPort: 12379 }] },
        }),
        'ep.yaml': `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd
          subsets:
            - addresses: [{ip: 10.20.30.40}]
              ports: [{port: 2379}]
        `,
      },
      errors: [
        {
          file: 'svc.json',
          line: 1,
          column: 107,
          messageId: 'numberDiffers',
          data: {
            service: 'Service default/etcd',
            port: 'port 2379/TCP',
            target: 12379,
            actual: '2379',
            endpointPort: 'Endpoints default/etcd subset 1 port 2379/TCP',
          },
          fix: '{"apiVersion":"v1","kind":"Service","metadata":{"name":"etcd"},"spec":{"ports":[{"port":2379,"targetPort":2379}]}}',
          related: ['ep.yaml:7:13'],
        },
      ],
    },
    {
      name: 'headless selector-less Service remapping a port (kubernetes/kubernetes#32412): nothing rewrites it',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: vault
        spec:
          clusterIP: None
          ports:
            - targetPort: 32001
              port: 8200
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: vault
        subsets:
          - addresses: [{ip: 104.199.1.2}]
            ports: [{port: 32001}]
        `,
      ),
      errors: [
        {
          line: 8,
          column: 19,
          messageId: 'headless',
          data: { service: 'Service default/vault', port: 'port 8200/TCP', written: '32001', own: 8200 },
          fix: null,
          related: ['manifest.yaml:17:13'],
        },
      ],
    },
  ],
});
