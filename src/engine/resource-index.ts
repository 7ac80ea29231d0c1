import type { ParsedFile } from './parse.js';
import type { EndpointSliceView, EndpointsView, ServiceView } from './model.js';
import { endpointSliceView, endpointsView, serviceView } from './model.js';
import type { Resource } from './resources.js';

const key = (namespace: string, name: string): string => `${namespace}/${name}`;

function push<T>(map: Map<string, T[]>, k: string, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/** Everything the rules look up, indexed by (kind, namespace, name) and by pairing keys. */
export class ResourceIndex {
  readonly services: ServiceView[] = [];
  readonly endpoints: EndpointsView[] = [];
  readonly slices: EndpointSliceView[] = [];
  private readonly servicesByKey = new Map<string, ServiceView[]>();
  private readonly servicesByName = new Map<string, ServiceView[]>();
  private readonly servicesByNamespace = new Map<string, ServiceView[]>();
  private readonly endpointsByKey = new Map<string, EndpointsView[]>();
  private readonly slicesByService = new Map<string, EndpointSliceView[]>();

  constructor(
    readonly files: readonly ParsedFile[],
    readonly resources: readonly Resource[],
    readonly defaultNamespace: string,
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

  /**
   * The Service of that namespace and name. When the repo defines it more than once (one folder per
   * environment, say), the definition nearest to `near`: same file, else the most shared directories.
   */
  service(namespace: string, name: string, near?: Resource): ServiceView | undefined {
    const candidates = this.servicesByKey.get(key(namespace, name));
    if (!candidates || candidates.length <= 1 || !near) return candidates?.[0];
    const here = near.object.file.path;
    let best = candidates[0];
    let bestScore = -1;
    for (const candidate of candidates) {
      const there = candidate.resource.object.file.path;
      const score = there === here ? Number.MAX_SAFE_INTEGER : sharedDirectories(here, there);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    return best;
  }

  /** Services of that name in any namespace. */
  servicesNamed(name: string): readonly ServiceView[] {
    return this.servicesByName.get(name) ?? [];
  }

  /** Services of a namespace, in definition order. */
  servicesIn(namespace: string): readonly ServiceView[] {
    return this.servicesByNamespace.get(namespace) ?? [];
  }

  /** Endpoints objects with the Service's name and namespace. */
  endpointsFor(service: ServiceView): readonly EndpointsView[] {
    const { namespace, name } = service.resource.ref;
    return this.endpointsByKey.get(key(namespace, name)) ?? [];
  }

  /** Slices whose service-name label names the Service, in its namespace. */
  slicesFor(service: ServiceView): readonly EndpointSliceView[] {
    const { namespace, name } = service.resource.ref;
    return this.slicesByService.get(key(namespace, name)) ?? [];
  }

  /** The Service an Endpoints pairs with. */
  serviceOfEndpoints(endpoints: EndpointsView): ServiceView | undefined {
    const { namespace, name } = endpoints.resource.ref;
    return this.service(namespace, name, endpoints.resource);
  }

  /** The Service a slice pairs with. */
  serviceOfSlice(slice: EndpointSliceView): ServiceView | undefined {
    return slice.serviceName === undefined
      ? undefined
      : this.service(slice.resource.ref.namespace, slice.serviceName, slice.resource);
  }
}

function sharedDirectories(a: string, b: string): number {
  const da = a.split('/').slice(0, -1);
  const db = b.split('/').slice(0, -1);
  let n = 0;
  while (n < da.length && n < db.length && da[n] === db[n]) n++;
  return n;
}
