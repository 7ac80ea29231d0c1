// Complexity (objects of one namespace): O(R·u) for R objects and u deployment units per object (a map keyed
// by identity and scope).
import { placeOf } from '../engine/locate.js';
import type { Resource } from '../engine/resources.js';
import type { Problem, Rule } from '../engine/rule.js';
import { NAME_PATH, what } from './pairing.js';

/** The API group of an apiVersion: `apps/v1` -> `apps`, `v1` -> `` (core). Versions of one group are one resource. */
const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

const place = (r: Resource): string => {
  const { file, region } = placeOf(r.object, NAME_PATH);
  return `${file.path}:${region.line}`;
};

const sourceOf = (r: Resource): object => r.object.built?.source ?? r.object;

/** Config Sync's `configmanagement.gke.io/namespace-selector` annotation, when the object has one. */
function namespaceSelector(r: Resource): unknown {
  const metadata = r.object.value.metadata;
  if (typeof metadata !== 'object' || metadata === null) return undefined;
  const annotations = (metadata as Record<string, unknown>).annotations;
  if (typeof annotations !== 'object' || annotations === null) return undefined;
  return (annotations as Record<string, unknown>)['configmanagement.gke.io/namespace-selector'];
}

/** A Knative Service's revision name (`spec.template.metadata.name`), when written. */
function revisionName(r: Resource): string | undefined {
  if (r.ref.kind !== 'Service' || groupOf(r.object.apiVersion) !== 'serving.knative.dev') return undefined;
  let node: unknown = r.object.value;
  for (const key of ['spec', 'template', 'metadata', 'name']) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' && node !== '' ? node : undefined;
}

/**
 * Two definitions of one Knative Service in one file that name different revisions: applied in order, each
 * makes its Revision (Knative's tag-header routing sample, whose second definition splits traffic between both).
 */
function revisionsInOrder(earlier: Resource, later: Resource, where: string): boolean {
  if (where !== 'in one file') return false;
  const first = revisionName(earlier);
  const second = revisionName(later);
  return first !== undefined && second !== undefined && first !== second;
}

export const duplicateResource: Rule = {
  meta: {
    id: 'duplicate-resource',
    severity: 'error',
    family: 'pairing',
    summary:
      'The same object (kind, namespace and name) is defined twice in one file or one kustomize build: what is ' +
      'applied together (a notice when the two are of different API versions, one Knative Service naming two ' +
      'revisions in one file, or one object written three times or more in one file).',
    reads: [],
    why:
      'Applied together, the later definition silently replaces the earlier one (or fights it on every sync), ' +
      'so one of them never takes effect.',
    messages: {
      definedTwice:
        '{{object}} is defined twice {{where}}: here and in {{place}}. {{why}}{{kustomize}} ' +
        'Delete one of them, or rename or re-namespace one if both are needed.',
      definedInTwoVersions:
        '{{object}} is defined twice {{where}}, as {{apiVersion}} here and as {{otherVersion}} in {{place}}. ' +
        'Two API versions of one kind are one object to the cluster, so applied together the later replaces the ' +
        'earlier; but samples of a multi-version API are written this way on purpose (kubebuilder scaffolds ' +
        'one per version), and `kustomize build` keeps both. Delete one of them if both are applied to a cluster.',
      sequenceOfStates:
        '{{object}} is defined {{count}} times in one file (the one before this is in {{place}}). Applied in ' +
        'order, each definition replaces the one before, so only the last stays; written this many times, the ' +
        'file reads as a sequence of states applied in turn on purpose (an operator reconciling each change, a ' +
        'rollout demo) rather than a copy left unrenamed. Rename the copies that are meant to be objects of their ' +
        'own.',
      knativeRevisions:
        '{{object}} is defined twice in one file, naming revision {{otherRevision}} in {{place}} and ' +
        '{{revision}} here. Applied in order, the later definition replaces the earlier one, but Knative keeps a ' +
        'Revision of each (samples create two revisions to split traffic between them this way). Delete one of ' +
        'them if only one revision is wanted.',
    },
  },
  check({ index, report }) {
    // Definitions are compared only where they are applied together: one file, or one deployment unit
    // (a kustomize build, a GitOps path, a chart, a plain directory). Overlays and per-environment folders
    // hold the same object for different clusters, which is no duplicate.
    const first = new Map<string, Resource>();
    const definitions = definitionsPerFile(index.resources);
    for (const resource of index.resources) {
      const { kind, namespace, name } = resource.ref;
      const group = groupOf(resource.object.apiVersion);
      if (name === '' || group === 'kustomize.config.k8s.io') continue;
      // Kinds of different API groups (core Service, Knative Service) are different objects.
      const key = JSON.stringify([kind, group, namespace, name]);
      // Two files of a plain directory are as often alternatives (`install.yaml`, `namespace-install.yaml`)
      // as one bundle, and so are the CRDs of a chart: only a kustomize build or a GitOps path applies its files together.
      const scopes = [
        `file:${resource.object.file.path}`,
        ...resource.units.filter((u) => u.kind === 'kustomize' || u.kind === 'gitops').map((u) => u.id),
      ];
      let earlier: Resource | undefined;
      let where: string | undefined;
      for (const scope of scopes) {
        const seen = first.get(`${key}|${scope}`);
        // One source object built by several builds is one definition.
        if (seen && sourceOf(seen) !== sourceOf(resource) && !earlier) {
          earlier = seen;
          where = scope.startsWith('file:')
            ? 'in one file'
            : `in ${resource.units.find((u) => u.id === scope)?.label ?? scope}`;
        }
        if (!seen) first.set(`${key}|${scope}`, resource);
      }
      if (!earlier || where === undefined) continue;
      // Config Sync places an object with a namespace selector in the namespaces the selector picks: two
      // with different selectors (`quota` for analytics, `quota` for gamestore) land in different namespaces.
      if (namespaceSelector(earlier) !== namespaceSelector(resource)) continue;
      const count = where === 'in one file' ? (definitions.get(fileKey(resource)) ?? 0) : 0;
      report(
        count >= SEQUENCE
          ? sequenceProblem(earlier, resource, count)
          : duplicateProblem(earlier, resource, where),
      );
    }
  },
};

