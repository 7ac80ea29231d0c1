// Complexity (objects of one namespace): O(L + n) for L EndpointSlices with n endpoints in all.
import { formatResource } from '../engine/finding.js';
import type { Rule } from '../engine/rule.js';
import { fieldPath, itemTarget, keyTarget, rawAt } from './schema/objects.js';

/** pkg/apis/discovery/validation/validation.go */
export const MAX_ENDPOINTS = 1000;
export const MAX_ADDRESSES = 100;
export const MAX_PORTS = 20000;
/** The limit before kubernetes/kubernetes#99795 (v1.21, backported to 1.18-1.20 patch releases). */
export const OLD_MAX_PORTS = 100;

export const sliceLimits: Rule = {
  meta: {
    id: 'slice-limits',
    severity: 'error',
    family: 'validity',
    summary:
      'An EndpointSlice has more than 1000 endpoints, an endpoint with 0 or more than 100 addresses, or more ' +
      'than 20000 ports (warning above 100).',
    reads: ['EndpointSlice'],
    readsNodes: ['EndpointSlice'],
    why: 'The API server rejects the whole slice, so none of its endpoints reach the Service.',
    messages: {
      tooManyEndpoints:
        `{{object}} has {{count}} endpoints, more than the ${MAX_ENDPOINTS} a slice may hold ("endpoints: Too ` +
        'many"). {{why}} Split them over several EndpointSlices with the same `kubernetes.io/service-name` ' +
        'label (the controllers keep 100 per slice).',
      noAddresses:
        '{{object}}: {{endpoint}} has no addresses ("{{endpoint}}.addresses: Required value: must contain at ' +
        'least 1 address"). {{why}} Give the endpoint its address, or remove it.',
      tooManyAddresses:
        `{{object}}: {{endpoint}} has {{count}} addresses, more than the ${MAX_ADDRESSES} an endpoint may ` +
        'hold ("Too many"). {{why}} Consumers use only the first address anyway: give each backend its own ' +
        'endpoint.',
      tooManyPorts:
        `{{object}} has {{count}} ports, more than the ${MAX_PORTS} a slice may hold ("ports: Too many"). ` +
        '{{why}} Split the ports over several Services or slices.',
      portsOverOldLimit:
        `{{object}} has {{count}} ports. Current API servers accept up to ${MAX_PORTS}, but clusters older ` +
        'than v1.21 (and 1.18-1.20 before their March 2021 patch releases) reject more than ' +
        `${OLD_MAX_PORTS} ("ports: Too many: must have at most ${OLD_MAX_PORTS} items"). Keep it to ` +
        `${OLD_MAX_PORTS} if you deploy to such clusters.`,
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      const { resource } = slice;
      const object = formatResource(resource.ref);
      const endpoints = rawAt(resource, ['endpoints']);
      if (Array.isArray(endpoints) && endpoints.length > MAX_ENDPOINTS) {
        report({
          target: keyTarget(resource, ['endpoints']),
          messageId: 'tooManyEndpoints',
          data: { object, count: endpoints.length },
        });
      } else {
        for (const endpoint of slice.endpoints) {
          const addressesPath = [...endpoint.path, 'addresses'];
          const addresses = rawAt(resource, addressesPath);
          const count = Array.isArray(addresses) ? addresses.length : 0;
          if (count === 0) {
            report({
              target: Array.isArray(addresses)
                ? keyTarget(resource, addressesPath)
                : itemTarget(resource, endpoint.path),
              messageId: 'noAddresses',
              data: { object, endpoint: fieldPath(endpoint.path) },
            });
          } else if (count > MAX_ADDRESSES) {
            report({
              target: keyTarget(resource, addressesPath),
              messageId: 'tooManyAddresses',
              data: { object, endpoint: fieldPath(endpoint.path), count },
            });
          }
        }
      }
      const ports = rawAt(resource, ['ports']);
      if (!Array.isArray(ports) || ports.length <= OLD_MAX_PORTS) continue;
      const tooMany = ports.length > MAX_PORTS;
      report({
        target: keyTarget(resource, ['ports']),
        severity: tooMany ? 'error' : 'warning',
        messageId: tooMany ? 'tooManyPorts' : 'portsOverOldLimit',
        data: { object, count: ports.length },
      });
    }
  },
};
