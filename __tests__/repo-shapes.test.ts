/**
 * Real repository shapes, reconstructed small: every rule runs on a tree shaped like the public repositories
 * the precision benchmark measured (docs/precision.md), and the errors and warnings must be exactly the
 * expected ones. A repository is many clusters, not one: overlays, per-environment folders, alternative
 * bundles and unrelated examples must give no false finding, and a real pairing bug must still be found.
 */
import { rmSync } from 'node:fs';
import { join as pathJoin } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../src/check.js';
import { ALL_RULES } from '../src/rules/index.js';
import { docs, writeCase } from './helpers/rule-tester.js';
import { deployment, endpoints, join, service } from './rules/pairing-fixtures.js';

interface Shape {
  name: string;
  files: Record<string, string>;
  /** `rule file:line:column` of every error and warning, in report order. */
  expected: string[];
}

const selectorLess = (name: string, namespace?: string): string => service(name, { namespace });
/** A Service on port 8080 and the Deployment it selects, which declares 8080. */
const webService = (namespace?: string): string =>
  service('web', { namespace, selector: { app: 'web' } }).replace('port: 2379', 'port: 8080');
const web = (namespace?: string): string =>
  join(webService(namespace), deployment('web', { app: 'web' }, namespace));
const etcdEndpoints = (name: string, namespace?: string): string => endpoints(name, namespace);

/** A Flux Kustomization that deploys `infra/db` into namespace `data`, with a Service there and its Endpoints. */
const fluxTargetNamespace = (top = ''): Record<string, string> => ({
  [`${top}clusters/prod/db.yaml`]: docs(`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: {name: db, namespace: flux-system}
    spec:
      path: ./infra/db
      targetNamespace: data
      sourceRef: {kind: GitRepository, name: flux-system}
  `),
  [`${top}infra/db/service.yaml`]: selectorLess('postgres', 'data'),
  [`${top}infra/db/endpoints.yaml`]: etcdEndpoints('postgres'),
});

const oneClusterDuplicates: Shape[] = [
  {
    name: 'an app shipped both as plain manifests and as a kustomize base',
    files: {
      'deploy/plain/web.yaml': web(),
      'deploy/kustomize/base/kustomization.yaml': 'resources: [web.yaml]\n',
      'deploy/kustomize/base/web.yaml': web(),
    },
    expected: [],
  },
  {
    name: 'overlays/dev and overlays/prod, each adding its own copy of an object',
    files: {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': web(),
      'overlays/dev/kustomization.yaml': 'namespace: dev\nresources: [../../base, etcd.yaml]\n',
      'overlays/dev/etcd.yaml': join(selectorLess('etcd'), etcdEndpoints('etcd')),
      'overlays/prod/kustomization.yaml': 'namespace: prod\nresources: [../../base, etcd.yaml]\n',
      'overlays/prod/etcd.yaml': join(selectorLess('etcd'), etcdEndpoints('etcd')),
    },
    expected: [],
  },
  {
    name: 'per-environment and per-cluster folders, an archived copy',
    files: {
      'envs/staging/web.yaml': web('shop'),
      'envs/production/web.yaml': web('shop'),
      'clusters/eu-west-1/web.yaml': web('shop'),
      'archive/2023/web.yaml': web('shop'),
    },
    expected: [],
  },
  {
    name: 'alternative bundles (GCE vs Vagrant) and alternative files in one directory',
    files: {
      'cluster/gce/etcd.yaml': join(
        selectorLess('etcd', 'kube-system'),
        etcdEndpoints('etcd', 'kube-system'),
      ),
      'cluster/vagrant/etcd.yaml': join(
        selectorLess('etcd', 'kube-system'),
        endpoints('etcd', 'kube-system', '10.245.1.2'),
      ),
      'manifests/install.yaml': web('argocd'),
      'manifests/namespace-install.yaml': web('argocd'),
    },
    expected: [],
  },
];

