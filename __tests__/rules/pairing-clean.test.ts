/**
 * Correct, real-world-shaped manifest sets run through every rule: none may report anything, not even a
 * notice, except the notices listed in NOTICES (the advice a set is about).
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../../src/check.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { writeCase } from '../helpers/rule-tester.js';

const sets: Record<string, Record<string, string>> = {
  'etcd outside the cluster: selector-less Service and an Endpoints with several subsets': {
    'kube-system/etcd.yaml': `
      apiVersion: v1
      kind: Service
      metadata:
        name: etcd-external
        namespace: kube-system
        labels:
          app.kubernetes.io/name: etcd
      spec:
        ports:
          - name: client
            port: 2379
            protocol: TCP
          - name: peer
            port: 2380
      ---
      apiVersion: v1
      kind: Endpoints
      metadata:
        name: etcd-external
        namespace: kube-system
        labels:
          app.kubernetes.io/name: etcd
      subsets:
        - addresses:
            - ip: 192.168.10.11
            - ip: 192.168.10.12
          ports:
            - name: client
              port: 2379
              protocol: TCP
            - name: peer
              port: 2380
        - addresses:
            - ip: 192.168.10.13
          ports:
            - name: client
              port: 2379
            - name: peer
              port: 2380
    `,
  },

  'external PostgreSQL: one Service and two EndpointSlices in other directories': {
    'services/postgres.yaml': `
      apiVersion: v1
      kind: Service
      metadata:
        name: postgres
        namespace: data
      spec:
        ports:
          - name: postgres
            port: 5432
    `,
    'endpoints/postgres-primary.yaml': `
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata:
        name: postgres-primary
        namespace: data
        labels:
          kubernetes.io/service-name: postgres
          endpointslice.kubernetes.io/managed-by: platform-team
      addressType: IPv4
      ports:
        - name: postgres
          port: 5432
          protocol: TCP
      endpoints:
        - addresses: ["10.40.0.10"]
          conditions:
            ready: true
    `,
    'endpoints/postgres-replicas.yaml': `
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata:
        name: postgres-replicas
        namespace: data
        labels:
          kubernetes.io/service-name: postgres
          endpointslice.kubernetes.io/managed-by: platform-team
      addressType: IPv4
      ports:
        - name: postgres
          port: 5432
      endpoints:
        - addresses: ["10.40.0.11"]
        - addresses: ["10.40.0.12"]
    `,
  },

  'a web app: selector Service and Deployment, a kustomize base with two overlays and a patch': {
    'base/kustomization.yaml': `
      apiVersion: kustomize.config.k8s.io/v1beta1
      kind: Kustomization
      resources:
        - deployment.yaml
        - service.yaml
    `,
    'base/deployment.yaml': `
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 2
        selector:
          matchLabels: {app: web}
        template:
          metadata:
            labels: {app: web}
          spec:
            containers:
              - name: web
                image: nginx:1.27
                ports:
                  - name: http
                    containerPort: 8080
    `,
    'base/service.yaml': `
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app: web
        ports:
          - name: http
            port: 80
            targetPort: http
    `,
    'overlays/staging/kustomization.yaml': `
      namespace: staging
      resources:
        - ../../base
    `,
    'overlays/prod/kustomization.yaml': `
      namespace: prod
      resources:
        - ../../base
      patches:
        - path: replicas.yaml
    `,
    'overlays/prod/replicas.yaml': `
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: 6
    `,
  },

  'Cassandra outside the cluster: headless selector-less Service and an EndpointSlice for DNS': {
    'cassandra.yaml': `
      apiVersion: v1
      kind: Service
      metadata:
        name: cassandra
        namespace: data
      spec:
        clusterIP: None
        ports:
          - name: cql
            port: 9042
      ---
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata:
        name: cassandra-1
        namespace: data
        labels:
          kubernetes.io/service-name: cassandra
          service.kubernetes.io/headless: ""
          endpointslice.kubernetes.io/managed-by: platform-team
      addressType: IPv4
      ports:
        - name: cql
          port: 9042
      endpoints:
        - addresses: ["10.50.0.21"]
          hostname: cassandra-0
        - addresses: ["10.50.0.22"]
          hostname: cassandra-1
    `,
  },

  'JSON: a List with an ExternalName Service, and an IPv6 service with its EndpointSlice': {
    'external.json': `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": {"name": "billing-api", "namespace": "shop"},
      "spec": {"type": "ExternalName", "externalName": "billing.example.com"}
    },
    {
      "apiVersion": "v1",
      "kind": "Service",
      "metadata": {"name": "ledger", "namespace": "shop"},
      "spec": {"ipFamilies": ["IPv6"], "ports": [{"name": "grpc", "port": 9090}]}
    },
    {
      "apiVersion": "discovery.k8s.io/v1",
      "kind": "EndpointSlice",
      "metadata": {
        "name": "ledger-1",
        "namespace": "shop",
        "labels": {"kubernetes.io/service-name": "ledger", "endpointslice.kubernetes.io/managed-by": "platform-team"}
      },
      "addressType": "IPv6",
      "ports": [{"name": "grpc", "port": 9090, "protocol": "TCP"}],
      "endpoints": [{"addresses": ["2001:db8::10"]}]
    }
  ]
}
`,
  },
};

/**
 * The only notices allowed, exactly. An Endpoints object is deprecated since Kubernetes v1.33 whatever it holds:
 * endpoints-deprecated on it is the advice the etcd set is expected to get (and the only finding).
 */
const NOTICES: Record<string, string[]> = {
  'etcd outside the cluster: selector-less Service and an Endpoints with several subsets': [
    'endpoints-deprecated notice kube-system/etcd.yaml:17:7',
  ],
};

describe('correct manifests give no finding from any rule (but the advice listed)', () => {
  it('the notices listed are of sets that exist', () => {
    for (const name of Object.keys(NOTICES)) expect(Object.keys(sets)).toContain(name);
  });

  it.each(Object.keys(sets))('%s', async (name) => {
    const dir = writeCase(sets[name]!);
    try {
      const result = await checkManifests({ cwd: dir, patterns: ['.'], rules: ALL_RULES });
      const findings = result.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column}`);
      // Messages only when something unexpected shows up: they say why.
      expect(findings, result.findings.map((f) => f.message).join('\n')).toEqual(NOTICES[name] ?? []);
      // The set was really read: every manifest became resources and nothing was skipped.
      expect(result.summary.skipped).toBe(0);
      expect(result.summary.resources).toBeGreaterThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
