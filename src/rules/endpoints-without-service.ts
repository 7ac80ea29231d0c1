// Complexity (objects of one namespace): O(E + T + m·S) for E Endpoints, T Pod templates, S Services of the
// namespace and m Endpoints with no Service: pairing and renames are index lookups; only a missing Service's
// suggestion reads Services (those near it via NearIndex, else the namespace's).
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import { isRecord } from '../engine/parse.js';
import type { ResourceIndex } from '../engine/resource-index.js';
import type { Rule } from '../engine/rule.js';
import type { PodTemplateView } from '../engine/workloads.js';
import { POD_TEMPLATE_KINDS, workloadIndex } from '../engine/workloads.js';
import { closestName } from '../engine/suggest.js';
import { writtenNameFor } from '../kustomize/build.js';

export const endpointsWithoutService: Rule = {
  meta: {
    id: 'endpoints-without-service',
    severity: 'error',
    family: 'pairing',
    summary: 'An Endpoints has no Service of the same name in its namespace (nor in any other).',
    fixable: true,
    reads: ['Endpoints', 'Service', ...POD_TEMPLATE_KINDS],
    why:
      'An Endpoints only reaches traffic when a Service with exactly the same name and namespace exists ' +
      '(the EndpointSlice mirroring controller mirrors nothing else), so these addresses never receive traffic.',
    messages: {
      renamedByBuild:
        '{{endpoints}} is named {{name}}, but its kustomize build renames Service {{name}} to {{renamed}} ' +
        '(namePrefix / nameSuffix of a kustomization this Endpoints is not under). {{why}} ' +
        'Put the Endpoints under the kustomization that renames the Service, so that it is renamed alike, ' +
        'or name it {{renamed}}.',
      closeName:
        '{{endpoints}} has no Service named {{name}} in namespace {{namespace}}. {{why}} ' +
        'Did you mean `{{suggestion}}`? Rename the Endpoints to match {{service}}.',
      noService:
        '{{endpoints}} has no Service named {{name}} in namespace {{namespace}}. {{why}} ' +
        'Rename it to the name of its Service, or add a Service {{namespace}}/{{name}} without a selector.',
    },
  },
  check({ index, report }) {
    for (const endpoints of index.endpoints) {
      const { namespace, name } = endpoints.resource.ref;
      if (name === '') continue;
      const renamed = index.renamedFrom(endpoints.resource, namespace, name);
      if (renamed && !index.pairedService(endpoints.resource, namespace, name)) {
        const what = formatResource(endpoints.resource.ref);
        report({
          target: { resource: endpoints.resource, path: ['metadata', 'name'] },
          messageId: 'renamedByBuild',
          data: { endpoints: what, name, renamed: renamed.resource.ref.name },
          related: [
            {
              resource: renamed.resource,
              path: ['metadata', 'name'],
              message: `${formatResource(renamed.resource.ref)}, renamed by the build`,
            },
          ],
        });
        continue;
      }
      if (index.service(namespace, name)) continue;
      // A Service of that name deployed with it in another namespace is pairing-namespace-mismatch.
      if (index.near(endpoints.resource, index.servicesNamed(name)).length > 0) continue;
      // The in-tree GlusterFS volume reads an Endpoints by name for its server addresses: no Service involved.
      if (glusterfsEndpoints(index).has(`${namespace}/${name}`)) continue;
      const candidates = index.servicesFor(endpoints.resource, namespace);
      const suggestion = closestName(
        name,
        candidates.map((s) => s.resource.ref.name),
      );
      // A Helm release or remote base deploying into the namespace may hold the Service, unless a close name
      // beside it says which Service was meant.
      if (!suggestion && index.hiddenIn(namespace, endpoints.resource).length > 0) continue;
      const suggested = candidates.find((s) => s.resource.ref.name === suggestion);
      const written =
        suggestion === undefined ? undefined : writtenNameFor(endpoints.resource.object, suggestion);
      const what = formatResource(endpoints.resource.ref);
      report({
        target: { resource: endpoints.resource, path: ['metadata', 'name'] },
        ...(suggested
          ? {
              messageId: 'closeName',
              data: {
                endpoints: what,
                name,
                namespace,
                suggestion: suggested.resource.ref.name,
                service: formatResource(suggested.resource.ref),
              },
            }
          : { messageId: 'noService', data: { endpoints: what, name, namespace } }),
        related: suggested
          ? [
              {
                resource: suggested.resource,
                path: ['metadata', 'name'],
                message: formatResource(suggested.resource.ref),
              },
            ]
          : [],
        // Written where the name is written: without the prefixes and suffixes its build adds.
        fix:
          written === undefined
            ? undefined
            : replaceScalarFix(endpoints.resource.object, ['metadata', 'name'], written),
      });
    }
  },
};

const glusterfsCache = new WeakMap<ResourceIndex, Set<string>>();

/** `namespace/name` of every Endpoints a Pod template's `glusterfs` volume names. */
function glusterfsEndpoints(index: ResourceIndex): Set<string> {
  let names = glusterfsCache.get(index);
  if (names) return names;
  names = new Set();
  for (const t of workloadIndex(index).templates) {
    const volumes = volumesOf(t);
    for (const v of volumes) {
      const endpoints = isRecord(v) && isRecord(v.glusterfs) ? v.glusterfs.endpoints : undefined;
      if (typeof endpoints === 'string') names.add(`${t.resource.ref.namespace}/${endpoints}`);
    }
  }
  glusterfsCache.set(index, names);
  return names;
}

function volumesOf(t: PodTemplateView): unknown[] {
  let spec: unknown = t.resource.object.value;
  for (const step of [...t.templatePath, 'spec', 'volumes'])
    spec = isRecord(spec) ? spec[step as string] : undefined;
  return Array.isArray(spec) ? spec : [];
}
