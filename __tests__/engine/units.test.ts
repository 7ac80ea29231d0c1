import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import { placeOf } from '../../src/engine/locate.js';
import { placeResources } from '../../src/engine/resources.js';
import { deploymentUnits } from '../../src/engine/units.js';

const svc = (name: string, ns?: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;

const parse = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));

/** `file -> unit ids` of every placed file. */
function unitsOf(files: Record<string, string>): Record<string, string[]> {
  const { placements } = deploymentUnits(parse(files));
  return Object.fromEntries([...placements].map(([file, list]) => [file, list.map((p) => p.unit.id)]));
}

/** `namespace/name:source` of every resource. */
function placed(files: Record<string, string>): string[] {
  return placeResources(parse(files), 'default')
    .resources.map((r) => `${r.ref.namespace}/${r.ref.name}:${r.namespaceSource}`)
    .sort();
}

describe('deployment units', () => {
  it('a kustomize build root reaches its bases and components; a base shared by overlays is in each', () => {
    expect(
      unitsOf({
        'base/kustomization.yaml': 'resources: [svc.yaml]\n',
        'base/svc.yaml': svc('web'),
        'components/ep/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [ep.yaml]\n',
        'components/ep/ep.yaml': svc('ep'),
        'overlays/dev/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/ep]\n',
        'overlays/prod/kustomization.yaml': 'bases: [../../base]\n',
      }),
    ).toEqual({
      'base/svc.yaml': ['kustomize:overlays/dev', 'kustomize:overlays/prod'],
      'components/ep/ep.yaml': ['kustomize:overlays/dev'],
    });
  });

  it('plain files are one unit per directory; a file a kustomization does not list is not in its build', () => {
    expect(
      unitsOf({
        'app/kustomization.yaml': 'resources: [svc.yaml]\n',
        'app/svc.yaml': svc('web'),
        'app/old.yaml': svc('web'),
        'examples/a/svc.yaml': svc('a'),
        'examples/a/more/svc.yaml': svc('b'),
        'top.yaml': svc('top'),
      }),
    ).toEqual({
      'app/svc.yaml': ['kustomize:app'],
      'app/old.yaml': ['directory:app'],
      'examples/a/svc.yaml': ['directory:examples/a'],
      'examples/a/more/svc.yaml': ['directory:examples/a/more'],
      'top.yaml': ['directory:.'],
    });
  });

  it('a directory whose files define one object twice is a collection: each file is a unit of its own', () => {
    const deployment = (name: string) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n`;
    const ns = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n';
    expect(
      unitsOf({
        // Kong's examples: every file brings its own Service and Deployment `echo`.
        'examples/http.yaml': `${svc('echo')}---\n${deployment('echo')}`,
        'examples/udp.yaml': `${svc('echo')}---\n${deployment('echo')}`,
        'examples/other.yaml': svc('other'),
        // The same Service in two namespaces, or a Service and a Deployment of one name: no collection.
        'bundle/a.yaml': `${ns}---\n${svc('web', 'a')}`,
        'bundle/b.yaml': `${ns}---\n${svc('web', 'b')}---\n${deployment('web')}`,
        'bundle/sub/c.yaml': svc('web', 'a'),
        // A file a build holds does not make its directory a collection.
        'app/kustomization.yaml': 'resources: [svc.yaml]\n',
        'app/svc.yaml': svc('web'),
        'app/old.yaml': svc('web'),
      }),
    ).toEqual({
      'app/old.yaml': ['directory:app'],
      'app/svc.yaml': ['kustomize:app'],
      'bundle/a.yaml': ['directory:bundle'],
      'bundle/b.yaml': ['directory:bundle'],
      'bundle/sub/c.yaml': ['directory:bundle/sub'],
      'examples/http.yaml': ['file:examples/http.yaml'],
      'examples/other.yaml': ['file:examples/other.yaml'],
      'examples/udp.yaml': ['file:examples/udp.yaml'],
    });
  });

  it('a Helm chart is one unit; its unrendered templates are a hidden source rooted at the chart', () => {
    const files = parse({
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/crds/crd.yaml':
        'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: a.b.c\n',
      'charts/web/templates/svc.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
    });
    const units = deploymentUnits(files);
    expect([...units.placements].map(([f, p]) => [f, p.map((x) => x.unit.id)])).toEqual([
      ['charts/web/crds/crd.yaml', ['chart:charts/web']],
    ]);
    // The template is skipped (its objects are unknown), so only the CRD is placed.
    expect(units.hidden).toEqual([{ root: 'charts/web', label: 'the unrendered Helm chart charts/web' }]);
  });

  it('a Helm values file outside a chart is a hidden source of its own directory (a chart installed with it)', () => {
    const files = parse({
      'demo/jaeger-values.yaml': 'allInOne:\n  enabled: true\n',
      'demo/values-prod.yml': 'replicas: 2\n',
      'demo/app.values.yaml': 'replicas: 2\n',
      'demo/values.yaml': 'replicas: 2\n',
      // Not values files: a chart's own, one holding an object, one only named alike, a template.
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/values.yaml': 'replicas: 1\n',
      'other/values.yaml': svc('web'),
      'other/myvalues.yaml': 'a: 1\n',
      'other/valuesfile.yaml': 'a: 1\n',
      'tpl/values.yaml': 'a: {{ .x }}\n',
    });
    const label = (path: string) => `the Helm release installed with the values ${path}`;
    expect(deploymentUnits(files).hidden).toEqual([
      { root: 'tpl', onlyDirectory: true, label: 'the template tpl/values.yaml' },
      { root: 'demo', onlyDirectory: true, label: label('demo/app.values.yaml') },
      { root: 'demo', onlyDirectory: true, label: label('demo/jaeger-values.yaml') },
      { root: 'demo', onlyDirectory: true, label: label('demo/values-prod.yml') },
      { root: 'demo', onlyDirectory: true, label: label('demo/values.yaml') },
    ]);
  });

  it('a Flux Kustomization deploys its path: a plain directory recursively, with targetNamespace overriding', () => {
    const files = {
      'clusters/prod/apps.yaml':
        'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps\n  targetNamespace: shop\n',
      'apps/web/svc.yaml': svc('web', 'elsewhere'),
      'apps/db.yaml': svc('db'),
    };
    expect(unitsOf(files)).toMatchObject({
      'apps/web/svc.yaml': ['gitops:flux-system/apps'],
      'apps/db.yaml': ['gitops:flux-system/apps'],
    });
    expect(placed(files)).toEqual(['flux-system/apps:explicit', 'shop/db:gitops', 'shop/web:gitops']);
  });

  it('an Argo CD Application deploys its path (one directory unless recurse); a Helm source is hidden', () => {
    const app = (name: string, source: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  destination:\n    namespace: guestbook\n  source:\n${source}`;
    const files = parse({
      'apps/guestbook.yaml': app(
        'guestbook',
        '    repoURL: https://example.com/repo.git\n    path: guestbook\n',
      ),
      'apps/chart.yaml': app('chart', '    repoURL: https://charts.example.com\n    chart: redis\n'),
      'guestbook/svc.yaml': svc('ui'),
      'guestbook/deep/svc.yaml': svc('deep'),
    });
    const units = deploymentUnits(files);
    expect(units.placements.get('guestbook/svc.yaml')?.map((p) => p.unit.id)).toEqual([
      'gitops:argocd/guestbook',
    ]);
    expect(units.placements.get('guestbook/deep/svc.yaml')?.map((p) => p.unit.id)).toEqual([
      'directory:guestbook/deep',
    ]);
    expect(units.hidden).toEqual([{ namespace: 'guestbook', label: 'Argo CD Application argocd/chart' }]);
    const resources = placeResources(files, 'default').resources.map(
      (r) => `${r.ref.namespace}/${r.ref.name}`,
    );
    expect(resources.sort()).toEqual(['argocd/chart', 'argocd/guestbook', 'default/deep', 'guestbook/ui']);
  });

  it('HelmReleases are hidden sources of their namespace; remote bases and helmCharts of their own build', () => {
    const { hidden } = deploymentUnits(
      parse({
        'infra/redis.yaml':
          'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\n  namespace: data\nspec:\n  targetNamespace: cache\n',
        'app/kustomization.yaml':
          'namespace: shop\nresources:\n  - github.com/example/base?ref=v1\nhelmCharts:\n  - name: redis\n',
        'kueue/kustomization.yaml': 'resources:\n  - https://example.com/kueue/manifests.yaml\n',
      }),
    );
    expect(hidden.map((h) => [h.namespace, h.unit?.id, h.label])).toEqual([
      ['cache', undefined, 'Flux HelmRelease data/redis'],
      ['shop', 'kustomize:app', '`helmCharts` of app/kustomization.yaml'],
      ['shop', 'kustomize:app', 'remote resource github.com/example/base?ref=v1 of app/kustomization.yaml'],
      [
        undefined,
        'kustomize:kueue',
        'remote resource https://example.com/kueue/manifests.yaml of kueue/kustomization.yaml',
      ],
    ]);
  });

  it('a local resource the scan does not hold (a directory without a kustomization file, a missing file) is hidden', () => {
    const { hidden } = deploymentUnits(
      parse({
        // Solr's operator: `config/manager` holds `kustomization_base.yaml`, copied to kustomization.yaml by make.
        'config/default/kustomization.yaml':
          'namespace: solr\nresources:\n  - ../rbac\n  - ../manager\n  - extra.yaml\n',
        'config/rbac/kustomization.yaml': 'resources:\n  - role.yaml\n',
        'config/rbac/role.yaml': 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: op\n',
        'config/manager/manager.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: op\n',
      }),
    );
    expect(hidden.map((h) => [h.namespace, h.unit?.id, h.label])).toEqual([
      [
        'solr',
        'kustomize:config/default',
        'resource ../manager of config/default/kustomization.yaml, which the scan does not hold',
      ],
      [
        'solr',
        'kustomize:config/default',
        'resource extra.yaml of config/default/kustomization.yaml, which the scan does not hold',
      ],
    ]);
  });

  it('a kustomization cycle does not hang, and its members are still built', () => {
    expect(
      placed({
        'a/kustomization.yaml': 'namespace: x\nresources: [../b, svc.yaml]\n',
        'b/kustomization.yaml': 'resources: [../a]\n',
        'a/svc.yaml': svc('s'),
      }),
    ).toEqual(['x/s:kustomization']);
  });
});

