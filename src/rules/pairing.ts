import type { ResourceRef } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import type { EndpointSliceView, EndpointsView, ServiceView } from '../engine/model.js';
import { SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Resource } from '../engine/resources.js';
import type { RelatedTarget } from '../engine/rule.js';

/** Shared facts of the pairing rules: well-known labels, who wrote an object, how to point at it. */

/** `managed-by` values of the two Kubernetes controllers that write EndpointSlices. */
export const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
export const KUBERNETES_SLICE_CONTROLLERS: readonly string[] = [SLICE_CONTROLLER, MIRRORING_CONTROLLER];

/** Set by the control plane on Endpoints/slices of headless Services; kube-proxy watches only objects without it. */
export const HEADLESS_LABEL = 'service.kubernetes.io/headless';
/** Hands a Service (and its slices) to another proxy; kube-proxy watches only objects without it. */
export const SERVICE_PROXY_NAME_LABEL = 'service.kubernetes.io/service-proxy-name';
/** `"true"` on an Endpoints: the mirroring controller does not mirror it. */
export const SKIP_MIRROR_LABEL = 'endpointslice.kubernetes.io/skip-mirror';
/** Leader-election record of the old Endpoints-based locks: the mirroring controller skips such Endpoints. */
export const LEADER_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';
/** Label the endpoints controller puts on the Endpoints it writes itself. */
export const ENDPOINTS_MANAGED_BY_LABEL = 'endpoints.kubernetes.io/managed-by';
export const ENDPOINTS_CONTROLLER = 'endpoint-controller';
/** Multi-cluster Services (KEP-1645): a slice with this label belongs to a ServiceImport, not a Service. */
export const MCS_SERVICE_NAME_LABEL = 'multicluster.kubernetes.io/service-name';

/** The protocols a Service, endpoint or container port may have: any other is rejected by the API server. */
export const TRANSPORT_PROTOCOLS: ReadonlySet<string> = new Set(['TCP', 'UDP', 'SCTP']);

export const NAME_PATH: Path = ['metadata', 'name'];
export const NAMESPACE_PATH: Path = ['metadata', 'namespace'];
export const SERVICE_NAME_LABEL_PATH: Path = ['metadata', 'labels', SERVICE_NAME_LABEL];
export const labelPath = (label: string): Path => ['metadata', 'labels', label];
export const annotationPath = (annotation: string): Path => ['metadata', 'annotations', annotation];

/** A slice written by hand or by a third-party controller: neither Kubernetes controller owns it. */
export function isHandWrittenSlice(slice: EndpointSliceView): boolean {
  return slice.managedBy === undefined || !KUBERNETES_SLICE_CONTROLLERS.includes(slice.managedBy);
}

/** An Endpoints the endpoints controller wrote for a selector Service (found in a cluster dump). */
export function isControllerEndpoints(endpoints: EndpointsView): boolean {
  return endpoints.labels[ENDPOINTS_MANAGED_BY_LABEL] === ENDPOINTS_CONTROLLER;
}

/** kube-proxy programs the Service: it has a cluster IP and is not ExternalName (pkg/proxy/util ShouldSkipService). */
export function isProxied(service: ServiceView): boolean {
  return !service.headless && service.type !== 'ExternalName';
}

/** `default/kubernetes`: the API server writes its Endpoints and EndpointSlice itself. */
export function isApiServerService(service: ServiceView): boolean {
  const { namespace, name } = service.resource.ref;
  return namespace === 'default' && name === 'kubernetes';
}

/** The slice's service-name label, when it names something. */
export function sliceServiceName(slice: EndpointSliceView): string | undefined {
  return slice.serviceName === undefined || slice.serviceName === '' ? undefined : slice.serviceName;
}

/** A slice without the service-name label whose own name suggests the Service it was written for. */
export function sliceNameSuggests(slice: EndpointSliceView, serviceName: string): boolean {
  const name = slice.resource.ref.name;
  return serviceName !== '' && (name === serviceName || name.startsWith(`${serviceName}-`));
}

/** How an object got its namespace, for messages: `namespace prod (from a kustomization.yaml)`. */
export function describeNamespace(resource: Resource): string {
  const ns = resource.ref.namespace;
  switch (resource.namespaceSource) {
    case 'explicit':
      return `namespace ${ns}`;
    case 'kustomization':
      return `namespace ${ns} (given by ${resource.namespaceOrigin ?? 'a kustomization.yaml'})`;
    case 'gitops':
      return `namespace ${ns} (given by ${resource.namespaceOrigin ?? 'the GitOps object that deploys it'})`;
    default:
      return `namespace ${ns} (not written: the default namespace is assumed)`;
  }
}

/** The node that gives an object its namespace: `metadata.namespace` when written, else its name. */
export function namespaceNodePath(resource: Resource): Path {
  return resource.namespaceSource === 'explicit' ? NAMESPACE_PATH : NAME_PATH;
}

export function related(resource: Resource, path: Path, message?: string): RelatedTarget {
  return { resource, path, message: message ?? formatResource(resource.ref) };
}

export const what = (ref: ResourceRef): string => formatResource(ref);
