// Complexity (objects of one namespace): O(S + A) for S Services and A endpoint addresses: cluster IPs in a
// map, one lookup per address.
import { isIPv6 } from 'node:net';
import { formatResource } from '../engine/finding.js';
import type { EndpointAddress, ServiceView } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Resource } from '../engine/resources.js';
import type { Rule, RuleContext } from '../engine/rule.js';
import { nearness } from '../engine/resource-index.js';

export const endpointIpIsClusterIp: Rule = {
  meta: {
    id: 'endpoint-ip-is-cluster-ip',
    severity: 'warning',
    family: 'pairing',
    summary:
      'An endpoint IP is the cluster IP of a scanned Service: kube-proxy cannot forward to a virtual IP.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'A cluster IP is a virtual address that exists only as forwarding rules on each node, and kube-proxy does ' +
      'not support a virtual IP as a destination, so connections sent to this endpoint are not forwarded again ' +
      'and fail.',
    messages: {
      ownClusterIp:
        '{{object}} {{where}} address {{address}} is the cluster IP of {{service}}, the Service it belongs to. ' +
        '{{why}} Put the real backend addresses here.',
      otherClusterIp:
        '{{object}} {{where}} address {{address}} is the cluster IP of {{service}}. {{why}} Put the addresses ' +
        'of the backends of {{service}} here, or replace this pair with a Service of `type: ExternalName` and ' +
        '`externalName: {{externalName}}`.',
    },
  },
  check(context) {
    const { index } = context;
    const clusterIPs = new Map<string, { service: ServiceView; path: Path }[]>();
    for (const service of index.services) {
      for (const { ip, path } of service.clusterIPs) {
        const key = normalizeIP(ip);
        if (key === undefined) continue;
        const list = clusterIPs.get(key) ?? [];
        list.push({ service, path });
        clusterIPs.set(key, list);
      }
    }
    if (clusterIPs.size === 0) return;

    for (const endpoints of index.endpoints) {
      endpoints.subsets.forEach((subset, i) => {
        for (const address of [...subset.addresses, ...subset.notReadyAddresses]) {
          check(
            context,
            clusterIPs,
            endpoints.resource,
            endpoints.resource.ref.name,
            `subset ${i + 1}`,
            address,
          );
        }
      });
    }
    for (const slice of index.slices) {
      slice.endpoints.forEach((endpoint, i) => {
        for (const address of endpoint.addresses) {
          check(context, clusterIPs, slice.resource, slice.serviceName, `endpoint ${i + 1}`, address);
        }
      });
    }
  },
};

function check(
  { report }: RuleContext,
  clusterIPs: ReadonlyMap<string, { service: ServiceView; path: Path }[]>,
  resource: Resource,
  /** The name of the Service the object belongs to: the Endpoints' own name, the slice's service-name label. */
  ownerName: string | undefined,
  where: string,
  address: EndpointAddress,
): void {
  if (typeof address.ip !== 'string') return;
  const key = normalizeIP(address.ip);
  // Cluster IPs are per cluster: compare only with the Services deployed with the object, or beside it.
  const owners = (key === undefined ? undefined : clusterIPs.get(key))?.filter(
    (o) => nearness(resource, o.service.resource) !== undefined,
  );
  if (!owners || owners.length === 0) return;
  const data = { object: formatResource(resource.ref), where, address: address.ip };
  for (const { service, path } of owners) {
    const svc = formatResource(service.resource.ref);
    const { namespace, name } = service.resource.ref;
    const loop = namespace === resource.ref.namespace && name === ownerName;
    report({
      target: { resource, path: address.ipPath },
      ...(loop
        ? { messageId: 'ownClusterIp', data: { ...data, service: svc } }
        : {
            messageId: 'otherClusterIp',
            data: { ...data, service: svc, externalName: `${name}.${namespace}.svc.cluster.local` },
          }),
      related: [{ resource: service.resource, path, message: `${svc} cluster IP` }],
      key: `${namespace}/${name}`,
    });
  }
}

/**
 * An IP address in one canonical spelling, read the way Kubernetes reads it (`netutils.ParseIPSloppy`, then
 * `String()`, as the mirroring controller does to every Endpoints address): IPv4 octets may carry leading zeros
 * (decimal), an IPv4-mapped IPv6 address is its IPv4 address, and IPv6 is compared by value, not by spelling.
 * Anything else (names, zones, garbage) is undefined.
 */
export function normalizeIP(text: string): string | undefined {
  const value = text.trim();
  const v4 = parseIPv4(value);
  if (v4) return v4.join('.');
  if (value.includes('%') || !isIPv6(value)) return undefined;
  const groups = ipv6Groups(value);
  if (!groups) return undefined;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return groups.map((g) => g.toString(16)).join(':');
}

function parseIPv4(value: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(value);
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** The eight 16-bit groups of a valid IPv6 address (node:net has checked it). */
function ipv6Groups(value: string): number[] | undefined {
  const expand = (part: string): number[] => {
    if (part === '') return [];
    return part.split(':').flatMap((g) => {
      const v4 = g.includes('.') ? parseIPv4(g) : undefined;
      if (v4) return [((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0)];
      return [parseInt(g, 16)];
    });
  };
  const [head = '', tail] = value.split('::');
  const first = expand(head);
  if (tail === undefined) return first.length === 8 ? first : undefined;
  const last = expand(tail);
  const zeros = 8 - first.length - last.length;
  return zeros < 0 ? undefined : [...first, ...Array<number>(zeros).fill(0), ...last];
}
