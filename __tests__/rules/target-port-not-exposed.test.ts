import { targetPortNotExposed } from '../../src/rules/target-port-not-exposed.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** A Deployment `name` labelled app=<app>, whose container declares `ports` (YAML flow items). */
const deployment = (name: string, ports: string[], app = name) => `
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: shop
  spec:
    selector:
      matchLabels: {app: ${app}}
    template:
      metadata:
        labels:
          app: ${app}
      spec:
        containers:
          - name: app
            image: example/app:1
            ${ports.length > 0 ? `ports:\n              - ${ports.join('\n              - ')}` : ''}
`;

const service = (name: string, port: string, app = name) => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: shop
  spec:
    selector:
      app: ${app}
    ports:
      - ${port}
`;

/** A Helm test hook Pod labelled app=<app>, whose container declares no port. */
const helmTestPod = (app: string) => `
  apiVersion: v1
  kind: Pod
  metadata:
    name: ${app}-metrics-test
    namespace: shop
    labels:
      app: ${app}
    annotations:
      "helm.sh/hook": test
  spec:
    containers:
      - name: wget
        image: busybox:latest
    restartPolicy: Never
`;

const sidecarSet = (selector: string, namespace = '') => `
  apiVersion: apps.kruise.io/v1alpha1
  kind: SidecarSet
  metadata:
    name: guestbook-sidecar
  spec:
    ${namespace === '' ? '' : `namespace: ${namespace}`}
    selector:
      matchLabels: {${selector}}
    containers:
      - name: guestbook-sidecar
        image: openkruise/guestbook:sidecar
        ports:
          - {name: sidecar-server, containerPort: 4000}
