/**
 * The Kubernetes kinds kube-pairing knows: one table, read by the engine (which kinds are cluster-scoped,
 * which are workloads or routes) and by the rules, which name the kinds they read (`RuleMeta.reads`,
 * src/engine/rule.ts). A kind a new rule reads goes here, once; the pre-scan learns it from the rule.
 *
 * This module imports nothing: it sits below the engine (docs/architecture.md).
 */

/** What kube-pairing does with a kind. */
export type KindCategory =
  /** A Service and the objects that carry its endpoints: compared with one another. */
  | 'pairing'
  /** A built-in kind that carries a Pod template (its labels, its container ports). */
  | 'workload'
  /** A kind that routes traffic to Services (Ingress, Gateway API routes). */
  | 'route'
  /** Tools that decide what is deployed together: kustomize, Flux, Argo CD. */
  | 'gitops'
  | 'other';

export interface KindInfo {
  /** API group: '' for the core group. */
  group: string;
  /** The versions of the group that serve the kind, newest first. */
  versions: readonly string[];
  kind: string;
  /** Whether objects of the kind live in a namespace. */
  namespaced: boolean;
  category: KindCategory;
}

const core = (kind: string, namespaced: boolean, category: KindCategory): KindInfo => ({
  group: '',
  versions: ['v1'],
  kind,
  namespaced,
  category,
});

const of = (
  group: string,
  versions: readonly string[],
  kind: string,
  namespaced: boolean,
  category: KindCategory,
): KindInfo => ({ group, versions, kind, namespaced, category });

const GATEWAY = 'gateway.networking.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';

export const KINDS: readonly KindInfo[] = [
  // Pairing
  core('Service', true, 'pairing'),
  core('Endpoints', true, 'pairing'),
  of('discovery.k8s.io', ['v1'], 'EndpointSlice', true, 'pairing'),
  // Workloads (src/engine/workloads.ts: WORKLOAD_KINDS says where each keeps its Pod template)
  core('Pod', true, 'workload'),
  core('ReplicationController', true, 'workload'),
  of('apps', ['v1'], 'Deployment', true, 'workload'),
  of('apps', ['v1'], 'ReplicaSet', true, 'workload'),
  of('apps', ['v1'], 'StatefulSet', true, 'workload'),
  of('apps', ['v1'], 'DaemonSet', true, 'workload'),
  of('batch', ['v1'], 'Job', true, 'workload'),
  of('batch', ['v1'], 'CronJob', true, 'workload'),
  // Routes to Services
  of('networking.k8s.io', ['v1'], 'Ingress', true, 'route'),
  of(GATEWAY, ['v1', 'v1beta1'], 'HTTPRoute', true, 'route'),
  of(GATEWAY, ['v1', 'v1alpha2'], 'GRPCRoute', true, 'route'),
  of(GATEWAY, ['v1alpha2'], 'TCPRoute', true, 'route'),
  of(GATEWAY, ['v1alpha2'], 'TLSRoute', true, 'route'),
  of(GATEWAY, ['v1alpha2'], 'UDPRoute', true, 'route'),
  // What is deployed together (src/engine/units.ts). kustomize's Kustomization and Component are files
  // kustomize reads, never objects of a cluster: counted namespaced, so that no setting takes them for
  // cluster-scoped kinds (the Flux Kustomization of the same name is namespaced).
  of('kustomize.config.k8s.io', ['v1beta1'], 'Kustomization', true, 'gitops'),
  of('kustomize.config.k8s.io', ['v1alpha1'], 'Component', true, 'gitops'),
  of('kustomize.toolkit.fluxcd.io', ['v1', 'v1beta2'], 'Kustomization', true, 'gitops'),
  of('helm.toolkit.fluxcd.io', ['v2', 'v2beta2', 'v2beta1'], 'HelmRelease', true, 'gitops'),
  of('source.toolkit.fluxcd.io', ['v1', 'v1beta2'], 'GitRepository', true, 'gitops'),
  of('argoproj.io', ['v1alpha1'], 'Application', true, 'gitops'),
  of('argoproj.io', ['v1alpha1'], 'ApplicationSet', true, 'gitops'),
  // Others the engine or a rule names
  core('ConfigMap', true, 'other'),
  core('Secret', true, 'other'),
  core('PodTemplate', true, 'other'),
  of('networking.k8s.io', ['v1'], 'NetworkPolicy', true, 'other'),
  // OpenKruise's sidecar injector: the containers it adds to the Pods it selects (target-port-not-exposed).
  // Cluster-scoped in a cluster, but counted namespaced as kustomize counts it (its OpenAPI data does not know
  // the kind, so its namespace transformer sets the field): `namespaced` here is what the tools do.
  of('apps.kruise.io', ['v1alpha1'], 'SidecarSet', true, 'other'),
  // Cluster-scoped: kustomize's and Flux's namespace settings leave them alone (src/engine/resources.ts)
  core('Namespace', false, 'other'),
  core('Node', false, 'other'),
  core('PersistentVolume', false, 'other'),
  of('rbac.authorization.k8s.io', ['v1'], 'ClusterRole', false, 'other'),
  of('rbac.authorization.k8s.io', ['v1'], 'ClusterRoleBinding', false, 'other'),
  of('apiextensions.k8s.io', ['v1'], 'CustomResourceDefinition', false, 'other'),
  of('storage.k8s.io', ['v1'], 'StorageClass', false, 'other'),
  of('scheduling.k8s.io', ['v1'], 'PriorityClass', false, 'other'),
  of('networking.k8s.io', ['v1'], 'IngressClass', false, 'other'),
  of('node.k8s.io', ['v1'], 'RuntimeClass', false, 'other'),
  of(ADMISSION, ['v1'], 'ValidatingWebhookConfiguration', false, 'other'),
  of(ADMISSION, ['v1'], 'MutatingWebhookConfiguration', false, 'other'),
  of(ADMISSION, ['v1'], 'ValidatingAdmissionPolicy', false, 'other'),
  of(ADMISSION, ['v1'], 'ValidatingAdmissionPolicyBinding', false, 'other'),
  of('apiregistration.k8s.io', ['v1'], 'APIService', false, 'other'),
  of('storage.k8s.io', ['v1'], 'CSIDriver', false, 'other'),
  of('storage.k8s.io', ['v1'], 'CSINode', false, 'other'),
  of('storage.k8s.io', ['v1'], 'VolumeAttachment', false, 'other'),
  of('certificates.k8s.io', ['v1'], 'CertificateSigningRequest', false, 'other'),
  of(GATEWAY, ['v1', 'v1beta1'], 'GatewayClass', false, 'other'),
];

/** The names of the kinds of the table that `test` accepts, in table order. */
export function kindNames(test: (info: KindInfo) => boolean): string[] {
  const names: string[] = [];
  for (const info of KINDS) if (test(info) && !names.includes(info.kind)) names.push(info.kind);
  return names;
}

/** The names of the kinds of one category, in table order. */
export const kindsOf = (category: KindCategory): string[] => kindNames((k) => k.category === category);