describe('placeResources: namespaces as kustomize gives them', () => {
  it("the outermost kustomization's namespace overrides the inner one's and the written one", () => {
    expect(
      placed({
        'overlays/prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\n  - extra.yaml\n',
        'overlays/dev/kustomization.yaml': 'namespace: dev\nresources: [../../base]\n',
        'base/kustomization.yaml': 'namespace: base\nresources: [svc.yaml, fixed.yaml, ns.yaml]\n',
        'base/svc.yaml': svc('web'),
        'base/fixed.yaml': svc('pinned', 'infra'),
        'base/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team\n',
        'overlays/prod/extra.yaml': svc('extra'),
        'loose.yaml': svc('loose'),
      }),
    ).toEqual(
      [
        'dev/web:kustomization',
        'prod/web:kustomization',
        'dev/pinned:kustomization',
        'prod/pinned:kustomization',
        // A v1 Namespace object is named after the namespace of each build (the namespace transformer).
        'default/dev:default',
        'default/prod:default',
        'prod/extra:kustomization',
        'default/loose:default',
      ].sort(),
    );
  });

  it('a kustomization without namespace keeps the written one; objects of one namespace in two builds are one resource', () => {
    const files = parse({
      'a/kustomization.yaml': 'resources: [../common/svc.yaml]\n',
      'b/kustomization.yaml': 'resources: [../common/svc.yaml]\n',
      'common/svc.yaml': svc('web', 'shop'),
    });
    const { resources } = placeResources(files, 'default');
    expect(resources.map((r) => [r.ref.namespace, r.namespaceSource, r.units.map((u) => u.id)])).toEqual([
      ['shop', 'explicit', ['kustomize:a', 'kustomize:b']],
    ]);
  });

  it('a build that changes its objects emits them built: prefixed, labelled, patched, one per build', () => {
    const files = parse({
      'overlay/kustomization.yaml':
        'namePrefix: prod-\nresources: [../base]\ncommonLabels: {team: a}\npatches:\n  - path: patch.yaml\n  - target: {kind: Service, name: api}\n    patch: "[{op: replace, path: /spec/ports/0/port, value: 81}]"\n',
      'overlay/patch.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
      'base/kustomization.yaml': 'resources: [all.yaml]\n',
      'base/all.yaml': [
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - port: 80\n',
      ].join('---\n'),
      'other/kustomization.yaml': 'resources: [../base]\n',
    });
    const { resources } = placeResources(files, 'default');
    const built = resources.map((r) => [r.ref.name, r.units.map((u) => u.id), r.object.value]);
    expect(built).toEqual([
      // The build that changes nothing applies the object as its file writes it.
      ['web', ['kustomize:other'], expect.objectContaining({ metadata: { name: 'web' } })],
      [
        'prod-web',
        ['kustomize:overlay'],
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'prod-web', labels: { team: 'a' } },
          spec: {
            replicas: 3,
            selector: { matchLabels: { team: 'a' } },
            template: { metadata: { labels: { team: 'a' } } },
          },
        },
      ],
      ['api', ['kustomize:other'], expect.objectContaining({ metadata: { name: 'api' } })],
      [
        'prod-api',
        ['kustomize:overlay'],
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'prod-api', labels: { team: 'a' } },
          spec: { ports: [{ port: 81 }], selector: { team: 'a' } },
        },
      ],
    ]);
    const [, web, , api] = resources;
    // Each value knows where it was written: the patch, the kustomization's lines, the base.
    expect(placeOf(web!.object, ['spec', 'replicas'])).toMatchObject({
      file: { path: 'overlay/patch.yaml' },
      region: { line: 6 },
    });
    // A prefixed name keeps the place of the name it was made of: the line a reader fixes.
    expect(placeOf(web!.object, ['metadata', 'name'])).toMatchObject({
      file: { path: 'base/all.yaml' },
      region: { line: 4 },
    });
    expect(placeOf(web!.object, ['metadata', 'labels', 'team'])).toMatchObject({
      file: { path: 'overlay/kustomization.yaml' },
      region: { line: 3 },
    });
    expect(placeOf(web!.object, ['kind'])).toMatchObject({
      file: { path: 'base/all.yaml' },
      region: { line: 2 },
    });
    expect(placeOf(api!.object, ['spec', 'ports', 0, 'port'])).toMatchObject({
      file: { path: 'overlay/kustomization.yaml' },
      region: { line: 7 },
    });
  });
});

