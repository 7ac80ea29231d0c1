// Complexity (objects of one namespace): O(L) for L EndpointSlices: the paired Service and Endpoints are
// index lookups.
import { formatResource } from '../engine/finding.js';
import type { EndpointSliceView } from '../engine/model.js';
import { MANAGED_BY_LABEL } from '../engine/model.js';
import { isRecord } from '../engine/parse.js';
import type { RelatedTarget, Rule } from '../engine/rule.js';
import { labelPath, MIRRORING_CONTROLLER, SLICE_CONTROLLER } from './pairing.js';

const OWN_VALUE = 'a value that names your own tool, such as `manifests.example.com`';

const SLICE_CONTROLLER_RECONCILES =
  'For a Service with a selector, the EndpointSlice controller reconciles such slices against the selected Pods, ' +
  'rewriting or deleting the rest; it leaves the slices of selector-less Services alone ' +
  '(pkg/controller/endpointslice `syncService`).';

export const sliceReservedManagedBy: Rule = {
  meta: {
    id: 'slice-reserved-managed-by',
    severity: 'error',
    family: 'pairing',
    summary:
      "A hand-written EndpointSlice claims to be managed by one of Kubernetes' own EndpointSlice controllers.",
    reads: ['EndpointSlice', 'Service', 'Endpoints'],
    why:
      `Each of Kubernetes' EndpointSlice controllers treats every slice with its \`${MANAGED_BY_LABEL}\` value ` +
      'and the `kubernetes.io/service-name` label as its own.',
    messages: {
      mirroringController:
        `{{slice}} carries \`${MANAGED_BY_LABEL}: ${MIRRORING_CONTROLLER}\`, the label of the slices ` +
        'the EndpointSlice mirroring controller writes from an Endpoints. {{why}} ' +
        'The mirroring controller reconciles such slices against the Endpoints of the same name: when there is no ' +
        'such Endpoints, the Service has a selector, or the Endpoints is not mirrored, it deletes the slice; ' +
        'otherwise it overwrites or deletes it to match the Endpoints (pkg/controller/endpointslicemirroring). ' +
        `This slice will not keep what is written here. Set the label to ${OWN_VALUE}, ` +
        'or drop the slice and keep only the Endpoints.',
      sliceControllerReplaces:
        `{{slice}} carries \`${MANAGED_BY_LABEL}: ${SLICE_CONTROLLER}\`, the label of the slices ` +
        'the EndpointSlice controller generates from the Pods a Service selects. {{why}} ' +
        `${SLICE_CONTROLLER_RECONCILES} {{service}} has a selector, so this slice will be replaced by the ` +
        `controller's own. Set the label to ${OWN_VALUE}.`,
      sliceControllerLeavesAlone:
        `{{slice}} carries \`${MANAGED_BY_LABEL}: ${SLICE_CONTROLLER}\`, the label of the slices ` +
        'the EndpointSlice controller generates from the Pods a Service selects. {{why}} ' +
        `${SLICE_CONTROLLER_RECONCILES} The slice survives only while its Service has no selector. ` +
        `Set the label to ${OWN_VALUE}.`,
    },
  },
  check({ index, report }) {
    for (const slice of index.slices) {
      const manager = slice.managedBy;
      if (manager !== MIRRORING_CONTROLLER && manager !== SLICE_CONTROLLER) continue;
      // A copy of what the controller itself wrote (it sets this owner): the label tells the truth.
      if (ownedBy(slice, manager === MIRRORING_CONTROLLER ? 'Endpoints' : 'Service')) continue;
      const what = formatResource(slice.resource.ref);
      const service = slice.serviceName === undefined ? undefined : index.serviceOfSlice(slice);
      const related: RelatedTarget[] = service
        ? [
            {
              resource: service.resource,
              path: ['metadata', 'name'],
              message: formatResource(service.resource.ref),
            },
          ]
        : [];
      if (manager === MIRRORING_CONTROLLER) {
        const endpoints = service ? index.endpointsFor(service)[0] : undefined;
        if (endpoints) {
          related.push({
            resource: endpoints.resource,
            path: ['metadata', 'name'],
            message: formatResource(endpoints.resource.ref),
          });
        }
        report({
          target: { resource: slice.resource, path: labelPath(MANAGED_BY_LABEL) },
          messageId: 'mirroringController',
          data: { slice: what },
          related,
        });
        continue;
      }
      const selected = service !== undefined && service.selector !== null && service.type !== 'ExternalName';
      report({
        target: { resource: slice.resource, path: labelPath(MANAGED_BY_LABEL) },
        severity: selected ? 'error' : 'warning',
        ...(selected
          ? {
              messageId: 'sliceControllerReplaces',
              data: { slice: what, service: formatResource(service.resource.ref) },
            }
          : { messageId: 'sliceControllerLeavesAlone', data: { slice: what } }),
        related,
      });
    }
  },
};

function ownedBy(slice: EndpointSliceView, kind: string): boolean {
  const metadata = slice.resource.object.value.metadata;
  const owners =
    isRecord(metadata) && Array.isArray(metadata.ownerReferences) ? metadata.ownerReferences : [];
  return owners.some((o) => isRecord(o) && o.kind === kind && o.controller === true);
}
