import { unknownField } from '../../src/rules/unknown-field.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(unknownField, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'keys a script substitutes, written as environment-variable names (gatekeeper helmify)',
      files: {
        'svc.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: webhook\nspec:\n  HELMSUBST_SERVICE_TYPE: ""\n  ports: [{port: 443}]\n',
      },
    },
    {
      name: 'every ObjectMeta field, status on all kinds, every ServiceSpec field, YAML merge keys',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          generateName: web-
          namespace: default
          selfLink: /api/v1/namespaces/default/services/web
          uid: 0d7f6a9c-0000-4000-8000-000000000001
          resourceVersion: "42"
          generation: 1
          creationTimestamp: "2025-01-01T00:00:00Z"
          deletionTimestamp: null
          deletionGracePeriodSeconds: 30
          labels: {Any/Key: v}
          annotations: {kubectl.kubernetes.io/last-applied-configuration: "{}"}
          ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: x, uid: y, whatever: z}]
          finalizers: [example.com/keep]
          managedFields: [{manager: kubectl, fieldsV1: {f:spec: {}}}]
        spec:
          type: LoadBalancer
          selector: {app: web}
          clusterIP: 10.96.0.10
          clusterIPs: [10.96.0.10]
          externalIPs: [192.0.2.10]
          sessionAffinity: ClientIP
          sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}
          loadBalancerIP: 192.0.2.11
          loadBalancerSourceRanges: [192.0.2.0/24]
          loadBalancerClass: example.com/lb
          externalName: ""
          externalTrafficPolicy: Local
          internalTrafficPolicy: Cluster
          healthCheckNodePort: 30000
          publishNotReadyAddresses: true
          ipFamilies: [IPv4]
          ipFamilyPolicy: SingleStack
          allocateLoadBalancerNodePorts: true
          trafficDistribution: PreferClose
          ports:
            - {name: http, protocol: TCP, appProtocol: http, port: 80, targetPort: 8080, nodePort: 30080}
        status:
          loadBalancer: {ingress: [{ip: 192.0.2.11, anything: 1}]}
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        status: {whatever: 1}
        subsets:
          - addresses:
              - &addr
                ip: 10.0.0.1
                targetRef: {kind: Pod, namespace: default, name: p, uid: u, apiVersion: v1, resourceVersion: "1", fieldPath: x}
              - <<: *addr
                ip: 10.0.0.2
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        endpoints:
          - addresses: ["10.0.0.1"]
            deprecatedTopology: {any/key: v}
            hints: {forZones: [{name: a}], forNodes: [{name: n}]}
        `,
      ),
    },
    {
      name: 'a Service of another API group (Knative) is not Kubernetes’ Service',
      files: `
        apiVersion: serving.knative.dev/v1
        kind: Service
        metadata:
          name: Hello_World
        spec:
          template:
            spec:
              containers: [{image: example.com/hello}]
      `,
    },
    {
      name: 'strategic-merge-patch directives are not fields',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          $setElementOrder/ports: [{port: 80}]
          ports:
            - port: 80
              $patch: replace
      `,
    },
    {
      name: 'keys written as placeholders are unknown, not misspelt',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          <extra-field>: value
          __FIELD__: value
          ports:
            - port: 80
      `,
    },
  ],
  invalid: [
    {
      name: 'Endpoints: mistyped metadata, a stray spec, fields at the wrong level, case mistakes',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          lables:
            app: etcd
        spec: {}
        subsets:
          - ip: 10.0.0.1
            addresses:
              - IP: 10.0.0.2
                hostName: etcd-0
                targetRef: {kind: Pod, name: etcd-0, UID: x}
      `,
      errors: [
        {
          line: 5,
          column: 3,
          endColumn: 9,
          messageId: 'misspelt',
          data: {
            object: 'Endpoints default/etcd',
            key: 'lables',
            where: '`metadata`',
            suggestion: 'labels',
            merge: '',
          },
          fix: '  labels:',
        },
        {
          line: 7,
          column: 1,
          messageId: 'unknown',
          data: {
            key: 'spec',
            where: 'the top level of an Endpoints',
            known: '`apiVersion`, `kind`, `metadata`, `subsets`',
          },
          fix: null,
        },
        {
          line: 9,
          column: 5,
          messageId: 'misplaced',
          data: {
            key: 'ip',
            where: 'an item of `subsets`',
            field: 'ip',
            place: 'an item of `subsets[].addresses`',
            alsoOf: ' (and of an item of `subsets[].notReadyAddresses`)',
          },
          fix: null,
        },
        {
          line: 11,
          column: 9,
          messageId: 'wrongCase',
          data: { key: 'IP', where: 'an item of `subsets[].addresses`', suggestion: 'ip', merge: '' },
          fix: '      - ip: 10.0.0.2',
        },
        {
          line: 12,
          column: 9,
          messageId: 'wrongCase',
          data: { key: 'hostName', suggestion: 'hostname' },
          fix: '        hostname: etcd-0',
        },
        {
          line: 13,
          column: 46,
          messageId: 'wrongCase',
          data: { key: 'UID', where: '`subsets[].addresses[].targetRef`', suggestion: 'uid' },
          fix: '        targetRef: {kind: Pod, name: etcd-0, uid: x}',
        },
      ],
    },
    {
      name: '`subnets:` is renamed, and what it holds is still checked',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subnets:
          - addresses: [{Ip: 10.0.0.1}]
      `,
      errors: [
        {
          line: 5,
          column: 1,
          messageId: 'misspelt',
          data: { key: 'subnets', suggestion: 'subsets' },
          fix: 'subsets:',
        },
        {
          line: 6,
          column: 18,
          messageId: 'wrongCase',
          data: { key: 'Ip', where: 'an item of `subsets[].addresses`', suggestion: 'ip' },
          fix: '  - addresses: [{ip: 10.0.0.1}]',
        },
      ],
    },
    {
      name: 'Service: `port` under spec, a mis-cased key beside the right one, JSON keys keep their quotes',
      files: {
        'svc.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            port: 80
            ports:
              - port: 80
                target_port: 8080
            Ports: []
        `,
        'svc.json': `
          {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "api"},
            "spec": {"selector": {"app": "api"},
              "Ports": [{"port": 80, "targetport": 8080}]
            }
          }
        `,
      },
      errors: [
        {
          file: 'svc.json',
          line: 6,
          column: 5,
          messageId: 'wrongCase',
          data: { key: 'Ports', where: '`spec`', suggestion: 'ports', merge: '' },
          fix: '    "ports": [{"port": 80, "targetport": 8080}]',
        },
        {
          file: 'svc.json',
          line: 6,
          column: 28,
          messageId: 'wrongCase',
          data: { object: 'Service default/api', key: 'targetport', suggestion: 'targetPort' },
          fix: '    "Ports": [{"port": 80, "targetPort": 8080}]',
        },
        {
          file: 'svc.yaml',
          line: 6,
          column: 3,
          messageId: 'misplaced',
          data: { key: 'port', where: '`spec`', field: 'port', place: 'an item of `spec.ports`', alsoOf: '' },
          fix: null,
        },
        {
          file: 'svc.yaml',
          line: 9,
          column: 7,
          messageId: 'wrongCase',
          data: { key: 'target_port', where: 'an item of `spec.ports`', suggestion: 'targetPort' },
          fix: '      targetPort: 8080',
        },
        {
          file: 'svc.yaml',
          line: 10,
          column: 3,
          messageId: 'wrongCase',
          data: {
            key: 'Ports',
            suggestion: 'ports',
            merge: ' (`ports` is already set here: merge the two.)',
          },
          fix: null,
        },
      ],
    },
    {
      name: 'EndpointSlice: addresses at the top level, mistyped conditions, hints and port (in a List)',
      files: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db-1
            addressType: IPv4
            addresses: ["10.0.0.1"]
            endpoints:
              - addresses: ["10.0.0.2"]
                condition:
                  ready: true
                hints:
                  forNode: [{name: node-a}]
            ports:
              - Port: 5432
      `,
      errors: [
        {
          line: 9,
          column: 5,
          messageId: 'misplaced',
          data: {
            object: 'EndpointSlice default/db-1',
            key: 'addresses',
            where: 'the top level of an EndpointSlice',
            place: 'an item of `endpoints`',
          },
          fix: null,
        },
        {
          line: 12,
          column: 9,
          messageId: 'misspelt',
          data: { key: 'condition', suggestion: 'conditions' },
          fix: '        conditions:',
        },
        {
          line: 15,
          column: 11,
          messageId: 'misspelt',
          data: { key: 'forNode', where: '`endpoints[].hints`', suggestion: 'forNodes' },
          fix: '          forNodes: [{name: node-a}]',
        },
        {
          line: 17,
          column: 9,
          messageId: 'wrongCase',
          data: { key: 'Port', where: 'an item of `ports`', suggestion: 'port' },
          fix: '      - port: 5432',
        },
      ],
    },
    {
      name: 'two swapped letters (prots) are a typo with a fix; an all-caps key is a misspelt field, not a placeholder',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: svc
        spec:
          clusterIP: None
          prots: # Fix this typo ("ports") to pass validation.
          - port: 2380
            name: etcd-server-ssl
          - port: 2379
            NAME: etcd-client-ssl
      `,
      errors: [
        {
          line: 7,
          column: 3,
          messageId: 'misspelt',
          data: { object: 'Service default/svc', key: 'prots', where: '`spec`', suggestion: 'ports' },
          fix: '  ports: # Fix this typo ("ports") to pass validation.',
        },
        {
          line: 11,
          column: 5,
          messageId: 'wrongCase',
          data: { key: 'NAME', where: 'an item of `spec.ports`', suggestion: 'name' },
          fix: '    name: etcd-client-ssl',
        },
      ],
    },
    {
      name: 'a close name whose field holds another kind of value: suggested, but no fix',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: http
              prot: [80]
      `,
      errors: [
        {
          line: 8,
          column: 7,
          messageId: 'otherShape',
          data: {
            object: 'Service default/web',
            key: 'prot',
            where: 'an item of `spec.ports`',
            suggestion: 'port',
          },
          fix: null,
        },
      ],
    },
  ],
});
