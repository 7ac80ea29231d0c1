import { ingressBackendMissingService } from '../../src/rules/ingress-backend-missing-service.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

const service = (name: string, namespace = 'shop') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    selector: {app: ${name}}
    ports:
      - name: http
        port: 80
        targetPort: http
`;

/** An Ingress routing `/` to Service `backend`, port `http`. */
const ingress = (backend: string, namespace = 'shop') => `
  apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    name: shop
    namespace: ${namespace}
  spec:
    ingressClassName: nginx
    rules:
      - host: shop.example.com
        http:
          paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: ${backend}
                  port:
                    name: http
`;

ruleTester(ingressBackendMissingService, {
  valid: [
    {
      name: 'a Service an operator makes from a custom resource of the namespace (CephCluster rook-ceph)',
      files: {
        'app/ingress.yaml': ingress('rook-ceph-mgr-dashboard', 'rook-ceph'),
        'app/service.yaml': service('rook-ceph-active-mons', 'rook-ceph'),
        'app/cluster.yaml':
          'apiVersion: ceph.rook.io/v1\nkind: CephCluster\nmetadata:\n  name: rook-ceph\n  namespace: rook-ceph\n',
      },
    },
    {
      name: 'an AWS Load Balancer Controller action (`port: {name: use-annotation}`): the name is an annotation key',
      files: {
        'app/ingress.yaml': ingress('action1')
          .replace('name: http\n', 'name: use-annotation\n')
          .replace(
            '    name: shop\n',
            '    name: shop\n    annotations:\n      alb.ingress.kubernetes.io/actions.action1: \'{"type":"redirect"}\'\n',
          ),
        'app/service.yaml': service('storefront'),
      },
    },
    {
      name: 'Ingress and Service in separate files of one app',
      files: { 'app/ingress.yaml': ingress('storefront'), 'app/service.yaml': service('storefront') },
    },
    {
      name: 'no Service of the Ingress namespace is among the scanned manifests: nothing to judge',
      files: {
        'ingress.yaml': ingress('storefront'),
        'other.yaml': service('storefront', 'billing').replace('storefront', 'payments'),
      },
    },
    {
      name: 'a resource backend is not a Service',
      files: docs(
        service('storefront'),
        `
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: assets, namespace: shop}
        spec:
          defaultBackend:
            resource:
              apiGroup: k8s.example.com
              kind: StorageBucket
              name: static-assets
        `,
      ),
    },
    {
      name: 'the removed extensions/v1beta1 shape is not read',
      files: docs(
        service('storefront'),
        `
        apiVersion: extensions/v1beta1
        kind: Ingress
        metadata: {name: legacy, namespace: shop}
        spec:
          backend: {serviceName: gone, servicePort: 80}
        `,
      ),
    },
  ],
  invalid: [
    {
      // Traefik's docs/content/reference/dynamic-configuration: route snippets beside a whoami Service file.
      name: 'no close name, a plain directory, no Service in the Ingress file: a notice (the reader adds it)',
      files: {
        'docs/ingress.yaml': ingress('whoamitcp'),
        'docs/whoami.yaml': service('whoami-web'),
      },
      errors: [
        {
          file: 'docs/ingress.yaml',
          line: 16,
          column: 23,
          severity: 'notice',
          messageId: 'unknownService',
          data: {
            service: 'whoamitcp',
            hint:
              'Name one of the Services of namespace shop, or add the Service shop/whoamitcp. Reported as a ' +
              'notice: no close name says which Service was meant, and in a plain directory (no kustomize build ' +
              'or GitOps path) whose file defines no Service, examples often leave the Service to be created ' +
              'separately.',
          },
        },
      ],
    },
    {
      // k8gb's deploy/gslb demos: every Ingress routes to the podinfo chart's `frontend-podinfo`, installed apart.
      name: 'a file that bundles a Service, naming one that backends of two other files name too: a notice',
      files: {
        'demo/migration.yaml': docs(ingress('frontend-podinfo'), service('legacy-demo')),
        'demo/failover.yaml': ingress('frontend-podinfo'),
        'demo/roundrobin.yaml': ingress('frontend-podinfo'),
      },
      errors: [
        { file: 'demo/failover.yaml', line: 16, column: 23, severity: 'notice', messageId: 'unknownService' },
        {
          file: 'demo/migration.yaml',
          line: 16,
          column: 23,
          severity: 'notice',
          messageId: 'unknownService',
          fix: null,
          data: {
            hint:
              'Name one of the Services of namespace shop, or add the Service shop/frontend-podinfo. Reported as a ' +
              'notice: no close name says which Service was meant, and backends in 2 other files name it too, and ' +
              'the scan defines it nowhere: a Service installed apart (by a chart or a script) more likely than a ' +
              'typo, which is made once.',
          },
        },
        {
          file: 'demo/roundrobin.yaml',
          line: 16,
          column: 23,
          severity: 'notice',
          messageId: 'unknownService',
        },
      ],
    },
    {
      name: 'named by one other file only (those of another namespace do not count): still an error',
      files: {
        'demo/migration.yaml': docs(ingress('frontend-podinfo'), service('legacy-demo')),
        'demo/failover.yaml': ingress('frontend-podinfo'),
        'other/a.yaml': ingress('frontend-podinfo', 'other'),
        'other/b.yaml': ingress('frontend-podinfo', 'other'),
      },
      errors: [
        { file: 'demo/failover.yaml', line: 16, column: 23, severity: 'notice', messageId: 'unknownService' },
        { file: 'demo/migration.yaml', line: 16, column: 23, messageId: 'unknownService' },
      ],
    },
    {
      name: 'a close name says which Service was meant: an error, however many files repeat the typo',
      files: {
        'demo/bundle.yaml': docs(ingress('storefrnt'), service('storefront')),
        'demo/a.yaml': ingress('storefrnt'),
        'demo/b.yaml': ingress('storefrnt'),
      },
      errors: [
        {
          file: 'demo/a.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { hint: 'Did you mean `storefront`?' },
        },
        {
          file: 'demo/b.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { hint: 'Did you mean `storefront`?' },
        },
        {
          file: 'demo/bundle.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { hint: 'Did you mean `storefront`?' },
        },
      ],
    },
    {
      name: 'a variant of a Service name (a word added) is no typo: no suggestion, a notice in a plain directory',
      files: { 'docs/ingress.yaml': ingress('whoamitcp'), 'docs/whoami.yaml': service('whoami') },
      errors: [
        {
          file: 'docs/ingress.yaml',
          line: 16,
          column: 23,
          severity: 'notice',
          messageId: 'unknownService',
          fix: null,
          related: ['docs/whoami.yaml:4:9'],
        },
      ],
    },
    {
      name: 'one character added is a typo still: an error with its fix, even in a plain directory',
      files: { 'docs/ingress.yaml': ingress('whoamix'), 'docs/whoami.yaml': service('whoami') },
      errors: [
        {
          file: 'docs/ingress.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { hint: 'Did you mean `whoami`?' },
          fix: '                name: whoami',
        },
      ],
    },
    {
      // kubernetes-engine-samples' networking/load-balancing: basic-ingress.yaml and basic-ingress-static.yaml
      // both define Ingress basic-ingress, so each file is a unit; the Services beside them are still in view.
      name: 'a directory of alternatives: the Services of the directory are in view (a tie: a notice)',
      files: {
        'lb/ingress.yaml': ingress('webx'),
        'lb/ingress-static.yaml': ingress('web'),
        'lb/svc.yaml': service('web'),
        'lb/svc2.yaml': service('web2'),
        'lb/deeper/svc.yaml': service('webz'),
      },
      errors: [
        {
          file: 'lb/ingress.yaml',
          line: 16,
          column: 23,
          severity: 'notice',
          messageId: 'unknownService',
          fix: null,
        },
      ],
    },
    {
      name: 'the same in a kustomize build: an error',
      files: {
        'app/kustomization.yaml': 'resources: [ingress.yaml, whoami.yaml]\n',
        'app/ingress.yaml': ingress('whoamitcp'),
        'app/whoami.yaml': service('whoami-web'),
      },
      errors: [
        {
          file: 'app/ingress.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { service: 'whoamitcp' },
        },
      ],
    },
    {
      name: 'a custom resource that makes nothing (an Istio VirtualService named like the prefix) hides nothing',
      files: {
        'app/ingress.yaml': docs(ingress('web-api'), service('storefront')),
        'app/vs.yaml':
          'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: web\n  namespace: shop\n',
      },
      errors: [
        {
          file: 'app/ingress.yaml',
          line: 16,
          column: 23,
          messageId: 'unknownService',
          data: { service: 'web-api' },
        },
      ],
    },
    {
      name: 'a typo in the backend Service name: suggests and fixes it',
      files: { 'app/ingress.yaml': ingress('storefrnt'), 'app/service.yaml': service('storefront') },
      errors: [
        {
          file: 'app/ingress.yaml',
          line: 16,
          column: 23,
          endColumn: 32,
          messageId: 'unknownService',
          data: {
            ingress: 'Ingress shop/shop',
            backend: 'spec.rules[0].http.paths[0].backend',
            service: 'storefrnt',
            namespace: 'namespace shop',
            hint: 'Did you mean `storefront`?',
          },
          fix: '                name: storefront',
          related: ['app/service.yaml:4:9'],
        },
      ],
    },
    {
      name: 'the Service exists only in another namespace',
      files: {
        'ingress.yaml': ingress('storefront', 'web'),
        'svc.yaml': service('storefront', 'shop'),
        'other.yaml': service('cart', 'web'),
      },
      errors: [
        {
          file: 'ingress.yaml',
          line: 16,
          column: 23,
          messageId: 'otherNamespace',
          data: {
            ingress: 'Ingress web/shop',
            service: 'storefront',
            namespace: 'namespace web',
            hint:
              'Service shop/storefront has that name but is in another namespace: an Ingress cannot reach a ' +
              'Service of another namespace; put the Ingress in the Service’s namespace (or the Service in the ' +
              'Ingress’s).',
          },
          fix: null,
          related: ['svc.yaml:5:14'],
        },
      ],
    },
    {
      name: 'the defaultBackend names nothing close: the unreferenced Services are related (a rename touches the finding)',
      files: docs(
        service('storefront'),
        service('checkout-v2'),
        `
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: shop, namespace: shop}
        spec:
          defaultBackend:
            service:
              name: checkout
              port: {number: 80}
          rules:
            - http:
                paths:
                  - {path: /, pathType: Prefix, backend: {service: {name: storefront, port: {number: 80}}}}
        `,
      ),
      errors: [
        {
          line: 31,
          column: 13,
          messageId: 'unknownService',
          data: {
            backend: 'spec.defaultBackend',
            service: 'checkout',
            hint: 'Name one of the Services of namespace shop, or add the Service shop/checkout.',
          },
          fix: null,
          related: ['manifest.yaml:16:9'],
        },
      ],
    },
  ],
});
