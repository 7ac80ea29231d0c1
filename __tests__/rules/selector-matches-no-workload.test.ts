import { selectorMatchesNoWorkload } from '../../src/rules/selector-matches-no-workload.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** A Deployment whose Pod template has `labels` (one `key: value` a line, in the order given). */
const deployment = (name: string, labels: Record<string, string>, namespace = 'shop') => `
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    selector:
      matchLabels:
        ${Object.entries(labels)
          .map(([k, v]) => `${k}: ${v}`)
          .join('\n        ')}
    template:
      metadata:
        labels:
          ${Object.entries(labels)
            .map(([k, v]) => `${k}: ${v}`)
            .join('\n          ')}
      spec:
        containers:
          - name: app
            image: nginx:1.27
`;

const service = (name: string, selector: Record<string, string>, namespace = 'shop') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: ${name}
    namespace: ${namespace}
  spec:
    selector:
      ${Object.entries(selector)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n      ')}
    ports:
      - port: 80
`;

ruleTester(selectorMatchesNoWorkload, {
  valid: [
    {
      // Kubernetes in Action (2nd ed.), Chapter11/kiada-0.5: the frontend Pod that calls the quote and quiz Services.
      name: 'an unlabelled Pod beside the Service is reached another way: no sign it was meant for it',
      files: {
        'kiada/pod.yaml': docs(
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kiada-ssl\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n',
          service('quote', { 'app.kubernetes.io/name': 'quote' }),
        ),
      },
    },
    {
      // Emissary's docs/yaml/emojivoto/voting: a Service for v10 (deployed by the app's own manifests) beside
      // the v11 Deployment and its Service, for a TrafficSplit between the two.
      name: 'a Service per version: the other version, selected by its own Service, is no near miss',
      files: {
        'voting/v10-svc.yaml': service('voting-svc-v10', { app: 'voting-svc', version: 'v10' }),
        'voting/v11.yaml': docs(
          service('voting-svc-v11', { app: 'voting-svc', version: 'v11' }),
          deployment('voting-v11', { app: 'voting-svc', version: 'v11' }),
        ),
      },
    },
    {
      name: "commonLabels reach a Rollout template through the kustomization's `configurations` (Argo Rollouts)",
      files: {
        'app/kustomization.yaml':
          'configurations: [rollout-transform.yaml]\ncommonLabels: {foo: bar}\nresources: [rollout.yaml, service.yaml]\n',
        'app/rollout-transform.yaml':
          'commonLabels:\n- path: spec/selector/matchLabels\n  create: true\n  kind: Rollout\n- path: spec/template/metadata/labels\n  create: true\n  kind: Rollout\n',
        'app/rollout.yaml':
          'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: demo\nspec:\n  selector:\n    matchLabels: {app: demo}\n  template:\n    metadata:\n      labels: {app: demo}\n    spec:\n      containers:\n        - name: demo\n          image: demo:1\n',
        'app/service.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: demo\nspec:\n  selector: {app: demo}\n  ports:\n    - port: 80\n',
      },
    },
    {
      name: 'the selector is a subset of the template labels',
      files: docs(
        deployment('web', { app: 'web', tier: 'frontend', 'app.kubernetes.io/version': '"1.4"' }),
        service('web', { app: 'web', tier: 'frontend' }),
      ),
    },
    {
      name: 'Service and Deployment in sibling directories, namespaces implicit on both sides',
      files: {
        'apps/web/service/service.yaml': service('web', { app: 'web' }).replace(/\n\s*namespace: shop/, ''),
        'apps/web/deployment/deployment.yaml': deployment('web', { app: 'web' }).replace(
          /\n\s*namespace: shop/,
          '',
        ),
        'apps/db/deployment.yaml': deployment('db', { app: 'db' }).replace(/\n\s*namespace: shop/, ''),
      },
    },
    {
      name: 'a repository of Services only (workloads deployed from elsewhere): nothing to judge',
      files: {
        'services/api.yaml': service('api', { app: 'api' }),
        'services/db.yaml': service('db', { app: 'postgres' }),
      },
    },
    {
      name: 'workloads only in a skipped Helm template: the namespace holds no scanned workload',
      files: {
        'chart/templates/deployment.yaml': `
          apiVersion: apps/v1
          kind: Deployment
          metadata:
            name: {{ .Release.Name }}
        `,
        'overlays/service.yaml': service('api', { app: 'api' }),
      },
    },
    {
      name: 'a selector-less Service is never judged, even beside workloads',
      files: docs(
        deployment('web', { app: 'web' }),
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: external-db
          namespace: shop
        spec:
          ports:
            - port: 5432
        `,
      ),
    },
    {
      name: 'an ExternalName Service ignores its selector',
      files: docs(
        deployment('web', { app: 'web' }),
        `
        apiVersion: v1
        kind: Service
        metadata: {name: billing, namespace: shop}
        spec:
          type: ExternalName
          externalName: billing.example.com
          selector: {app: billing}
        `,
      ),
    },
    {
      name: 'a per-Pod Service selects the label the StatefulSet controller adds',
      files: docs(
        `
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: db, namespace: shop}
        spec:
          serviceName: db
          selector: {matchLabels: {app: db}}
          template:
            metadata: {labels: {app: db}}
            spec:
              containers: [{name: postgres, image: postgres:16}]
        `,
        service('db-0', { app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-0' }),
      ),
    },
    {
      name: 'CronJob Pods (jobTemplate.spec.template) and an Argo Rollout are selected too',
      files: docs(
        `
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report, namespace: shop}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                metadata: {labels: {app: report}}
                spec:
                  restartPolicy: OnFailure
                  containers: [{name: report, image: busybox}]
        `,
        service('report', { app: 'report' }),
        `
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: checkout, namespace: shop}
        spec:
          selector: {matchLabels: {app: checkout}}
          template:
            metadata: {labels: {app: checkout}}
            spec:
              containers: [{name: checkout, image: checkout:2}]
        `,
        service('checkout', { app: 'checkout' }),
      ),
    },
    {
      name: 'a block-style custom workload (OpenKruise CloneSet) in its own file, beside a Deployment, a ConfigMap and a Role',
      files: {
        'cloneset.yaml': `
          apiVersion: apps.kruise.io/v1alpha1
          kind: CloneSet
          metadata:
            name: cart
            namespace: shop
          spec:
            replicas: 3
            selector:
              matchLabels:
                app: cart
            template:
              metadata:
                labels:
                  app: cart
              spec:
                containers:
                  - name: cart
                    image: example/cart:1
        `,
        'other.yaml': docs(
          deployment('web', { app: 'web' }),
          `
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: cart
            namespace: shop
          data:
            spec: template
          `,
          `
          apiVersion: rbac.authorization.k8s.io/v1
          kind: Role
          metadata:
            name: cart
            namespace: shop
          rules: []
          `,
        ),
        'service.yaml': service('cart', { app: 'cart' }),
      },
    },
    {
      // openkruise/kruise docs/tutorial/v1: guestbook-service.yaml beside guestbook-statefulset.yaml.
      name: "a built-in kind's name in another API group is a custom workload (OpenKruise's Advanced StatefulSet)",
      files: {
        'statefulset.yaml': `
          apiVersion: apps.kruise.io/v1alpha1
          kind: StatefulSet
          metadata:
            name: demo-v1-guestbook-kruise
            namespace: shop
          spec:
            template:
              metadata:
                labels:
                  app: guestbook-kruise
              spec:
                containers:
                  - name: guestbook
                    image: openkruise/guestbook:v1
        `,
        'service.yaml': service('guestbook', { app: 'guestbook-kruise' }),
        // A near miss beside it, which the Service would be reported against if the StatefulSet were not read.
        'cloneset.yaml': deployment('guestbook-clone', { app: 'guestbook-clone' }, 'shop').replace(
          'apiVersion: apps/v1\nkind: Deployment',
          'apiVersion: apps.kruise.io/v1alpha1\nkind: CloneSet',
        ),
      },
    },
    {
      name: 'kustomize gives both files their namespace',
      files: {
        'base/kustomization.yaml': `
          namespace: shop
          resources:
            - deployment.yaml
            - service.yaml
        `,
        'base/deployment.yaml': deployment('web', { app: 'web' }).replace(/\n\s*namespace: shop/, ''),
        'base/service.yaml': service('web', { app: 'web' }).replace(/\n\s*namespace: shop/, ''),
        'other/deployment.yaml': deployment('other', { app: 'other' }, 'default'),
      },
    },
    {
      name: 'a JSON Deployment and a YAML Service',
      files: {
        'deploy.json': JSON.stringify(
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'api', namespace: 'shop' },
            spec: {
              selector: { matchLabels: { app: 'api' } },
              template: {
                metadata: { labels: { app: 'api' } },
                spec: { containers: [{ name: 'api', image: 'api:1' }] },
              },
            },
          },
          null,
          2,
        ),
        'service.yaml': service('api', { app: 'api' }),
        'worker.yaml': deployment('worker', { app: 'worker' }),
      },
    },
    {
      name: 'another app entirely, in a namespace whose every workload has its Service: nothing says which Pods it meant',
      files: {
        'team.yaml': docs(
          ...['orders', 'billing', 'ledger', 'invoice'].flatMap((app) => [
            deployment(app, { team: 'data', app }, 'data'),
            service(app, { app }, 'data'),
          ]),
        ),
        'odd.yaml': service('odd', { team: 'data', role: 'x' }, 'data'),
        'other/odd2.yaml': service('odd2', { app: 'x' }, 'data'),
      },
    },
    {
      name: 'the matching workload is in another namespace, but in a sibling folder (another example)',
      files: {
        'examples/a/web.yaml': deployment('web', { app: 'web' }, 'shop'),
        'examples/b/svc.yaml': service('web', { app: 'web' }).replace(/\n\s*namespace: shop/, ''),
        'examples/b/deploy.yaml': docs(
          deployment('api', { app: 'api' }).replace(/\n\s*namespace: shop/, ''),
          service('api', { app: 'api' }).replace(/\n\s*namespace: shop/, ''),
        ),
      },
    },
    {
      name: 'operator-made Pods: a Prometheus custom resource, and control-plane Pods in kube-system',
      files: {
        'monitoring/prometheus.yaml': docs(
          'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: monitoring}\n',
          service(
            'prometheus-k8s',
            { 'app.kubernetes.io/name': 'prometheus', prometheus: 'k8s' },
            'monitoring',
          ),
          deployment('grafana', { app: 'grafana' }, 'monitoring'),
        ),
        'kube-system/scheduler.yaml': docs(
          service('kube-scheduler-metrics', { component: 'kube-scheduler' }, 'kube-system'),
          deployment('metrics-server', { app: 'metrics-server' }, 'kube-system'),
        ),
      },
    },
    {
      // Longhorn: the manager labels its own Pods `longhorn.io/admission-webhook` once its webhook is up.
      name: 'a label in the domain of an operator of the scan (its CRDs), which it may set at run time',
      files: {
        'deploy/longhorn.yaml': docs(
          'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: engines.longhorn.io}\n',
          service('longhorn-admission-webhook', {
            'longhorn.io/admission-webhook': 'longhorn-admission-webhook',
          }),
          deployment('longhorn-manager', { app: 'longhorn-manager' }),
        ),
        'strimzi/kafka.yaml': docs(
          'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: {name: t, namespace: kafka}\n',
          service('bridge', { 'strimzi.io/kind': 'KafkaBridge' }, 'kafka'),
          deployment('x', { app: 'x' }, 'kafka'),
        ),
      },
    },
    {
      name: 'Pods a HelmRelease deploys into the namespace, and Pods of an unrendered template beside the Service',
      files: {
        'apps/podinfo.yaml': docs(
          'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: podinfo, namespace: shop}\nspec:\n  chart: {spec: {chart: podinfo}}\n',
          service('podinfo', { app: 'podinfo' }),
          deployment('web', { app: 'web' }),
        ),
        'legacy/svc.yaml': docs(
          service('vtctld', { app: 'vtctld' }, 'vt'),
          deployment('x', { app: 'x' }, 'vt'),
        ),
        'legacy/vtctld-controller-template.yaml':
          'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: vtctld\n  namespace: {{namespace}}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'without the `configurations` file, commonLabels write the Service selector and not the Rollout template',
      files: {
        'app/kustomization.yaml': 'commonLabels: {foo: bar}\nresources: [rollout.yaml, service.yaml]\n',
        'app/rollout.yaml':
          'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: demo\nspec:\n  selector:\n    matchLabels: {app: demo}\n  template:\n    metadata:\n      labels: {app: demo}\n    spec:\n      containers:\n        - name: demo\n          image: demo:1\n',
        'app/service.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: demo\nspec:\n  selector: {app: demo}\n  ports:\n    - port: 80\n',
      },
      errors: [
        {
          file: 'app/kustomization.yaml',
          line: 1,
          column: 16,
          severity: 'warning',
          messageId: 'extraLabel',
        },
      ],
    },
    {
      name: "a label in an operator's domain with a near miss is a slip still (Knative's brokerRole)",
      files: {
        'config/broker.yaml': docs(
          'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: brokers.eventing.knative.dev}\n',
          service('broker-filter', { 'eventing.knative.dev/brokerRole': 'filterx' }),
          deployment('broker-filter', { 'eventing.knative.dev/brokerRole': 'filter' }),
        ),
      },
      errors: [
        {
          file: 'config/broker.yaml',
          line: 12,
          column: 38,
          severity: 'warning',
          messageId: 'wrongValue',
        },
      ],
    },
    {
      name: 'a version no Service selects is a near miss still (the Deployment moved on, the Service did not)',
      files: {
        'voting/svc.yaml': service('voting-svc', { app: 'voting-svc', version: 'v10' }),
        'voting/deploy.yaml': deployment('voting-v11', { app: 'voting-svc', version: 'v11' }),
      },
      errors: [
        {
          file: 'voting/svc.yaml',
          line: 9,
          column: 14,
          severity: 'warning',
          messageId: 'wrongValue',
          fix: '    version: v11',
        },
      ],
    },
    {
      name: 'one label value differs: suggests it and fixes the selector line',
      files: {
        'app/deployment.yaml': deployment('frontend', { app: 'front-end', tier: 'web' }),
        'app/service.yaml': service('frontend', { app: 'frontend', tier: 'web' }),
      },
      errors: [
        {
          file: 'app/service.yaml',
          line: 8,
          column: 10,
          endColumn: 18,
          messageId: 'wrongValue',
          data: {
            service: 'Service shop/frontend',
            selector: 'app=frontend, tier=web',
            namespace: 'namespace shop',
            templates: 'Deployment shop/frontend',
            has: 'has',
            key: 'app',
            selected: 'frontend',
            value: 'front-end',
            more: '',
          },
          fix: '    app: front-end',
          related: ['app/deployment.yaml:14:9'],
        },
      ],
    },
    {
      name: 'one label key differs: points at the key and renames it',
      files: docs(deployment('api', { app: 'api' }), service('api', { name: 'api' })),
      errors: [
        {
          line: 26,
          column: 5,
          endColumn: 9,
          messageId: 'wrongKey',
          data: { templates: 'Deployment shop/api', key: 'name', selected: 'api', newKey: 'app', more: '' },
          fix: '    app: api',
          related: ['manifest.yaml:13:9'],
        },
      ],
    },
    {
      name: 'the selector asks for one label the template lacks',
      files: docs(deployment('api', { app: 'api' }), service('api', { app: 'api', tier: 'backend' })),
      errors: [
        {
          line: 27,
          column: 5,
          endColumn: 18,
          messageId: 'extraLabel',
          data: { templates: 'Deployment shop/api', key: 'tier', selected: 'backend', more: '' },
          fix: null,
          related: ['manifest.yaml:13:9'],
        },
      ],
    },
    {
      name: 'labels written on the Deployment itself, not on its Pod template',
      files: docs(
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
          labels:
            app: api
        spec:
          selector:
            matchLabels: {component: api-server}
          template:
            metadata:
              labels:
                component: api-server
            spec:
              containers: [{name: api, image: api:1}]
        `,
        service('api', { app: 'api' }),
      ),
      errors: [
        {
          line: 25,
          column: 5,
          messageId: 'labelsOnWorkload',
          data: {
            selector: 'app=api',
            workloads: 'Deployment shop/api',
            labelsPath: 'spec.template.metadata.labels',
            more: '',
          },
          fix: null,
          related: ['manifest.yaml:14:9', 'manifest.yaml:7:5'],
        },
      ],
    },
    {
      name: 'labels on the Deployment itself, and a template with them in another namespace: both hints',
      files: {
        'app/deploy.yaml': docs(
          `
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api, namespace: shop, labels: {app: api}}
          spec:
            selector: {matchLabels: {component: api-server}}
            template:
              metadata: {labels: {component: api-server}}
              spec:
                containers: [{name: api, image: api:1}]
          `,
          deployment('api', { app: 'api' }, 'prod'),
        ),
        'app/svc.yaml': service('api', { app: 'api' }),
      },
      errors: [
        {
          file: 'app/svc.yaml',
          line: 8,
          column: 5,
          messageId: 'labelsOnWorkload',
          data: {
            workloads: 'Deployment shop/api',
            labelsPath: 'spec.template.metadata.labels',
            more:
              ' Deployment prod/api (namespace prod) has these labels but is in another namespace, and a Service ' +
              'never selects Pods of another namespace: put the Service and its workload in one namespace.',
          },
          fix: null,
          related: [
            'app/deploy.yaml:7:24',
            'app/deploy.yaml:3:48',
            'app/deploy.yaml:23:9',
            'app/deploy.yaml:15:14',
          ],
        },
      ],
    },
    {
      name: 'the only matching workload is in another namespace (the Service namespace is implicit)',
      files: {
        'web/deploy.yaml': deployment('web', { app: 'web' }, 'shop'),
        'web/svc.yaml': service('web', { app: 'web' }).replace(/\n\s*namespace: shop/, ''),
      },
      errors: [
        {
          file: 'web/svc.yaml',
          line: 7,
          column: 5,
          messageId: 'otherNamespace',
          data: {
            service: 'Service default/web',
            namespace: 'namespace default (not written: the default namespace is assumed)',
            templates: 'Deployment shop/web (namespace shop)',
            has: 'has',
            is: 'is',
            unwritten:
              " The Service's namespace is not written, so it depends on how it is applied (`kubectl apply -n`): " +
              'write `namespace: shop` to be sure.',
          },
          related: ['web/deploy.yaml:13:9', 'web/deploy.yaml:5:14'],
        },
      ],
    },
    {
      name: 'the near miss is a Deployment whose own selector rejects its template: no fix on the Service',
      files: docs(
        `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: webb}}
            spec:
              containers: [{name: web, image: nginx}]
        `,
        service('web', { app: 'web' }),
      ),
      errors: [
        {
          line: 18,
          column: 10,
          messageId: 'wrongValue',
          data: {
            templates: 'Deployment shop/web',
            key: 'app',
            selected: 'web',
            value: 'webb',
            more:
              ' But the selector of Deployment shop/web does not match its own Pod template either ' +
              '(workload-selector-mismatch): the template labels are probably what is wrong.',
          },
          fix: null,
          related: ['manifest.yaml:7:24'],
        },
      ],
    },
    {
      name: 'two templates each one label away, differently: no fix, both named and related, the value pointed at',
      files: docs(
        deployment('web-v1', { app: 'web', track: 'stable' }),
        deployment('web-v2', { app: 'web', track: 'stable-3' }),
        service('web', { app: 'web', track: 'stable-2' }),
      ),
      errors: [
        {
          line: 49,
          column: 12,
          messageId: 'severalNearMisses',
          data: {
            nearMisses:
              'Deployment shop/web-v1 (`track: stable`), Deployment shop/web-v2 (`track: stable-3`)',
            more: '',
          },
          fix: null,
          related: ['manifest.yaml:14:9', 'manifest.yaml:34:9'],
        },
      ],
    },
    {
      // Yolean's kubernetes-kafka: the zookeeper base is built by many variants; each built copy of `pzoo` is
      // one near miss, and listing it once per build hid the other near miss, `zoo`.
      name: 'a near miss built by several builds is named once, so that the others show',
      files: {
        'zk/kustomization.yaml': 'resources: [pzoo.yaml, zoo.yaml, zoo-service.yaml]\n',
        'zk/pzoo.yaml': deployment('pzoo', { app: 'zk', storage: 'persistent' }),
        'zk/zoo.yaml': deployment('zoo', { app: 'zk', storage: 'persistent-regional' }),
        'zk/zoo-service.yaml': service('zoo', { app: 'zk', storage: 'persistent-regionalx' }),
        // A test Pod without the key is one more near miss of that key (falcosidekick's test-connection Pod).
        'zk/test-connection.yaml':
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: zoo-test\n  namespace: shop\n  labels: {app: zk}\nspec:\n  containers: [{name: t, image: busybox}]\n',
        ...Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => [
            `variants/${v}/kustomization.yaml`,
            'resources: [../../zk]\n',
          ]),
        ),
      },
      errors: [
        {
          file: 'zk/zoo-service.yaml',
          line: 9,
          column: 14,
          messageId: 'severalNearMisses',
          data: {
            nearMisses:
              'Deployment shop/pzoo (`storage: persistent`), Deployment shop/zoo (`storage: persistent-regional`), Pod shop/zoo-test (no `storage` label)',
            more: '',
          },
        },
      ],
    },
    {
      name: 'an unlabelled Pod named like the Service: its labels were forgotten',
      files: {
        'web/pod.yaml': docs(
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-1\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n',
          service('web', { app: 'web' }),
        ),
      },
      errors: [
        {
          file: 'web/pod.yaml',
          line: 18,
          column: 5,
          messageId: 'unselectedBeside',
          data: { templates: 'Pod shop/web-1 (Pod labels (none))', is: 'is' },
        },
      ],
    },
    {
      name: 'nothing close: the most alike templates are related, so a change to their labels touches the finding',
      files: {
        'deploy.yaml': docs(
          deployment('web', { app: 'web', tier: 'frontend' }),
          deployment('db', { role: 'db' }),
        ),
        'svc.yaml': service('web', { app: 'website', tier: 'front' }),
      },
      errors: [
        {
          file: 'svc.yaml',
          line: 8,
          column: 5,
          messageId: 'unselectedBeside',
          data: { templates: 'Deployment shop/web (Pod labels app=web, tier=frontend)', is: 'is' },
          fix: null,
          related: ['deploy.yaml:14:9'],
        },
      ],
    },
  ],
});
