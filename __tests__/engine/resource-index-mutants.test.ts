/**
 * src/engine/resource-index.ts, how objects are indexed and paired (mutation testing, docs/testing.md): which
 * objects count as slices, how near two objects are (`nearness`: deployed together, same file, directories
 * in common), which Services an Endpoints or slice pairs with, the Services near an object (NearIndex, in
 * definition order among equals), Services a build renamed, and the hidden sources deployed with an object.
 */
import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import { nearness, ResourceIndex } from '../../src/engine/resource-index.js';
import type { Resource } from '../../src/engine/resources.js';
import { placeResources } from '../../src/engine/resources.js';

const parse = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));

/** The index of a scan of those files, as the engine builds it. */
function indexOf(files: Record<string, string>): ResourceIndex {
  const parsed = parse(files);
  const { resources, hidden, patchUses } = placeResources(parsed, 'default');
  return new ResourceIndex(parsed, resources, 'default', hidden, patchUses);
}

/** A Service without selector (one that hand-written Endpoints are for). */
const svc = (name: string): string => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n`;
/** A Service with a selector. */
const selecting = (name: string): string => `${svc(name)}spec:\n  selector: {app: ${name}}\n`;
const ep = (name: string): string =>
  `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n`;
/** An EndpointSlice, labelled with its Service's name when one is given. */
const slice = (name: string, service?: string, apiVersion = 'discovery.k8s.io/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: EndpointSlice\nmetadata:\n  name: ${name}\n` +
  (service === undefined ? '' : `  labels:\n    kubernetes.io/service-name: ${service}\n`) +
  'addressType: IPv4\nendpoints: [{addresses: [10.0.0.1]}]\n';
