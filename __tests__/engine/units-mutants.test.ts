/**
 * src/engine/units.ts, which files form one deployment unit (mutation testing, docs/testing.md): paths joined
 * from kustomization entries, which kustomizations are build roots (Components, self references, remote entries,
 * cycles), a file placed once per unit, the chain of kustomizations and components on an object's way to its
 * root, what Flux Kustomizations, HelmReleases, Argo CD Applications and ApplicationSets deploy or hide, which
 * directories are collections, the labels of units and hidden sources, and how hidden sources are deduplicated.
 */
import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { HiddenSource, Unit } from '../../src/engine/units.js';
import { deploymentUnits, joinPath } from '../../src/engine/units.js';

const parse = (files: Record<string, string>) =>
  Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));

const svc = (name: string, ns?: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}`;

/** `file -> unit ids` of every placed file. */
function unitsOf(files: Record<string, string>): Record<string, string[]> {
  const { placements } = deploymentUnits(parse(files));
  return Object.fromEntries([...placements].map(([file, list]) => [file, list.map((p) => p.unit.id)]));
}

/** Every placement of a file, whole, with its chain as directories. */
function placementsOf(files: Record<string, string>, file: string): Record<string, unknown>[] {
  const list = deploymentUnits(parse(files)).placements.get(file) ?? [];
  return list.map((p) => (p.chain ? { ...p, chain: p.chain.map((s) => s.dir) } : { ...p }));
}

const hiddenOf = (files: Record<string, string>): readonly HiddenSource[] =>
  deploymentUnits(parse(files)).hidden;

/** Flux Kustomization of that name, namespace and spec (YAML lines indented by 2). */
const flux = (name: string, ns: string | undefined, spec: string): string =>
  `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n` +
  (ns ? `  namespace: ${ns}\n` : '') +
  `spec:\n${spec}`;

const gitRepository = (name: string, apiVersion = 'source.toolkit.fluxcd.io/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: GitRepository\nmetadata:\n  name: ${name}\n  namespace: flux-system\n`;

