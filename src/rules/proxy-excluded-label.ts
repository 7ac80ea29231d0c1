// Complexity (objects of one namespace): O(E + L) for E Endpoints and L EndpointSlices: the paired Service is
// an index lookup.
import { labelsOf } from '../engine/model.js';
import type { ServiceView } from '../engine/model.js';
import type { Resource } from '../engine/resources.js';
import type { Rule, RuleContext } from '../engine/rule.js';
import {
  HEADLESS_LABEL,
  isControllerEndpoints,
  isHandWrittenSlice,
  isProxied,
  labelPath,
  related,
  SERVICE_PROXY_NAME_LABEL,
  what,
} from './pairing.js';

export const proxyExcludedLabel: Rule = {
  meta: {
    id: 'proxy-excluded-label',
    severity: 'error',
    family: 'pairing',
    summary: `An Endpoints or EndpointSlice of a proxied Service carries \`${HEADLESS_LABEL}\` (or \`${SERVICE_PROXY_NAME_LABEL}\`), so kube-proxy never sees it.`,
    reads: ['Endpoints', 'EndpointSlice', 'Service'],
    why: `kube-proxy watches only EndpointSlices that carry neither \`${HEADLESS_LABEL}\` nor \`${SERVICE_PROXY_NAME_LABEL}\`.`,
    messages: {
      headlessLabel:
        `{{object}} carries the label \`${HEADLESS_LABEL}\`, but {{service}} is not headless, ` +
        'so the Service gets none of these endpoints and has no backends. {{mirroring}}{{why}} ' +
        'Remove the label: the control plane sets it itself, only for Services with `clusterIP: None`.',
      proxyNameLabel:
        `{{object}} carries the label \`${SERVICE_PROXY_NAME_LABEL}: {{proxy}}\`, but {{service}} does not, ` +
        'so kube-proxy programs the Service without these endpoints (only the proxy named {{proxy}} would use them). ' +
        '{{mirroring}}{{why}} Remove the label, or put the same label on the Service if the proxy {{proxy}} ' +
        'should handle the whole Service.',
    },
  },
  check(context) {
    const { index } = context;
    for (const endpoints of index.endpoints) {
      const service = index.serviceOfEndpoints(endpoints);
      // For a selector Service the endpoints controller rewrites the labels (endpoints-for-selector-service).
      if (!service || service.selector !== null || isControllerEndpoints(endpoints)) continue;
      check(context, endpoints.resource, endpoints.labels, service, 'Endpoints');
    }
    for (const slice of index.slices) {
      const service = index.serviceOfSlice(slice);
      // The Kubernetes controllers compute these labels themselves on the slices they own.
      if (!service || !isHandWrittenSlice(slice)) continue;
      check(context, slice.resource, slice.labels, service, 'EndpointSlice');
    }
  },
};

function check(
  { report }: RuleContext,
  resource: Resource,
  labels: Record<string, string>,
  service: ServiceView,
  kind: 'Endpoints' | 'EndpointSlice',
): void {
  if (!isProxied(service)) return;
  const serviceLabels = labelsOf(service.resource);
  // A Service handed to another proxy is skipped by kube-proxy as a whole: its slices may say so too.
  if (serviceLabels[SERVICE_PROXY_NAME_LABEL] !== undefined) return;
  // The mirroring controller copies the labels of an Endpoints to its slices, which kube-proxy then skips.
  const mirroring =
    kind === 'Endpoints'
      ? 'The mirroring controller copies every label of an Endpoints to the EndpointSlices it makes, and '
      : '';
  const object = what(resource.ref);
  const svc = what(service.resource.ref);
  if (Object.hasOwn(labels, HEADLESS_LABEL)) {
    report({
      target: { resource, path: labelPath(HEADLESS_LABEL), anchor: 'key' },
      messageId: 'headlessLabel',
      data: { object, service: svc, mirroring },
      related: [related(service.resource, ['metadata', 'name'])],
    });
  }
  const proxyName = labels[SERVICE_PROXY_NAME_LABEL];
  if (proxyName !== undefined) {
    report({
      target: { resource, path: labelPath(SERVICE_PROXY_NAME_LABEL), anchor: 'key' },
      severity: 'warning',
      messageId: 'proxyNameLabel',
      data: { object, service: svc, proxy: proxyName, mirroring },
      related: [related(service.resource, ['metadata', 'name'])],
    });
  }
}
