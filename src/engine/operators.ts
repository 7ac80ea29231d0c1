/**
 * Objects an operator makes: what the scan cannot show because a controller creates it from a custom resource
 * (Pods of a `Prometheus`, the Services of a `CephCluster`). Rules treat such objects as unknown, not missing.
 */
import type { ResourceRef } from './finding.js';
import type { ResourceIndex } from './resource-index.js';

/** API groups of Kubernetes itself (and kustomize's): any other group is a custom resource, made by an operator. */
const BUILT_IN_GROUPS: ReadonlySet<string> = new Set([
  '',
  'apps',
  'batch',
  'extensions',
  'policy',
  'autoscaling',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'admissionregistration.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'certificates.k8s.io',
  'node.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'apiregistration.k8s.io',
  'events.k8s.io',
  'resource.k8s.io',
  'gateway.networking.k8s.io',
  'kustomize.config.k8s.io',
]);

/** Whether an apiVersion belongs to a custom resource (an operator's API), not to Kubernetes itself. */
export function isCustomResource(apiVersion: string): boolean {
  const slash = apiVersion.indexOf('/');
  return !BUILT_IN_GROUPS.has(slash === -1 ? '' : apiVersion.slice(0, slash));
}

/** Custom resource kinds, of well-known operators and tools, that configure and make no Pods of their own. */
export const MAKES_NO_PODS: ReadonlySet<string> = new Set([
  // Prometheus Operator
  'ServiceMonitor',
  'PodMonitor',
  'PrometheusRule',
  'Probe',
  'ScrapeConfig',
  'AlertmanagerConfig',
  // Istio, Linkerd, Traefik, Cilium, MetalLB
  'VirtualService',
  'DestinationRule',
  'Gateway',
  'ServiceEntry',
  'WorkloadEntry',
  'WorkloadGroup',
  'Sidecar',
  'EnvoyFilter',
  'PeerAuthentication',
  'RequestAuthentication',
  'AuthorizationPolicy',
  'Telemetry',
  'ProxyConfig',
  'WasmPlugin',
  'ServiceProfile',
  'Server',
  'ServerAuthorization',
  'Middleware',
  'MiddlewareTCP',
  'IngressRoute',
  'IngressRouteTCP',
  'IngressRouteUDP',
  'TLSOption',
  'TLSStore',
  'ServersTransport',
  'TraefikService',
  'CiliumNetworkPolicy',
  'CiliumClusterwideNetworkPolicy',
  'IPAddressPool',
  'L2Advertisement',
  'BGPPeer',
  'BGPAdvertisement',
  // cert-manager, secrets
  'Certificate',
  'CertificateRequest',
  'Issuer',
  'ClusterIssuer',
  'ExternalSecret',
  'ClusterExternalSecret',
  'SecretStore',
  'ClusterSecretStore',
  'PushSecret',
  'SealedSecret',
  // Flux, Argo CD
  'HelmRelease',
  'HelmRepository',
  'HelmChart',
  'GitRepository',
  'OCIRepository',
  'Bucket',
  'Kustomization',
  'ImageRepository',
  'ImagePolicy',
  'ImageUpdateAutomation',
  'Alert',
  'Provider',
  'Receiver',
  'Application',
  'AppProject',
  'ApplicationSet',
  // Autoscaling, policy, backup, dashboards
  'VerticalPodAutoscaler',
  'ScaledObject',
  'ScaledJob',
  'TriggerAuthentication',
  'ClusterPolicy',
  'Policy',
  'ConstraintTemplate',
  'Backup',
  'Schedule',
  'Restore',
  'GrafanaDashboard',
  'GrafanaDatasource',
  'NetworkAttachmentDefinition',
  'VolumeSnapshot',
  'VolumeSnapshotClass',
]);

const customResources = new WeakMap<ResourceIndex, Map<string, ResourceRef[]>>();

/** The custom resources of a namespace, anywhere in the scan (collected once per analysis). */
export function customResourcesIn(index: ResourceIndex, namespace: string): readonly ResourceRef[] {
  let byNamespace = customResources.get(index);
  if (!byNamespace) {
    byNamespace = new Map();
    for (const r of index.resources) {
      if (!isCustomResource(r.object.apiVersion)) continue;
      const list = byNamespace.get(r.ref.namespace);
      if (list) list.push(r.ref);
      else byNamespace.set(r.ref.namespace, [r.ref]);
    }
    customResources.set(index, byNamespace);
  }
  return byNamespace.get(namespace) ?? [];
}

/**
 * Whether an operator may make the object named `name` in the namespace: a custom resource there (not one of
 * the kinds that make nothing) whose name is the object's or its prefix (`rook-ceph` makes
 * `rook-ceph-mgr-dashboard`, a Kafka `my-cluster` makes `my-cluster-kafka-bootstrap`).
 */
export function operatorMayMake(index: ResourceIndex, namespace: string, name: string): boolean {
  return customResourcesIn(index, namespace).some(
    (r) => !MAKES_NO_PODS.has(r.kind) && r.name !== '' && (name === r.name || name.startsWith(`${r.name}-`)),
  );
}

const apiGroups = new WeakMap<ResourceIndex, string[]>();

/**
 * The API groups of the scan's operators: those its CustomResourceDefinitions define (a CRD is named
 * `<plural>.<group>`, so its identity is enough) and those its custom resources use.
 */
function customApiGroups(index: ResourceIndex): readonly string[] {
  let groups = apiGroups.get(index);
  if (!groups) {
    const found = new Set<string>();
    for (const r of index.resources) {
      const { apiVersion } = r.object;
      if (r.ref.kind === 'CustomResourceDefinition' && apiVersion.startsWith('apiextensions.k8s.io/')) {
        const dot = r.ref.name.indexOf('.');
        if (dot > 0) found.add(r.ref.name.slice(dot + 1));
      } else if (isCustomResource(apiVersion)) found.add(apiVersion.slice(0, apiVersion.indexOf('/')));
    }
    apiGroups.set(index, (groups = [...found]));
  }
  return groups;
}

/**
 * Whether a label key is in the domain of an operator of the scan (`longhorn.io/admission-webhook` beside
 * CRDs of `longhorn.io`, `strimzi.io/cluster` beside `kafka.strimzi.io`): such a label is the operator's, and
 * it may set it on Pods at run time (Longhorn's manager labels its own Pods once its webhook is up). The
 * Kubernetes domains are left out: their labels are everybody's.
 */
export function isOperatorLabel(index: ResourceIndex, key: string): boolean {
  const slash = key.indexOf('/');
  if (slash <= 0) return false;
  const domain = key.slice(0, slash);
  if (!domain.includes('.') || /(?:^|\.)(?:k8s\.io|kubernetes\.io)$/.test(domain)) return false;
  return customApiGroups(index).some((g) => g === domain || g.endsWith(`.${domain}`));
}
