// Complexity (objects of one namespace): O(E + L) for E Endpoints and L EndpointSlices: the backends of each
// Service are indexed once (ResourceIndex.backends).
import type { Rule } from '../engine/rule.js';
import {
  annotationPath,
  isApiServerService,
  labelPath,
  LEADER_ANNOTATION,
  related,
  SKIP_MIRROR_LABEL,
  what,
} from './pairing.js';

export const endpointsNotMirrored: Rule = {
  meta: {
    id: 'endpoints-not-mirrored',
    severity: 'error',
    family: 'pairing',
    summary: `An Endpoints for a selector-less Service carries \`${SKIP_MIRROR_LABEL}: "true"\` or the leader-election annotation, so it is never mirrored to an EndpointSlice.`,
    reads: ['Endpoints', 'Service', 'EndpointSlice'],
    why: 'kube-proxy and DNS read only EndpointSlices.',
    messages: {
      skipMirror:
        `{{endpoints}} is labelled \`${SKIP_MIRROR_LABEL}: "true"\`, so the EndpointSlice mirroring controller ` +
        'never mirrors it. {{why}} No EndpointSlice for {{service}} is among the scanned manifests, so the Service ' +
        'has no backends. Remove the label (or set it to "false"), or add an EndpointSlice labelled ' +
        '`kubernetes.io/service-name: {{name}}`.',
      leaderElection:
        `{{endpoints}} carries the leader-election annotation \`${LEADER_ANNOTATION}\`, so the EndpointSlice ` +
        'mirroring controller never mirrors it. {{why}} No EndpointSlice for {{service}} is among the scanned ' +
        'manifests, so the Service has no backends. Remove the annotation (this object is not a leader-election ' +
        'lock), or add an EndpointSlice labelled `kubernetes.io/service-name: {{name}}`.',
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const skip = endpoints.labels[SKIP_MIRROR_LABEL] === 'true';
      const leader = Object.hasOwn(endpoints.annotations, LEADER_ANNOTATION);
      if (!skip && !leader) continue;
      // Only an Endpoints meant to give a selector-less Service its backends; a selector Service is
      // endpoints-for-selector-service, a leader-election lock has no Service.
      const service = index.serviceOfEndpoints(endpoints);
      if (
        !service ||
        service.selector !== null ||
        service.type === 'ExternalName' ||
        isApiServerService(service)
      )
        continue;
      // Skipping the mirror is right when the EndpointSlices are written by hand too.
      if (index.slicesFor(service).length > 0) continue;
      report({
        target: {
          resource: endpoints.resource,
          path: skip ? labelPath(SKIP_MIRROR_LABEL) : annotationPath(LEADER_ANNOTATION),
          anchor: 'key',
        },
        messageId: skip ? 'skipMirror' : 'leaderElection',
        data: {
          endpoints: what(endpoints.resource.ref),
          service: what(service.resource.ref),
          name: service.resource.ref.name,
        },
        related: [related(service.resource, ['metadata', 'name'])],
      });
    }
  },
};
