import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import type { Rule } from '../engine/rule.js';
import { closestName } from '../engine/suggest.js';

export const endpointsWithoutService: Rule = {
  meta: {
    id: 'endpoints-without-service',
    severity: 'error',
    family: 'pairing',
    summary: 'An Endpoints has no Service of the same name in its namespace (nor in any other).',
    fixable: true,
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { namespace, name } = endpoints.resource.ref;
      if (name === '' || index.service(namespace, name) || index.servicesNamed(name).length > 0) continue;
      const candidates = index.servicesIn(namespace);
      const suggestion = closestName(
        name,
        candidates.map((s) => s.resource.ref.name),
      );
      const suggested = candidates.find((s) => s.resource.ref.name === suggestion);
      const what = formatResource(endpoints.resource.ref);
      report({
        target: { resource: endpoints.resource, path: ['metadata', 'name'] },
        message:
          `${what} has no Service named ${name} in namespace ${namespace}. ` +
          'An Endpoints only reaches traffic when a Service with exactly the same name and namespace exists ' +
          '(the EndpointSlice mirroring controller mirrors nothing else), so these addresses never receive traffic. ' +
          (suggested
            ? `Did you mean \`${suggestion}\`? Rename the Endpoints to match ${formatResource(suggested.resource.ref)}.`
            : `Rename it to the name of its Service, or add a Service ${namespace}/${name} without a selector.`),
        related: suggested
          ? [
              {
                resource: suggested.resource,
                path: ['metadata', 'name'],
                message: formatResource(suggested.resource.ref),
              },
            ]
          : [],
        fix: suggestion
          ? replaceScalarFix(endpoints.resource.object, ['metadata', 'name'], suggestion)
          : undefined,
      });
    }
  },
};
