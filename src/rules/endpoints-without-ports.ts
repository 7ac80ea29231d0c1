// Complexity (objects of one namespace): O(S + E + L) port groups with the slice index (engine/ports.ts
// serviceComparisons).
import { formatResource } from '../engine/finding.js';
import { locate } from '../engine/locate.js';
import type { Path } from '../engine/parse.js';
import type { PairedGroup } from '../engine/ports.js';
import { describePort, serviceComparisons } from '../engine/ports.js';
import type { Rule } from '../engine/rule.js';

export const endpointsWithoutPorts: Rule = {
  meta: {
    id: 'endpoints-without-ports',
    severity: 'error',
    family: 'pairing',
    summary: 'An Endpoints subset or EndpointSlice paired with a non-headless Service has no ports.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Endpoints', 'EndpointSlice'],
    why:
      'kube-proxy builds its forwarding rules per (port name, protocol) from the endpoint ports and skips ' +
      'endpoints without any (pkg/proxy/endpointslicecache.go).',
    messages: {
      noPorts:
        '{{group}} has no ports, but {{service}} is not headless, so {{addresses}} traffic: {{why}} ' +
        'Add {{wanted}}, each with the same name and protocol as on the Service.',
    },
  },
  check({ index, report }) {
    for (const { service, groups } of serviceComparisons(index)) {
      // Headless Services are not proxied: DNS still publishes the addresses of a group without ports.
      if (service.headless) continue;
      const svc = formatResource(service.resource.ref);
      const wanted =
        service.ports.length === 0
          ? 'the ports its clients use'
          : `the ports the Service forwards to (${service.ports.map(describePort).join(', ')})`;
      for (const { paired, portless } of groups) {
        // A group without addresses loses nothing; other rules speak of it.
        if (!portless || paired.addressCount === 0) continue;
        const addresses =
          paired.addressCount === 1
            ? 'its address never receives'
            : `its ${paired.addressCount} addresses never receive`;
        const target = targetOf(paired);
        report({
          target: { resource: paired.resource, ...target },
          messageId: 'noPorts',
          data: { group: paired.label, service: svc, addresses, wanted },
          related: [
            {
              resource: service.resource,
              path: service.ports.length > 0 ? ['spec', 'ports'] : ['metadata', 'name'],
              anchor: service.ports.length > 0 ? 'key' : undefined,
              message: `${svc} ports`,
            },
          ],
        });
      }
    }
  },
};

/** The written `ports` key when there is one, else the subset item, or the slice's `endpoints` key. */
function targetOf(paired: PairedGroup): { path: Path; anchor?: 'key' } {
  const object = paired.resource.object;
  const portsPath = paired.group.portsPath;
  if (locate(object, portsPath).depth === portsPath.length) return { path: portsPath, anchor: 'key' };
  if (paired.group.path.length > 0) return { path: paired.group.path };
  return { path: ['endpoints'], anchor: 'key' };
}