const unrelatedExamples: Shape[] = [
  {
    name: 'two examples with look-alike labels: a Service is compared only with the workloads of its own example',
    files: {
      'examples/guestbook/frontend.yaml': join(
        service('frontend', { selector: { app: 'guestbook' } }).replace('port: 2379', 'port: 8080'),
        deployment('frontend', { app: 'guestbook' }),
      ),
      // Its container declares 8080 too, but the Service sends to 3000 (a named port elsewhere).
      'examples/guestbook-go/service.yaml': service('guestbook', { selector: { app: 'guestbook' } }).replace(
        'port: 2379',
        'port: 3000\n      targetPort: http-server',
      ),
      'examples/guestbook-go/controller.yaml': deployment('guestbook', { app: 'guestbook' }).replace(
        '- containerPort: 8080',
        '- name: http-server\n              containerPort: 3000',
      ),
    },
    expected: [],
  },
  {
    name: 'an Endpoints of one example is never moved next to another example’s Service',
    files: {
      'examples/gluster/endpoints.yaml': endpoints('glusterfs-cluster', 'spark'),
      'examples/volumes/glusterfs.yaml': join(
        selectorLess('glusterfs-cluster'),
        endpoints('glusterfs-cluster', undefined, '10.240.106.152'),
      ),
    },
    // An absence in its own namespace; no advice naming the other example's Service.
    expected: ['endpoints-without-service examples/gluster/endpoints.yaml:4:9'],
  },
  {
    name: 'a Service beside an unrelated Deployment, both selected by nothing: the Service is for Pods deployed elsewhere',
    files: {
      'monitoring/dcgm-service.yaml': service('dcgm-exporter', {
        namespace: 'monitoring',
        selector: { 'app.kubernetes.io/name': 'dcgm-exporter' },
      }),
      'monitoring/adapter.yaml': join(
        service('adapter', { namespace: 'monitoring', selector: { app: 'adapter' } }).replace(
          'port: 2379',
          'port: 8080',
        ),
        deployment('adapter', { app: 'adapter' }, 'monitoring'),
      ),
    },
    expected: [],
  },
];

const unknowable: Shape[] = [
  {
    name: "a Service for the Pods of a chart installed with a values file beside it (Jaeger's otel-demo)",
    files: {
      'examples/otel-demo/jaeger-values.yaml': 'allInOne:\n  enabled: true\nstorage:\n  type: memory\n',
      'examples/otel-demo/jaeger-query-service.yaml': service('jaeger-query-clusterip', {
        namespace: 'jaeger',
        selector: { 'app.kubernetes.io/name': 'jaeger', 'app.kubernetes.io/component': 'all-in-one' },
      }),
      'examples/otel-demo/load-generator.yaml': deployment(
        'trace-generator',
        { app: 'trace-generator' },
        'jaeger',
      ),
      // The values file hides nothing in another directory.
      'examples/other/web.yaml': join(
        service('web', { selector: { app: 'web' } }),
        deployment('api', { app: 'api' }),
      ),
    },
    expected: ['selector-matches-no-workload examples/other/web.yaml:7:5'],
  },
  {
    name: 'a values file beside does not hide a near miss: the typo is still reported',
    files: {
      'deploy/values.yaml': 'replicaCount: 2\n',
      'deploy/web.yaml': join(
        service('web', { selector: { app: 'webb' } }).replace('port: 2379', 'port: 8080'),
        deployment('web', { app: 'web' }),
      ),
    },
    expected: ['selector-matches-no-workload deploy/web.yaml:7:10'],
  },
  {
    name: 'Pods made by an operator for a custom resource (Prometheus, Alertmanager)',
    files: {
      'manifests/prometheus.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: monitoring}\n',
      'manifests/alertmanager.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata: {name: main, namespace: monitoring}\n',
      'manifests/services.yaml': join(
        service('prometheus-k8s', {
          namespace: 'monitoring',
          selector: { 'app.kubernetes.io/name': 'prometheus', 'app.kubernetes.io/instance': 'k8s' },
        }),
        service('alertmanager-main', {
          namespace: 'monitoring',
          selector: { 'app.kubernetes.io/name': 'alertmanager', 'app.kubernetes.io/instance': 'main' },
        }),
      ),
      'manifests/grafana.yaml': join(
        service('grafana', { namespace: 'monitoring', selector: { app: 'grafana' } }).replace(
          'port: 2379',
          'port: 8080',
        ),
        deployment('grafana', { app: 'grafana' }, 'monitoring'),
        deployment('kube-state-metrics', { app: 'ksm' }, 'monitoring'),
      ),
    },
    expected: [],
  },
  {
    name: 'static control-plane Pods in kube-system',
    files: {
      'kube-system/scheduler.yaml': join(
        service('kube-scheduler', { namespace: 'kube-system', selector: { component: 'kube-scheduler' } }),
        deployment('coredns', { 'k8s-app': 'kube-dns' }, 'kube-system'),
      ),
    },
    expected: [],
  },
  {
    name: 'an Ingress whose backend a HelmRelease deploys, and a route whose backend an Argo CD Helm app deploys',
    files: {
      'apps/grafana/release.yaml': docs(`
        apiVersion: helm.toolkit.fluxcd.io/v2
        kind: HelmRelease
        metadata: {name: grafana, namespace: monitoring}
        spec:
          chart: {spec: {chart: grafana, sourceRef: {kind: HelmRepository, name: grafana}}}
        `),
      'apps/grafana/ingress.yaml': docs(`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata: {name: grafana, namespace: monitoring}
        spec:
          defaultBackend: {service: {name: grafana, port: {number: 80}}}
        `),
      'apps/grafana/other.yaml': service('prometheus', { namespace: 'monitoring', selector: { app: 'x' } }),
      'argo/redis.yaml': docs(`
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata: {name: redis, namespace: argocd}
        spec:
          destination: {namespace: cache}
          source: {repoURL: https://charts.example.com, chart: redis, targetRevision: 1.0.0}
        `),
      'argo/route.yaml': docs(`
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: redis-ui, namespace: cache}
        spec:
          rules:
            - backendRefs: [{name: redis-ui, port: 80}]
        `),
      'argo/other.yaml': service('memcached', { namespace: 'cache' }),
    },
    expected: [],
  },
  {
    name: 'a namespace a Flux targetNamespace sets: the Endpoints and its Service meet in it',
    files: {
      ...fluxTargetNamespace(),
    },
    expected: [],
  },
];

