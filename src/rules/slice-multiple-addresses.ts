// Complexity (objects of one namespace): O(A) for A endpoint addresses of EndpointSlices.
import { formatResource } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { fieldPath } from './schema/objects.js';

export const sliceMultipleAddresses: Rule = {
  meta: {
    id: 'slice-multiple-addresses',
    severity: 'warning',
    family: 'advice',
    summary: 'An EndpointSlice endpoint lists several addresses: kube-proxy uses only the first.',
    reads: ['EndpointSlice'],
    why:
      'The addresses of one endpoint are meant to be the same backend (kubernetes/kubernetes#106267), ' +
      'and kube-proxy programs only the first.',
    messages: {
      multipleAddresses:
        '{{slice}}: {{endpoint}} lists {{count}} addresses. {{why}} The first is {{first}}, so the other {{others}} ' +
        'no traffic. Give each backend its own entry under `endpoints:`.',
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      for (const endpoint of slice.endpoints) {
        if (endpoint.addresses.length < 2) continue;
        const first = endpoint.addresses[0]!;
        const second = endpoint.addresses[1]!;
        const extra = endpoint.addresses.length - 1;
        report({
          target: { resource: slice.resource, path: second.ipPath },
          messageId: 'multipleAddresses',
          data: {
            slice: formatResource(slice.resource.ref),
            endpoint: fieldPath(endpoint.path),
            count: endpoint.addresses.length,
            first: JSON.stringify(first.ip),
            others: extra === 1 ? 'one receives' : `${extra} receive`,
          },
          related: [{ resource: slice.resource, path: first.ipPath, message: 'the address kube-proxy uses' }],
        });
      }
    }
  },
};
