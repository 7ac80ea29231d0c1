// Complexity (objects of one namespace): O(E·A) for E Endpoints of A addresses each (the EndpointSlice
// migration of each).
import { formatResource } from '../engine/finding.js';
import { migrateEndpoints } from '../engine/migrate.js';
import type { Rule } from '../engine/rule.js';

export const endpointsDeprecated: Rule = {
  meta: {
    id: 'endpoints-deprecated',
    severity: 'notice',
    family: 'advice',
    summary: 'A v1 Endpoints: the API is deprecated since Kubernetes v1.33; EndpointSlice replaces it.',
    reads: ['Endpoints'],
    why:
      'kube-proxy reads only EndpointSlices, so this object reaches it only through the EndpointSlice mirroring ' +
      'controller.',
    messages: {
      deprecated:
        '{{endpoints}} uses the v1 Endpoints API, deprecated since Kubernetes v1.33 (KEP-4974): the API server ' +
        'warns on every write, and {{why}} Replace it with the equivalent EndpointSlice (apiVersion ' +
        'discovery.k8s.io/v1, label kubernetes.io/service-name: {{service}}, one slice per IP family, ' +
        'a managed-by label).',
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { name } = endpoints.resource.ref;
      report({
        target: { resource: endpoints.resource, path: ['kind'] },
        messageId: 'deprecated',
        data: { endpoints: formatResource(endpoints.resource.ref), service: name || '<service>' },
        migration: migrateEndpoints(endpoints).yaml,
      });
    }
  },
};
