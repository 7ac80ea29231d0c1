import { kustomizePatchNoTarget } from '../../src/rules/kustomize-patch-no-target.js';
import { ruleTester } from '../helpers/rule-tester.js';

const service = (name: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - port: 2379\n`;
const patch = (name: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: NodePort\n`;

ruleTester(kustomizePatchNoTarget, {
  valid: [
    {
      // security-profiles-operator's deploy/overlays/webhook: the patch writes the operator's namespace on a
      // cluster-scoped MutatingWebhookConfiguration; kustomize's ids of cluster-scoped kinds have no namespace.
      name: "a cluster-scoped object's patch that writes a namespace (or none) still matches it",
      files: {
        'base/kustomization.yaml': 'resources: [webhook.yaml, role.yaml]\n',
        'base/webhook.yaml':
          'apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata:\n  name: spo-mutating\n',
        'base/role.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: spo\n  namespace: ignored\n',
        'overlay/kustomization.yaml':
          'resources: [../base]\npatches:\n  - path: webhook.yaml\n  - path: role.yaml\n',
        'overlay/webhook.yaml':
          'apiVersion: admissionregistration.k8s.io/v1\nkind: MutatingWebhookConfiguration\nmetadata:\n  name: spo-mutating\n  namespace: security-profiles-operator\nwebhooks: []\n',
        'overlay/role.yaml':
          'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: spo\nrules: []\n',
      },
    },
    {
      name: 'the patch names an object of the build',
      files: {
        'base/kustomization.yaml': 'resources: [service.yaml]\n',
        'base/service.yaml': service('etcd'),
        'overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: patch.yaml\n',
        'overlay/patch.yaml': patch('etcd'),
      },
    },
    {
      name: 'by its name before the namePrefix of a kustomization below, and in patchesStrategicMerge',
      files: {
        'base/kustomization.yaml': 'namePrefix: app-\nresources: [service.yaml]\n',
        'base/service.yaml': service('etcd'),
        'overlay/kustomization.yaml':
          'resources: [../base]\npatchesStrategicMerge:\n  - patch.yaml\n  - |-\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: app-etcd\n    spec:\n      type: LoadBalancer\n',
        'overlay/patch.yaml': patch('etcd'),
      },
    },
    {
      name: 'a patch with a target that selects nothing, a ConfigMap patch, and a build with a remote base',
      files: {
        'base/kustomization.yaml': 'resources: [service.yaml]\n',
        'base/service.yaml': service('etcd'),
        'overlay/kustomization.yaml':
          'resources: [../base]\npatches:\n  - path: patch.yaml\n    target: {kind: Service, name: other}\n  - path: cm.yaml\n',
        'overlay/patch.yaml': patch('other'),
        'overlay/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {a: b}\n',
        'remote/kustomization.yaml':
          'resources:\n  - github.com/example/base?ref=v1\npatches:\n  - path: patch.yaml\n',
        'remote/patch.yaml': patch('from-remote'),
      },
    },
    {
      name: 'a base kustomization shared by two builds, matching in one of them',
      files: {
        'common/kustomization.yaml': 'patches:\n  - path: patch.yaml\n',
        'common/patch.yaml': patch('etcd'),
        'a/kustomization.yaml': 'resources: [service.yaml]\ncomponents: [../common]\n',
        'a/service.yaml': service('etcd'),
        'b/kustomization.yaml': 'resources: [service.yaml, ../common]\n',
        'b/service.yaml': service('other'),
      },
    },
    {
      name: 'a Component no kustomization uses: a library for other overlays, its patches not judged',
      files: {
        'components/autoscale/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatchesStrategicMerge:\n  - patch.yaml\n',
        'components/autoscale/patch.yaml': patch('metrics-server'),
      },
    },
  ],
  invalid: [
    {
      name: 'a patch file naming an object the build does not hold: at its entry in the kustomization',
      files: {
        'base/kustomization.yaml': 'resources: [service.yaml]\n',
        'base/service.yaml': service('etcd'),
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n',
        'overlays/prod/patch.yaml': patch('etcd-client'),
      },
      errors: [
        {
          file: 'overlays/prod/kustomization.yaml',
          line: 4,
          column: 5,
          messageId: 'noMatch',
          data: {
            path: 'overlays/prod/kustomization.yaml',
            patch: 'patches[0]',
            kind: 'Service',
            name: 'etcd-client',
            error: '"no resource matches strategic merge patch"',
          },
        },
      ],
    },
    {
      name: 'an inline patchesStrategicMerge patch named by the prefixed name the build gives later',
      files: {
        'kustomization.yaml':
          'namePrefix: app-\nresources: [service.yaml]\npatchesStrategicMerge:\n  - |-\n    apiVersion: v1\n    kind: Service\n    metadata:\n      name: app-etcd\n',
        'service.yaml': service('etcd'),
      },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 4,
          column: 5,
          messageId: 'noMatch',
          data: {
            path: 'kustomization.yaml',
            patch: 'patchesStrategicMerge[0]',
            kind: 'Service',
            name: 'app-etcd',
            error: '"no matches for Id …; failed to find unique target for patch"',
          },
        },
      ],
    },
  ],
});
