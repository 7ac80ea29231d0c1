import { isMap, isScalar, Scalar } from 'yaml';
import type { Fix } from '../../engine/finding.js';
import { rawScalarFix, renderScalar } from '../../engine/fix.js';
import type { Anchor } from '../../engine/locate.js';
import { locate } from '../../engine/locate.js';
import type { EndpointAddress, EndpointPort, ServicePort } from '../../engine/model.js';
import type { K8sObject, Path } from '../../engine/parse.js';
import { isRecord } from '../../engine/parse.js';
import type { ResourceIndex } from '../../engine/resource-index.js';
import type { Resource } from '../../engine/resources.js';
import type { ResourceTarget } from '../../engine/rule.js';

/** Shared walking helpers of the validity and advice rules. */

/** The only served apiVersion of each kind kube-pairing models. */
export const SERVED_VERSION: Readonly<Record<string, string>> = {
  Service: 'v1',
  Endpoints: 'v1',
  EndpointSlice: 'discovery.k8s.io/v1',
};

/**
 * Whether a resource is meant as Kubernetes' own Service, Endpoints or EndpointSlice: its apiVersion is in
 * the core group or a `*.k8s.io` group. Another project's kind of the same name (Knative's
 * `serving.knative.dev/v1` Service, a CRD) is not, and none of these rules apply to it.
 */
export function isKubernetesKind(resource: Resource): boolean {
  if (!Object.hasOwn(SERVED_VERSION, resource.ref.kind)) return false;
  const apiVersion = resource.object.apiVersion;
  const slash = apiVersion.indexOf('/');
  const group = slash === -1 ? '' : apiVersion.slice(0, slash);
  return group === '' || group === 'core' || group === 'k8s.io' || group.endsWith('.k8s.io');
}

/** The raw value at a path inside a resource (undefined when any step is missing). */
export function rawAt(resource: Resource, path: Path): unknown {
  let current: unknown = resource.object.value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isRecord(current) ? current[step] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/** A path written as Kubernetes error messages write it: `subsets[0].addresses[1].ip`. */
export function fieldPath(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * Where to point for a list item (a port, an address, a subset): its first `key: value` line when
 * it is a block mapping, so that the finding sits on one line; else the item itself.
 */
export function itemTarget(resource: Resource, itemPath: Path): ResourceTarget {
  const node = locate(resource.object, itemPath).value;
  if (isMap(node) && !node.flow) {
    const first = node.items[0]?.key;
    if (isScalar(first)) return { resource, path: [...itemPath, String(first.value)], anchor: 'pair' };
  }
  return { resource, path: itemPath };
}

/** Points at a key (`ports:`), or at the deepest part of the path that exists. */
export function keyTarget(resource: Resource, path: Path, anchor: Anchor = 'key'): ResourceTarget {
  return { resource, path, anchor };
}

/** A YAML scalar written in quotes (`port: "80"`), which Kubernetes reads as a string. */
export const isString = (v: unknown): v is string => typeof v === 'string';

/** A list of ports as Kubernetes validates it: a Service's, one Endpoints subset's, or a slice's. */
export interface PortList {
  resource: Resource;
  owner: 'Service' | 'Endpoints subset' | 'EndpointSlice';
  /** Path of the `ports` list. */
  path: Path;
  ports: (ServicePort | EndpointPort)[];
  /** Words for messages: `spec.ports`, `subsets[1].ports`, `ports`. */
  where: string;
}

export function portLists(index: ResourceIndex): PortList[] {
  const out: PortList[] = [];
  for (const service of index.services) {
    out.push({
      resource: service.resource,
      owner: 'Service',
      path: ['spec', 'ports'],
      ports: service.ports,
      where: 'spec.ports',
    });
  }
  for (const endpoints of index.endpoints) {
    for (const subset of endpoints.subsets) {
      out.push({
        resource: endpoints.resource,
        owner: 'Endpoints subset',
        path: subset.portsPath,
        ports: subset.ports,
        where: fieldPath(subset.portsPath),
      });
    }
  }
  for (const slice of index.slices) {
    out.push({
      resource: slice.resource,
      owner: 'EndpointSlice',
      path: slice.group.portsPath,
      ports: slice.group.ports,
      where: 'ports',
    });
  }
  return out;
}

/** One address of an Endpoints (ready or not) with the words to describe where it is. */
export interface AddressSite {
  resource: Resource;
  address: EndpointAddress;
  /** `subsets[0].addresses[1].ip` */
  where: string;
}

export function endpointsAddresses(index: ResourceIndex): AddressSite[] {
  const out: AddressSite[] = [];
  for (const endpoints of index.endpoints) {
    for (const subset of endpoints.subsets) {
      for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
        out.push({ resource: endpoints.resource, address, where: fieldPath(address.ipPath) });
      }
    }
  }
  return out;
}

/** The `addressType` of a slice when it is one of the IP families, else undefined. */
export function sliceFamily(addressType: unknown): 4 | 6 | undefined {
  return addressType === 'IPv4' ? 4 : addressType === 'IPv6' ? 6 : undefined;
}

/** Renders a raw YAML value for a message: strings quoted, the rest as written. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  return String(value);
}

/** A fix that writes the scalar at `path` as a quoted string: `name: 8080` -> `name: "8080"`. */
export function quotedScalarFix(object: K8sObject, path: Path, value: string): Fix | undefined {
  return rawScalarFix(object, path, renderScalar(value, Scalar.QUOTE_DOUBLE));
}

/** How the API server's refusal of the object owning a port list is worded in messages. */
export function rejectedBy(owner: PortList['owner'] | 'Service' | 'Endpoints'): string {
  if (owner === 'Service') return 'The API server rejects the Service';
  if (owner === 'EndpointSlice') return 'The API server rejects the slice';
  return 'The API server rejects the whole Endpoints';
}

/** A whole number that a YAML/JSON manifest writes for an int32 field. */
export const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** A string of decimal digits: a number someone quoted. */
export const isDigits = (v: unknown): v is string => typeof v === 'string' && /^[0-9]+$/.test(v);
