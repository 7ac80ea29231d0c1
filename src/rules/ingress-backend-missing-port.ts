// Complexity (objects of one namespace): O(R + b) for R objects and b Ingress backends: the paired Service is
// an index lookup.
import { replaceScalarFix } from '../engine/fix.js';
import { fitsPort, ingressBackends, lookupServicePort, portMismatch } from '../engine/routes.js';
import type { Rule } from '../engine/rule.js';
import { related, what } from './pairing.js';

/** What every message says first: the backend, the port it names and the ports the Service has. */
const NO_SUCH_PORT =
  '{{ingress}} backend `{{backend}}` names {{port}} of {{service}}, but the Service has no such port ' +
  '(its ports: {{ports}}). {{why}} ';

export const ingressBackendMissingPort: Rule = {
  meta: {
    id: 'ingress-backend-missing-port',
    severity: 'error',
    family: 'workloads',
    summary: "An Ingress backend's `port.name` / `port.number` is not a port of its Service.",
    fixable: true,
    reads: ['Ingress', 'Service'],
    why:
      'An Ingress backend names a port of the Service itself (its `name` or its `port` number, never the ' +
      '`targetPort`); the ingress controller finds no endpoints for an unknown port and answers these requests ' +
      'with an error (typically 503).',
    // The hint is portMismatch's (engine/routes.ts): the port it most likely meant, or what to do instead.
    messages: {
      unknownPort: NO_SUCH_PORT + '{{hint}}',
      // The backend names the targetPort of a Service port: the hint names that Service port.
      targetPort: NO_SUCH_PORT + '{{hint}}',
      // The backend names a port by name, but the Service's ports have none: refer to it by number.
      unnamedPort: NO_SUCH_PORT + '{{hint}}',
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      for (const backend of ingressBackends(resource)) {
        const service = index.pairedService(
          resource,
          backend.namespace,
          backend.name,
          fitsPort(backend.port),
        );
        // ExternalName Services need no ports; a Service without ports is invalid on its own.
        if (!service || !backend.port || service.type === 'ExternalName' || service.ports.length === 0)
          continue;
        const mismatch = portMismatch(service, backend.port);
        if (!mismatch) continue;
        report({
          target: { resource, path: backend.port.path },
          messageId:
            lookupServicePort(service, backend.port).suggestion?.why === 'targetPort'
              ? 'targetPort'
              : !mismatch.suggestion &&
                  backend.port.by === 'name' &&
                  service.ports.every((p) => p.name === '')
                ? 'unnamedPort'
                : 'unknownPort',
          data: {
            ingress: what(resource.ref),
            backend: backend.where,
            port: mismatch.wanted,
            service: what(service.resource.ref),
            ports: mismatch.ports,
            hint: mismatch.hint,
          },
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
