// Complexity (objects of one namespace): O(L) for L EndpointSlices: the paired Service is an index lookup.
import { formatResource } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { isProxied } from './pairing.js';

export const sliceAddressTypeUnusable: Rule = {
  meta: {
    id: 'slice-address-type-unusable',
    severity: 'error',
    family: 'pairing',
    summary: 'An EndpointSlice with `addressType: FQDN` belongs to a Service that kube-proxy proxies.',
    reads: ['EndpointSlice', 'Service'],
    why:
      'kube-proxy reads only IPv4 and IPv6 slices and drops FQDN slices unread ' +
      "(pkg/proxy/endpointschangetracker.go), so these names never receive the Service's traffic.",
    messages: {
      fqdnSlice:
        '{{slice}} has `addressType: FQDN` but belongs to {{service}}, which kube-proxy proxies: {{why}} ' +
        'To send the Service to a DNS name, make it `type: ExternalName` with `externalName: {{example}}`; ' +
        'to keep a cluster IP, resolve the names and list the addresses in an IPv4 or IPv6 slice.',
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      if (slice.addressType !== 'FQDN') continue;
      const service = slice.serviceName === undefined ? undefined : index.serviceOfSlice(slice);
      if (!service || !isProxied(service)) continue;
      const what = formatResource(slice.resource.ref);
      const svc = formatResource(service.resource.ref);
      const first = slice.endpoints[0]?.addresses[0]?.ip;
      const example = typeof first === 'string' && first !== '' ? first : 'db.example.com';
      report({
        target: { resource: slice.resource, path: ['addressType'] },
        messageId: 'fqdnSlice',
        data: { slice: what, service: svc, example },
        related: [{ resource: service.resource, path: ['metadata', 'name'], message: svc }],
      });
    }
  },
};