const patchedInOverlays: Shape[] = [
  {
    name: 'an overlay patch adds the container port a base Service targets: nothing to say',
    files: {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': join(
        service('web', { selector: { app: 'web' } }).replace(
          'port: 2379',
          'port: 80\n      targetPort: metrics',
        ),
        deployment('web', { app: 'web' }),
      ),
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: ports.yaml\n',
      'overlays/prod/ports.yaml': docs(`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers:
                - name: app
                  ports: [{name: metrics, containerPort: 9090}]
        `),
    },
    expected: [],
  },
  {
    name: "bases whose kustomization file is named `Kustomization`, no extension (Yolean's kubernetes-kafka)",
    files: {
      'kafka/Kustomization': 'resources:\n- 50kafka.yml\n',
      'kafka/50kafka.yml': join(webService(), deployment('web', { app: 'web' })),
      'variants/aws-gp2/kustomization.yaml':
        'bases:\n- ../../kafka\npatchesStrategicMerge:\n- replicas.yaml\n',
      'variants/aws-gp2/replicas.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n',
    },
    expected: [],
  },
  {
    name: 'an overlay patch of replicas only: the base mistake is still reported',
    files: {
      'base/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web.yaml': join(
        service('web', { selector: { app: 'web' } }).replace(
          'port: 2379',
          'port: 80\n      targetPort: metrics',
        ),
        deployment('web', { app: 'web' }),
      ),
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: replicas.yaml\n',
      'overlays/prod/replicas.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 3\n',
    },
    expected: ['target-port-not-exposed base/web.yaml:11:19'],
  },
];

const unlistedBesideKustomizations: Shape[] = [
  {
    name: "a scaffold's file that the kustomization beside it no longer lists (open-feature-operator's metrics Service)",
    files: {
      'config/default/kustomization.yaml': 'namespace: ofo-system\nresources:\n  - ../manager\n',
      // A patch the kustomization does not use either: a partial Deployment with no labels.
      'config/default/manager_config_patch.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: controller-manager\n  namespace: system\nspec:\n  template:\n    spec:\n      containers:\n        - name: manager\n',
      'config/default/metrics_service.yaml': service('controller-manager-metrics-service', {
        namespace: 'system',
        selector: { 'control-plane': 'controller-manager' },
      }),
      'config/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
      'config/manager/manager.yaml': deployment(
        'manager',
        { 'control-plane': 'controller-manager' },
        'system',
      ),
    },
    expected: [],
  },
  {
    name: 'the same Service listed by the kustomization beside it: the namespace mismatch is reported',
    files: {
      'config/default/kustomization.yaml': 'resources:\n  - ../manager\n  - metrics_service.yaml\n',
      'config/default/metrics_service.yaml': service('controller-manager-metrics-service', {
        namespace: 'monitoring',
        selector: { 'control-plane': 'controller-manager' },
      }),
      'config/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
      'config/manager/manager.yaml': deployment(
        'manager',
        { 'control-plane': 'controller-manager' },
        'system',
      ),
    },
    expected: ['selector-matches-no-workload config/default/metrics_service.yaml:8:5'],
  },
];

