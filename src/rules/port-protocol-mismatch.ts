// Complexity (objects of one namespace): O(S + E + L) port groups with the slice index (engine/ports.ts
// serviceComparisons), times P_s·P_e port pairs per group.
import { formatResource } from '../engine/finding.js';
import { prependEntryFix, replaceScalarFix } from '../engine/fix.js';
import { locate } from '../engine/locate.js';
import { describePort, portProtocolPath, serviceComparisons } from '../engine/ports.js';
import { TRANSPORT_PROTOCOLS } from './pairing.js';
import type { Rule } from '../engine/rule.js';

export const portProtocolMismatch: Rule = {
  meta: {
    id: 'port-protocol-mismatch',
    severity: 'error',
    family: 'pairing',
    summary:
      'A Service port and an endpoint port have the same name but different protocols (a missing protocol is TCP).',
    fixable: true,
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    readsNodes: ['Endpoints', 'EndpointSlice'],
    why: 'kube-proxy pairs Service ports with endpoint ports by name and protocol.',
    messages: {
      wrongProtocol:
        '{{group}} {{port}} {{endpointSide}} but {{service}} {{servicePort}} is {{protocol}}: {{why}} ' +
        "{{consequence}}. Set the endpoint port's protocol to {{protocol}}, or, if {{endpointProtocol}} is " +
        "right, the Service port's.",
    },
  },
  check({ index, report }) {
    for (const { service, groups } of serviceComparisons(index)) {
      const svc = formatResource(service.resource.ref);
      for (const { paired, protocolMismatches } of groups) {
        for (const { service: s, endpoint: e } of protocolMismatches) {
          // A protocol the API server rejects is invalid-protocol's finding: one cause, reported once.
          if (!TRANSPORT_PROTOCOLS.has(s.protocol) || !TRANSPORT_PROTOCOLS.has(e.protocol)) continue;
          const object = paired.resource.object;
          const protocolPath = portProtocolPath(e);
          const written = locate(object, protocolPath).depth === protocolPath.length;
          const endpointSide = written ? `is ${e.protocol}` : 'has no protocol, so it is TCP,';
          const consequence = service.headless
            ? `${svc} is headless, so kube-proxy forwards nothing, but DNS SRV records and the ingress controllers and meshes that pair ports the same way see a ${e.protocol} port where the Service declares ${s.protocol}`
            : `So the ${s.protocol} Service port gets no backends from these addresses and the ${e.protocol} endpoint port is never used`;
          const servicePort = s.name === '' ? 'unnamed port' : `port \`${s.name}\``;
          report({
            target: { resource: paired.resource, path: written ? protocolPath : e.path },
            messageId: 'wrongProtocol',
            data: {
              group: paired.label,
              port: describePort(e),
              endpointSide,
              service: svc,
              servicePort,
              protocol: s.protocol,
              consequence,
              endpointProtocol: e.protocol,
            },
            related: [{ resource: service.resource, path: s.path, message: `${svc} ${describePort(s)}` }],
            severity: service.headless ? 'warning' : undefined,
            fix: written
              ? replaceScalarFix(object, protocolPath, s.protocol)
              : prependEntryFix(object, e.path, 'protocol', s.protocol),
            key: `${s.name}/${s.protocol}`,
          });
        }
      }
    }
  },
};
