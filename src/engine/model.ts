import type { Path } from './parse.js';
import { isRecord } from './parse.js';
import type { Resource } from './resources.js';

/** Typed views of the objects that take part in pairing, with Kubernetes' defaults applied. */

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';

export interface ServicePort {
  /** Path of the port item inside the Service. */
  path: Path;
  /** '' when unnamed. */
  name: string;
  /** Defaults to TCP. */
  protocol: string;
  protocolExplicit: boolean;
  /** The raw `port` value (a number when well formed). */
  port: unknown;
  /** The raw `targetPort` value; undefined when not written (then it defaults to `port`). */
  targetPort: unknown;
}

export interface ServiceView {
  resource: Resource;
  type: string;
  /** The selector's labels; null when there is none or it is empty (`{}` selects nothing). */
  selector: Record<string, string> | null;
  /** `spec.selector` is written as an empty map. */
  emptySelector: boolean;
  /** `clusterIP: None`. */
  headless: boolean;
  /** clusterIP and clusterIPs values that are addresses, with their paths. */
  clusterIPs: { ip: string; path: Path }[];
  ports: ServicePort[];
}

export interface EndpointPort {
  path: Path;
  name: string;
  protocol: string;
  protocolExplicit: boolean;
  /** The raw `port` value. */
  port: unknown;
}

export interface EndpointAddress {
  path: Path;
  /** The raw `ip` value (Endpoints) or the address string (EndpointSlice). */
  ip: unknown;
  ipPath: Path;
  /** Endpoints only: the raw `hostname` and `nodeName` of the address (undefined when not written). */
  hostname?: unknown;
  nodeName?: unknown;
}

/** A group of addresses served on a list of ports: an Endpoints subset or a whole EndpointSlice. */
export interface EndpointGroup {
  /** Path of the subset, or [] for a slice. */
  path: Path;
  /** Path of its `ports` list. */
  portsPath: Path;
  ports: EndpointPort[];
  addresses: EndpointAddress[];
}

export interface EndpointsView {
  resource: Resource;
  subsets: (EndpointGroup & { notReadyAddresses: EndpointAddress[] })[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface SliceEndpoint {
  path: Path;
  addresses: EndpointAddress[];
  /** Raw `hostname` and `nodeName` of the endpoint (undefined when not written, null when null). */
  hostname?: unknown;
  nodeName?: unknown;
  /** Raw `conditions`; Kubernetes reads a missing `ready`/`serving` as true, `terminating` as false. */
  conditions: { ready?: unknown; serving?: unknown; terminating?: unknown };
}

export interface EndpointSliceView {
  resource: Resource;
  /** The `kubernetes.io/service-name` label, when set. */
  serviceName?: string;
  addressType: unknown;
  managedBy?: string;
  labels: Record<string, string>;
  endpoints: SliceEndpoint[];
  /** The slice as one endpoint group (its ports and all its addresses). */
  group: EndpointGroup;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(record(v))) {
    if (val === null || val === undefined) continue;
    out[k] = typeof val === 'string' ? val : String(val);
  }
  return out;
}

export const labelsOf = (r: Resource): Record<string, string> =>
  stringMap(record(r.object.value.metadata).labels);
export const annotationsOf = (r: Resource): Record<string, string> =>
  stringMap(record(r.object.value.metadata).annotations);

function protocolOf(v: unknown): { protocol: string; protocolExplicit: boolean } {
  return v === undefined || v === null
    ? { protocol: 'TCP', protocolExplicit: false }
    : { protocol: String(v), protocolExplicit: true };
}

function portName(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

export function serviceView(resource: Resource): ServiceView {
  const spec = record(resource.object.value.spec);
  const selectorWritten = isRecord(spec.selector);
  const selector = stringMap(spec.selector);
  const hasSelector = Object.keys(selector).length > 0;
  const clusterIPs: ServiceView['clusterIPs'] = [];
  const clusterIP = str(spec.clusterIP);
  if (clusterIP && clusterIP !== 'None') clusterIPs.push({ ip: clusterIP, path: ['spec', 'clusterIP'] });
  list(spec.clusterIPs).forEach((ip, i) => {
    if (typeof ip === 'string' && ip !== 'None' && ip !== clusterIP)
      clusterIPs.push({ ip, path: ['spec', 'clusterIPs', i] });
  });
  return {
    resource,
    type: str(spec.type) ?? 'ClusterIP',
    selector: hasSelector ? selector : null,
    emptySelector: selectorWritten && !hasSelector,
    headless: clusterIP === 'None',
    clusterIPs,
    ports: list(spec.ports).flatMap((p, i): ServicePort[] => {
      if (!isRecord(p)) return [];
      return [
        {
          path: ['spec', 'ports', i],
          name: portName(p.name),
          ...protocolOf(p.protocol),
          port: p.port,
          targetPort: p.targetPort === null ? undefined : p.targetPort,
        },
      ];
    }),
  };
}

function endpointPorts(ports: unknown, base: Path): EndpointPort[] {
  return list(ports).flatMap((p, i): EndpointPort[] =>
    isRecord(p)
      ? [{ path: [...base, i], name: portName(p.name), ...protocolOf(p.protocol), port: p.port }]
      : [],
  );
}

function endpointsAddresses(addresses: unknown, base: Path): EndpointAddress[] {
  return list(addresses).flatMap((a, i): EndpointAddress[] =>
    isRecord(a)
      ? [
          {
            path: [...base, i],
            ip: a.ip,
            ipPath: [...base, i, 'ip'],
            hostname: a.hostname,
            nodeName: a.nodeName,
          },
        ]
      : [],
  );
}

export function endpointsView(resource: Resource): EndpointsView {
  return {
    resource,
    labels: labelsOf(resource),
    annotations: annotationsOf(resource),
    subsets: list(resource.object.value.subsets).flatMap((s, i) => {
      if (!isRecord(s)) return [];
      const path: Path = ['subsets', i];
      return [
        {
          path,
          portsPath: [...path, 'ports'],
          ports: endpointPorts(s.ports, [...path, 'ports']),
          addresses: endpointsAddresses(s.addresses, [...path, 'addresses']),
          notReadyAddresses: endpointsAddresses(s.notReadyAddresses, [...path, 'notReadyAddresses']),
        },
      ];
    }),
  };
}

export function endpointSliceView(resource: Resource): EndpointSliceView {
  const value = resource.object.value;
  const labels = labelsOf(resource);
  const endpoints = list(value.endpoints).flatMap((e, i): SliceEndpoint[] => {
    if (!isRecord(e)) return [];
    const base: Path = ['endpoints', i, 'addresses'];
    return [
      {
        path: ['endpoints', i],
        addresses: list(e.addresses).map((ip, j) => ({ path: [...base, j], ip, ipPath: [...base, j] })),
        hostname: e.hostname,
        nodeName: e.nodeName,
        conditions: isRecord(e.conditions)
          ? {
              ready: e.conditions.ready,
              serving: e.conditions.serving,
              terminating: e.conditions.terminating,
            }
          : {},
      },
    ];
  });
  return {
    resource,
    serviceName: labels[SERVICE_NAME_LABEL],
    addressType: value.addressType,
    managedBy: labels[MANAGED_BY_LABEL],
    labels,
    endpoints,
    group: {
      path: [],
      portsPath: ['ports'],
      ports: endpointPorts(value.ports, ['ports']),
      addresses: endpoints.flatMap((e) => e.addresses),
    },
  };
}
