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
      name: 'a Service backendRef without port: the API server rejects the route',
      files: { 'route.yaml': httpRoute('{name: store-v1}'), 'svc.yaml': service('store-v1') },
      errors: [
        {
          file: 'route.yaml',
          line: 14,
          column: 18,
          message: [
            'HTTPRoute shop/store backendRef `spec.rules[0].backendRefs[0]` refers to Service shop/store-v1 without a `port`',
            'Add `port: 8080`',
          ],
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
          message: [
            'names Service shop/stor-v1, which does not exist',
            'refers to the route’s own namespace',
            'Did you mean `store-v1`?',
          ],
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
          message: [
            'uses port 3000 of Service shop/store-v1',
            'not the targetPort',
            '3000 is the targetPort of Service port `http` (8080)',
          ],
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
          message: [
            'names Service search/search, which does not exist',
            'Service shop/search has that name but is in another namespace',
          ],
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
          message: [
            'HTTPRoute shop/store backendRef `spec.rules[0].filters[0].requestMirror.backendRef` names Service shop/store-shadow',
          ],
        },
        {
          line: 29,
          column: 44,
          message: ['GRPCRoute shop/grpc', 'uses port 50051', 'The Service has a single port'],
          fix: '    - backendRefs: [{name: store-v1, port: 8080}]',
        },
      ],
    },
  ],
});
