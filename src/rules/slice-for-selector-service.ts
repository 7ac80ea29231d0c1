// Complexity (objects of one namespace): O(L) for L EndpointSlices: the paired Service is an index lookup.
import { MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Rule } from '../engine/rule.js';
import { isHandWrittenSlice, related, SERVICE_NAME_LABEL_PATH, what } from './pairing.js';

export const sliceForSelectorService: Rule = {
  meta: {
    id: 'slice-for-selector-service',
    severity: 'warning',
    family: 'pairing',
    summary:
      'A hand-written EndpointSlice targets a Service that has a selector: its endpoints are added beside the selected Pods.',
    reads: ['EndpointSlice', 'Service'],
    why:
      'The EndpointSlice controller manages only its own slices and leaves this one alone, and kube-proxy and DNS ' +
      'merge every slice of the Service, so these endpoints receive traffic beside the Pods the selector picks.',
    messages: {
      selectorService:
        `{{slice}} ({{manager}}) is labelled \`${SERVICE_NAME_LABEL}: {{name}}\`, but {{service}} has a selector. ` +
        '{{why}} If the Service should route only to these endpoints, remove its `spec.selector`; ' +
        'if only to its Pods, delete this slice.',
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      if (!isHandWrittenSlice(slice)) continue;
      const service = index.serviceOfSlice(slice);
      if (!service || service.selector === null || service.type === 'ExternalName') continue;
      const manager =
        slice.managedBy === undefined
          ? `no \`${MANAGED_BY_LABEL}\` label`
          : `\`${MANAGED_BY_LABEL}: ${slice.managedBy}\``;
      report({
        target: { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH },
        messageId: 'selectorService',
        data: {
          slice: what(slice.resource.ref),
          manager,
          name: service.resource.ref.name,
          service: what(service.resource.ref),
        },
        related: [related(service.resource, ['spec', 'selector'], `${what(service.resource.ref)} selector`)],
      });
    }
  },
};