/** An Argo CD Application (or another kind of that shape) in `argocd`, with that spec. */
const argo = (
  name: string,
  spec: string,
  kind = 'Application',
  apiVersion = 'argoproj.io/v1alpha1',
): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n${spec}`;

/** An ApplicationSet whose template has that destination namespace and those source lines. */
const appSet = (
  name: string,
  namespace: string | undefined,
  sources: string,
  kind = 'ApplicationSet',
  apiVersion = 'argoproj.io/v1alpha1',
): string =>
  argo(
    name,
    '  generators: [{list: {elements: []}}]\n  template:\n    spec:\n' +
      (namespace === undefined ? '' : `      destination:\n        namespace: '${namespace}'\n`) +
      sources,
    kind,
    apiVersion,
  );

const gitopsUnit = (id: string, root: string, label: string): Unit => ({ id, kind: 'gitops', root, label });

describe('paths', () => {
  it('joining `.` to the root directory keeps `/`', () => {
    // kills #581, #582: only a longer path loses its trailing slash.
    expect(joinPath('/', '.')).toBe('/');
    expect(joinPath('/', 'a/')).toBe('/a');
    expect(joinPath('a', 'b/')).toBe('a/b');
  });
});

describe('build roots', () => {
  it('a Component no kustomization uses is read as a plain directory, not built', () => {
    // kills #610, #614
    expect(
      unitsOf({
        'comp/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [svc.yaml]\n',
        'comp/svc.yaml': svc('web'),
      }),
    ).toEqual({ 'comp/svc.yaml': ['directory:comp'] });
  });

  it('a kustomization written as an ordered map (no document) is still a build root', () => {
    // kills #612: `k.document` is undefined for a `!!omap` kustomization.
    expect(
      unitsOf({
        'k/kustomization.yaml': '!!omap\n- resources: [svc.yaml]\n',
        'k/svc.yaml': svc('web'),
      }),
    ).toEqual({ 'k/svc.yaml': ['directory:k'] });
  });

  it('a kustomization that lists itself is still a root: built before the GitOps objects place their files', () => {
    // kills #636, #638, #639: as a root, it places apps/svc.yaml before the Flux Kustomization reaches it.
    expect(
      unitsOf({
        'k/kustomization.yaml': 'resources: [., ../apps/svc.yaml]\n',
        'apps/svc.yaml': svc('web'),
        'clusters/apps.yaml': flux('apps', 'flux-system', '  path: ./apps\n'),
      }),
    ).toEqual({ 'apps/svc.yaml': ['kustomize:k'], 'clusters/apps.yaml': ['directory:clusters'] });
  });

  it('a remote entry does not make a local directory of the same path a reference, nor is it built', () => {
    // kills #635 (the local kustomization would no longer be a root built first), #679 (app would build it)
    expect(
      unitsOf({
        'app/kustomization.yaml': 'resources: [github.com/acme/base]\n',
        'app/github.com/acme/base/kustomization.yaml': 'resources: [../../../../apps/svc.yaml]\n',
        'apps/svc.yaml': svc('web'),
        'clusters/apps.yaml': flux('apps', 'flux-system', '  path: ./apps\n'),
      }),
    ).toEqual({
      'apps/svc.yaml': ['kustomize:app/github.com/acme/base'],
      'clusters/apps.yaml': ['directory:clusters'],
    });
  });

  it('a kustomization without components or patches names none', () => {
    // kills #632 (a component `Stryker was here` would be referenced), #683 (and built by k)
    expect(
      unitsOf({
        'k/kustomization.yaml': 'resources: []\n',
        'k/Stryker was here/kustomization.yaml': 'resources: [../../apps/svc.yaml]\n',
        'apps/svc.yaml': svc('web'),
        'clusters/apps.yaml': flux('apps', 'flux-system', '  path: ./apps\n'),
      }),
    ).toEqual({
      'apps/svc.yaml': ['kustomize:k/Stryker was here'],
      'clusters/apps.yaml': ['directory:clusters'],
    });
    // kills #900: no patch file `Stryker was here` either.
    expect(unitsOf({ 'p/kustomization.yaml': 'resources: []\n', 'p/Stryker was here': svc('web') })).toEqual({
      'p/Stryker was here': ['directory:p'],
    });
  });

  it('members of a kustomization cycle are built as kustomize units of their own', () => {
    // kills #627
    expect(
      placementsOf(
        {
          'a/kustomization.yaml': 'resources: [../b, svc.yaml]\n',
          'b/kustomization.yaml': 'resources: [../a]\n',
          'a/svc.yaml': svc('s'),
        },
        'a/svc.yaml',
      ),
    ).toEqual([
      {
        unit: { id: 'kustomize:a', kind: 'kustomize', root: 'a', label: 'kustomize build a' },
        chain: ['a'],
      },
    ]);
  });
});

describe('what a kustomize build places', () => {
  it('a file listed twice is placed once per unit, also when another unit placed it before', () => {
    // kills #649, #651, #652, #654
    expect(
      unitsOf({
        'a/kustomization.yaml': 'resources: [../common/svc.yaml]\n',
        'b/kustomization.yaml': 'resources: [../common/svc.yaml, ../common/./svc.yaml]\n',
        'common/svc.yaml': svc('web'),
      }),
    ).toEqual({ 'common/svc.yaml': ['kustomize:a', 'kustomize:b'] });
  });

  it('a missing resource file is not placed', () => {
    // kills #702, #704
    expect(
      unitsOf({ 'k/kustomization.yaml': 'resources: [missing.yaml, svc.yaml]\n', 'k/svc.yaml': svc('a') }),
    ).toEqual({ 'k/svc.yaml': ['kustomize:k'] });
  });

  it('each component passes its objects through the later components only, then the kustomization', () => {
    // kills #693, #709
    const files = {
      'o/kustomization.yaml': 'resources: [svc.yaml]\ncomponents: [../c1, ../c2]\n',
      'o/svc.yaml': svc('o'),
      'c1/kustomization.yaml': 'kind: Component\nresources: [svc.yaml]\n',
      'c1/svc.yaml': svc('c1'),
      'c2/kustomization.yaml': 'kind: Component\nresources: [svc.yaml]\n',
      'c2/svc.yaml': svc('c2'),
    };
    const chain = (file: string) => placementsOf(files, file).map((p) => p.chain);
    expect(chain('o/svc.yaml')).toEqual([['c1', 'c2', 'o']]);
    expect(chain('c1/svc.yaml')).toEqual([['c1', 'c2', 'o']]);
    expect(chain('c2/svc.yaml')).toEqual([['c2', 'o']]);
  });

  it('a component that is not in the scan is skipped; a remote one is a hidden source', () => {
    // kills #680 (a missing component), #681 (a remote component no longer hidden)
    const files = {
      'o/kustomization.yaml': 'resources: [svc.yaml]\ncomponents: [../missing, https://example.com/c]\n',
      'o/svc.yaml': svc('o'),
    };
    expect(unitsOf(files)).toEqual({ 'o/svc.yaml': ['kustomize:o'] });
    expect(hiddenOf(files).map((h) => h.label)).toEqual([
      'remote resource https://example.com/c of o/kustomization.yaml',
    ]);
  });

  it('a kustomization without namespace gives its objects no namespace, nor any origin of one', () => {
    // kills #804
    expect(
      placementsOf(
        { 'k/kustomization.yaml': 'resources: [svc.yaml]\n', 'k/svc.yaml': svc('a') },
        'k/svc.yaml',
      ),
    ).toStrictEqual([
      { unit: { id: 'kustomize:k', kind: 'kustomize', root: 'k', label: 'kustomize build k' }, chain: ['k'] },
    ]);
  });

  it('unmodelled fields are listed in one label; without a namespace the hidden source has no namespace key', () => {
    // kills #672, #663
    const hidden = hiddenOf({
      'k/kustomization.yaml': 'helmCharts: [{name: redis}]\ngenerators: [gen.yaml]\n',
    });
    expect(hidden).toStrictEqual([
      {
        unit: { id: 'kustomize:k', kind: 'kustomize', root: 'k', label: 'kustomize build k' },
        label: '`helmCharts`, `generators` of k/kustomization.yaml',
      },
    ]);
  });
});

describe('what a Flux Kustomization deploys', () => {
  const clusterFile = 'clusters/apps.yaml';

  it('a path of `.` deploys every directory below the top, recursively', () => {
    // kills #592, #594 (and #891 by not terminating: the walk up from a file never leaves `.`)
    expect(
      unitsOf({ [clusterFile]: flux('apps', 'flux-system', '  path: ./\n'), 'apps/svc.yaml': svc('web') }),
    ).toEqual({ 'apps/svc.yaml': ['gitops:flux-system/apps'], [clusterFile]: ['gitops:flux-system/apps'] });
  });

  it('an object without namespace: the unit id and label leave the namespace out', () => {
    // kills #714, #950, #952, #816 (no namespace given: no origin)
    expect(
      placementsOf(
        { [clusterFile]: flux('apps', undefined, '  path: ./apps\n'), 'apps/svc.yaml': svc('web') },
        'apps/svc.yaml',
      ),
    ).toStrictEqual([{ unit: gitopsUnit('gitops:/apps', 'apps', 'Flux Kustomization apps (path apps)') }]);
  });

  it('targetNamespace overrides; its origin is the Flux object', () => {
    // kills #813 (no namespaceDefault key), #1040 (no hidden source)
    const files = {
      [clusterFile]: flux('apps', 'flux-system', '  path: /apps\n  targetNamespace: shop\n'),
      'apps/svc.yaml': svc('web'),
    };
    expect(placementsOf(files, 'apps/svc.yaml')).toStrictEqual([
      {
        unit: gitopsUnit(
          'gitops:flux-system/apps',
          'apps',
          'Flux Kustomization flux-system/apps (path apps)',
        ),
        namespaceOverride: 'shop',
        namespaceOrigin: 'Flux Kustomization flux-system/apps',
        namespaceBy: 'gitops',
      },
    ]);
    // kills #940: a leading `/` is the top of the repository.
    expect(hiddenOf(files)).toEqual([]);
  });

  it('a file another build placed, or a kustomization uses as a patch, is not deployed again', () => {
    // kills #731, #732, #733, #734
    expect(
      unitsOf({
        [clusterFile]: flux('apps', 'flux-system', '  path: ./apps\n'),
        'other/kustomization.yaml': 'resources: [../apps/svc.yaml]\npatches: [{path: ../apps/patch.yaml}]\n',
        'apps/svc.yaml': svc('web'),
        'apps/patch.yaml': svc('web'),
        'apps/db.yaml': svc('db'),
      }),
    ).toEqual({
      'apps/db.yaml': ['gitops:flux-system/apps'],
      'apps/svc.yaml': ['kustomize:other'],
      [clusterFile]: ['directory:clusters'],
    });
  });

  it('files of a directory below the path that holds a kustomization are left to its build', () => {
    // kills #888, #889, #892, #894, #895
    expect(
      unitsOf({
        [clusterFile]: flux('apps', 'flux-system', '  path: ./apps\n'),
        'apps/sub/kustomization.yaml': 'resources: [svc.yaml]\n',
        'apps/sub/svc.yaml': svc('web'),
        'apps/sub/old.yaml': svc('old'),
        'apps/sub/deeper/x.yaml': svc('x'),
        'apps/db.yaml': svc('db'),
      }),
    ).toEqual({
      'apps/db.yaml': ['gitops:flux-system/apps'],
      'apps/sub/svc.yaml': ['kustomize:apps/sub'],
      'apps/sub/old.yaml': ['directory:apps/sub'],
      'apps/sub/deeper/x.yaml': ['directory:apps/sub/deeper'],
      [clusterFile]: ['directory:clusters'],
    });
  });

  it('a source that is not a GitRepository deploys files the scan cannot see: a hidden source', () => {
    // kills #1007, #1009, #1010, #1026, #1028, #1029, #1030, #1031
    const files = {
      [clusterFile]: flux(
        'apps',
        'flux-system',
        '  path: ./apps\n  targetNamespace: shop\n  sourceRef: {kind: OCIRepository, name: x}\n',
      ),
      'apps/svc.yaml': svc('web'),
    };
    expect(unitsOf(files)).toEqual({
      'apps/svc.yaml': ['directory:apps'],
      [clusterFile]: ['directory:clusters'],
    });
    expect(hiddenOf(files)).toStrictEqual([
      { namespace: 'shop', label: 'Flux Kustomization flux-system/apps' },
    ]);
  });

  it('a GitRepository the scan defines is another repository; flux-system is this one whether defined or not', () => {
    // kills #1013, #1018, #1022, #928, #929 (`other` is defined: hidden)
    const other = {
      [clusterFile]: flux(
        'apps',
        'flux-system',
        '  path: ./apps\n  sourceRef: {kind: GitRepository, name: other}\n',
      ),
      'clusters/repo.yaml': gitRepository('other'),
      'apps/svc.yaml': svc('web'),
    };
    expect(unitsOf(other)['apps/svc.yaml']).toEqual(['directory:apps']);
    expect(hiddenOf(other)).toEqual([{ namespace: undefined, label: 'Flux Kustomization flux-system/apps' }]);
    // kills #927: a GitRepository of another API group is not a Flux source.
    const foreign = { ...other, 'clusters/repo.yaml': gitRepository('other', 'example.com/v1') };
    expect(unitsOf(foreign)['apps/svc.yaml']).toEqual(['gitops:flux-system/apps']);
    // kills #1014, #1015, #1016, #1019, #1020, #1021: the bootstrap repository defines flux-system.
    const bootstrap = {
      [clusterFile]: flux(
        'apps',
        'flux-system',
        '  path: ./apps\n  sourceRef: {kind: GitRepository, name: flux-system}\n',
      ),
      'clusters/repo.yaml': gitRepository('flux-system'),
      'apps/svc.yaml': svc('web'),
    };
    expect(unitsOf(bootstrap)['apps/svc.yaml']).toEqual(['gitops:flux-system/apps']);
    expect(hiddenOf(bootstrap)).toEqual([]);
  });

  it('only a Kustomization of the Flux group is a Flux Kustomization', () => {
    // kills #955, #959: a kustomize.config.k8s.io Kustomization object deploys nothing.
    expect(
      unitsOf({
        'deploy/k.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  name: k\n',
        'apps/svc.yaml': svc('web'),
      }),
    ).toEqual({ 'apps/svc.yaml': ['directory:apps'], 'deploy/k.yaml': ['directory:deploy'] });
    // kills #956: another kind of the Flux group is no Kustomization (it would be hidden: no such path).
    expect(
      hiddenOf({
        'a.yaml':
          'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Other\nmetadata:\n  name: o\nspec:\n  path: ./nowhere\n',
      }),
    ).toEqual([]);
  });
});

describe('what HelmReleases hide', () => {
  const release = (kind: string, apiVersion: string, target: string): string =>
    `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: r\n  namespace: data\nspec:\n  targetNamespace: ${target}\n`;

  it('an empty or non-string targetNamespace falls back to the object namespace', () => {
    // kills #902, #904, #905, #908, #910
    expect(
      hiddenOf({
        'a.yaml': release('HelmRelease', 'helm.toolkit.fluxcd.io/v2', "''"),
        'b.yaml': release('HelmRelease', 'helm.toolkit.fluxcd.io/v2beta1', '5'),
      }),
    ).toStrictEqual([{ namespace: 'data', label: 'Flux HelmRelease data/r' }]);
  });

  it('only a HelmRelease of the Flux helm group is one', () => {
    // kills #965, #969 (a HelmRelease of another group), #966 (another kind of the Flux group)
    expect(
      hiddenOf({
        'a.yaml': release('HelmRelease', 'example.com/v1', 'x'),
        'b.yaml': release('HelmChart', 'helm.toolkit.fluxcd.io/v2', 'x'),
      }),
    ).toEqual([]);
  });
});

describe('what an Argo CD Application deploys', () => {
  const dest = '  destination:\n    namespace: guestbook\n';

  it('a destination namespace is a default; its origin is the Application', () => {
    // kills #821, #822, #810 (no namespaceOverride key)
    expect(
      placementsOf(
        {
          'apps/app.yaml': argo(
            'gb',
            `${dest}  source:\n    repoURL: https://example.com/r.git\n    path: gb\n`,
          ),
          'gb/svc.yaml': svc('ui'),
        },
        'gb/svc.yaml',
      ),
    ).toStrictEqual([
      {
        unit: gitopsUnit('gitops:argocd/gb', 'gb', 'Argo CD Application argocd/gb (path gb)'),
        namespaceDefault: 'guestbook',
        namespaceOrigin: 'Argo CD Application argocd/gb',
        namespaceBy: 'gitops',
      },
    ]);
  });

  it('directory.recurse deploys the directories below too', () => {
    // kills #1076, #1078
    expect(
      unitsOf({
        'apps/app.yaml': argo('gb', `  source:\n    path: gb\n    directory: {recurse: true}\n`),
        'gb/deep/svc.yaml': svc('ui'),
      })['gb/deep/svc.yaml'],
    ).toEqual(['gitops:argocd/gb']);
  });

  it('a source without path, a chart source and a chart directory are hidden; a values-only source is not', () => {
    // kills #933, #934, #935 (no path), #1050 (chart with a path), #1054, #1057 (a chart directory),
    // #1067, #1072 (values-only), #1071 (a ref with a path that is not in the scan)
    const files = {
      'apps/nopath.yaml': argo('nopath', `${dest}  source:\n    repoURL: https://example.com/r.git\n`),
      'apps/chart.yaml': argo(
        'chart',
        `${dest}  source:\n    repoURL: https://charts.example.com\n    chart: redis\n    path: gb\n`,
      ),
      'apps/local.yaml': argo('local', `${dest}  source:\n    path: charts/web\n`),
      'apps/values.yaml': argo(
        'values',
        `${dest}  sources:\n    - repoURL: https://example.com/v.git\n      ref: values\n`,
      ),
      'apps/refpath.yaml': argo('refpath', `${dest}  sources:\n    - ref: cfg\n      path: nowhere\n`),
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/svc.yaml': svc('web'),
      'gb/svc.yaml': svc('ui'),
    };
    expect(hiddenOf(files)).toEqual([
      { namespace: 'guestbook', label: 'Argo CD Application argocd/chart' },
      { namespace: 'guestbook', label: 'Argo CD Application argocd/local' },
      { namespace: 'guestbook', label: 'Argo CD Application argocd/nopath' },
      { namespace: 'guestbook', label: 'Argo CD Application argocd/refpath' },
    ]);
    const units = unitsOf(files);
    expect(units['gb/svc.yaml']).toEqual(['directory:gb']);
    expect(units['charts/web/svc.yaml']).toEqual(['chart:charts/web']);
  });

  it('an Application with `sources` only reads each of them', () => {
    // kills #1042: the missing `source` is not read as one.
    expect(
      unitsOf({
        'apps/app.yaml': argo('gb', `${dest}  sources:\n    - path: gb\n`),
        'gb/svc.yaml': svc('ui'),
      })['gb/svc.yaml'],
    ).toEqual(['gitops:argocd/gb']);
  });

  it('an Application of another API group deploys nothing', () => {
    // kills #985
    expect(
      hiddenOf({
        'apps/app.yaml': argo(
          'x',
          `${dest}  source:\n    chart: redis\n`,
          'Application',
          'app.k8s.io/v1beta1',
        ),
      }),
    ).toEqual([]);
  });
});

