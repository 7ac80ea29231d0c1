import { Document, isSeq, Scalar, visit } from 'yaml';
import { formatResource } from './finding.js';
import { parseIPSloppy } from './ip.js';
import type { EndpointAddress, EndpointPort, EndpointsView } from './model.js';
import { MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from './model.js';
import type { Path } from './parse.js';
import { isRecord } from './parse.js';
import { IGNORE_ANNOTATION } from './suppress.js';

/**
 * The EndpointSlices equivalent to a hand-written v1 Endpoints (deprecated since Kubernetes v1.33), built the
 * way the EndpointSlice mirroring controller builds the slices it mirrors today
 * (pkg/controller/endpointslicemirroring: utils.go `newEndpointSlice`, `addressToEndpoint`, `epPortsToEpsPorts`;
 * reconciler.go `reconcile`; reconciler_helpers.go `initPorts`, `addAddress`):
 * - one slice per (port list, address family): subsets with the same ports share slices, IPv4 and IPv6 split;
 * - ports keep their name, port, protocol (TCP when unset) and appProtocol;
 * - every address becomes one endpoint with `conditions.ready` true (`addresses`) or false (`notReadyAddresses`),
 *   its hostname, nodeName and targetRef; the IP is re-written as Go prints it (leading zeros dropped,
 *   `::ffff:a.b.c.d` as IPv4); addresses that are not IPs are left out (the controller skips them too);
 * - labels are copied, then `kubernetes.io/service-name` is set to the Endpoints' name and
 *   `endpointslice.kubernetes.io/managed-by` to a value no controller owns (the controller's own value would make
 *   it delete the slice); annotations are copied except the ones the controller drops.
 * Unlike the controller, it names the slices (`kubectl apply` needs a name), and splits groups larger than the
 * 1000 endpoints a slice may hold instead of dropping the rest. Pure.
 */

/** `endpointslice.kubernetes.io/managed-by` of the migrated slices: owned by no controller, so none touches them. */
export const MIGRATION_MANAGED_BY = 'manual';
/** The API's limit of endpoints in one slice (pkg/apis/discovery/validation `maxEndpoints`). */
export const MAX_ENDPOINTS_PER_SLICE = 1000;

/** Labels and annotations that mean nothing on a slice, or that the mirroring controller does not copy. */
const DROPPED_LABELS = new Set(['endpointslice.kubernetes.io/skip-mirror']);
const DROPPED_ANNOTATIONS = new Set([
  'endpoints.kubernetes.io/last-change-trigger-time',
  'kubectl.kubernetes.io/last-applied-configuration',
  'control-plane.alpha.kubernetes.io/leader',
]);
/** Suppressions of rules about Endpoints objects mean nothing on the slices. */
const ENDPOINTS_ONLY_RULE = /^(endpoints|subset)-/;

type Family = 'IPv4' | 'IPv6';
type Json = Record<string, unknown>;

interface SliceGroup {
  family: Family;
  portKey: string;
  ports: Json[];
  endpoints: Json[];
  seen: Set<string>;
}

export interface Migration {
  /** The slices as plain objects, in order. */
  slices: Json[];
  /** Why some addresses were left out or rewritten (also written as comments in `yaml`). */
  notes: string[];
  /** Multi-document YAML to paste in place of the Endpoints. */
  yaml: string;
}

/** The EndpointSlices that replace `endpoints`. */
export function migrateEndpoints(endpoints: EndpointsView, managedBy = MIGRATION_MANAGED_BY): Migration {
  const value = endpoints.resource.object.value;
  const { name, namespace } = endpoints.resource.ref;
  const notes: string[] = [];
  const chunks = sliceChunks(sliceGroups(endpoints, notes));
  const labels = metadataMap(
    value,
    'labels',
    (k) => !DROPPED_LABELS.has(k) && k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL,
  );
  const annotations = sliceAnnotations(value);

  const slices = chunks.map((chunk) => {
    const tail = sliceNameSuffix(chunk, chunks);
    const metadata: Json = { name: `${name.slice(0, 253 - tail.length)}${tail}` };
    if (endpoints.resource.namespaceSource === 'explicit') metadata.namespace = namespace;
    metadata.labels = { [SERVICE_NAME_LABEL]: name, [MANAGED_BY_LABEL]: managedBy, ...labels };
    if (Object.keys(annotations).length > 0) metadata.annotations = { ...annotations };
    return {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata,
      addressType: chunk.group.family,
      ports: chunk.group.ports,
      endpoints: chunk.endpoints,
    };
  });

  return { slices, notes, yaml: render(endpoints, slices, notes) };
}

/**
 * The endpoints of every subset, grouped by address family and port list (in the order first seen), each
 * endpoint once; why an address was left out or rewritten is added to `notes`.
 */
function sliceGroups(endpoints: EndpointsView, notes: string[]): Map<string, SliceGroup> {
  const value = endpoints.resource.object.value;
  const groups = new Map<string, SliceGroup>();
  for (const subset of endpoints.subsets) {
    const ports = subset.ports.map((p) => slicePort(value, p));
    const portKey = JSON.stringify(ports.map((p) => JSON.stringify(p)).sort());
    const add = (addresses: readonly EndpointAddress[], ready: boolean): void => {
      for (const address of addresses) {
        const converted = sliceEndpoint(value, address, ready, notes);
        if (!converted) continue;
        const { family, endpoint } = converted;
        const key = `${family}|${portKey}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { family, portKey, ports, endpoints: [], seen: new Set() }));
        const identity = JSON.stringify(endpoint);
        if (group.seen.has(identity)) continue;
        group.seen.add(identity);
        group.endpoints.push(endpoint);
      }
    };
    add(subset.addresses, true);
    add(subset.notReadyAddresses, false);
  }
  return groups;
}

/** An Endpoints port as a slice writes it: name, port, protocol and appProtocol. */
function slicePort(value: Json, p: EndpointPort): Json {
  const raw = record(at(value, p.path));
  const port: Json = {};
  if (p.name !== '') port.name = p.name;
  if (raw.port !== undefined && raw.port !== null) port.port = raw.port;
  port.protocol = p.protocol;
  if (raw.appProtocol !== undefined && raw.appProtocol !== null) port.appProtocol = raw.appProtocol;
  return port;
}

/**
 * The slice endpoint an address becomes, with its family; undefined when its IP is not one. Why an address
 * is left out or rewritten is added to `notes`.
 */
function sliceEndpoint(
  value: Json,
  address: EndpointAddress,
  ready: boolean,
  notes: string[],
): { family: Family; endpoint: Json } | undefined {
  const raw = record(at(value, address.path));
  const text = typeof address.ip === 'string' ? address.ip : String(address.ip ?? '');
  const ip = parseIPSloppy(text);
  if (!ip) {
    notes.push(
      `${JSON.stringify(text)} is not an IP address: left out (the mirroring controller skips it too).`,
    );
    return undefined;
  }
  if (ip.canonical !== text) notes.push(`${text} is written as ${ip.canonical}, as Kubernetes reads it.`);
  const endpoint: Json = { addresses: [ip.canonical], conditions: { ready } };
  if (typeof raw.hostname === 'string' && raw.hostname !== '') endpoint.hostname = raw.hostname;
  if (isRecord(raw.targetRef)) endpoint.targetRef = raw.targetRef;
  if (typeof raw.nodeName === 'string') endpoint.nodeName = raw.nodeName;
  return { family: ip.family === 4 ? 'IPv4' : 'IPv6', endpoint };
}

/** The endpoints of one slice: a group, or a part of one larger than a slice may hold. */
interface SliceChunk {
  group: SliceGroup;
  endpoints: Json[];
  /** The index of its first endpoint in the group. */
  part: number;
}

/** Cuts each group into slices of at most MAX_ENDPOINTS_PER_SLICE endpoints. */
function sliceChunks(groups: ReadonlyMap<string, SliceGroup>): SliceChunk[] {
  const chunks: SliceChunk[] = [];
  for (const group of groups.values()) {
    for (let i = 0; i < group.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      chunks.push({ group, endpoints: group.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE), part: i });
    }
  }
  return chunks;
}

/**
 * What tells a slice's name from its siblings' (`-ipv6`, `-2`, `-part2`): the family when there are
 * several, the port list's number among those of its family, the part of a group cut in parts.
 */
function sliceNameSuffix(chunk: SliceChunk, chunks: readonly SliceChunk[]): string {
  const suffix: string[] = [];
  if (chunks.length > 1) {
    const families = new Set(chunks.map((c) => c.group.family));
    if (families.size > 1) suffix.push(chunk.group.family.toLowerCase());
    const portKeys = [
      ...new Set(chunks.filter((c) => c.group.family === chunk.group.family).map((c) => c.group.portKey)),
    ];
    if (portKeys.length > 1) suffix.push(String(portKeys.indexOf(chunk.group.portKey) + 1));
    if (chunk.part > 0 || chunk.group.endpoints.length > MAX_ENDPOINTS_PER_SLICE) {
      suffix.push(`part${chunk.part / MAX_ENDPOINTS_PER_SLICE + 1}`);
    }
  }
  return suffix.length > 0 ? `-${suffix.join('-')}` : '';
}

/**
 * The Endpoints' annotations a slice keeps: not the ones the controller drops, and of its suppression
 * annotation only the rules that are not about Endpoints objects.
 */
function sliceAnnotations(value: Json): Record<string, string> {
  const annotations = metadataMap(value, 'annotations', (k) => !DROPPED_ANNOTATIONS.has(k));
  const ignore = annotations[IGNORE_ANNOTATION];
  if (ignore !== undefined) {
    const kept = ignore
      .split(',')
      .map((s) => s.trim())
      .filter((id) => id !== '' && !ENDPOINTS_ONLY_RULE.test(id));
    if (kept.length > 0) annotations[IGNORE_ANNOTATION] = kept.join(',');
    else delete annotations[IGNORE_ANNOTATION];
  }
  return annotations;
}

function render(endpoints: EndpointsView, slices: Json[], notes: string[]): string {
  const what = formatResource(endpoints.resource.ref);
  const one = slices.length === 1;
  const header = [
    ` ${one ? 'EndpointSlice that replaces' : 'EndpointSlices that replace'} ${what} (generated by kube-pairing,`,
    ` built as the EndpointSlice mirroring controller builds its mirror). Apply ${one ? 'it' : 'them'}, then delete`,
    ` the Endpoints. managed-by may name whoever manages ${one ? 'it' : 'them'}: any value but the controllers' own.`,
    ...notes.map((n) => ` Note: ${n}`),
  ].join('\n');
  if (slices.length === 0) {
    return `#${header.replace(/\n/g, '\n#')}\n# ${what} has no IP addresses: nothing replaces it; delete it.\n`;
  }
  return slices
    .map((slice, i) => {
      const doc = new Document(slice);
      // Addresses read best inline and quoted, as in the Kubernetes docs: addresses: ["10.1.2.3"].
      visit(doc, {
        Pair(_, pair) {
          const key = pair.key as Scalar | undefined;
          if (key?.value === 'addresses' && isSeq(pair.value)) {
            pair.value.flow = true;
            for (const item of pair.value.items) (item as Scalar).type = Scalar.QUOTE_DOUBLE;
          }
        },
      });
      if (i === 0) doc.commentBefore = header;
      return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    })
    .join('---\n');
}

function at(value: unknown, path: Path): unknown {
  let node = value;
  for (const step of path) {
    if (typeof step === 'number' && Array.isArray(node)) node = node[step];
    else if (typeof step === 'string' && isRecord(node)) node = node[step];
    else return undefined;
  }
  return node;
}

const record = (v: unknown): Json => (isRecord(v) ? v : {});

function metadataMap(value: Json, key: string, keep: (k: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(record(value.metadata)[key]))) {
    if (v !== null && v !== undefined && keep(k)) out[k] = typeof v === 'string' ? v : String(v);
  }
  return out;
}