/** A Flux-deployed app whose kustomization patches what a component, added by the Flux Kustomization, holds. */
const fluxComponentApp = (patched: string): Record<string, string> => ({
  'apps/media/books/ks.yaml': docs(`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: {name: books, namespace: flux-system}
    spec:
      path: ./apps/media/books/app
      targetNamespace: media
      components:
        - ../../../../components/cnpg/
      sourceRef: {kind: GitRepository, name: flux-system}
      postBuild:
        substitute: {APP: books}
  `),
  'apps/media/books/app/kustomization.yaml': docs(`
    resources:
      - ./helm-release.yaml
    patchesStrategicMerge:
      - ./patches/cnpg.yaml
  `),
  'apps/media/books/app/helm-release.yaml': docs(`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: books}
    spec:
      chartRef: {kind: OCIRepository, name: books}
  `),
  'apps/media/books/app/patches/cnpg.yaml': docs(`
    apiVersion: postgresql.cnpg.io/v1
    kind: Cluster
    metadata:
      name: ${patched}
    spec:
      instances: 2
  `),
  'components/cnpg/kustomization.yaml': docs(`
    apiVersion: kustomize.config.k8s.io/v1alpha1
    kind: Component
    resources: [cluster.yaml]
  `),
  'components/cnpg/cluster.yaml': docs(`
    apiVersion: postgresql.cnpg.io/v1
    kind: Cluster
    metadata:
      name: \${APP}-postgres
    spec:
      instances: 1
  `),
});

const fluxBuilds: Shape[] = [
  {
    name: "a Flux Kustomization's `components` join the build its path names: the app's patch finds the component's Cluster (mirceanton's home-ops)",
    files: fluxComponentApp('${APP}-postgres'),
    expected: [],
  },
  {
    name: 'the same patch naming an object no component holds is still reported',
    files: fluxComponentApp('${APP}-pg'),
    expected: ['kustomize-patch-no-target apps/media/books/app/kustomization.yaml:4:5'],
  },
];

const unresolvedBases: Shape[] = [
  {
    name: "a base whose kustomization a script writes (`kustomization_base.yaml`, Solr's operator): its patch target is unknown",
    files: solrOperatorConfig('manager'),
    expected: [],
  },
  {
    name: 'the same patch when the base has its kustomization and no such Deployment is still reported',
    files: {
      ...solrOperatorConfig('manager'),
      'config/manager/kustomization.yaml': 'resources:\n  - manager.yaml\n',
      'config/manager/manager.yaml': docs(`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: other-operator, namespace: solr-operator}
      `),
    },
    expected: ['kustomize-patch-no-target config/default/kustomization.yaml:6:3'],
  },
];

