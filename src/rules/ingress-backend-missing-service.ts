// Complexity (objects of one namespace): O(R + b + m·S) for b Ingress backends, S Services of the namespace
// and m backends naming a missing Service (their suggestion reads the Services near the Ingress via
// NearIndex, else the namespace's).
import { replaceScalarFix } from '../engine/fix.js';
import {
  ingressBackends,
  lookupService,
  missingServiceHint,
  missingServiceRelated,
} from '../engine/routes.js';
import type { Rule } from '../engine/rule.js';
import { describeNamespace, what } from './pairing.js';

/** What every message says first: the backend and the Service it names. */
const MISSING =
  '{{ingress}} backend `{{backend}}` names Service {{service}}, but no Service of that name exists in ' +
  '{{namespace}} among the scanned manifests. {{why}} ';

export const ingressBackendMissingService: Rule = {
  meta: {
    id: 'ingress-backend-missing-service',
    severity: 'error',
    family: 'workloads',
    summary: "An Ingress backend names a Service that does not exist in the Ingress's namespace.",
    fixable: true,
    reads: ['Ingress', 'Service'],
    why:
      "An Ingress backend always refers to a Service in the Ingress's own namespace; without it the ingress " +
      'controller has no endpoints for these requests and answers them with an error (typically 503).',
    // The hint is missingServiceHint's (engine/routes.ts): the closest Service name, or what to do instead.
    messages: {
      unknownService: MISSING + '{{hint}}',
      // A Service of that name exists, in another namespace: the hint says to move one of the two.
      otherNamespace: MISSING + '{{hint}}',
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      for (const backend of ingressBackends(resource)) {
        if (backend.name === '') continue;
        const lookup = lookupService(index, backend);
        // Judge only a namespace whose Services the scan shows (see selector-matches-no-workload).
        if (lookup.service || lookup.exists || !lookup.visible) continue;
        report({
          target: { resource, path: backend.namePath },
          ...(lookup.guess ? { severity: 'notice' as const } : {}),
          messageId: !lookup.suggestion && lookup.elsewhere.length > 0 ? 'otherNamespace' : 'unknownService',
          data: {
            ingress: what(resource.ref),
            backend: backend.where,
            service: backend.name,
            namespace: describeNamespace(resource),
            hint: missingServiceHint(backend, lookup, 'Ingress'),
          },
          related: missingServiceRelated(index, backend, lookup),
          fix: lookup.suggestion
            ? replaceScalarFix(resource.object, backend.namePath, lookup.suggestion.resource.ref.name)
            : undefined,
        });
      }
    }
  },
};
