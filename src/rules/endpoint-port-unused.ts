// Complexity (objects of one namespace): O(S + E + L) port groups with the slice index (engine/ports.ts
// serviceComparisons), times P_s·P_e port pairs per group.
import { formatResource } from '../engine/finding.js';
import { locate } from '../engine/locate.js';
import { describePort, portNamePath, serviceComparisons } from '../engine/ports.js';
import type { Rule } from '../engine/rule.js';

export const endpointPortUnused: Rule = {
  meta: {
    id: 'endpoint-port-unused',
    severity: 'warning',
    family: 'pairing',
    summary: 'An endpoint port whose (name, protocol) matches no port of the paired Service.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'kube-proxy builds forwarding rules only for the (name, protocol) pairs the Service declares, ' +
      'so nothing is ever forwarded to this port.',
    messages: {
      unusedPort:
        '{{group}} {{port}} matches no port of {{service}} ({{declared}}): {{why}} ' +
        'Add a {{protocol}} port {{named}} to the Service, or rename this port after the Service port it serves, ' +
        'or remove it.',
    },
  },
  check({ index, report }) {
    for (const { service, groups } of serviceComparisons(index)) {
      // DNS publishes every endpoint port of a headless Service (SRV records), so none is unused there.
      if (service.headless) continue;
      const svc = formatResource(service.resource.ref);
      const servicePorts =
        service.ports.length === 0
          ? 'it declares none'
          : `it declares ${service.ports.map(describePort).join(', ')}`;
      const portsWritten = locate(service.resource.object, ['spec', 'ports']).depth === 2;
      for (const { paired, unused } of groups) {
        for (const e of unused) {
          const namePath = portNamePath(e);
          const named = e.name !== '' && locate(paired.resource.object, namePath).depth === namePath.length;
          report({
            target: { resource: paired.resource, path: named ? namePath : e.path },
            messageId: 'unusedPort',
            data: {
              group: paired.label,
              port: describePort(e),
              service: svc,
              declared: servicePorts,
              protocol: e.protocol,
              named: e.name === '' ? 'without a name' : `named \`${e.name}\``,
            },
            related: [
              {
                resource: service.resource,
                path: portsWritten ? ['spec', 'ports'] : ['metadata', 'name'],
                anchor: portsWritten ? 'key' : undefined,
                message: `${svc} ports`,
              },
            ],
            key: `${e.name}/${e.protocol}`,
          });
        }
      }
    }
  },
};