/** apache/solr-operator's `config/`: the default build patches the manager's Deployment. */
function solrOperatorConfig(manager: string): Record<string, string> {
  return {
    'config/default/kustomization.yaml': `namespace: solr-operator\nbases:\n- ../rbac\n- ../${manager}\npatchesStrategicMerge:\n- manager_auth_proxy_patch.yaml\n`,
    'config/rbac/kustomization.yaml': 'resources:\n- service_account.yaml\n',
    'config/rbac/service_account.yaml':
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: solr-operator\n',
    'config/default/manager_auth_proxy_patch.yaml': docs(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: solr-operator, namespace: solr-operator}
      spec:
        template:
          spec:
            containers:
            - name: kube-rbac-proxy
              image: gcr.io/kubebuilder/kube-rbac-proxy:v0.8.0
    `),
    'config/manager/kustomization_base.yaml': 'resources:\n- manager.yaml\n',
    'config/manager/manager.yaml': docs(`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: solr-operator, namespace: solr-operator}
    `),
  };
}

const testSuites: Shape[] = [
  {
    name: "a Gatekeeper Suite's allowed and disallowed samples, a Kyverno test's resources (gatekeeper-library, kyverno/policies)",
    files: {
      'library/general/block-lb/suite.yaml': docs(`
        kind: Suite
        apiVersion: test.gatekeeper.sh/v1alpha1
        metadata: {name: block-lb}
        tests:
        - name: block-lb
          template: template.yaml
          constraint: samples/block-lb/constraint.yaml
          cases:
          - {name: allowed, object: samples/block-lb/example_allowed.yaml}
          - {name: disallowed, object: samples/block-lb/example_disallowed.yaml}
      `),
      'library/general/block-lb/samples/block-lb/example_allowed.yaml': selectorLess('my-service-allowed'),
      'library/general/block-lb/samples/block-lb/example_disallowed.yaml':
        selectorLess('my-service-disallowed'),
      'best-practices/restrict-node-port/.kyverno-test/kyverno-test.yaml': docs(`
        apiVersion: cli.kyverno.io/v1alpha1
        kind: Test
        metadata: {name: restrict-node-port}
        policies: [../restrict-node-port.yaml]
        resources: [resource.yaml]
      `),
      'best-practices/restrict-node-port/.kyverno-test/resource.yaml': join(
        selectorLess('badservice01'),
        selectorLess('goodservice01'),
      ),
    },
    expected: [],
  },
  {
    name: "a policy engine's examples: a broken policy file with `kind:` deep in a schema, fail.yaml and pass.yaml (Datree)",
    files: {
      'examples/HPA/policy.yaml':
        'apiVersion: v1\npolicies:\n  - name: Default\n    rules:\n    - identifier: HPA\n   customRules:\n' +
        '     - identifier: HPA\n       schema:\n         properties:\n           kind:\n             enum: [HPA]\n',
      'examples/security/fail.yaml': join(
        deployment('nginx', { app: 'nginx' }),
        deployment('nginx', { app: 'nginx' }),
      ),
      'examples/cost/pass.yaml': selectorLess('my-service', 'test'),
      'examples/non-compliant-service-loadbalancer.yaml': service('my-service', {
        selector: { app: 'MyApp' },
      }),
    },
    expected: [],
  },
  {
    name: "a Chainsaw test that applies the project's own manifests from outside its directory: their findings stay",
    files: {
      'tests/e2e/install/chainsaw-test.yaml': docs(`
        apiVersion: chainsaw.kyverno.io/v1alpha1
        kind: Test
        metadata: {name: install}
        spec:
          steps:
          - try:
            - apply: {file: ../../../deploy/etcd.yaml}
      `),
      'deploy/etcd.yaml': join(selectorLess('etcd'), etcdEndpoints('etcd-x')),
    },
    expected: [
      'service-without-endpoints deploy/etcd.yaml:4:9',
      'endpoints-without-service deploy/etcd.yaml:13:9',
    ],
  },
];

const markdownSnippets: Shape[] = [
  {
    name: "a manifest kept as a Markdown code block for the docs to include (Gloo's test-no-auth-vs.yaml): a misnamed Endpoints in it is found",
    files: {
      'docs/content/guides/auth/test-no-auth-vs.yaml': `\`\`\`yaml\n${join(selectorLess('etcd'), etcdEndpoints('etcd-x'))}\`\`\`\n`,
    },
    expected: [
      'service-without-endpoints docs/content/guides/auth/test-no-auth-vs.yaml:5:9',
      'endpoints-without-service docs/content/guides/auth/test-no-auth-vs.yaml:14:9',
    ],
  },
];

const functionInputs: Shape[] = [
  {
    name: "the input of a KRM validator function, broken for it to reject (kustomize's validator-kubeval example)",
    files: {
      'functions/examples/validator-kubeval/local-resource/example-use.yaml': docs(`
        apiVersion: examples.config.kubernetes.io/v1beta1
        kind: Kubeval
        metadata:
          annotations:
            config.kubernetes.io/function: |
              container:
                image: gcr.io/kustomize-functions/example-validator-kubeval:v0.1.0
        spec:
          strict: true
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: svc
        spec:
          clusterIP: None
          prots: # Fix this typo ("ports") to pass validation.
          - port: 2380
            name: etcd-server-ssl
      `),
    },
    expected: [],
  },
  {
    name: "a function's example input in a directory the function config does not scope (kustomize's application-cr example)",
    files: {
      'functions/examples/application-cr/config/fn-config.yaml': docs(`
        apiVersion: examples.config.kubernetes.io/v1beta1
        kind: ApplicationCR
        metadata:
          name: app
          annotations:
            config.kubernetes.io/function: |
              container:
                image: gcr.io/kustomize-functions/create-application:v0.1.0
      `),
      'functions/examples/application-cr/local-resource/example.yaml': docs(`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx
      `),
    },
    expected: [
      'workload-selector-mismatch functions/examples/application-cr/local-resource/example.yaml:5:1',
    ],
  },
];