`;

ruleTester(targetPortNotExposed, {
  valid: [
    {
      // OpenTelemetry's operator chart: `helm test` runs a Pod with the operator's labels, no metrics port.
      name: "a Helm hook Pod (the chart's test) the selector also matches is no backend of the Service",
      files: {
        'rendered/deployment.yaml': deployment('operator', ['{name: metrics, containerPort: 8443}']),
        'rendered/service.yaml': service('operator', '{name: metrics, port: 8443, targetPort: metrics}'),
        'rendered/test-service-connection.yaml': helmTestPod('operator'),
      },
    },
    {
      // OpenKruise's guestbook tutorial: a SidecarSet injects the container that declares `sidecar-server`.
      name: 'a port declared by a container an OpenKruise SidecarSet injects into the selected Pods',
      files: {
        'sidecar.yaml': sidecarSet('app: guestbook'),
        'svc.yaml': service('guestbook', '{name: sidecar-port, port: 4000, targetPort: sidecar-server}'),
        'svc-number.yaml': service(
          'guestbook-n',
          '{name: sidecar-port, port: 4000, targetPort: 4000}',
          'guestbook',
        ),
        'deploy.yaml': deployment('guestbook', ['{name: http-server, containerPort: 3000}']),
      },
    },
    {
      // linkerd-examples' thanos-demo: one install per cloud with the Thanos sidecar, and one without it.
      name: 'alternative definitions of one workload: one serves the named port, so the other is another cluster',
      files: {
        'demo/cluster-aks.yaml': service('prometheus', '{name: grpc, port: 10901, targetPort: grpc}'),
        'demo/install-aks.yaml': deployment('prometheus', ['{name: grpc, containerPort: 10901}']),
        'demo/install.yaml': deployment('prometheus', ['{name: admin-http, containerPort: 9090}']),
      },
    },
    {
      // Kong's examples/: each file a self-contained example with its own Service and Deployment `echo`.
      name: 'a directory of self-contained examples: each Service pairs with the Deployment of its own file',
      files: {
        'examples/rewrite.yaml': docs(
          service('echo', '{name: http, port: 80, targetPort: http}'),
          deployment('echo', ['{name: http, containerPort: 8080}']),
        ),
        'examples/plain.yaml': docs(
          service('echo', '{port: 80, targetPort: 8080}'),
          deployment('echo', ['{containerPort: 8080}']),
        ),
      },
    },
    {
      name: 'a named targetPort that the container declares',
      files: docs(
        deployment('web', ['{name: http, containerPort: 8080}']),
        service('web', '{name: http, port: 80, targetPort: http}'),
      ),
    },
    {
      name: 'numeric targetPort and no container port declared at all (declaring is optional)',
      files: docs(deployment('web', []), service('web', '{port: 80, targetPort: 8080}')),
    },
    {
      name: 'targetPort defaults to port, which the container declares',
      files: docs(deployment('web', ['{containerPort: 8080}']), service('web', '{port: 8080}')),
    },
    {
      name: 'the name is declared by a native sidecar (init container with restartPolicy: Always)',
      files: docs(
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers:
                - name: tls-proxy
                  image: envoyproxy/envoy:v1.31
                  restartPolicy: Always
                  ports: [{name: https, containerPort: 8443}]
              containers:
                - name: app
                  image: example/app:1
                  ports: [{name: http, containerPort: 8080}]
        `,
        service('web', '{name: https, port: 443, targetPort: https}'),
      ),
    },
    {
      name: 'a selector-less Service is not resolved against Pods (target-port-ignored covers it)',
      files: docs(
        deployment('web', ['{name: http, containerPort: 8080}']),
        `
        apiVersion: v1
        kind: Service
        metadata: {name: web-external, namespace: shop}
        spec:
          ports: [{port: 80, targetPort: web}]
        `,
      ),
    },
    {
      name: 'a Service that selects nothing is left to selector-matches-no-workload',
      files: docs(
        deployment('web', ['{name: http, containerPort: 8080}']),
        service('api', '{port: 80, targetPort: grpc}'),
      ),
    },
    {
      name: 'Service and Deployment in sibling directories, with kustomize giving the namespace',
      files: {
        'app/kustomization.yaml': `
          namespace: shop
          resources: [service/service.yaml, deployment/deployment.yaml]
        `,
        'app/service/service.yaml': service('web', '{name: http, port: 80, targetPort: http}').replace(
          /\n\s*namespace: shop/,
          '',
        ),
        'app/deployment/deployment.yaml': deployment('web', ['{name: http, containerPort: 8080}']).replace(
          /\n\s*namespace: shop/,
          '',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'the same Pod without its hook annotation is a backend, and it has no such port',
      files: {
        'rendered/deployment.yaml': deployment('operator', ['{name: metrics, containerPort: 8443}']),
        'rendered/service.yaml': service('operator', '{name: metrics, port: 8443, targetPort: metrics}'),
        'rendered/test-service-connection.yaml': helmTestPod('operator').replace(
          '"helm.sh/hook": test',
          'note: test',
        ),
      },
      errors: [{ file: 'rendered/service.yaml', line: 10, column: 47, messageId: 'nameNotDeclared' }],
    },
    {
      name: "a SidecarSet that selects other Pods, or another namespace's, injects nothing here",
      files: {
        'sidecar.yaml': sidecarSet('app: guestbook-with-sidecar'),
        'sidecar-ns.yaml': sidecarSet('app: guestbook', 'elsewhere').replace(
          'guestbook-sidecar\n',
          'other\n',
        ),
        'svc.yaml': service('guestbook', '{name: sidecar-port, port: 4000, targetPort: sidecar-server}'),
        'deploy.yaml': deployment('guestbook', ['{name: http-server, containerPort: 3000}']),
      },
      errors: [{ file: 'svc.yaml', line: 10, column: 52, messageId: 'nameNotDeclared' }],
    },
    {
      name: 'a typo in the named targetPort: suggests and fixes it',
      files: {
        'deploy.yaml': deployment('web', [
          '{name: http, containerPort: 8080}',
          '{name: metrics, containerPort: 9090}',
        ]),
        'svc.yaml': service('web', '{name: http, port: 80, targetPort: htttp}'),
      },
      errors: [
        {
          file: 'svc.yaml',
          line: 10,
          column: 42,
          endColumn: 47,
          messageId: 'nameTypo',
          data: {
            service: 'Service shop/web',
            port: 'port `http` (80/TCP)',
            name: 'htttp',
            templates: 'Deployment shop/web',
            protocol: 'TCP',
            partly: '',
            initOnly: '',
            suggestion: 'http',
          },
          fix: '    - {name: http, port: 80, targetPort: http}',
          related: ['deploy.yaml:12:9', 'deploy.yaml:18:13', 'deploy.yaml:18:22'],
        },
      ],
    },
    {
      name: 'a name nothing is close to: lists the declared ports, no fix',
      files: docs(
        deployment('web', ['{name: http, containerPort: 8080}']),
        service('web', '{port: 80, targetPort: web-ui}'),
      ),
      errors: [
        {
          line: 29,
          column: 30,
          messageId: 'nameNotDeclared',
          data: {
            name: 'web-ui',
            templates: 'Deployment shop/web',
            declared: 'Its containers declare `http` (8080/TCP).',
          },
          fix: null,
          related: ['manifest.yaml:12:9', 'manifest.yaml:18:13'],
        },
      ],
    },
    {
      name: 'a stable and a canary Deployment, only one declares the name: no fix (it would break the other)',
      files: {
        'stable.yaml': deployment('web', ['{name: http, containerPort: 8080}'], 'web'),
        'canary.yaml': deployment('web-canary', ['{name: web, containerPort: 8080}'], 'web'),
        'svc.yaml': service('web', '{port: 80, targetPort: http}'),
      },
      errors: [
        {
          file: 'svc.yaml',
          line: 10,
          column: 30,
          messageId: 'nameNotDeclared',
          data: {
            name: 'http',
            templates: 'Deployment shop/web-canary',
            partly:
              ' The Pods of Deployment shop/web do serve it, so traffic on this port reaches only them.',
          },
          fix: null,
          related: ['canary.yaml:12:9', 'canary.yaml:18:13'],
        },
      ],
    },
    {
      name: 'a plain init container does not count: it has exited before the Pod is ready',
      files: docs(
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              initContainers:
                - name: migrate
                  image: example/migrate:1
                  ports: [{name: admin, containerPort: 9000}]
              containers:
                - name: app
                  image: example/app:1
        `,
        service('web', '{port: 9000, targetPort: admin}'),
      ),
      errors: [
        {
          line: 26,
          column: 32,
          messageId: 'nameNotDeclared',
          data: {
            name: 'admin',
            declared: 'Its containers declare no ports.',
            initOnly:
              ' The init container `migrate` declares `admin`, but a plain init container has exited before the ' +
              'Pod serves: only app containers and native sidecars (init containers with `restartPolicy: Always`) count.',
          },
          related: ['manifest.yaml:7:24', 'manifest.yaml:14:9'],
        },
      ],
    },
    {
      name: 'a numeric targetPort the container does not declare: a notice (declaring is optional)',
      files: docs(
        deployment('web', ['{name: http, containerPort: 80}']),
        service('web', '{port: 80, targetPort: 8080}'),
      ),
      errors: [
        {
          line: 29,
          column: 30,
          severity: 'notice',
          messageId: 'numberNotDeclared',
          data: {
            service: 'Service shop/web',
            port: 'port 80/TCP',
            number: 8080,
            templates: 'Deployment shop/web',
            declared: 'Its containers declare `http` (80/TCP).',
            mixUp: '',
            closest: '',
          },
          fix: null,
          related: ['manifest.yaml:12:9', 'manifest.yaml:18:13'],
        },
      ],
    },
    {
      name: 'a numeric targetPort one digit away from a declared port: said, not fixed (a notice)',
      files: docs(
        deployment('web', [
          '{name: http, containerPort: 8080}',
          '{name: dns, containerPort: 53, protocol: UDP}',
        ]),
        service('web', '{port: 80, targetPort: 8081}'),
      ),
      errors: [
        {
          line: 30,
          column: 30,
          severity: 'notice',
          messageId: 'numberNotDeclared',
          data: { number: 8081, closest: ' Did you mean 8080 (`http`)?' },
          fix: null,
        },
      ],
    },
    {
      name: 'the target number is only a hostPort of the container (the node maps 80 to 2368): a warning',
      files: docs(
        deployment('ghost', ['{containerPort: 2368, hostPort: 80}']),
        service('ghost', '{port: 80, targetPort: 80}'),
      ),
      errors: [
        {
          line: 29,
          column: 30,
          severity: 'warning',
          messageId: 'numberNotDeclared',
          data: {
            number: 80,
            mixUp:
              " 80 is only a `hostPort` (the node's port) of container port 2368: traffic to the Pod IP goes to the `containerPort`.",
            closest: '',
          },
        },
      ],
    },
    {
      name: 'the Service port is named like a container port of another number (metrics 8084 vs 8082): a warning',
      files: docs(
        deployment('controller', ['{name: metrics, containerPort: 8082}']),
        service('controller', '{name: metrics, port: 8084, targetPort: 8084}'),
      ),
      errors: [
        {
          line: 29,
          column: 47,
          severity: 'warning',
          messageId: 'numberNotDeclared',
          data: {
            number: 8084,
            mixUp: ' The container port named `metrics`, like this Service port, is 8082.',
            closest: '',
          },
        },
      ],
    },
    {
      name: 'a TLS port switched on by configuration, not declared beside the declared ones (Knative activator): a notice',
      files: docs(
        deployment('activator', [
          '{name: metrics, containerPort: 9090}',
          '{name: http1, containerPort: 8012}',
          '{name: h2c, containerPort: 8013}',
        ]),
        service('activator', '{name: https, port: 443, targetPort: 8112}'),
      ),
      errors: [
        {
          line: 31,
          column: 44,
          severity: 'notice',
          messageId: 'numberNotDeclared',
          data: { number: 8112, mixUp: '' },
        },
      ],
    },
    {
      name: 'no targetPort: it defaults to port, which the container does not declare',
      files: docs(deployment('web', ['{containerPort: 8080}']), service('web', '{port: 80}')),
      errors: [
        {
          line: 29,
          column: 14,
          severity: 'notice',
          messageId: 'defaultNotDeclared',
          data: { port: 'port 80/TCP', number: 80, declared: 'Its containers declare (unnamed) (8080/TCP).' },
        },
      ],
    },
  ],
});
