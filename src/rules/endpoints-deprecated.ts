import type { Fix } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import { migrateEndpoints } from '../engine/migrate.js';
import type { EndpointsView } from '../engine/model.js';
import type { Rule } from '../engine/rule.js';

/**
 * Where the Endpoints -> EndpointSlice converter plugs in: given an Endpoints, the whole-line fix that
 * replaces it with its equivalent EndpointSlice(s), or undefined when there is none. The rule attaches
 * the fix as is and mentions it in the message only when there is one.
 */
export type EquivalentSliceFix = (endpoints: EndpointsView) => Fix | undefined;

/** No converter yet: the finding carries no fix. */
export const noEquivalentSliceFix: EquivalentSliceFix = () => undefined;

/** Builds the rule around a converter; `endpointsDeprecated` is the registered instance. */
export function endpointsDeprecatedRule(equivalentSliceFix: EquivalentSliceFix = noEquivalentSliceFix): Rule {
  return {
    meta: {
      id: 'endpoints-deprecated',
      severity: 'notice',
      family: 'advice',
      summary: 'A v1 Endpoints: the API is deprecated since Kubernetes v1.33; EndpointSlice replaces it.',
      fixable: equivalentSliceFix !== noEquivalentSliceFix,
    },
    check({ index, report }) {
      for (const endpoints of index.endpoints) {
        const { name } = endpoints.resource.ref;
        const fix = equivalentSliceFix(endpoints);
        report({
          target: { resource: endpoints.resource, path: ['kind'] },
          message:
            `${formatResource(endpoints.resource.ref)} uses the v1 Endpoints API, deprecated since Kubernetes ` +
            'v1.33 (KEP-4974): the API server warns on every write, and kube-proxy reads only EndpointSlices, so ' +
            'this object reaches it only through the EndpointSlice mirroring controller. Replace it with the ' +
            'equivalent EndpointSlice (apiVersion discovery.k8s.io/v1, label kubernetes.io/service-name: ' +
            `${name || '<service>'}, one slice per IP family, a managed-by label)` +
            (fix ? ': the suggested fix writes it.' : '.'),
          fix,
          migration: migrateEndpoints(endpoints).yaml,
        });
      }
    },
  };
}

export const endpointsDeprecated: Rule = endpointsDeprecatedRule();