const templatesAndTestFiles: Shape[] = [
  {
    name: "a FreeMarker template (.ftl.yaml) beside the manifests (cloudogu's gitops-playground)",
    files: {
      'apps/argocd/applications/argocd.ftl.yaml': docs(`
        apiVersion: argoproj.io/v1alpha1
        kind: Application
        metadata:
          name: argocd
          namespace: \${config.namespace}
          annotations:
        <#if config.mail.active>
            notifications.argoproj.io/subscribe.on-sync-status-unknown.email: \${config.mail.to}
        </#if>
        spec:
          project: default
        `),
      'apps/web.yaml': web(),
    },
    expected: [],
  },
  {
    name: "an exercise with <EDIT: ...> placeholders to fill in (the EKS Workshop's network policy demo)",
    files: {
      'stars/backend-policy.yaml': docs(`
        kind: NetworkPolicy
        apiVersion: networking.k8s.io/v1
        metadata: {namespace: stars, name: backend-policy}
        spec:
          podSelector: {matchLabels: {role: backend}}
          ingress:
            - from:
                - <EDIT: UPDATE WITH THE CONFIGURATION NEEDED TO ALLOW FRONTEND>
                    <EDIT: UPDATE WITH THE CONFIGURATION NEEDED TO ALLOW FRONTEND>
        `),
      'stars/web.yaml': web('stars'),
    },
    expected: [],
  },
  {
    name: 'a Knative Service written twice in one file to make two revisions (Knative tag-header routing sample)',
    files: {
      'tag-header/sample.yaml': [1, 2]
        .map(
          (n) =>
            `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: tag-header\nspec:\n  template:\n    metadata:\n      name: tag-header-revision-${n}\n`,
        )
        .join('---\n'),
    },
    expected: [],
  },
  {
    name: "a sample named invalid.yaml, broken on purpose (Kubeflow Pipelines' scheduledworkflow samples)",
    files: {
      'samples/scheduledworkflow/invalid.yaml': docs(`
        apiVersion: kubeflow.org/v1beta1
        kind: ScheduledWorkflow
        metadata:
          name: invalid
        spec:
          maxHistory: !@#$%^&*()_+
        `),
      'samples/scheduledworkflow/single-run.yaml': docs(`
        apiVersion: kubeflow.org/v1beta1
        kind: ScheduledWorkflow
        metadata:
          name: single-run
        spec:
          maxHistory: 10
        `),
    },
    expected: [],
  },
];

const stillFound: Shape[] = [
  {
    name: 'the classic: an Endpoints whose name is one word off, in a prod overlay over a shared base',
    files: {
      'base/kustomization.yaml': 'resources: [etcd-service.yaml]\n',
      'base/etcd-service.yaml': selectorLess('etcd-supporting-kubernetes'),
      'overlays/prod/kustomization.yaml': 'resources: [../../base, etcd-endpoints.yaml]\n',
      'overlays/prod/etcd-endpoints.yaml': etcdEndpoints('etcd-support-kubernetes'),
      'overlays/dev/kustomization.yaml': 'resources: [../../base, etcd-endpoints.yaml]\n',
      'overlays/dev/etcd-endpoints.yaml': etcdEndpoints('etcd-supporting-kubernetes'),
    },
    expected: ['endpoints-without-service overlays/prod/etcd-endpoints.yaml:4:9'],
  },
  {
    name: 'a port renamed in one environment folder only',
    files: {
      'envs/staging/etcd.yaml': join(selectorLess('etcd', 'infra'), etcdEndpoints('etcd', 'infra')),
      'envs/production/etcd.yaml': join(
        selectorLess('etcd', 'infra'),
        etcdEndpoints('etcd', 'infra').replace('- name: client', '- name: clients'),
      ),
    },
    expected: ['port-name-mismatch envs/production/etcd.yaml:20:15'],
  },
  {
    name: 'Services in one folder, Endpoints in another: the only pair of that name still pairs',
    files: {
      'manifests/services/etcd.yaml': selectorLess('etcd', 'infra').replace('name: client', 'name: peer'),
      'manifests/endpoints/etcd.yaml': etcdEndpoints('etcd', 'infra'),
    },
    expected: ['port-name-mismatch manifests/endpoints/etcd.yaml:10:15'],
  },
  {
    name: 'a duplicate inside one kustomize build, and two definitions in one file',
    files: {
      'app/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
      'app/a.yaml': web(),
      'app/b.yaml': webService(),
      'plain/twice.yaml': join(selectorLess('db'), selectorLess('db'), etcdEndpoints('db')),
    },
    expected: ['duplicate-resource app/b.yaml:4:9', 'duplicate-resource plain/twice.yaml:13:9'],
  },
  {
    name: "an overlay's patch without the namespace its base object writes (SIGHUP's registry-override examples)",
    files: {
      'katalog/operator/kustomization.yaml': 'namespace: monitoring\nresources: [deployment.yaml]\n',
      'katalog/operator/deployment.yaml': deployment('operator', { app: 'operator' }, 'monitoring'),
      'examples/registry-override/kustomization.yaml':
        'resources:\n  - ../../katalog/operator\npatchesStrategicMerge:\n  - deploy.yml\n',
      'examples/registry-override/deploy.yml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: operator\nspec:\n  replicas: 2\n',
    },
    expected: ['kustomize-patch-no-target examples/registry-override/kustomization.yaml:4:5'],
  },
];

