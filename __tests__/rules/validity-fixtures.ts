/**
 * Correct manifests shared by the validity (B) and advice (C) rule tables: none of those rules may
 * report anything on them, except `endpoints-deprecated` on each v1 Endpoints.
 */
import type { RuleCase } from '../helpers/rule-tester.js';
import { docs } from '../helpers/rule-tester.js';

export const SERVICE = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
    namespace: default
    labels:
      app: etcd
    annotations:
      owner: platform
  spec:
    ports:
      - name: client
        port: 2379
        targetPort: 2379
        protocol: TCP
      - name: peer
        port: 2380
        appProtocol: http
  status:
    loadBalancer: {}
`;

export const ENDPOINTS = `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd
    namespace: default
  subsets:
    - addresses:
        - ip: 10.20.30.40
          hostname: etcd-0
          nodeName: node-1.example.com
          targetRef:
            kind: Pod
            name: etcd-0
            namespace: default
            uid: 6f1c1a5e-0000-4000-8000-000000000001
      notReadyAddresses:
        - ip: 10.20.30.41
      ports:
        - name: client
          port: 2379
          protocol: TCP
        - name: peer
          port: 2380
    - addresses:
        - ip: 2001:db8::40
      ports:
        - name: client
          port: 2379
        - name: peer
          port: 2380
`;

/** A dual-stack selector-less Service with one hand-written slice per IP family. */
export const DUAL_STACK = docs(
  `
  apiVersion: v1
  kind: Service
  metadata:
    name: db
    namespace: prod
  spec:
    ipFamilyPolicy: RequireDualStack
    ipFamilies: [IPv4, IPv6]
    ports:
      - name: sql
        port: 5432
  `,
  `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: db-ipv4
    namespace: prod
    labels:
      kubernetes.io/service-name: db
      endpointslice.kubernetes.io/managed-by: gitops.example.com
  addressType: IPv4
  ports:
    - name: sql
      port: 5432
      protocol: TCP
  endpoints:
    - addresses: ["10.1.0.5"]
      conditions:
        ready: true
        serving: true
        terminating: false
      hostname: db-0
      nodeName: node-a
      zone: eu-west-1a
      hints:
        forZones: [{ name: eu-west-1a }]
    - addresses: ["10.1.0.6"]
  `,
  `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: db-ipv6
    namespace: prod
    labels:
      kubernetes.io/service-name: db
      endpointslice.kubernetes.io/managed-by: gitops.example.com
  addressType: IPv6
  ports:
    - name: sql
      port: 5432
  endpoints:
    - addresses: ["fd00:10:1::5"]
      conditions: { ready: true }
    - addresses: ["2001:DB8:0:0:0:0:0:6"]
  `,
);

/** The same kind of pair as JSON: a Service and its slice in a `List`. */
export const JSON_LIST = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'cache', namespace: 'default' },
        spec: { ports: [{ name: 'redis', port: 6379, targetPort: 6379 }] },
      },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: 'cache-1',
          namespace: 'default',
          labels: {
            'kubernetes.io/service-name': 'cache',
            'endpointslice.kubernetes.io/managed-by': 'gitops.example.com',
          },
        },
        addressType: 'IPv4',
        ports: [{ name: 'redis', port: 6379, protocol: 'TCP' }],
        endpoints: [{ addresses: ['10.9.8.7'], conditions: { ready: true } }],
      },
    ],
  },
  null,
  2,
);

/** Correct inputs with no Endpoints: no rule of family B or C may report anything. */
export const CLEAN_WITHOUT_ENDPOINTS: RuleCase[] = [
  { name: 'dual-stack Service with one EndpointSlice per family', files: { 'db.yaml': DUAL_STACK } },
  { name: 'JSON List of a Service and its EndpointSlice', files: { 'cache.json': JSON_LIST } },
];

/** Correct Service + Endpoints: only `endpoints-deprecated` may report (on the Endpoints' `kind`). */
export const CLEAN_WITH_ENDPOINTS: RuleCase[] = [
  {
    name: 'Service + Endpoints with several subsets (IPv4 and IPv6)',
    files: { 'etcd.yaml': docs(SERVICE, ENDPOINTS) },
  },
];
