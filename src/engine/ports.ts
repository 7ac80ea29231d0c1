import type { EndpointGroup, EndpointPort, ServicePort, ServiceView } from './model.js';
import type { Path } from './parse.js';
import type { ResourceIndex } from './resource-index.js';
import type { Resource } from './resources.js';

/**
 * How kube-proxy pairs a Service's ports with the ports of its endpoints: by (name, protocol), exactly.
 * `''` pairs only with `''`, a missing protocol is TCP, and the backend port number always comes from the
 * endpoint port (pkg/proxy/servicechangetracker.go `serviceToServiceMap` and endpointslicecache.go
 * `endpointInfoByServicePort` both key on `ServicePortName{NamespacedName, Port: name, Protocol}`).
 *
 * One comparison per (Service, endpoint group) serves every port rule, so that one wrong port is reported once:
 * a Service port without partner is a protocol mismatch when an endpoint port of the same name exists, else a
 * name mismatch anchored (when possible) on the endpoint port that was evidently meant for it; endpoint ports
 * that are neither matched nor such an anchor are unused.
 */

/** `managed-by` of the slices the EndpointSlice mirroring controller writes from an Endpoints. */
const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';

/** A subset of an Endpoints, or a whole EndpointSlice, that pairs with a Service. */
export interface PairedGroup {
  resource: Resource;
  group: EndpointGroup;
  /** `Endpoints default/etcd subset 1` or `EndpointSlice default/etcd-1`. */
  label: string;
  /** Ready and not-ready addresses of the group. */
  addressCount: number;
}

export interface PortPair {
  service: ServicePort;
  endpoint: EndpointPort;
}

export interface NameMismatch {
  service: ServicePort;
  /** The endpoint port evidently meant for this Service port; absent when none can be told. */
  anchor?: EndpointPort;
  /** `number`: it has the Service port's target port (or port) number; `elimination`: the only one left. */
  anchorBy?: 'number' | 'elimination';
}

export interface GroupComparison {
  paired: PairedGroup;
  /** The group has no ports at all (endpoints-without-ports); nothing else is computed for it. */
  portless: boolean;
  matched: PortPair[];
  /** Same name, other protocol. */
  protocolMismatches: PortPair[];
  nameMismatches: NameMismatch[];
  /** Endpoint ports that match no Service port and are no mismatch's anchor. */
  unused: EndpointPort[];
}

export interface ServiceComparison {
  service: ServiceView;
  groups: GroupComparison[];
  /** Service ports that at least one group serves (same name and protocol). */
  served: ReadonlySet<ServicePort>;
}

/** A port value as a number: an integer, or a string of digits (`"2379"`), else undefined. */
export function portNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** `port \`client\` (2379/TCP)`, or `port 2379/TCP` when unnamed. */
export function describePort(port: ServicePort | EndpointPort): string {
  const number = portNumber(port.port) ?? String(port.port ?? '?');
  const detail = `${number}/${port.protocol}`;
  return port.name === '' ? `port ${detail}` : `port \`${port.name}\` (${detail})`;
}

/** The Service-side numbers an endpoint port for this Service port is expected to carry: targetPort, then port. */
function expectedNumbers(port: ServicePort): number[] {
  const numbers: number[] = [];
  const target = portNumber(port.targetPort);
  if (target !== undefined) numbers.push(target);
  const own = portNumber(port.port);
  if (own !== undefined && !numbers.includes(own)) numbers.push(own);
  return numbers;
}

/**
 * The endpoint groups of every Service, as kube-proxy sees them. ExternalName Services have none.
 * Endpoints count only for selector-less Services (otherwise the endpoints controller overwrites them and
 * nothing is mirrored); slices count whatever the Service's selector, except FQDN slices and the
 * mirroring controller's slices.
 */
export function pairedGroups(index: ResourceIndex): Map<ServiceView, PairedGroup[]> {
  const groups = new Map<ServiceView, PairedGroup[]>();
  const add = (service: ServiceView | undefined, group: PairedGroup): void => {
    if (!service || service.type === 'ExternalName') return;
    const list = groups.get(service);
    if (list) list.push(group);
    else groups.set(service, [group]);
  };
  for (const endpoints of index.endpoints) {
    const service = index.serviceOfEndpoints(endpoints);
    if (!service || service.selector !== null) continue;
    endpoints.subsets.forEach((subset, i) => {
      add(service, {
        resource: endpoints.resource,
        group: subset,
        label: `${kindAndName(endpoints.resource)} subset ${i + 1}`,
        addressCount: subset.addresses.length + subset.notReadyAddresses.length,
      });
    });
  }
  for (const slice of index.slices) {
    if (slice.serviceName === undefined) continue;
    // kube-proxy drops FQDN slices unread (pkg/proxy/endpointschangetracker.go): their ports pair with nothing.
    if (slice.addressType === 'FQDN') continue;
    // A mirroring controller's slice is a copy of the Endpoints (checked itself), or is deleted: never on its own.
    if (slice.managedBy === MIRRORING_CONTROLLER) continue;
    add(index.serviceOfSlice(slice), {
      resource: slice.resource,
      group: slice.group,
      label: kindAndName(slice.resource),
      addressCount: slice.group.addresses.length,
    });
  }
  return groups;
}