/** emojivoto's `kustomize/deployment`: a Deployment in namespace emojivoto, the base of the other overlays. */
const emojivotoBase = (): Record<string, string> => ({
  'kustomize/deployment/kustomization.yml': 'resources:\n- web.yml\n',
  'kustomize/deployment/web.yml': join(
    service('web-svc', { namespace: 'emojivoto', selector: { app: 'web-svc' } }).replace(
      'port: 2379',
      'port: 8080',
    ),
    deployment('web', { app: 'web-svc' }, 'emojivoto'),
  ),
});

/** A Flux Kustomization `flux-system/flux-instance` of one cluster's folder, and the HelmRelease it deploys. */
const fluxInstance = (cluster: string): Record<string, string> => ({
  [`kubernetes/clusters/${cluster}/flux-instance.yaml`]: docs(`
    apiVersion: kustomize.toolkit.fluxcd.io/v1
    kind: Kustomization
    metadata: {name: flux-instance, namespace: flux-system}
    spec:
      path: ./kubernetes/clusters/${cluster}/flux-instance
      targetNamespace: flux-system
      sourceRef: {kind: GitRepository, name: flux-system, namespace: flux-system}
  `),
  [`kubernetes/clusters/${cluster}/flux-instance/kustomization.yaml`]:
    'namespace: flux-system\nresources:\n  - ./helmrelease.yaml\n',
  [`kubernetes/clusters/${cluster}/flux-instance/helmrelease.yaml`]: docs(`
    apiVersion: helm.toolkit.fluxcd.io/v2
    kind: HelmRelease
    metadata: {name: flux-instance, namespace: flux-system}
    spec: {chart: {spec: {chart: flux-instance}}}
  `),
});

/** controller-gen's wrapping of the Gateway API CRD's CEL rules, `count` of them in a row. */
const wrappedRules = (count: number): string =>
  [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: httproutes.gateway.networking.k8s.io',
    'spec:',
    '  group: gateway.networking.k8s.io',
    '  x-kubernetes-validations:',
    ...Array.from({ length: count }, (_, i) => [
      `  - message: filter.f${i} must be nil if the filter.type`,
      `      is not F${i}`,
      `    rule: '!(has(self.f${i}) && self.type !=`,
      `  ''F${i}'')'`,
    ]).flat(),
  ].join('\n') + '\n';

/** The Vault Helm chart rendered: the active Service selects the label Vault writes on its own Pod. */
const vaultRendered = (): string =>
  join(
    service('vault-active', {
      namespace: 'vault',
      selector: { 'app.kubernetes.io/name': 'vault', component: 'server', 'vault-active': '"true"' },
    }).replace('port: 2379', 'port: 8200'),
    docs(`
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: vault, namespace: vault}
      spec:
        serviceName: vault-internal
        selector:
          matchLabels: {app.kubernetes.io/name: vault, component: server}
        template:
          metadata:
            labels: {app.kubernetes.io/name: vault, component: server}
          spec:
            containers:
              - name: vault
                image: hashicorp/vault:1.12.1
                ports: [{containerPort: 8200, name: http}]
    `),
  );

/**
 * Round 36: the repositories of the corpus whose earlier checkouts were cut short (a blob missing from the
 * mirror stopped `git archive`), read whole for the first time.
 */