describe('ResourceIndex: pairing is nearest, existence is anywhere', () => {
  const index = (files: Record<string, string>): ResourceIndex => {
    const parsed = parse(files);
    const { resources, hidden } = placeResources(parsed, 'default');
    return new ResourceIndex(parsed, resources, 'default', hidden);
  };
  const ep = (name: string): string =>
    `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n  - addresses: [{ip: 10.0.0.1}]\n`;

  it('same unit first, then the same directory, then up or down one line; never a sibling folder', () => {
    const i = index({
      'examples/a/svc.yaml': svc('etcd'),
      'examples/a/ep.yaml': ep('etcd'),
      'examples/b/svc.yaml': svc('etcd'),
      'examples/b/sub/ep.yaml': ep('etcd'),
      'examples/c/ep.yaml': ep('etcd'),
    });
    const paired = (file: string) =>
      i.serviceOfEndpoints(i.endpoints.find((e) => e.resource.object.file.path === file)!)?.resource.object
        .file.path;
    expect(paired('examples/a/ep.yaml')).toBe('examples/a/svc.yaml');
    expect(paired('examples/b/sub/ep.yaml')).toBe('examples/b/svc.yaml');
    // Two Services of that name, neither on its line: no pair (the absence check still finds one exists).
    expect(paired('examples/c/ep.yaml')).toBeUndefined();
    expect(i.service('default', 'etcd')).toBeDefined();
  });

  it('the only Service of that name and namespace pairs even from a sibling folder', () => {
    const i = index({ 'services/etcd.yaml': svc('etcd'), 'endpoints/etcd.yaml': ep('etcd') });
    expect(i.serviceOfEndpoints(i.endpoints[0]!)?.resource.object.file.path).toBe('services/etcd.yaml');
    expect(i.endpointsFor(i.services[0]!)).toHaveLength(1);
  });

  it('a base Service pairs with the Endpoints its overlay adds, in each overlay', () => {
    const i = index({
      'base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'base/svc.yaml': svc('db'),
      'dev/kustomization.yaml': 'namespace: dev\nresources: [../base, ep.yaml]\n',
      'dev/ep.yaml': ep('db'),
      'prod/kustomization.yaml': 'namespace: prod\nresources: [../base, ep.yaml]\n',
      'prod/ep.yaml': ep('db'),
    });
    for (const e of i.endpoints) {
      const s = i.serviceOfEndpoints(e);
      expect(s?.resource.ref.namespace).toBe(e.resource.ref.namespace);
      expect(s?.resource.units.map((u) => u.id)).toContain(e.resource.units[0]!.id);
    }
  });
});
