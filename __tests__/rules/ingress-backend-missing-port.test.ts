import { ingressBackendMissingPort } from '../../src/rules/ingress-backend-missing-port.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** Service `web` with a port `http` 80 -> container port `http` (8080), and `metrics` 9090. */
const service = `
  apiVersion: v1
  kind: Service
  metadata:
    name: web
    namespace: shop
  spec:
    selector: {app: web}
    ports:
      - name: http
        port: 80
        targetPort: http
      - name: metrics
        port: 9090
        targetPort: 9090
`;

/** An Ingress whose one backend uses `port` (a YAML flow map). */
const ingress = (port: string, backend = 'web') => `
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    name: web
    namespace: shop
  spec:
    rules:
      - http:
          paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: ${backend}
                  port: ${port}
`;

ruleTester(ingressBackendMissingPort, {
  valid: [
    {
      // vfarcic/k8s-specs' ingress/: the same Service as NodePort on 80 and as LoadBalancer on 8080.
      name: 'alternatives of one Service beside the Ingress: it pairs with the one that has its port',
      files: {
        'ingress/default-backend.yml': ingress('{number: 9091}'),
        'ingress/web-lb.yml': service.replace('port: 9090', 'port: 9092'),
        'ingress/web.yml': service.replace('port: 9090', 'port: 9091'),
      },
    },
    {
      name: 'an AWS Load Balancer Controller action named like a Service: `use-annotation` is no Service port',
      files: docs(service, ingress('{name: use-annotation}')),
    },
    {
      name: 'a named Service port and a numbered one',
      files: docs(
        service,
        ingress('{name: http}'),
        ingress('{number: 9090}').replace('name: web\n', 'name: web-metrics\n'),
      ),
    },
    {
      name: 'an ExternalName Service needs no ports',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata: {name: docs, namespace: shop}
        spec: {type: ExternalName, externalName: docs.example.com}
        `,
        ingress('{number: 443}', 'docs'),
      ),
    },
    {
      name: 'a missing Service is ingress-backend-missing-service, not this rule',
      files: docs(service, ingress('{name: http}', 'webb')),
    },
  ],
  invalid: [
    {
      name: 'alternatives of one Service, none with the port: reported against the first',
      files: {
        'ingress/default-backend.yml': ingress('{number: 9093}'),
        'ingress/web-lb.yml': service.replace('port: 9090', 'port: 9092'),
        'ingress/web.yml': service.replace('port: 9090', 'port: 9091'),
      },
      errors: [
        {
          file: 'ingress/default-backend.yml',
          line: 15,
          column: 32,
          messageId: 'unknownPort',
          related: ['ingress/web-lb.yml:9:5'],
        },
      ],
    },
    {
      name: 'a typo in port.name: suggests and fixes it',
      files: { 'ingress.yaml': ingress('{name: htp}'), 'service.yaml': service },
      errors: [
        {
          file: 'ingress.yaml',
          line: 15,
          column: 30,
          endColumn: 33,
          messageId: 'unknownPort',
          data: {
            ingress: 'Ingress shop/web',
            backend: 'spec.rules[0].http.paths[0].backend',
            port: 'port `htp`',
            service: 'Service shop/web',
            ports: '`http` (80/TCP), `metrics` (9090/TCP)',
            hint: 'Did you mean `http`?',
          },
          fix: '                port: {name: http}',
          related: ['service.yaml:9:5', 'service.yaml:9:7'],
        },
      ],
    },
    {
      name: 'port.number is the targetPort: names the Service port instead',
      files: docs(
        service.replace('targetPort: http', 'targetPort: 8080'),
        ingress(`
                    number: 8080`),
      ),
      errors: [
        {
          line: 31,
          column: 27,
          messageId: 'targetPort',
          data: {
            port: 'port 8080',
            service: 'Service shop/web',
            hint: '8080 is the targetPort of Service port `http` (80): name the Service port instead, `80`.',
          },
          fix: '                  number: 80',
        },
      ],
    },
    {
      name: 'port.name is a container port name (the targetPort), not a Service port name',
      files: docs(service.replace('name: http\n', 'name: web\n'), ingress('{name: http}')),
      errors: [
        {
          line: 30,
          column: 30,
          messageId: 'targetPort',
          data: {
            port: 'port `http`',
            hint: '`http` is the targetPort of Service port `web` (80): name the Service port instead, `web`.',
          },
          fix: '                port: {name: web}',
        },
      ],
    },
    {
      name: 'port.name for a Service whose only port is unnamed',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          selector: {app: web}
          ports: [{port: 80, targetPort: 8080}]
        `,
        ingress('{name: http}'),
      ),
      errors: [
        {
          line: 22,
          column: 30,
          fix: null,
          messageId: 'unnamedPort',
          data: {
            port: 'port `http`',
            ports: '(unnamed) (80/TCP)',
            hint: "The Service's port has no name: refer to it by `number:`, or give the Service port a `name:`.",
          },
        },
      ],
    },
    {
      name: 'port.number of a Service with a single port: suggests and fixes it',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: shop}
        spec:
          selector: {app: web}
          ports: [{name: http, port: 80, targetPort: 8080}]
        `,
        ingress('{number: 443}'),
      ),
      errors: [
        {
          line: 22,
          column: 32,
          fix: '                port: {number: 80}',
          messageId: 'unknownPort',
          data: {
            port: 'port 443',
            ports: '`http` (80/TCP)',
            hint: 'The Service has a single port, port `http` (80): use `80`.',
          },
        },
      ],
    },
    {
      name: 'no port is close: no fix',
      files: docs(service, ingress('{number: 443}')),
      errors: [
        {
          line: 30,
          column: 32,
          fix: null,
          messageId: 'unknownPort',
          data: {
            port: 'port 443',
            hint: "Name one of the Service's ports, or add the port to the Service.",
          },
        },
      ],
    },
  ],
});