const fullCheckouts: Shape[] = [
  {
    name: "a JSON 6902 patch that makes a Deployment a Job (emojivoto's kustomize/job overlay)",
    files: {
      ...emojivotoBase(),
      'kustomize/job/kustomization.yml': docs(`
        bases:
        - ../deployment
        patchesJson6902:
        - target: {group: apps, version: v1, kind: Deployment, name: web}
          path: patch.yml
      `),
      'kustomize/job/patch.yml': docs(`
        - op: replace
          path: /kind
          value: Job
        - op: replace
          path: /apiVersion
          value: batch/v1
        - op: remove
          path: /spec/selector
        - op: add
          path: /spec/template/spec/restartPolicy
          value: OnFailure
      `),
    },
    expected: [],
  },
  {
    name: "kustomize v1's bare `patches` file for a namespaced Deployment, then made a StatefulSet (emojivoto)",
    files: {
      ...emojivotoBase(),
      'kustomize/statefulset/kustomization.yml': docs(`
        bases:
        - ../deployment
        patches:
        - service-name.yml
        patchesJson6902:
        - target: {group: apps, version: v1, kind: Deployment, name: web}
          path: patch.yml
      `),
      'kustomize/statefulset/service-name.yml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  serviceName: web-svc\n',
      'kustomize/statefulset/patch.yml': '- op: replace\n  path: /kind\n  value: StatefulSet\n',
    },
    expected: [],
  },
  {
    name: 'one Flux Kustomization name in each cluster folder, each deploying its own copy (home-ops)',
    files: { ...fluxInstance('main'), ...fluxInstance('test'), ...fluxInstance('utility') },
    expected: [],
  },
  {
    name: 'a vendored Gateway API CRD with twelve wrapped CEL rules in a row (VictoriaMetrics operator)',
    files: { 'hack/crd/gatewayapi/httproute.yaml': wrappedRules(12) },
    expected: [],
  },
  {
    name: 'a sample image written `{docker_username}/iris-classifier` for the reader to fill in (KServe)',
    files: {
      'docs/samples/bentoml/bentoml.yaml': docs(`
        apiVersion: serving.kserve.io/v1beta1
        kind: InferenceService
        metadata:
          name: iris-classifier
        spec:
          predictor:
            containers:
            - image: {docker_username}/iris-classifier
              ports:
                - containerPort: 5000
      `),
    },
    expected: [],
  },
  {
    name: "a translator's golden-file inputs under testutils/inputs (Gloo)",
    files: {
      'projects/gateway2/translator/testutils/inputs/delegation/basic.yaml': selectorLess('svc-a', 'a'),
      'projects/gateway2/translator/testutils/outputs/delegation/basic.yaml': 'listeners: []\n',
    },
    expected: [],
  },
  {
    name: 'a Service selecting the label Vault writes on its active Pod (the Vault chart rendered)',
    files: { 'hashicorp/vault/manifests/vault.yaml': vaultRendered() },
    expected: [],
  },
  {
    name: 'still found: a metrics Service selecting the scaffold label the release renamed (KFServing bundles)',
    files: {
      'install/0.2.0/kfserving.yaml': join(
        service('kfserving-controller-manager-metrics-service', {
          namespace: 'kfserving-system',
          selector: { 'control-plane': 'controller-manager' },
        }),
        deployment(
          'kfserving-controller-manager',
          { 'control-plane': 'kfserving-controller-manager' },
          'kfserving-system',
        ),
      ),
    },
    expected: ['selector-matches-no-workload install/0.2.0/kfserving.yaml:8:20'],
  },
];

describe('a repository checked from outside it (`kube-pairing ../home-ops`)', () => {
  it("reads GitOps paths from the top of the files it checks, as from inside: Flux's targetNamespace still applies", async () => {
    const dir = writeCase({
      ...fluxTargetNamespace('repo/'),
      'elsewhere/README.md': 'not a manifest\n',
    });
    try {
      const loud = async (cwd: string, pattern: string): Promise<string[]> =>
        (await checkManifests({ cwd, patterns: [pattern], rules: ALL_RULES })).findings
          .filter((f) => f.severity !== 'notice')
          .map((f) => `${f.rule} ${f.file}`);
      expect(await loud(pathJoin(dir, 'repo'), '.')).toEqual([]);
      expect(await loud(pathJoin(dir, 'elsewhere'), '../repo')).toEqual([]);
      // Checked from above, the files' common directory is inside the working directory: no guess is made,
      // and the Endpoints keeps the namespace it is written with.
      expect(await loud(dir, 'repo')).toEqual(['pairing-namespace-mismatch repo/infra/db/endpoints.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('real repository shapes', () => {
  const all: [string, Shape[]][] = [
    ['one cluster per folder, not per repository', oneClusterDuplicates],
    ['unrelated examples side by side', unrelatedExamples],
    ['what the scan cannot show is unknown, not wrong', unknowable],
    ['what an overlay patches is judged only where the patch cannot change it', patchedInOverlays],
    ['templates of other languages and files named as test inputs', templatesAndTestFiles],
    ['files beside a kustomization that lists them nowhere are not deployed', unlistedBesideKustomizations],
    ['the input of a KRM function is not what is applied', functionInputs],
    ['a manifest written as a Markdown code block', markdownSnippets],
    ['Flux Kustomizations build what Flux builds', fluxBuilds],
    ['a build naming what the scan does not hold', unresolvedBases],
    ['the inputs of policy and end-to-end test suites', testSuites],
    ['real pairing bugs are still found', stillFound],
    ['whole checkouts of repositories read in part before', fullCheckouts],
  ];
  for (const [group, shapes] of all) {
    describe(group, () => {
      it.each(shapes.map((s) => [s.name, s] as const))('%s', async (_name, shape) => {
        const dir = writeCase(shape.files);
        try {
          const result = await checkManifests({ cwd: dir, patterns: ['.'], rules: ALL_RULES });
          const loud = result.findings.filter((f) => f.severity !== 'notice');
          expect(loud.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual(shape.expected);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });
  }
});
