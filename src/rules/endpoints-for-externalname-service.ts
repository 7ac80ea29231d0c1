// Complexity (objects of one namespace): O(E + L) for E Endpoints and L EndpointSlices: the paired Service is
// an index lookup.
import { SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Path } from '../engine/parse.js';
import type { Resource } from '../engine/resources.js';
import type { Rule } from '../engine/rule.js';
import type { ServiceView } from '../engine/model.js';
import { NAME_PATH, related, SERVICE_NAME_LABEL_PATH, what } from './pairing.js';

export const endpointsForExternalNameService: Rule = {
  meta: {
    id: 'endpoints-for-externalname-service',
    severity: 'warning',
    family: 'pairing',
    summary:
      'An Endpoints or EndpointSlice belongs to a `type: ExternalName` Service, which never uses endpoints.',
    reads: ['Service', 'Endpoints', 'EndpointSlice'],
    why:
      'An ExternalName Service is only a DNS CNAME: kube-proxy skips it and no controller or DNS server reads its ' +
      'endpoints, so these addresses are never used.',
    messages: {
      externalNameService:
        '{{object}} {{relation}} {{service}}, which is `type: ExternalName`{{alias}}. {{why}} ' +
        'Delete this object, or change the Service to a `ClusterIP` Service without a selector if these addresses ' +
        'should be its backends.',
    },
  },
  check({ index, report }) {
    const check = (resource: Resource, service: ServiceView | undefined, path: Path, how: string): void => {
      if (!service || service.type !== 'ExternalName') return;
      const spec = service.resource.object.value.spec as Record<string, unknown> | undefined;
      const externalName = typeof spec?.externalName === 'string' ? spec.externalName : undefined;
      report({
        target: { resource, path },
        messageId: 'externalNameService',
        data: {
          object: what(resource.ref),
          relation: how,
          service: what(service.resource.ref),
          alias: externalName ? ` (a DNS alias of ${externalName})` : '',
        },
        related: [related(service.resource, ['spec', 'type'], `${what(service.resource.ref)} type`)],
      });
    };
    for (const endpoints of index.endpoints)
      check(endpoints.resource, index.serviceOfEndpoints(endpoints), NAME_PATH, 'pairs with');
    for (const slice of index.slices)
      check(
        slice.resource,
        index.serviceOfSlice(slice),
        SERVICE_NAME_LABEL_PATH,
        `is labelled \`${SERVICE_NAME_LABEL}\` for`,
      );
  },
};