/**
 * How many definitions of one object one file holds before they read as a sequence of states rather than a
 * copy left unrenamed: three (ClickHouse's `01-simple-layout-05-concurrent-reconcile.yaml` writes one
 * installation with clusters c1, c2, c3, applied in turn to exercise the operator's reconcile).
 */
const SEQUENCE = 3;

/** An object's identity in its file: kind, API group, namespace, name and file. */
const fileKey = (r: Resource): string =>
  JSON.stringify([r.ref.kind, groupOf(r.object.apiVersion), r.ref.namespace, r.ref.name, r.object.file.path]);

/** The number of definitions (source objects) of each object in each file. */
function definitionsPerFile(resources: readonly Resource[]): Map<string, number> {
  const sources = new Map<string, Set<object>>();
  for (const r of resources) {
    const key = fileKey(r);
    let set = sources.get(key);
    if (!set) sources.set(key, (set = new Set()));
    set.add(sourceOf(r));
  }
  return new Map([...sources].map(([key, set]) => [key, set.size]));
}

/** The notice on the later definitions of an object a file writes three times or more. */
function sequenceProblem(earlier: Resource, resource: Resource, count: number): Problem {
  return {
    target: { resource, path: NAME_PATH },
    severity: 'notice',
    messageId: 'sequenceOfStates',
    data: { object: what(resource.ref), count: String(count), place: place(earlier) },
    related: [{ resource: earlier, path: NAME_PATH, message: `earlier definition of ${what(earlier.ref)}` }],
  };
}

/** The finding on the later of two definitions: a notice for revisions in order or two API versions. */
function duplicateProblem(earlier: Resource, resource: Resource, where: string): Problem {
  const common = {
    target: { resource, path: NAME_PATH },
    related: [{ resource: earlier, path: NAME_PATH, message: `first definition of ${what(earlier.ref)}` }],
  };
  const object = what(resource.ref);
  if (revisionsInOrder(earlier, resource, where))
    return {
      ...common,
      severity: 'notice',
      messageId: 'knativeRevisions',
      data: {
        object,
        revision: revisionName(resource) ?? '',
        otherRevision: revisionName(earlier) ?? '',
        place: place(earlier),
      },
    };
  if (earlier.object.apiVersion !== resource.object.apiVersion)
    return {
      ...common,
      severity: 'notice',
      messageId: 'definedInTwoVersions',
      data: {
        object,
        where,
        apiVersion: resource.object.apiVersion,
        otherVersion: earlier.object.apiVersion,
        place: place(earlier),
      },
    };
  return {
    ...common,
    messageId: 'definedTwice',
    data: {
      object,
      where,
      place: place(earlier),
      kustomize: where.includes('kustomize build')
        ? ' `kustomize build` refuses the duplicate outright.'
        : '',
    },
  };
}