const cm = (name: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

/** The one resource of that kind defined in that file. */
function inFile(index: ResourceIndex, path: string, kind = 'Service'): Resource {
  const found = index.resources.filter((r) => r.object.file.path === path && r.ref.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** `file namespace/name` of each. */
const where = (list: readonly { resource: Resource }[]): string[] =>
  list.map((x) => `${x.resource.object.file.path} ${x.resource.ref.namespace}/${x.resource.ref.name}`);

describe('what the index holds', () => {
  it('without hidden sources or patch uses given, it has none', () => {
    const parsed = parse({ 'a/svc.yaml': svc('web') });
    const { resources } = placeResources(parsed, 'default');
    const index = new ResourceIndex(parsed, resources, 'default');
    expect(index.hidden).toEqual([]);
    expect(index.patchUses).toEqual([]);
    expect(index.hiddenIn('default', resources[0]!)).toEqual([]);
  });

  it('a slice is an EndpointSlice of the discovery.k8s.io group, nothing else', () => {
    const index = indexOf({
      'a/slices.yaml': [
        slice('real', 'web'),
        slice('custom', 'web', 'example.com/v1'),
        'apiVersion: discovery.k8s.io/v1\nkind: Endpoints\nmetadata:\n  name: web\n',
      ].join('---\n'),
    });
    expect(index.slices.map((s) => s.resource.ref.name)).toEqual(['real']);
    expect(index.endpoints).toEqual([]);
  });

  it('a slice without service-name label belongs to no Service, not even one named "undefined"', () => {
    const index = indexOf({ 'a/all.yaml': [svc('undefined'), slice('orphan')].join('---\n') });
    const service = index.services[0]!;
    expect(index.serviceOfSlice(index.slices[0]!)).toBeUndefined();
    expect(index.slicesFor(service)).toEqual([]);
    expect(index.hasBackendObjects(service)).toBe(false);
  });
});

describe('nearness: deployed together, then the same file, then the directories in common', () => {
  it('on one line of directories: the depth of the upper directory, the top counting 0', () => {
    const index = indexOf({
      'ep.yaml': ep('a'),
      'svc.yaml': svc('top'),
      'a/svc.yaml': svc('a'),
      'a/ep.yaml': ep('a'),
      'a/b/svc.yaml': svc('ab'),
      'a/b/c/ep.yaml': ep('abc'),
      'a/x/svc.yaml': svc('ax'),
    });
    const top = inFile(index, 'ep.yaml', 'Endpoints');
    const deep = inFile(index, 'a/b/c/ep.yaml', 'Endpoints');
    expect(nearness(top, inFile(index, 'a/svc.yaml'))).toBe(0);
    expect(nearness(inFile(index, 'a/ep.yaml', 'Endpoints'), inFile(index, 'svc.yaml'))).toBe(0);
    expect(nearness(deep, inFile(index, 'a/svc.yaml'))).toBe(1);
    expect(nearness(deep, inFile(index, 'a/b/svc.yaml'))).toBe(2);
    expect(nearness(deep, inFile(index, 'a/x/svc.yaml'))).toBeUndefined();
  });

  it('deployed together: 2 000 000 more, and 1 000 000 more again in the same file', () => {
    const index = indexOf({
      'a/b/all.yaml': [svc('web'), ep('web')].join('---\n'),
      'a/b/svc.yaml': svc('other'),
    });
    const endpoints = inFile(index, 'a/b/all.yaml', 'Endpoints');
    expect(nearness(endpoints, inFile(index, 'a/b/all.yaml'))).toBe(3_000_002);
    expect(nearness(endpoints, inFile(index, 'a/b/svc.yaml'))).toBe(2_000_002);
  });

  it('a kustomize build together with a base in another folder: the directories both paths start with', () => {
    const index = indexOf({
      // Common `app/`: one directory.
      'app/base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'app/base/svc.yaml': svc('app'),
      'app/overlays/prod/kustomization.yaml': 'resources: [../../base, ep.yaml]\n',
      'app/overlays/prod/ep.yaml': ep('app'),
      // Common `x/`, then the paths part (`a/b`, `c/d`) though they are as long and hold as many slashes.
      'x/c/d/kustomization.yaml': 'resources: [svc.yaml]\n',
      'x/c/d/svc.yaml': svc('x'),
      'x/a/b/kustomization.yaml': 'resources: [../../c/d, ep.yaml]\n',
      'x/a/b/ep.yaml': ep('x'),
      // `lib/base` is no directory of `lib/basement`: common `lib/` only, whichever path is first.
      'lib/base/x/kustomization.yaml': 'resources: [svc.yaml]\n',
      'lib/base/x/svc.yaml': svc('lib'),
      'lib/basement/kustomization.yaml': 'resources: [../base/x, ep.yaml]\n',
      'lib/basement/ep.yaml': ep('lib'),
      // Nothing in common.
      'base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'base/svc.yaml': svc('hub'),
      'overlay/kustomization.yaml': 'resources: [../base, ep.yaml]\n',
      'overlay/ep.yaml': ep('hub'),
    });
    const pair = (dir: string, base: string): [Resource, Resource] => [
      inFile(index, `${dir}/ep.yaml`, 'Endpoints'),
      inFile(index, `${base}/svc.yaml`),
    ];
    const [app, appBase] = pair('app/overlays/prod', 'app/base');
    expect(nearness(app, appBase)).toBe(2_000_001);
    const [x, xBase] = pair('x/a/b', 'x/c/d');
    expect(nearness(x, xBase)).toBe(2_000_001);
    const [lib, libBase] = pair('lib/basement', 'lib/base/x');
    expect(nearness(lib, libBase)).toBe(2_000_001);
    expect(nearness(libBase, lib)).toBe(2_000_001);
    const [overlay, hub] = pair('overlay', 'base');
    expect(nearness(overlay, hub)).toBe(2_000_000);
  });

  it('a base shared by two builds is together with what either adds', () => {
    const index = indexOf({
      'base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'base/svc.yaml': svc('hub'),
      'p/kustomization.yaml': 'resources: [../base, cm.yaml]\n',
      'p/cm.yaml': cm('p'),
      'q/kustomization.yaml': 'resources: [../base]\n',
    });
    const hub = inFile(index, 'base/svc.yaml');
    expect(hub.units.map((u) => u.id)).toEqual(['kustomize:p', 'kustomize:q']);
    const added = inFile(index, 'p/cm.yaml', 'ConfigMap');
    expect(nearness(hub, added)).toBe(2_000_000);
    expect(nearness(added, hub)).toBe(2_000_000);
  });
});

describe('which Service an Endpoints pairs with', () => {
  const paired = (index: ResourceIndex, path: string): string | undefined => {
    const endpoints = index.endpoints.find((e) => e.resource.object.file.path === path)!;
    const service = index.serviceOfEndpoints(endpoints);
    return service && where([service])[0];
  };

  it('nearest: all those deployed with it (its own file first), none only on its line', () => {
    const index = indexOf({
      'ext/a-svc.yaml': svc('other'),
      'ext/ep.yaml': [selecting('db'), ep('db')].join('---\n'),
      'ext/sub/svc.yaml': svc('below'),
    });
    const from = inFile(index, 'ext/ep.yaml', 'Endpoints');
    expect(where(index.near(from, index.services))).toEqual([
      'ext/ep.yaml default/db',
      'ext/a-svc.yaml default/other',
      'ext/sub/svc.yaml default/below',
    ]);
    expect(where(index.nearest(from, index.services))).toEqual([
      'ext/ep.yaml default/db',
      'ext/a-svc.yaml default/other',
    ]);
    expect(paired(index, 'ext/ep.yaml')).toBe('ext/ep.yaml default/db');
    expect(where(index.endpointsFor(index.services[1]!))).toEqual(['ext/ep.yaml default/db']);
    expect(where(index.endpointsFor(index.services[0]!))).toEqual([]);
  });

  it('up the line: only the deepest directory, even when a higher one takes hand-written Endpoints', () => {
    const index = indexOf({
      'a/b/c/ep.yaml': ep('db'),
      'a/b/svc.yaml': selecting('db'),
      'a/svc.yaml': svc('db'),
    });
    const from = inFile(index, 'a/b/c/ep.yaml', 'Endpoints');
    expect(where(index.near(from, index.services))).toEqual([
      'a/b/svc.yaml default/db',
      'a/svc.yaml default/db',
    ]);
    expect(where(index.nearest(from, index.services))).toEqual(['a/b/svc.yaml default/db']);
    expect(paired(index, 'a/b/c/ep.yaml')).toBe('a/b/svc.yaml default/db');
  });

  it('from the top directory every folder is on its line; from a folder, the top is', () => {
    const index = indexOf({
      'ep.yaml': ep('top'),
      'a/svc.yaml': svc('top'),
      'b/svc.yaml': svc('top'),
      'svc.yaml': svc('up'),
      'c/ep.yaml': ep('up'),
      'd/svc.yaml': svc('up'),
    });
    expect(paired(index, 'ep.yaml')).toBe('a/svc.yaml default/top');
    expect(paired(index, 'c/ep.yaml')).toBe('svc.yaml default/up');
  });
});

describe('Services near an object (NearIndex)', () => {
  const names = (list: readonly { resource: Resource }[]): string[] => list.map((s) => s.resource.ref.name);

  it('those up the line, else those down the line, else all of the namespace', () => {
    const index = indexOf({
      'a/b/cm.yaml': cm('deep'),
      'a/svc.yaml': svc('up'),
      'c/svc.yaml': svc('sibling'),
      'c/cm.yaml': cm('c'),
      'e/cm.yaml': cm('e'),
      'e/f/svc.yaml': svc('down'),
      'g/cm.yaml': cm('g'),
    });
    const near = (path: string): string[] =>
      names(index.servicesFor(inFile(index, path, 'ConfigMap'), 'default'));
    expect(near('a/b/cm.yaml')).toEqual(['up']);
    expect(near('c/cm.yaml')).toEqual(['sibling']);
    expect(near('e/cm.yaml')).toEqual(['down']);
    expect(near('g/cm.yaml')).toEqual(['up', 'sibling', 'down']);
  });

  it('from the top directory: all, those deployed with it first', () => {
    const index = indexOf({ 'a/svc.yaml': svc('below'), 'cm.yaml': cm('top'), 'svc.yaml': svc('beside') });
    expect(names(index.servicesFor(inFile(index, 'cm.yaml', 'ConfigMap'), 'default'))).toEqual([
      'beside',
      'below',
    ]);
  });

  it('a placeholder name is no Service to suggest', () => {
    const index = indexOf({ 'a/svc.yaml': [svc('${APP}'), svc('web')].join('---\n'), 'a/cm.yaml': cm('x') });
    const from = inFile(index, 'a/cm.yaml', 'ConfigMap');
    expect(names(index.servicesFor(from, 'default'))).toEqual(['web']);
    expect(names(index.servicesTogether(from, 'default'))).toEqual(['${APP}', 'web']);
  });

  it('in definition order among equals, whichever build of a shared base finds them', () => {
    const index = indexOf({
      'base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'base/svc.yaml': svc('hub'),
      'p/kustomization.yaml': 'resources: [../base, ../two]\n',
      'q/kustomization.yaml': 'resources: [../base, ../one]\n',
      'one/kustomization.yaml': 'resources: [svc.yaml]\n',
      'one/svc.yaml': svc('one'),
      'two/kustomization.yaml': 'resources: [svc.yaml]\n',
      'two/svc.yaml': svc('two'),
      'c/svc.yaml': svc('elsewhere'),
    });
    const hub = inFile(index, 'base/svc.yaml');
    expect(hub.units.map((u) => u.id)).toEqual(['kustomize:p', 'kustomize:q']);
    expect(names(index.servicesTogether(hub, 'default'))).toEqual(['hub', 'one', 'two']);
    expect(names(index.servicesFor(hub, 'default'))).toEqual(['hub', 'one', 'two']);
    expect(names(index.together(hub, index.services))).toEqual(['hub', 'one', 'two']);
    const one = inFile(index, 'one/svc.yaml');
    expect(names(index.together(one, index.services))).toEqual(['hub', 'one']);
  });
});

describe('renamedFrom: a Service deployed with the object that its build renamed from that name', () => {
  const index = indexOf({
    'r/kustomization.yaml': 'namePrefix: p-\nresources: [svc.yaml, ep.yaml]\n',
    'r/svc.yaml': svc('db'),
    'r/ep.yaml': ep('db'),
    'k/kustomization.yaml': 'commonLabels: {team: a}\nresources: [svc.yaml, ep.yaml]\n',
    'k/svc.yaml': svc('kept'),
    'k/ep.yaml': ep('kept'),
    'plain/svc.yaml': svc('plain'),
    'plain/ep.yaml': ep('undefined'),
  });
  const renamed = (dir: string, name: string): string | undefined => {
    const s = index.renamedFrom(inFile(index, `${dir}/ep.yaml`, 'Endpoints'), 'default', name);
    return s && where([s])[0];
  };

  it('by its source name, deployed with the object', () => {
    expect(renamed('r', 'db')).toBe('r/svc.yaml default/p-db');
    expect(renamed('k', 'db')).toBeUndefined();
  });

  it('not a Service its build leaves its name, nor one no build made', () => {
    expect(inFile(index, 'k/svc.yaml').object.built?.source.name).toBe('kept');
    expect(renamed('k', 'kept')).toBeUndefined();
    expect(inFile(index, 'plain/svc.yaml').object.built).toBeUndefined();
    expect(renamed('plain', 'plain')).toBeUndefined();
    expect(renamed('plain', 'undefined')).toBeUndefined();
  });
});

describe('hiddenIn: the sources of unseen objects deployed with an object', () => {
  const index = indexOf({
    'flux/hr.yaml':
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: prom\n  namespace: monitoring\nspec:\n  chart: {spec: {chart: x}}\n',
    'o1/kustomization.yaml': 'resources: [https://github.com/x/y//z?ref=v1, cm.yaml]\n',
    'o1/cm.yaml': cm('o1'),
    'o2/kustomization.yaml': 'resources: [cm.yaml]\n',
    'o2/cm.yaml': cm('o2'),
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    'charts/web/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n',
    'charts/web/templates/sub/cm.yaml': cm('in-chart'),
    'charts/other/cm.yaml': cm('other'),
    'charts/web2/cm.yaml': cm('web2'),
  });
  const hidden = (namespace: string, path: string): string[] =>
    index.hiddenIn(namespace, inFile(index, path, 'ConfigMap')).map((h) => h.label);

  it('a Helm release: in its namespace only', () => {
    expect(hidden('monitoring', 'o2/cm.yaml')).toEqual(['Flux HelmRelease monitoring/prom']);
    expect(hidden('default', 'o2/cm.yaml')).toEqual([]);
  });

  it('a remote base: in its build only', () => {
    expect(hidden('default', 'o1/cm.yaml')).toEqual([
      'remote resource https://github.com/x/y//z?ref=v1 of o1/kustomization.yaml',
    ]);
  });

  it('an unrendered chart: in its directory and below', () => {
    expect(hidden('default', 'charts/web/templates/sub/cm.yaml')).toEqual([
      'the unrendered Helm chart charts/web',
    ]);
    expect(hidden('default', 'charts/other/cm.yaml')).toEqual([]);
    expect(hidden('default', 'charts/web2/cm.yaml')).toEqual([]);
  });

  it('an unrendered template outside a chart: its own directory only, even at the top (a krew manifest)', () => {
    const top = indexOf({
      'tmpl.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Values.name }}\n  x: {{ if }}\n',
      'top.yaml': cm('top'),
      'a/b/cm.yaml': cm('deep'),
    });
    expect(top.hidden.map((h) => h.root)).toEqual(['.']);
    expect(top.hiddenIn('default', inFile(top, 'top.yaml', 'ConfigMap')).map((h) => h.label)).toEqual([
      'the template tmpl.yaml',
    ]);
    expect(top.hiddenIn('default', inFile(top, 'a/b/cm.yaml', 'ConfigMap'))).toEqual([]);
  });
});
