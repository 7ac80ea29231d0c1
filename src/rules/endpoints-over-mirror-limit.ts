// Complexity (objects of one namespace): O(E·A·P) for E Endpoints of A addresses and P ports per subset (a
// set of addresses per port).
import { formatResource } from '../engine/finding.js';
import { parseIPSloppy } from '../engine/ip.js';
import type { Path } from '../engine/parse.js';
import { isRecord } from '../engine/parse.js';
import type { Rule } from '../engine/rule.js';
import { fieldPath, keyTarget, rawAt } from './schema/objects.js';

/** kube-controller-manager --mirroring-max-endpoints-per-subset, default 1000. */
export const MIRROR_MAX_ENDPOINTS_PER_SUBSET = 1000;

export const endpointsOverMirrorLimit: Rule = {
  meta: {
    id: 'endpoints-over-mirror-limit',
    severity: 'warning',
    family: 'validity',
    summary: 'An Endpoints subset has more than 1000 addresses: the mirroring controller drops the rest.',
    reads: ['Endpoints'],
    why:
      `The EndpointSlice mirroring controller mirrors at most ${MIRROR_MAX_ENDPOINTS_PER_SUBSET} addresses per ` +
      'subset (--mirroring-max-endpoints-per-subset) and skips the others, which never receive traffic.',
    messages: {
      overLimit:
        '{{object}} gives one port {{count}} addresses (counting every subset with the same ports, up to ' +
        '{{field}}), {{skipped}} over the limit. {{why}} Write EndpointSlices instead of the Endpoints: up to ' +
        `${MIRROR_MAX_ENDPOINTS_PER_SUBSET} endpoints each, as many slices as needed.`,
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { resource } = endpoints;
      // The controller first repacks the subsets (pkg/api/v1/endpoints RepackSubsets): every distinct
      // port gets one subset holding every address that offers it, keyed by (ip, targetRef.uid).
      const addressesByPort = new Map<string, { addresses: Set<string>; where: Path }>();
      for (const subset of endpoints.subsets) {
        const rawPorts = rawAt(resource, [...subset.path, 'ports']);
        const ports = Array.isArray(rawPorts) && rawPorts.length > 0 ? rawPorts.map(portKey) : ['(no ports)'];
        for (const listName of ['addresses', 'notReadyAddresses'] as const) {
          const list = rawAt(resource, [...subset.path, listName]);
          if (!Array.isArray(list)) continue;
          for (const address of list) {
            if (!isRecord(address) || typeof address.ip !== 'string' || !parseIPSloppy(address.ip)) continue;
            const uid = isRecord(address.targetRef) ? String(address.targetRef.uid ?? '') : '';
            for (const port of ports) {
              let entry = addressesByPort.get(port);
              if (!entry) addressesByPort.set(port, (entry = { addresses: new Set(), where: [] }));
              entry.addresses.add(`${address.ip}|${uid}`);
              if (entry.addresses.size === MIRROR_MAX_ENDPOINTS_PER_SUBSET + 1 && entry.where.length === 0)
                entry.where = [...subset.path, listName];
            }
          }
        }
      }
      const reported = new Set<string>();
      for (const { addresses, where } of addressesByPort.values()) {
        if (addresses.size <= MIRROR_MAX_ENDPOINTS_PER_SUBSET || reported.has(where.join('.'))) continue;
        reported.add(where.join('.'));
        report({
          target: keyTarget(resource, where),
          messageId: 'overLimit',
          data: {
            object: formatResource(resource.ref),
            count: addresses.size,
            field: fieldPath(where),
            skipped: addresses.size - MIRROR_MAX_ENDPOINTS_PER_SUBSET,
          },
        });
      }
    }
  },
};

/** A port as RepackSubsets compares it: the whole EndpointPort struct. */
function portKey(port: unknown): string {
  if (!isRecord(port)) return JSON.stringify(port);
  return JSON.stringify([port.name ?? '', port.port ?? 0, port.protocol ?? 'TCP', port.appProtocol ?? null]);
}
