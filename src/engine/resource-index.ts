import type { ParsedFile } from './parse.js';
import type { EndpointSliceView, EndpointsView, ServiceView } from './model.js';
import { endpointSliceView, endpointsView, serviceView } from './model.js';
import type { Resource } from './resources.js';
import { isPlaceholder } from './placeholder.js';
import type { PatchUse } from '../kustomize/build.js';
import type { HiddenSource, Unit } from './units.js';

const key = (namespace: string, name: string): string => `${namespace}/${name}`;

function push<K, T>(map: Map<K, T[]>, k: K, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * Everything the rules look up, indexed by (kind, namespace, name) and by pairing keys.
 *
 * Two kinds of lookup, because a repository is many clusters (src/engine/units.ts):
 * - existence (`service`, `servicesNamed`, `hasBackendObjects`): anywhere in the scan. An absence finding
 *   ("no Service for this Endpoints") is reported only when nothing anywhere could be the counterpart.
 * - pairing (`pairedService`, `endpointsFor`, `slicesFor`, `near`): the counterpart deployed with the object
 *   (same unit), else the nearest on its line of the directory tree (same directory, then up or down one
 *   line, never a sibling folder). Findings that compare two objects compare only such pairs.
 */
export class ResourceIndex {
  readonly services: ServiceView[] = [];
  readonly endpoints: EndpointsView[] = [];
  readonly slices: EndpointSliceView[] = [];
  private readonly servicesByKey = new Map<string, ServiceView[]>();
  private readonly servicesByName = new Map<string, ServiceView[]>();
  private readonly servicesByNamespace = new Map<string, ServiceView[]>();
  private readonly endpointsByKey = new Map<string, EndpointsView[]>();
  private readonly slicesByService = new Map<string, EndpointSliceView[]>();
  private pairedBackends?: Map<ServiceView, { endpoints: EndpointsView[]; slices: EndpointSliceView[] }>;
  /** Per namespace: its Services (`togetherIn`), and those whose name is no placeholder (`servicesFor`). */
  private readonly nearServices = new Map<string, NearIndex<ServiceView>>();
  private readonly nearNamedServices = new Map<string, NearIndex<ServiceView>>();
  /** `namespace/name` -> the Services a kustomize build renamed from that name (`renamedFrom`). */
  private renamedServices?: Map<string, ServiceView[]>;

  constructor(
    readonly files: readonly ParsedFile[],
    readonly resources: readonly Resource[],
    readonly defaultNamespace: string,
    /** Sources of objects the scan cannot show: a Helm release, a remote base, an unrendered chart. */
    readonly hidden: readonly HiddenSource[] = [],
    /** Target-less strategic-merge patches of each kustomize build, with how many objects they matched. */
    readonly patchUses: readonly PatchUse[] = [],
  ) {
    for (const resource of resources) {
      const { kind, namespace, name } = resource.ref;
      const apiVersion = resource.object.apiVersion;
      if (kind === 'Service' && apiVersion === 'v1') {
        const view = serviceView(resource);
        this.services.push(view);
        push(this.servicesByKey, key(namespace, name), view);
        push(this.servicesByName, name, view);
        push(this.servicesByNamespace, namespace, view);
      } else if (kind === 'Endpoints' && apiVersion === 'v1') {
        const view = endpointsView(resource);
        this.endpoints.push(view);
        push(this.endpointsByKey, key(namespace, name), view);
      } else if (kind === 'EndpointSlice' && apiVersion.startsWith('discovery.k8s.io/')) {
        const view = endpointSliceView(resource);
        this.slices.push(view);
        if (view.serviceName !== undefined)
          push(this.slicesByService, key(namespace, view.serviceName), view);
      }
    }
  }

  /** A Service of that namespace and name anywhere in the scan (existence, not pairing). */
  service(namespace: string, name: string): ServiceView | undefined {
    return this.servicesByKey.get(key(namespace, name))?.[0];
  }

  /**
   * The Service of that namespace and name that `from` pairs with: deployed with it, else the nearest on its
   * line of directories, else the only one the scan holds (a name and namespace that match exactly and
   * nowhere else are one pair, even split across folders such as `services/` and `endpoints/`).
   */
  pairedService(
    from: Resource,
    namespace: string,
    name: string,
    /** Among equally near definitions (alternatives of one Service), the kind `from` fits, if one is. */
    fits?: (service: ServiceView) => boolean,
  ): ServiceView | undefined {
    const candidates = this.servicesByKey.get(key(namespace, name)) ?? [];
    const nearest = this.nearest(from, candidates);
    return (
      (fits && nearest.find(fits)) ?? nearest[0] ?? (candidates.length === 1 ? candidates[0] : undefined)
    );
  }

  /**
   * Services of a namespace `from` may have meant, for suggestions: those near it, else all of the namespace.
   * Complexity: the Services deployed with `from` or on its line of directories (NearIndex), not the namespace.
   */
  servicesFor(from: Resource, namespace: string): readonly ServiceView[] {
    let pool = this.nearNamedServices.get(namespace);
    if (!pool) {
      // A placeholder name (`${APP}`) is no name to suggest.
      pool = new NearIndex(this.servicesIn(namespace).filter((s) => !isPlaceholder(s.resource.ref.name)));
      this.nearNamedServices.set(namespace, pool);
    }
    const near = pool.near(from);
    return near.length > 0 ? near : pool.all;
  }

  /** The Services of a namespace deployed with `from` (`together(from, servicesIn(namespace))`, indexed). */
  servicesTogether(from: Resource, namespace: string): readonly ServiceView[] {
    let pool = this.nearServices.get(namespace);
    if (!pool) this.nearServices.set(namespace, (pool = new NearIndex(this.servicesIn(namespace))));
    return pool.together(from);
  }

  /** Services of that name in any namespace. */
  servicesNamed(name: string): readonly ServiceView[] {
    return this.servicesByName.get(name) ?? [];
  }

  /** Services of a namespace, in definition order. */
  servicesIn(namespace: string): readonly ServiceView[] {
    return this.servicesByNamespace.get(namespace) ?? [];
  }

  /**
   * The candidates `from` may pair with, nearest first: those deployed with it (a unit in common; the same
   * file first), then those whose directory is on one line with its own (same directory, an ancestor or a
   * descendant), deepest common directory first. Candidates in sibling folders are left out.
   */
  near<T extends { resource: Resource }>(from: Resource, candidates: readonly T[]): T[] {
    return nearFirst(from, candidates);
  }

  /**
   * The counterparts `from` pairs with: those deployed with it when there are any (the same file first), else
   * those of the nearest directory on its line (see `near`).
   */
  nearest<T extends { resource: Resource }>(from: Resource, candidates: readonly T[]): T[] {
    const sorted = this.near(from, candidates);
    if (sorted.length <= 1) return sorted;
    const best = nearness(from, sorted[0]!.resource)!;
    const together = best >= TOGETHER;
    return sorted.filter((c) => {
      const score = nearness(from, c.resource)!;
      return together ? score >= TOGETHER : score === best;
    });
  }

  /**
   * A Service deployed with `from` that its kustomize build renamed from `name` (namePrefix, nameSuffix):
   * what `from` names by the old name is stale in that build, since kustomize rewrites only some references
   * (src/kustomize/name-references.ts).
   */
  renamedFrom(from: Resource, namespace: string, name: string): ServiceView | undefined {
    if (!this.renamedServices) {
      // The Services whose build gave them another name than their source's, in definition order.
      this.renamedServices = new Map();
      for (const s of this.services) {
        const source = s.resource.object.built?.source.name;
        if (source !== undefined && source !== s.resource.ref.name)
          push(this.renamedServices, key(s.resource.ref.namespace, source), s);
      }
    }
    return this.renamedServices
      .get(key(namespace, name))
      ?.find((s) => s.resource.units.some((u) => from.units.includes(u)));
  }

  /** The candidates deployed with `from`: a deployment unit in common (see src/engine/units.ts). */
  together<T extends { resource: Resource }>(from: Resource, candidates: readonly T[]): T[] {
    return candidates.filter((c) => c.resource.units.some((u) => from.units.includes(u)));
  }

  /** Endpoints objects that pair with the Service (see `near`). */
  endpointsFor(service: ServiceView): readonly EndpointsView[] {
    return this.backends().get(service)?.endpoints ?? [];
  }

  /** Slices whose service-name label names the Service and that pair with it (see `near`). */
  slicesFor(service: ServiceView): readonly EndpointSliceView[] {
    return this.backends().get(service)?.slices ?? [];
  }

  /** Whether any Endpoints or slice anywhere in the scan carries the Service's name and namespace. */
  hasBackendObjects(service: ServiceView): boolean {
    const k = key(service.resource.ref.namespace, service.resource.ref.name);
    return (this.endpointsByKey.get(k)?.length ?? 0) > 0 || (this.slicesByService.get(k)?.length ?? 0) > 0;
  }

  /** The Service an Endpoints pairs with. */
  serviceOfEndpoints(endpoints: EndpointsView): ServiceView | undefined {
    const { namespace, name } = endpoints.resource.ref;
    return this.pairedService(endpoints.resource, namespace, name, takesManualBackends);
  }

  /** The Service a slice pairs with. */
  serviceOfSlice(slice: EndpointSliceView): ServiceView | undefined {
    return slice.serviceName === undefined
      ? undefined
      : this.pairedService(
          slice.resource,
          slice.resource.ref.namespace,
          slice.serviceName,
          takesManualBackends,
        );
  }

  /**
   * Sources that may hold objects of that namespace the scan cannot show, deployed with `from`: a Helm release
   * or remote base of the namespace, or an unrendered template in its directory or one above it (its chart).
   */
  hiddenIn(namespace: string, from: Resource): readonly HiddenSource[] {
    const dir = dirOf(from.object.file.path);
    return this.hidden.filter((h) => {
      if (h.namespace !== undefined && h.namespace !== namespace) return false;
      if (h.unit !== undefined && !from.units.includes(h.unit)) return false;
      if (h.root === undefined) return true;
      const root = h.root === '.' ? '' : h.root;
      if (h.onlyDirectory) return dir === root;
      return root === '' || dir === root || dir.startsWith(`${root}/`);
    });
  }

  private backends(): Map<ServiceView, { endpoints: EndpointsView[]; slices: EndpointSliceView[] }> {
    if (this.pairedBackends) return this.pairedBackends;
    const paired = new Map<ServiceView, { endpoints: EndpointsView[]; slices: EndpointSliceView[] }>();
    const entry = (s: ServiceView) => {
      let e = paired.get(s);
      if (!e) paired.set(s, (e = { endpoints: [], slices: [] }));
      return e;
    };
    for (const e of this.endpoints) {
      const service = this.serviceOfEndpoints(e);
      if (service) entry(service).endpoints.push(e);
    }
    for (const s of this.slices) {
      const service = this.serviceOfSlice(s);
      if (service) entry(service).slices.push(s);
    }
    return (this.pairedBackends = paired);
  }
}

/**
 * A Service that hand-written Endpoints and slices are for: no selector, not ExternalName. When a directory
 * holds alternatives of one Service (Kubernetes in Action's `external-service.yaml` and
 * `external-service-externalname.yaml`), the Endpoints beside them pairs with this one.
 */
const takesManualBackends = (s: ServiceView): boolean => s.selector === null && s.type !== 'ExternalName';

const dirOf = (path: string): string => {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
};

/** The candidates that `nearness` scores, nearest first (a stable sort: list order among equals). */
function nearFirst<T extends { resource: Resource }>(from: Resource, candidates: readonly T[]): T[] {
  const scored: { c: T; score: number }[] = [];
  for (const c of candidates) {
    const score = nearness(from, c.resource);
    if (score !== undefined) scored.push({ c, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((x) => x.c);
}

/**
 * `near` and `together` over one fixed list of candidates (the Services or Pod templates of a namespace),
 * answered from indexes of their units and directories: only the candidates that share a unit with `from` or
 * sit on its line of directories are looked at, not the whole list. Same answers, in the same order, as
 * `ResourceIndex.near(from, all)` and `ResourceIndex.together(from, all)`.
 */
export class NearIndex<T extends { resource: Resource }> {
  /** Positions in `all` of the candidates of each unit, of each directory, and below each directory. */
  private readonly byUnit = new Map<Unit, number[]>();
  private readonly inDir = new Map<string, number[]>();
  private readonly below = new Map<string, number[]>();

  constructor(readonly all: readonly T[]) {
    all.forEach((c, i) => {
      for (const u of c.resource.units) push(this.byUnit, u, i);
      const dir = dirOf(c.resource.object.file.path);
      push(this.inDir, dir, i);
      for (let d = dirOf(dir); d !== ''; d = dirOf(d)) push(this.below, d, i);
    });
  }

  /** `ResourceIndex.near(from, all)`. */
  near(from: Resource): T[] {
    const dir = dirOf(from.object.file.path);
    // Every directory is on one line with the top.
    if (dir === '') return nearFirst(from, this.all);
    const found = new Set<number>();
    for (const u of from.units) for (const i of this.byUnit.get(u) ?? []) found.add(i);
    for (let d = dir; ; d = dirOf(d)) {
      for (const i of this.inDir.get(d) ?? []) found.add(i);
      if (d === '') break;
    }
    for (const i of this.below.get(dir) ?? []) found.add(i);
    return nearFirst(from, this.inOrder(found));
  }

  /** `ResourceIndex.together(from, all)`: the candidates with a deployment unit in common with `from`. */
  together(from: Resource): T[] {
    const found = new Set<number>();
    for (const u of from.units) for (const i of this.byUnit.get(u) ?? []) found.add(i);
    return this.inOrder(found);
  }

  private inOrder(positions: ReadonlySet<number>): T[] {
    return [...positions].sort((a, b) => a - b).map((i) => this.all[i]!);
  }
}
const TOGETHER = 2_000_000;
const SAME_FILE = 1_000_000;
const depth = (dir: string): number => (dir === '' ? 0 : dir.split('/').length);

/**
 * How near `b` is to `a` for pairing, higher is nearer; undefined when they are not counterparts of one
 * deployment (no unit in common, and neither directory contains the other).
 */
export function nearness(a: Resource, b: Resource): number | undefined {
  const fileA = a.object.file.path;
  const fileB = b.object.file.path;
  const dirA = dirOf(fileA);
  const dirB = dirOf(fileB);
  const together = a.units.some((u) => b.units.includes(u));
  const line = onOneLine(dirA, dirB);
  if (!together && !line) return undefined;
  const shared = line ? Math.min(depth(dirA), depth(dirB)) : sharedDirectories(dirA, dirB);
  return (together ? TOGETHER : 0) + (fileA === fileB ? SAME_FILE : 0) + shared;
}

/** Whether one directory contains the other ('' is the top). */
function onOneLine(a: string, b: string): boolean {
  return a === b || a === '' || b === '' || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

function sharedDirectories(a: string, b: string): number {
  // The directories both paths start with, counted without splitting them (called once per candidate).
  let n = 0;
  const end = Math.min(a.length, b.length);
  let i = 0;
  // A slash both share closes a directory both are in. Called only for directories not on one line, so
  // neither path ends where the other goes on with a slash (`a/b` and `a/b/c` are on one line).
  for (; i < end && a.charCodeAt(i) === b.charCodeAt(i); i++) if (a.charCodeAt(i) === SLASH) n++;
  return n;
}
const SLASH = 47;
