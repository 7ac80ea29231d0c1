// Complexity (objects of one namespace): O(R + b) for R objects and b Ingress backends: the paired Service is
// an index lookup.
import { replaceScalarFix } from '../engine/fix.js';
import { ingressBackends, portMismatch } from '../engine/routes.js';
import type { Rule } from '../engine/rule.js';
import { related, what } from './pairing.js';

export const ingressBackendMissingPort: Rule = {
  meta: {
    id: 'ingress-backend-missing-port',
    severity: 'error',
    family: 'workloads',
    summary: "An Ingress backend's `port.name` / `port.number` is not a port of its Service.",
    fixable: true,
    reads: ['Ingress', 'Service'],
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      for (const backend of ingressBackends(resource)) {
        const service = index.pairedService(resource, backend.namespace, backend.name);
        // ExternalName Services need no ports; a Service without ports is invalid on its own.
        if (!service || !backend.port || service.type === 'ExternalName' || service.ports.length === 0)
          continue;
        const mismatch = portMismatch(service, backend.port);
        if (!mismatch) continue;
        report({
          target: { resource, path: backend.port.path },
          message:
            `${what(resource.ref)} backend \`${backend.where}\` names ${mismatch.wanted} of ${what(service.resource.ref)}, but the Service has no such port ` +
            `(its ports: ${mismatch.ports}). An Ingress backend names a port of the Service itself (its \`name\` or its \`port\` number, never the \`targetPort\`); ` +
            'the ingress controller finds no endpoints for an unknown port and answers these requests with an error (typically 503). ' +
            mismatch.hint,
          related: [
            related(service.resource, ['spec', 'ports'], `${what(service.resource.ref)} ports`),
            ...(mismatch.suggestion ? [related(service.resource, mismatch.suggestion.path)] : []),
          ],
          fix:
            mismatch.replacement !== undefined
              ? replaceScalarFix(resource.object, backend.port.path, mismatch.replacement)
              : undefined,
        });
      }
    }
  },
};