const kindAndName = (r: Resource): string => `${r.ref.kind} ${r.ref.namespace}/${r.ref.name}`;

/** Compares a Service's ports with each of its paired groups. */
export function compareServicePorts(service: ServiceView, groups: readonly PairedGroup[]): ServiceComparison {
  const firstPass = groups.map((paired) => pairByNameAndNumber(service.ports, paired));
  const served = new Set<ServicePort>();
  // A Service port that some group serves, or evidently meant to serve, may well be absent from the others.
  const accountedFor = new Set<ServicePort>();
  for (const { comparison } of firstPass) {
    for (const m of comparison.matched) {
      served.add(m.service);
      accountedFor.add(m.service);
    }
    for (const m of comparison.protocolMismatches) accountedFor.add(m.service);
    for (const m of comparison.nameMismatches) accountedFor.add(m.service);
  }
  return {
    service,
    groups: firstPass.map((pass) => finishGroup(pass, accountedFor)),
    served,
  };
}

const samePortName = (s: ServicePort, e: EndpointPort): boolean =>
  s.name === e.name && s.protocol === e.protocol;

interface FirstPass {
  comparison: GroupComparison;
  claimed: Set<EndpointPort>;
  /** Service ports with neither partner nor anchor in this group. */
  left: ServicePort[];
}

/** Exact pairs, then same name with another protocol, then same number. */
function pairByNameAndNumber(servicePorts: readonly ServicePort[], paired: PairedGroup): FirstPass {
  const endpointPorts = paired.group.ports;
  const comparison: GroupComparison = {
    paired,
    portless: endpointPorts.length === 0,
    matched: [],
    protocolMismatches: [],
    nameMismatches: [],
    unused: [],
  };
  const claimed = new Set<EndpointPort>();
  const left: ServicePort[] = [];
  if (comparison.portless) return { comparison, claimed, left };

  const unmatched: ServicePort[] = [];
  for (const s of servicePorts) {
    const partners = endpointPorts.filter((e) => samePortName(s, e));
    for (const e of partners) {
      comparison.matched.push({ service: s, endpoint: e });
      claimed.add(e);
    }
    if (partners.length === 0) unmatched.push(s);
  }

  // Same name, other protocol: the strongest sign of which endpoint port was meant.
  const toAnchorByNumber: ServicePort[] = [];
  for (const s of unmatched) {
    const e = endpointPorts.find((p) => !claimed.has(p) && p.name === s.name);
    if (e) {
      comparison.protocolMismatches.push({ service: s, endpoint: e });
      claimed.add(e);
    } else {
      toAnchorByNumber.push(s);
    }
  }

  // Same number (targetPort first, then port; the Service's protocol preferred).
  for (const s of toAnchorByNumber) {
    const anchor = numberAnchor(s, endpointPorts, claimed);
    if (anchor) {
      comparison.nameMismatches.push({ service: s, anchor, anchorBy: 'number' });
      claimed.add(anchor);
    } else {
      left.push(s);
    }
  }
  return { comparison, claimed, left };
}

/** Service ports nobody accounts for: paired by elimination when one of each is left, else reported bare. */
function finishGroup(
  { comparison, claimed, left }: FirstPass,
  accountedFor: ReadonlySet<ServicePort>,
): GroupComparison {
  if (comparison.portless) return comparison;
  const leftovers = left.filter((s) => !accountedFor.has(s));
  const free = comparison.paired.group.ports.filter((e) => !claimed.has(e));
  if (leftovers.length === 1 && free.length === 1) {
    const anchor = free[0] as EndpointPort;
    comparison.nameMismatches.push({ service: leftovers[0] as ServicePort, anchor, anchorBy: 'elimination' });
    claimed.add(anchor);
  } else {
    for (const s of leftovers) comparison.nameMismatches.push({ service: s });
  }
  comparison.unused = comparison.paired.group.ports.filter((e) => !claimed.has(e));
  return comparison;
}

function numberAnchor(
  s: ServicePort,
  endpointPorts: readonly EndpointPort[],
  claimed: ReadonlySet<EndpointPort>,
): EndpointPort | undefined {
  for (const n of expectedNumbers(s)) {
    const candidates = endpointPorts.filter((e) => !claimed.has(e) && portNumber(e.port) === n);
    const found = candidates.find((e) => e.protocol === s.protocol) ?? candidates[0];
    if (found) return found;
  }
  return undefined;
}

/** Every non-ExternalName Service compared with the endpoint groups that pair with it. */
export function serviceComparisons(index: ResourceIndex): ServiceComparison[] {
  const groups = pairedGroups(index);
  return index.services
    .filter((service) => service.type !== 'ExternalName')
    .map((service) => compareServicePorts(service, groups.get(service) ?? []));
}

/** Path of the `name` of a port item. */
export const portNamePath = (port: ServicePort | EndpointPort): Path => [...port.path, 'name'];
/** Path of the `protocol` of a port item. */
export const portProtocolPath = (port: ServicePort | EndpointPort): Path => [...port.path, 'protocol'];
