// Complexity (objects of one namespace): O(L + m·S) for L EndpointSlices, S Services of the namespace and m
// slices without the service-name label (their name is compared with every Service of the namespace).
import { prependEntryFix, replaceScalarFix } from '../engine/fix.js';
import { locate } from '../engine/locate.js';
import { SERVICE_NAME_LABEL } from '../engine/model.js';
import type { Rule } from '../engine/rule.js';
import {
  MCS_SERVICE_NAME_LABEL,
  NAME_PATH,
  related,
  SERVICE_NAME_LABEL_PATH,
  sliceNameSuggests,
  what,
} from './pairing.js';

const LABELS_PATH = ['metadata', 'labels'];

export const sliceMissingServiceLabel: Rule = {
  meta: {
    id: 'slice-missing-service-label',
    severity: 'error',
    family: 'pairing',
    summary: `An EndpointSlice has no (or an empty) \`${SERVICE_NAME_LABEL}\` label, so it belongs to no Service.`,
    fixable: true,
    reads: ['EndpointSlice', 'Service'],
    readsNodes: ['EndpointSlice'],
    why:
      'kube-proxy and DNS attach a slice to a Service only through this label (the slice’s own name does not ' +
      'count), so these endpoints belong to no Service and never receive traffic.',
    messages: {
      suggestedService:
        `{{slice}} {{labelState}} \`${SERVICE_NAME_LABEL}\` label. {{why}} Its name suggests {{service}}: ` +
        `add the label \`${SERVICE_NAME_LABEL}: {{serviceName}}\`.`,
      missingLabel:
        `{{slice}} {{labelState}} \`${SERVICE_NAME_LABEL}\` label. {{why}} Add the label ` +
        `\`${SERVICE_NAME_LABEL}: <service name>\` naming the Service in namespace {{namespace}} it serves.`,
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      if (slice.serviceName !== undefined && slice.serviceName !== '') continue;
      // A multi-cluster slice belongs to a ServiceImport, which the MCS implementation serves.
      if (slice.labels[MCS_SERVICE_NAME_LABEL] !== undefined) continue;
      const { object, ref } = slice.resource;
      const empty = slice.serviceName === '';
      const labelsWritten = locate(object, LABELS_PATH).depth === LABELS_PATH.length;
      // The Service whose name the slice's name starts with (the longest, when several do).
      const meant = index
        .servicesIn(ref.namespace)
        .filter((s) => sliceNameSuggests(slice, s.resource.ref.name))
        .sort((a, b) => b.resource.ref.name.length - a.resource.ref.name.length)[0];
      const meantName = meant?.resource.ref.name;
      const labelState = empty ? 'has an empty' : 'has no';
      report({
        target: empty
          ? { resource: slice.resource, path: SERVICE_NAME_LABEL_PATH }
          : labelsWritten
            ? { resource: slice.resource, path: LABELS_PATH, anchor: 'key' }
            : { resource: slice.resource, path: NAME_PATH },
        ...(meant
          ? {
              messageId: 'suggestedService',
              data: {
                slice: what(ref),
                labelState,
                service: what(meant.resource.ref),
                serviceName: meant.resource.ref.name,
              },
            }
          : { messageId: 'missingLabel', data: { slice: what(ref), labelState, namespace: ref.namespace } }),
        related: meant ? [related(meant.resource, NAME_PATH)] : [],
        fix:
          meantName === undefined
            ? undefined
            : empty
              ? replaceScalarFix(object, SERVICE_NAME_LABEL_PATH, meantName)
              : prependEntryFix(object, LABELS_PATH, SERVICE_NAME_LABEL, meantName),
      });
    }
  },
};
