// Complexity (objects of one namespace): O(L) for L EndpointSlices.
import { formatResource } from '../engine/finding.js';
import { MANAGED_BY_LABEL } from '../engine/model.js';
import type { Rule } from '../engine/rule.js';
import { keyTarget, rawAt } from './schema/objects.js';

export const sliceMissingManagedBy: Rule = {
  meta: {
    id: 'slice-missing-managed-by',
    severity: 'notice',
    family: 'advice',
    summary: `A hand-written EndpointSlice without the \`${MANAGED_BY_LABEL}\` label.`,
    reads: ['EndpointSlice'],
    why:
      'Kubernetes recommends it on every EndpointSlice: it tells the EndpointSlice controllers, other tools and ' +
      'people which entity owns the slice, so that several managers can share a cluster without touching each ' +
      'other’s slices.',
    messages: {
      missingLabel:
        `{{slice}} has no \`${MANAGED_BY_LABEL}\` label. {{why}} Add \`${MANAGED_BY_LABEL}: <tool>.<your-domain>\` ` +
        '(e.g. gitops.example.com) to its labels; do not use the values of the Kubernetes controllers ' +
        '(endpointslice-controller.k8s.io, endpointslicemirroring-controller.k8s.io).',
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      if (slice.managedBy) continue;
      const { resource } = slice;
      const labels = rawAt(resource, ['metadata', 'labels']);
      report({
        target: keyTarget(resource, labels !== undefined ? ['metadata', 'labels'] : ['metadata']),
        messageId: 'missingLabel',
        data: { slice: formatResource(resource.ref) },
      });
    }
  },
};