describe('what an Argo CD ApplicationSet hides', () => {
  const chart = '      source:\n        repoURL: https://charts.example.com\n        chart: redis\n';
  const helmPath = '      source:\n        path: charts/web\n        helm: {releaseName: web}\n';
  const plain = '      source:\n        path: apps\n';

  it('a Helm chart source with a written namespace is a hidden source of that namespace', () => {
    // kills #990, #992..#1000 (label, entries), #979, #981, #982, #1083, #1085, #1087, #1088..#1090,
    // #1092, #1097..#1101
    expect(hiddenOf({ 'sets/a.yaml': appSet('a', 'cache', chart) })).toStrictEqual([
      { namespace: 'cache', label: 'Argo CD ApplicationSet argocd/a' },
    ]);
    expect(hiddenOf({ 'sets/b.yaml': appSet('b', 'web', helmPath) })).toStrictEqual([
      { namespace: 'web', label: 'Argo CD ApplicationSet argocd/b' },
    ]);
  });

  it('a plain path, a templated or missing namespace hides nothing', () => {
    // kills #1086, #1091, #1093, #1102 (plain path), #1094, #1095 (templated), #1096 (missing)
    expect(hiddenOf({ 'sets/a.yaml': appSet('a', 'cache', plain) })).toEqual([]);
    expect(hiddenOf({ 'sets/b.yaml': appSet('b', '{{name}}', chart) })).toEqual([]);
    expect(hiddenOf({ 'sets/c.yaml': appSet('c', undefined, chart) })).toEqual([]);
  });

  it('one Helm source among several is enough', () => {
    // kills #1084
    const sources =
      '      sources:\n        - path: apps\n        - chart: redis\n          repoURL: https://charts.example.com\n';
    expect(hiddenOf({ 'sets/a.yaml': appSet('a', 'cache', sources) })).toEqual([
      { namespace: 'cache', label: 'Argo CD ApplicationSet argocd/a' },
    ]);
  });

  it('only an ApplicationSet of the argoproj.io group is one', () => {
    // kills #989, #991, #995 (an ApplicationSet of another group), #992 (another argoproj.io kind)
    expect(
      hiddenOf({
        'sets/a.yaml': appSet('a', 'cache', chart, 'ApplicationSet', 'example.com/v1'),
        'sets/b.yaml': appSet('b', 'cache', chart, 'AppProject'),
      }),
    ).toEqual([]);
  });
});

