import { routeBackendMissingService } from '../../src/rules/route-backend-missing-service.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

const service = (name: string, namespace = 'shop', port = 8080) => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    selector: {app: ${name}}
    ports:
      - name: http
        port: ${port}
        targetPort: 3000
`;

/** An HTTPRoute whose one rule has the given backendRef items (flow maps, one a line). */
const httpRoute = (...refs: string[]) => `
  apiVersion: gateway.networking.k8s.io/v1
  kind: HTTPRoute
  metadata:
    name: store
    namespace: shop
  spec:
    parentRefs:
      - name: public
        namespace: gateway
    rules:
      - matches:
          - path: {type: PathPrefix, value: /}
        backendRefs:
          - ${refs.join('\n          - ')}
`;

ruleTester(routeBackendMissingService, {
  valid: [
    {
      name: 'backendRefs with the defaults: kind Service, the route namespace, the Service port',
      files: {
        'route.yaml': httpRoute(
          '{name: store-v1, port: 8080, weight: 90}',
          '{name: store-v2, port: 8080, weight: 10}',
        ),
        'svc.yaml': docs(service('store-v1'), service('store-v2')),
      },
    },
    {
      name: 'explicit group "" and kind Service, and a cross-namespace ref to a Service that exists',
      files: docs(
        httpRoute('{group: "", kind: Service, name: search, namespace: search, port: 9200}'),
        service('search', 'search', 9200),
      ),
    },
    {
      name: 'a backend of another kind is not a Service',
      files: docs(
        service('store'),
        httpRoute('{group: gateway.envoyproxy.io, kind: Backend, name: external-api}'),
      ),
    },
    {
      name: 'a GRPCRoute and a TCPRoute (v1alpha2) pointing at Services that exist',
      files: docs(
        service('grpc-api', 'shop', 50051),
        `
        apiVersion: gateway.networking.k8s.io/v1
        kind: GRPCRoute
        metadata: {name: grpc, namespace: shop}
        spec:
          rules:
            - backendRefs: [{name: grpc-api, port: 50051}]
        `,
        service('postgres', 'shop', 5432),
        `
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata: {name: pg, namespace: shop}
        spec:
          rules:
            - backendRefs: [{name: postgres, port: 5432}]
        `,
      ),
    },
    {
      name: 'the route namespace holds no scanned Service: nothing to judge',
      files: httpRoute('{name: store, port: 8080}'),
    },
  ],
  invalid: [
    {
      // sandervanvugt/ckad's http-routing.yaml: the course creates Service nginxgw by hand; nginx is another one.
      name: 'a name two characters longer than a Service is a variant, no typo: a notice in a plain directory',
      files: {
        'http-routing.yaml': httpRoute('{name: nginxgw, port: 80}'),
        'nginx.yaml': service('nginx'),
      },
      errors: [
        {
          file: 'http-routing.yaml',
          line: 14,
          column: 18,
          severity: 'notice',
          messageId: 'missingService',
          fix: null,
          data: { service: 'Service shop/nginxgw' },
        },
      ],
    },
    {
      // Envoy Gateway's examples/kubernetes/zone-aware-routing.yaml: the task has the reader create the Service.
      name: 'no close name, a plain directory, no Service in the route file: a notice',
      files: {
        'examples/route.yaml': httpRoute('{name: zone-aware-routing-backend, port: 8080}'),
        'examples/other.yaml': service('echo'),
      },
      errors: [
        {
          file: 'examples/route.yaml',
          line: 14,
          column: 18,
          severity: 'notice',
          messageId: 'missingService',
          data: { service: 'Service shop/zone-aware-routing-backend' },
        },
      ],
    },
    {
      name: 'a Service backendRef without port: the API server rejects the route',
      files: { 'route.yaml': httpRoute('{name: store-v1}'), 'svc.yaml': service('store-v1') },
      errors: [
        {
          file: 'route.yaml',
          line: 14,
          column: 18,
          messageId: 'missingPort',
          data: {
            route: 'HTTPRoute shop/store',
            ref: 'spec.rules[0].backendRefs[0]',
            service: 'Service shop/store-v1',
            add: "`port: 8080`, the Service's only port",
          },
          related: ['svc.yaml:9:5'],
        },
      ],
    },
    {
      name: 'a typo in the Service name: suggests and fixes it',
      files: { 'route.yaml': httpRoute('{name: stor-v1, port: 8080}'), 'svc.yaml': service('store-v1') },
      errors: [
        {
          file: 'route.yaml',
          line: 14,
          column: 18,
          endColumn: 25,
          messageId: 'missingService',
          data: {
            route: 'HTTPRoute shop/store',
            service: 'Service shop/stor-v1',
            ownNamespace: ' (a backendRef without `namespace:` refers to the route’s own namespace)',
            hint: 'Did you mean `store-v1`?',
          },
          fix: '        - {name: store-v1, port: 8080}',
          related: ['svc.yaml:4:9'],
        },
      ],
    },
    {
      name: 'the port is the targetPort: names the Service port instead',
      files: docs(service('store-v1'), httpRoute('{name: store-v1, port: 3000}')),
      errors: [
        {
          line: 26,
          column: 34,
          messageId: 'wrongPort',
          data: {
            ref: 'spec.rules[0].backendRefs[0]',
            wanted: 'port 3000',
            service: 'Service shop/store-v1',
            ports: '`http` (8080/TCP)',
            hint: '3000 is the targetPort of Service port `http` (8080): name the Service port instead, `8080`.',
          },
          fix: '        - {name: store-v1, port: 8080}',
          related: ['manifest.yaml:9:5', 'manifest.yaml:9:7'],
        },
      ],
    },
    {
      name: 'a cross-namespace backendRef whose Service lives in the route namespace instead',
      files: docs(
        service('search', 'shop'),
        service('indexer', 'search'),
        httpRoute('{name: search, namespace: search, port: 8080}'),
      ),
      errors: [
        {
          line: 38,
          column: 18,
          messageId: 'missingService',
          data: {
            service: 'Service search/search',
            ownNamespace: '',
            hint:
              'Service shop/search has that name but is in another namespace: set the backendRef’s `namespace:` ' +
              'to it (the target namespace then needs a ReferenceGrant allowing the route), or move the Service.',
          },
          related: ['manifest.yaml:5:14'],
        },
      ],
    },
    {
      name: 'a requestMirror filter backendRef and a GRPCRoute in one multi-document file',
      files: docs(
        service('store-v1'),
        `
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: store, namespace: shop}
        spec:
          rules:
            - filters:
                - type: RequestMirror
                  requestMirror:
                    backendRef: {name: store-shadow, port: 8080}
              backendRefs: [{name: store-v1, port: 8080}]
        `,
        `
        apiVersion: gateway.networking.k8s.io/v1
        kind: GRPCRoute
        metadata: {name: grpc, namespace: shop}
        spec:
          rules:
            - backendRefs: [{name: store-v1, port: 50051}]
        `,
      ),
      errors: [
        {
          line: 21,
          column: 32,
          messageId: 'missingService',
          data: {
            route: 'HTTPRoute shop/store',
            ref: 'spec.rules[0].filters[0].requestMirror.backendRef',
            service: 'Service shop/store-shadow',
          },
        },
        {
          line: 29,
          column: 44,
          messageId: 'wrongPort',
          data: {
            route: 'GRPCRoute shop/grpc',
            wanted: 'port 50051',
            hint: 'The Service has a single port, port `http` (8080): use `8080`.',
          },
          fix: '    - backendRefs: [{name: store-v1, port: 8080}]',
        },
      ],
    },
    {
      name: 'a Service its kustomize build renames (namePrefix): kustomize leaves backendRefs as written',
      files: {
        'app/kustomization.yaml': `
          namePrefix: prod-
          resources: [svc.yaml, route.yaml]
        `,
        'app/svc.yaml': service('store-v1'),
        'app/route.yaml': httpRoute('{name: store-v1, port: 8080}'),
      },
      errors: [
        {
          file: 'app/route.yaml',
          line: 14,
          column: 18,
          endColumn: 26,
          messageId: 'renamedService',
          data: {
            route: 'HTTPRoute shop/prod-store',
            ref: 'spec.rules[0].backendRefs[0]',
            service: 'Service shop/store-v1',
            renamed: 'prod-store-v1',
          },
          fix: null,
          related: ['app/svc.yaml:4:9'],
        },
      ],
    },
  ],
});
