// Complexity (objects of one namespace): O(A) for A endpoint addresses of Endpoints and EndpointSlices.
import { formatResource } from '../engine/finding.js';
import type { SpecialRange } from '../engine/ip.js';
import { parseIPSloppy, SPECIAL_RANGE_TEXT, specialRange } from '../engine/ip.js';
import type { Path } from '../engine/parse.js';
import type { Resource } from '../engine/resources.js';
import type { Rule } from '../engine/rule.js';
import { endpointsAddresses, fieldPath, sliceFamily } from './schema/objects.js';

/** Why each range cannot be a Service backend. */
const REASON: Readonly<Record<SpecialRange, string>> = {
  unspecified: 'it names no host: nothing can connect to it',
  loopback: "it is each node's own host, not a backend: every node would send the traffic to itself",
  'link-local':
    'it is only meaningful on one network link and is used for node-local services such as the cloud ' +
    'metadata endpoint 169.254.169.254, which must not be reachable through a Service',
  'link-local multicast': 'it is a multicast group on the local link, not a host',
};

export const specialEndpointIp: Rule = {
  meta: {
    id: 'special-endpoint-ip',
    severity: 'error',
    family: 'validity',
    summary:
      'An endpoint address is unspecified, loopback, link-local or link-local multicast, which the API server refuses.',
    reads: ['Endpoints', 'EndpointSlice'],
    why:
      'The API server refuses unspecified, loopback and link-local endpoint addresses and rejects the whole ' +
      'object that holds one.',
    messages: {
      specialAddress:
        "{{object}}: {{field}} {{value}} is in {{range}}, and {{reason}}. {{why}} Use the backend's routable " +
        'address (a Pod, node or external host IP).',
    },
  },
  check({ index, report }) {
    const check = (resource: Resource, path: Path, value: unknown): void => {
      if (typeof value !== 'string') return;
      const ip = parseIPSloppy(value);
      const range = ip && specialRange(ip);
      if (!range) return;
      report({
        target: { resource, path },
        messageId: 'specialAddress',
        data: {
          object: formatResource(resource.ref),
          field: fieldPath(path),
          value: JSON.stringify(value),
          range: SPECIAL_RANGE_TEXT[range],
          reason: REASON[range],
        },
      });
    };
    for (const { resource, address } of endpointsAddresses(index))
      check(resource, address.ipPath, address.ip);
    for (const slice of index.slices) {
      // Kubernetes checks the special ranges only for IP slices (pkg/apis/discovery/validation).
      if (sliceFamily(slice.addressType) === undefined) continue;
      for (const endpoint of slice.endpoints)
        for (const address of endpoint.addresses) check(slice.resource, address.ipPath, address.ip);
    }
  },
};
