// Complexity (objects of one namespace): O(R) for R objects.
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import { isRecord } from '../engine/parse.js';
import { isPlaceholder } from '../engine/placeholder.js';
import type { Resource } from '../engine/resources.js';
import type { Rule } from '../engine/rule.js';
import { isKubernetesKind, rawAt, SERVED_VERSION } from './schema/objects.js';

export const invalidApiVersion: Rule = {
  meta: {
    id: 'invalid-api-version',
    severity: 'error',
    family: 'validity',
    summary:
      'A Service or Endpoints with an apiVersion other than v1, or an EndpointSlice other than discovery.k8s.io/v1.',
    fixable: true,
    reads: ['EndpointSlice'],
    why: 'Nothing is created, so the object never exists in the cluster.',
    messages: {
      removedVersion:
        '{{object}} has apiVersion "{{version}}", but {{version}} {{removed}}: kubectl fails with ' +
        '\'no matches for kind "{{kind}}" in version "{{version}}"\'. {{why}} ' +
        '{{kind}} is served as `{{expected}}`: write `apiVersion: {{expected}}`{{topology}}.',
      unknownVersion:
        '{{object}} has apiVersion "{{version}}", but no API group serves {{kind}} as "{{version}}": ' +
        'kubectl fails with \'no matches for kind "{{kind}}" in version "{{version}}"\'. {{why}} ' +
        '{{kind}} is served as `{{expected}}`: write `apiVersion: {{expected}}`{{topology}}.',
    },
  },
  check({ index, report }) {
    for (const resource of index.resources) {
      if (!isKubernetesKind(resource)) continue;
      const expected = SERVED_VERSION[resource.ref.kind]!;
      const actual = resource.object.apiVersion;
      if (actual === expected) continue;
      // `${API_VERSION}`, `<version>`: substituted before applying. (`V1` is a real mistake, not a placeholder.)
      if (isPlaceholder(actual, { allCaps: false })) continue;
      const kind = resource.ref.kind;
      const topology = kind === 'EndpointSlice' ? endpointsWithTopology(resource) : 0;
      const removed = REMOVED_VERSIONS.get(actual);
      report({
        target: { resource, path: ['apiVersion'] },
        messageId: removed === undefined ? 'unknownVersion' : 'removedVersion',
        data: {
          object: formatResource(resource.ref),
          version: actual,
          ...(removed === undefined ? {} : { removed }),
          kind,
          expected,
          topology:
            topology > 0
              ? `, and move the \`topology\` of ${topology === 1 ? 'its endpoint' : `its ${topology} endpoints`}, ` +
                'which v1 no longer has (strict field validation rejects it): `kubernetes.io/hostname` to ' +
                '`nodeName`, `topology.kubernetes.io/zone` to `zone`, anything else to `deprecatedTopology`'
              : '',
        },
        // The version alone is no fix when v1 would then reject the v1beta1-only `topology` field.
        fix: topology > 0 ? undefined : replaceScalarFix(resource.object, ['apiVersion'], expected),
      });
    }
  },
};

/** API versions that once served EndpointSlices, and what became of them. */
const REMOVED_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['discovery.k8s.io/v1beta1', 'was removed in Kubernetes v1.25'],
  ['discovery.k8s.io/v1alpha1', 'is no longer served'],
]);

/** How many endpoints of a v1beta1 slice use `topology`, the field v1 renamed to `deprecatedTopology`. */
function endpointsWithTopology(resource: Resource): number {
  const endpoints = rawAt(resource, ['endpoints']);
  return Array.isArray(endpoints)
    ? endpoints.filter((e) => isRecord(e) && e.topology !== undefined && e.topology !== null).length
    : 0;
}
