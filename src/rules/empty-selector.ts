// Complexity (objects of one namespace): O(S) for S Services (backend objects by index lookup).
import type { Rule } from '../engine/rule.js';
import { what } from './pairing.js';

export const emptySelector: Rule = {
  meta: {
    id: 'empty-selector',
    severity: 'warning',
    family: 'pairing',
    summary: 'A Service has `selector: {}`: it selects no Pods and behaves as a Service without a selector.',
    reads: ['Service', 'EndpointSlice'],
    why:
      'An empty selector does not select all Pods: Kubernetes treats it exactly like no selector, so neither the ' +
      'endpoints controller nor the EndpointSlice controller creates endpoints for the Service and its backends ' +
      'come only from hand-written Endpoints or EndpointSlices.',
    messages: {
      handWrittenEndpoints:
        '{{service}} has an empty selector `selector: {}`. {{why}} Its endpoints are supplied by hand, ' +
        'so delete the `selector: {}` line to say what it means.',
      noEndpoints:
        '{{service}} has an empty selector `selector: {}`. {{why}} To route to Pods, write their labels in the ' +
        'selector; to supply endpoints by hand, delete the `selector: {}` line and add an EndpointSlice.',
    },
  },
  check({ index, report }) {
    for (const service of index.services) {
      // An ExternalName Service ignores its selector anyway.
      if (!service.emptySelector || service.type === 'ExternalName') continue;
      const paired = index.hasBackendObjects(service);
      report({
        target: { resource: service.resource, path: ['spec', 'selector'] },
        messageId: paired ? 'handWrittenEndpoints' : 'noEndpoints',
        data: { service: what(service.resource.ref) },
      });
    }
  },
};
