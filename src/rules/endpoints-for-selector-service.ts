// Complexity (objects of one namespace): O(E) for E Endpoints: the paired Service is an index lookup
// (servicesByKey, nearest among same-named).
import type { Rule } from '../engine/rule.js';
import { isControllerEndpoints, NAME_PATH, related, what } from './pairing.js';

const formatSelector = (selector: Record<string, string>): string =>
  Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export const endpointsForSelectorService: Rule = {
  meta: {
    id: 'endpoints-for-selector-service',
    severity: 'error',
    family: 'pairing',
    summary:
      'An Endpoints pairs with a Service that has a selector: the endpoints controller overwrites it and it is never mirrored.',
    reads: ['Endpoints', 'Service'],
    why:
      'For a Service with a selector the endpoints controller owns the Endpoints of that name and overwrites these ' +
      'addresses with the matching Pods, and the EndpointSlice mirroring controller never mirrors it, so kube-proxy ' +
      'never sees these addresses.',
    messages: {
      selectorService:
        '{{endpoints}} pairs with {{service}}, which has a selector ({{selector}}). {{why}} ' +
        'To send traffic to these addresses, remove `spec.selector` from the Service; otherwise delete this Endpoints.',
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      if (!service || service.selector === null || service.type === 'ExternalName') continue;
      // The controller's own output (e.g. from a cluster dump) is not a conflict.
      if (isControllerEndpoints(endpoints)) continue;
      report({
        target: { resource: endpoints.resource, path: NAME_PATH },
        messageId: 'selectorService',
        data: {
          endpoints: what(endpoints.resource.ref),
          service: what(service.resource.ref),
          selector: formatSelector(service.selector),
        },
        related: [related(service.resource, ['spec', 'selector'], `${what(service.resource.ref)} selector`)],
      });
    }
  },
};