describe('directories, collections and charts', () => {
  it('units are labelled by their kind and root', () => {
    // kills #758, #879, #885
    const files = {
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'charts/web/crds/a.yaml': svc('a'),
      'dir/a.yaml': svc('a'),
      'ex/a.yaml': svc('e'),
      'ex/b.yaml': svc('e'),
    };
    const labels = Object.fromEntries(
      [...deploymentUnits(parse(files)).placements].map(([f, list]) => [f, list.map((p) => p.unit.label)]),
    );
    expect(labels).toEqual({
      'charts/web/crds/a.yaml': ['Helm chart charts/web'],
      'dir/a.yaml': ['directory dir'],
      'ex/a.yaml': ['file ex/a.yaml'],
      'ex/b.yaml': ['file ex/b.yaml'],
    });
  });

  it('an object defined twice in one file does not make a collection; a chart is never one', () => {
    // kills #794 (one file), #751 (a chart's directory)
    expect(
      unitsOf({
        'dir/a.yaml': `${svc('a')}---\n${svc('a')}`,
        'dir/b.yaml': svc('b'),
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
        'charts/web/crds/a.yaml': svc('c'),
        'charts/web/crds/b.yaml': svc('c'),
      }),
    ).toEqual({
      'charts/web/crds/a.yaml': ['chart:charts/web'],
      'charts/web/crds/b.yaml': ['chart:charts/web'],
      'dir/a.yaml': ['directory:dir'],
      'dir/b.yaml': ['directory:dir'],
    });
  });

  it('nameless objects, objects of a kustomization file, and objects of other API groups make no collection', () => {
    // kills #779, #781 (nameless), #770 (a kustomization file's second document), #786, #787 (groups)
    const nameless = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n';
    const deployment = (apiVersion: string) =>
      `apiVersion: ${apiVersion}\nkind: Deployment\nmetadata:\n  name: d\n`;
    expect(
      unitsOf({
        'n/a.yaml': nameless,
        'n/b.yaml': nameless,
        'k/kustomization.yaml': `resources: []\n---\n${svc('web')}`,
        'k/other.yaml': svc('web'),
        'g/a.yaml': deployment('apps/v1'),
        'g/b.yaml': deployment('acme.io/v1'),
        'h/a.yaml': deployment('v1'),
        'h/b.yaml': deployment('Stryker was here!/v1'),
      }),
    ).toEqual({
      'g/a.yaml': ['directory:g'],
      'g/b.yaml': ['directory:g'],
      'h/a.yaml': ['directory:h'],
      'h/b.yaml': ['directory:h'],
      'k/kustomization.yaml': ['directory:k'],
      'k/other.yaml': ['directory:k'],
      'n/a.yaml': ['directory:n'],
      'n/b.yaml': ['directory:n'],
    });
  });
});

describe('hidden sources', () => {
  it('templates of one directory are one hidden source, labelled by the first', () => {
    // kills #856
    expect(hiddenOf({ 'tpl/a.yaml': 'a: {{ .x }}\n', 'tpl/b.yaml': 'b: {{ .y }}\n' })).toEqual([
      { root: 'tpl', onlyDirectory: true, label: 'the template tpl/a.yaml' },
    ]);
  });

  it('two sources whose fields only run together alike are both kept', () => {
    // kills #1106: `x` + `Flux HelmRelease a/bFlux HelmRelease c/d` against `xFlux HelmRelease a/b` + `Flux HelmRelease c/d`.
    const release = (ns: string, name: string, target: string) =>
      `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  targetNamespace: ${target}\n`;
    expect(
      hiddenOf({
        'a.yaml': release('a', 'bFlux HelmRelease c/d', 'x'),
        'b.yaml': release('c', 'd', 'xFlux HelmRelease a/b'),
      }),
    ).toEqual([
      { namespace: 'x', label: 'Flux HelmRelease a/bFlux HelmRelease c/d' },
      { namespace: 'xFlux HelmRelease a/b', label: 'Flux HelmRelease c/d' },
    ]);
  });
});
