/**
 * Deployment units: which files form one cluster's worth of objects. A repository is many clusters, not
 * one: overlays, per-environment folders, alternative bundles and unrelated examples live side by side.
 * A unit is what one `kubectl apply` / `kustomize build` / GitOps sync would send together:
 *
 * - a kustomize build root (a kustomization no other kustomization or GitOps object references) and every
 *   file its `resources`, `bases` and `components` reach, transitively;
 * - the path a Flux `Kustomization` or an Argo CD `Application` deploys (a kustomization there is built as
 *   above; a plain directory is taken whole: recursively for Flux, with `directory.recurse` for Argo CD);
 * - a Helm chart (a directory with `Chart.yaml`), with everything under it;
 * - otherwise, the files of one directory (what `kubectl apply -f dir` sends).
 *
 * A file reached by several units (a base shared by overlays) belongs to each. Pure: the file list in,
 * placements out. See docs/architecture.md ("Deployment units").
 */
import { posix } from 'node:path';
import type { K8sObject, Kustomization, ParsedFile } from './parse.js';
import { isRecord } from './parse.js';

/** One kustomization on an object's way to its build root. */
export interface KustomizationStep {
  /** The directory of the kustomization. */
  dir: string;
  kustomization: Kustomization;
}

export type UnitKind = 'kustomize' | 'gitops' | 'chart' | 'directory';

export interface Unit {
  /**
   * Unique and stable: `<kind>:<root>` (GitOps units: `gitops:<namespace>/<name>`, and
   * `gitops:<namespace>/<name>@<file>#<document>` when other files define a GitOps object of that name too).
   */
  id: string;
  kind: UnitKind;
  /** The directory it is rooted at, relative, with `/` (`.` for the top). */
  root: string;
  /** For messages: `kustomize build overlays/prod`, `directory examples/web`. */
  label: string;
}

/** Where an object sits in one unit, and the namespace the unit gives it (when the unit sets one). */
export interface Placement {
  unit: Unit;
  /** A namespace that overrides the object's own (kustomize `namespace:`, Flux `targetNamespace`). */
  namespaceOverride?: string;
  /** A namespace for objects that set none (Argo CD `destination.namespace`). */
  namespaceDefault?: string;
  /** What sets the namespace, for messages: `overlays/prod/kustomization.yaml`. */
  namespaceOrigin?: string;
  /** Whether a kustomization or a GitOps object sets it. */
  namespaceBy?: 'kustomization' | 'gitops';
  /** The kustomizations from the file's own up to the build root, innermost first (src/kustomize/build.ts). */
  chain?: readonly KustomizationStep[];
}

/** Something in the scan that adds objects kube-pairing cannot see (a Helm release, a remote source). */
export interface HiddenSource {
  /** The namespace its objects go to; undefined when it cannot be known. */
  namespace?: string;
  /**
   * The directory of a template that was not rendered: its objects are deployed with the files on its line of
   * directories (see ResourceIndex.near). Undefined: deployed anywhere in the namespace.
   */
  root?: string;
  /**
   * Set for a template outside a chart: its objects are deployed with the files of its own directory only
   * (a template at the top of a repository, such as a krew plugin manifest, hides nothing in the folders below).
   */
  onlyDirectory?: true;
  /** The kustomize build it is part of (a remote base, `helmCharts`): its objects are deployed with that build only. */
  unit?: Unit;
  /** For messages: `HelmRelease monitoring/kube-prometheus-stack`. */
  label: string;
}

export interface UnitMap {
  /** Placements of each file's objects, by file path. Files not listed hold no object (or only patches). */
  placements: ReadonlyMap<string, readonly Placement[]>;
  /** Files that kustomizations use as patches and do not also list as resources. */
  patchFiles: ReadonlySet<string>;
  /** Sources of objects the scan cannot show (Helm releases, remote bases, unrendered charts). */
  hidden: readonly HiddenSource[];
}

/** A kustomization entry that names a remote resource (a URL, a git repository), not a path. */
export const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^(github\.com|gitlab\.com|bitbucket\.org)\/|^git@/i;
/** A Helm chart's `Chart.yaml` (or `Chart.yml`): its directory is the chart. */
export const CHART_FILE = /(^|\/)Chart\.ya?ml$/;

/** The directory of a `/`-separated path (`.` for a file at the top). */
export const dirOf = (path: string): string => posix.dirname(path);
/** A kustomization's entry as a path of the scan (relative, with `/`, no trailing slash). */
export const joinPath = (dir: string, entry: string): string => {
  const joined = posix.normalize(posix.join(dir, entry));
  return joined.endsWith('/') && joined.length > 1 ? joined.slice(0, -1) : joined;
};

/** Whether `dir` is `ancestor` or lies below it. */
function isWithinDir(dir: string, ancestor: string): boolean {
  return ancestor === '.' || dir === ancestor || dir.startsWith(`${ancestor}/`);
}

/** A GitOps object that deploys a path of this repository. */
interface GitOpsEntry {
  object: K8sObject;
  /** The path it deploys, relative to the top of the scan. */
  path: string;
  recursive: boolean;
  namespaceOverride?: string;
  namespaceDefault?: string;
  label: string;
  /**
   * Flux's `spec.components`: kustomize components the controller appends to the `components` of the
   * kustomization at `path` (or of the one it generates there), relative to `path`.
   */
  components?: readonly string[];
}

/** Decides the deployment units of the scanned files. */
export function deploymentUnits(files: readonly ParsedFile[]): UnitMap {
  const kustomizations = new Map<string, KustomizationFile>();
  /** Files that hold objects: the only ones placed. */
  const filePaths = new Set<string>();
  for (const f of files) {
    if (f.objects.length > 0) filePaths.add(f.file.path);
    if (f.kustomization) kustomizations.set(dirOf(f.file.path), { file: f, k: f.kustomization });
  }
  const patchFiles = kustomizePatchFiles(kustomizations);
  const { entries: gitops, hidden } = gitOpsEntries(files);
  const referenced = referencedKustomizations(kustomizations, gitops);
  const placer = new UnitPlacer(kustomizations, filePaths, patchFiles, hidden);

  // A Component no kustomization uses is a library for other repositories' overlays, not a build: its
  // patches are for objects it does not hold. Its own files are read as a plain directory.
  const isComponent = (dir: string): boolean => kustomizations.get(dir)?.k.document?.kind === 'Component';
  const roots = [...kustomizations.keys()].sort().filter((dir) => !isComponent(dir));
  for (const dir of roots) if (!referenced.has(dir)) placer.build(unitOf('kustomize', dir), dir, {});
  const ids = gitOpsUnitIds(gitops);
  for (const entry of gitops) placer.placeGitOps(entry, ids.get(entry.object)!);
  // Kustomizations only a cycle of others reaches: each is built as a root of its own.
  for (const dir of roots) if (!placer.reached.has(dir)) placer.build(unitOf('kustomize', dir), dir, {});

  const charts = helmCharts(files);
  hidden.push(...unrenderedTemplates(files, charts), ...helmValuesFiles(files, charts));
  placer.placeDirectories(charts, files);
  return { placements: placer.placements, patchFiles, hidden: dedupe(hidden) };
}

/** A kustomization and the file that holds it. */
interface KustomizationFile {
  file: ParsedFile;
  k: Kustomization;
}

/** What a unit gives the objects it places, before the unit itself is known. */
type Scope = Omit<Placement, 'unit'>;

/** Directories some kustomization or GitOps object builds: they are not build roots of their own. */
function referencedKustomizations(
  kustomizations: ReadonlyMap<string, KustomizationFile>,
  gitops: readonly GitOpsEntry[],
): Set<string> {
  const referenced = new Set<string>();
  for (const [dir, { k }] of kustomizations)
    for (const entry of [...k.resources, ...(k.components ?? [])]) {
      if (REMOTE.test(entry)) continue;
      const target = joinPath(dir, entry);
      if (target !== dir && kustomizations.has(target)) referenced.add(target);
    }
  for (const entry of gitops) if (kustomizations.has(entry.path)) referenced.add(entry.path);
  return referenced;
}

/**
 * Places the files of the scan in units, one unit after the other (a file is placed once per unit: the
 * first placement wins), and records the hidden sources the kustomize builds it walks name.
 */
class UnitPlacer {
  /** Placements of each file's objects, by file path. */
  readonly placements = new Map<string, Placement[]>();
  /** The kustomizations some build has reached. */
  readonly reached = new Set<string>();

  constructor(
    private readonly kustomizations: ReadonlyMap<string, KustomizationFile>,
    private readonly filePaths: ReadonlySet<string>,
    private readonly patchFiles: ReadonlySet<string>,
    private readonly hidden: HiddenSource[],
  ) {}

  /** Places a file in a unit, unless it already is in that unit. */
  private place(file: string, placement: Placement): void {
    const list = this.placements.get(file);
    if (!list) this.placements.set(file, [placement]);
    else if (!list.some((p) => p.unit === placement.unit)) list.push(placement);
  }

  /** Every file a kustomization reaches, with the namespace the outermost `namespace:` gives it. */
  build(
    unit: Unit,
    dir: string,
    outer: Scope,
    visiting = new Set<string>(),
    /** Components a GitOps object adds to this kustomization's own (Flux's `spec.components`). */
    added: readonly string[] = [],
  ): void {
    const entry = this.kustomizations.get(dir);
    if (!entry || visiting.has(dir)) return;
    visiting.add(dir);
    this.reached.add(dir);
    const { k, file } = entry;
    const scope = kustomizationScope(outer, k, file.file.path);
    const hide = (label: string): void => {
      this.hidden.push(
        scope.namespaceOverride === undefined
          ? { unit, label }
          : { namespace: scope.namespaceOverride, unit, label },
      );
    };
    if (k.unmodelled) hide(`${k.unmodelled.map((f) => `\`${f}\``).join(', ')} of ${file.file.path}`);
    const remote = (item: string): boolean => {
      if (!REMOTE.test(item)) return false;
      hide(`remote resource ${item} of ${file.file.path}`);
      return true;
    };
    // Components run on everything the kustomization has accumulated before its own transformers
    // (api/internal/target/kusttarget.go accumulateComponents): an object of its resources passes through
    // each component, then through the kustomization; a component's own objects through the later ones.
    const components = [...(k.components ?? []), ...added]
      .filter((item) => !remote(item))
      .map((item) => joinPath(dir, item))
      .filter((target) => this.kustomizations.has(target))
      .map((target) => ({ dir: target, kustomization: this.kustomizations.get(target)!.k }));
    const self: KustomizationStep = { dir, kustomization: k };
    const after = (i: number): KustomizationStep[] => [...components.slice(i), self, ...(outer.chain ?? [])];
    for (const item of k.resources) {
      if (remote(item)) continue;
      const target = joinPath(dir, item);
      if (this.kustomizations.has(target)) this.build(unit, target, { ...scope, chain: after(0) }, visiting);
      else if (this.filePaths.has(target)) {
        if (!this.patchFiles.has(target)) this.place(target, { unit, ...scope, chain: after(0) });
      }
      // A directory without a kustomization file (one a script writes before the build: Solr's
      // `kustomization_base.yaml`), or a file the scan does not hold: what it adds to the build is unknown.
      else hide(`resource ${item} of ${file.file.path}, which the scan does not hold`);
    }
    components.forEach((component, i) =>
      this.build(unit, component.dir, { ...scope, chain: after(i + 1) }, visiting),
    );
    visiting.delete(dir);
  }

  /**
   * What a GitOps object deploys: the kustomize build at its path, else the files of that directory not yet
   * placed (and, when it recurses, of the directories below that no kustomization builds).
   */
  placeGitOps(entry: GitOpsEntry, id: string): void {
    const unit: Unit = {
      id,
      kind: 'gitops',
      root: entry.path,
      label: `${entry.label} (path ${entry.path})`,
    };
    const scope = gitOpsScope(entry);
    if (this.kustomizations.has(entry.path)) {
      this.build(unit, entry.path, scope, new Set(), entry.components);
      return;
    }
    // Without a kustomization there, Flux generates one listing the directory's files and the components.
    const components = (entry.components ?? [])
      .filter((item) => !REMOTE.test(item))
      .map((item) => joinPath(entry.path, item))
      .filter((target) => this.kustomizations.has(target));
    components.forEach((dir, i) =>
      this.build(unit, dir, {
        ...scope,
        chain: components.slice(i + 1).map((d) => ({ dir: d, kustomization: this.kustomizations.get(d)!.k })),
      }),
    );
    for (const file of this.filePaths) {
      const dir = dirOf(file);
      if (!isWithinDir(dir, entry.path) || (!entry.recursive && dir !== entry.path)) continue;
      if (
        this.placements.has(file) ||
        this.patchFiles.has(file) ||
        underKustomization(dir, entry.path, this.kustomizations)
      )
        continue;
      this.place(file, { unit, ...scope });
    }
  }

  /**
   * The files no build or GitOps object placed: in the innermost chart they lie in, else in their directory.
   * A directory whose files define the same object more than once is a collection of alternatives or
   * self-contained examples (Kong's examples directory: one file per route kind, each with its own
   * Service `echo`), not one bundle: each of its files is then a unit of its own, so an object pairs with the
   * counterparts of its own file first (and with those of the directory only when its file has none).
   */
  placeDirectories(charts: HelmCharts, files: readonly ParsedFile[]): void {
    const directoryUnits = new Map<string, Unit>();
    const collections = redefinedAcrossFiles(
      files.filter((f) => !this.placements.has(f.file.path) && !this.patchFiles.has(f.file.path)),
    );
    for (const file of this.filePaths) {
      if (this.placements.has(file) || this.patchFiles.has(file)) continue;
      const dir = dirOf(file);
      const chart = charts.chartOf(dir);
      if (chart === undefined && collections.has(dir)) {
        this.place(file, {
          unit: { id: `file:${file}`, kind: 'directory', root: dir, label: `file ${file}` },
        });
        continue;
      }
      let unit = chart === undefined ? directoryUnits.get(dir) : charts.units.get(chart);
      if (!unit) directoryUnits.set(dir, (unit = unitOf('directory', dir)));
      this.place(file, { unit });
    }
  }
}

/**
 * Directories in which two of the files define one object (kind, API group, namespace as written, name).
 * Namespaces are left out: many bundles open each file with the Namespace its objects go to.
 */
function redefinedAcrossFiles(files: readonly ParsedFile[]): Set<string> {
  const fileOf = new Map<string, string>();
  const out = new Set<string>();
  for (const f of files) {
    if (f.kustomization) continue;
    const dir = dirOf(f.file.path);
    if (out.has(dir)) continue;
    for (const o of f.objects) {
      if (o.name === '' || o.kind === 'Namespace' || o.built) continue;
      const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '';
      const key = JSON.stringify([dir, o.kind, group, o.namespace ?? '', o.name]);
      const seen = fileOf.get(key);
      if (seen === undefined) fileOf.set(key, f.file.path);
      else if (seen !== f.file.path) {
        out.add(dir);
        break;
      }
    }
  }
  return out;
}

/** kustomize's namespace transformer runs in each kustomization on what it built: the outer one wins. */
function kustomizationScope(outer: Scope, k: Kustomization, path: string): Scope {
  return outer.namespaceOverride === undefined && k.namespace !== undefined
    ? { ...outer, namespaceOverride: k.namespace, namespaceOrigin: path, namespaceBy: 'kustomization' }
    : { ...outer };
}

/** The namespace a GitOps object gives what it deploys (Flux overrides, Argo CD fills in). */
function gitOpsScope(entry: GitOpsEntry): Scope {
  const scope: Scope = {};
  if (entry.namespaceOverride !== undefined) scope.namespaceOverride = entry.namespaceOverride;
  if (entry.namespaceDefault !== undefined) scope.namespaceDefault = entry.namespaceDefault;
  if (entry.namespaceOverride !== undefined || entry.namespaceDefault !== undefined) {
    scope.namespaceOrigin = entry.label;
    scope.namespaceBy = 'gitops';
  }
  return scope;
}

/** The Helm charts of the scan (directories with `Chart.yaml`), each a unit. */
interface HelmCharts {
  units: ReadonlyMap<string, Unit>;
  /** The innermost chart a directory lies in. */
  chartOf(dir: string): string | undefined;
}

/** Finds the Helm charts among the scanned files. */
function helmCharts(files: readonly ParsedFile[]): HelmCharts {
  const units = new Map(
    files
      .map((f) => f.file.path)
      .filter((p) => CHART_FILE.test(p))
      .map((p) => [dirOf(p), unitOf('chart', dirOf(p))] as const),
  );
  const chartOf = (dir: string): string | undefined => {
    for (let d = dir; ; d = dirOf(d)) {
      if (units.has(d)) return d;
      if (d === '.' || d === '/' || d === dirOf(d)) return undefined;
    }
  };
  return { units, chartOf };
}

/**
 * A template that was not rendered (a Helm chart's, or any file whose `{{ }}` breaks the YAML) holds
 * objects of an unknown namespace, deployed with the files beside it: one hidden source per chart or
 * directory, sorted.
 */
function unrenderedTemplates(files: readonly ParsedFile[], charts: HelmCharts): HiddenSource[] {
  const unrendered = new Map<string, string>();
  for (const f of files) {
    if (f.template === undefined) continue;
    const chart = charts.chartOf(dirOf(f.file.path));
    const root = chart ?? dirOf(f.file.path);
    if (!unrendered.has(root))
      unrendered.set(
        root,
        chart !== undefined ? `the unrendered Helm chart ${chart}` : `the template ${f.file.path}`,
      );
  }
  return [...unrendered]
    .sort()
    .map(([root, label]) =>
      charts.units.has(root) ? { root, label } : { root, label, onlyDirectory: true },
    );
}

/** The name of a Helm values file: `values.yaml`, `values-prod.yaml`, `jaeger-values.yaml`, `app.values.yml`. */
const VALUES_FILE = /(?:^|\/)(?:values|[^/]+[-_.]values|values[-_.][^/]+)\.ya?ml$/i;

/**
 * A Helm values file outside any chart of the scan, holding no object: a chart from elsewhere is installed with
 * it (`helm upgrade --install jaeger jaegertracing/jaeger -f jaeger-values.yaml`, Jaeger's otel-demo), so its
 * objects, of an unknown namespace, are deployed with the files of its directory.
 */
function helmValuesFiles(files: readonly ParsedFile[], charts: HelmCharts): HiddenSource[] {
  return files
    .filter(
      (f) =>
        VALUES_FILE.test(f.file.path) &&
        f.objects.length === 0 &&
        f.kustomization === undefined &&
        f.template === undefined &&
        charts.chartOf(dirOf(f.file.path)) === undefined,
    )
    .map((f) => ({
      root: dirOf(f.file.path),
      onlyDirectory: true as const,
      label: `the Helm release installed with the values ${f.file.path}`,
    }));
}

function unitOf(kind: Exclude<UnitKind, 'gitops'>, root: string): Unit {
  const label =
    kind === 'kustomize'
      ? `kustomize build ${root}`
      : kind === 'chart'
        ? `Helm chart ${root}`
        : root === '.'
          ? 'the top directory'
          : `directory ${root}`;
  return { id: `${kind}:${root}`, kind, root, label };
}

/**
 * The unit id of each GitOps object. Objects of one namespace and name in different files are different
 * clusters' (a home-ops repository's `clusters/main` and `clusters/test` each with a Flux Kustomization
 * `flux-system/flux-instance`), so each is a unit of its own; the sources of one Argo CD Application are one.
 */
function gitOpsUnitIds(entries: readonly GitOpsEntry[]): Map<K8sObject, string> {
  const byName = new Map<string, Set<K8sObject>>();
  for (const { object } of entries) {
    const name = `gitops:${object.namespace ?? ''}/${object.name}`;
    const objects = byName.get(name) ?? new Set<K8sObject>();
    byName.set(name, objects.add(object));
  }
  const ids = new Map<K8sObject, string>();
  for (const [name, objects] of byName)
    for (const object of objects)
      ids.set(object, objects.size === 1 ? name : `${name}@${object.file.path}#${object.documentIndex}`);
  return ids;
}

/** A directory between `top` and `dir` (inclusive of `dir`) holds a kustomization: Flux builds that instead. */
function underKustomization(dir: string, top: string, kustomizations: ReadonlyMap<string, unknown>): boolean {
  for (let d = dir; isWithinDir(d, top) && d !== top; d = dirOf(d)) if (kustomizations.has(d)) return true;
  return false;
}

/** Files that kustomizations use as patches and do not also list as resources. */
function kustomizePatchFiles(kustomizations: ReadonlyMap<string, { k: Kustomization }>): ReadonlySet<string> {
  const patches = new Set<string>();
  const listed = new Set<string>();
  for (const [dir, { k }] of kustomizations) {
    for (const p of k.patches ?? []) patches.add(joinPath(dir, p));
    for (const r of k.resources) listed.add(joinPath(dir, r));
  }
  for (const r of listed) patches.delete(r);
  return patches;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const group = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');

/** What the scan holds that tells whether a GitOps path is in this repository. */
interface RepoPaths {
  /** Every directory of the scan, and the ones above them. */
  dirs: ReadonlySet<string>;
  /** Directories with a `Chart.yaml`. */
  charts: ReadonlySet<string>;
  /** Names of the Flux GitRepositories the scan defines. */
  gitRepositories: ReadonlySet<string>;
  /**
   * Where the repository's top may be, in order: the working directory (the Action and most runs), then, when
   * every file lies outside it (`kube-pairing ../home-ops`), the directory that holds them all.
   */
  roots: readonly string[];
}

/** Collects the directories, charts and Flux GitRepositories of the scan. */
function repoPaths(files: readonly ParsedFile[]): RepoPaths {
  const dirs = new Set<string>();
  const charts = new Set<string>();
  for (const f of files) {
    if (CHART_FILE.test(f.file.path)) charts.add(dirOf(f.file.path));
    for (let d = dirOf(f.file.path); !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  const gitRepositories = new Set<string>();
  for (const f of files)
    for (const o of f.objects)
      if (o.kind === 'GitRepository' && group(o.apiVersion) === 'source.toolkit.fluxcd.io')
        gitRepositories.add(o.name);
  return { dirs, charts, gitRepositories, roots: ['.', ...outsideRoot(files)] };
}

/** The directory all files lie in, when it is outside the working directory (`../x`, `/abs/x`). */
function outsideRoot(files: readonly ParsedFile[]): string[] {
  let common: string[] | undefined;
  for (const f of files) {
    const parts = dirOf(f.file.path).split('/');
    if (!common) common = parts;
    else {
      let i = 0;
      while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
      common = common.slice(0, i);
    }
  }
  const root = common?.join('/') ?? '';
  return root.startsWith('../') || root === '..' || root.startsWith('/') ? [root || '/'] : [];
}

/** A GitOps path as a directory of the scan; undefined for a remote one or one the scan does not hold. */
function localDir(repo: RepoPaths, path: string | undefined): string | undefined {
  if (path === undefined || REMOTE.test(path)) return undefined;
  const relative = path.replace(/^\/+/, '');
  return repo.roots.map((root) => joinPath(root, relative)).find((dir) => repo.dirs.has(dir));
}

/** What GitOps objects deploy: paths of the scan, and sources of objects the scan cannot show. */
interface GitOpsTargets {
  entries: GitOpsEntry[];
  hidden: HiddenSource[];
}

/** Flux Kustomizations and Argo CD Applications that deploy a path of the scan; the others are hidden sources. */
function gitOpsEntries(files: readonly ParsedFile[]): GitOpsTargets {
  const repo = repoPaths(files);
  const entries: GitOpsEntry[] = [];
  const hidden: HiddenSource[] = [];
  for (const f of files) {
    for (const object of f.objects) {
      const found = gitOpsTargets(object, repo);
      entries.push(...found.entries);
      hidden.push(...found.hidden);
    }
  }
  return { entries, hidden };
}

/** What one object deploys, when it is a Flux or Argo CD object; nothing for any other. */
function gitOpsTargets(object: K8sObject, repo: RepoPaths): GitOpsTargets {
  const g = group(object.apiVersion);
  const label = `${object.kind} ${object.namespace ?? ''}${object.namespace ? '/' : ''}${object.name}`;
  if (object.kind === 'Kustomization' && g === 'kustomize.toolkit.fluxcd.io')
    return fluxKustomization(object, `Flux ${label}`, repo);
  if (object.kind === 'HelmRelease' && g === 'helm.toolkit.fluxcd.io') {
    const spec = record(object.value.spec);
    return {
      entries: [],
      hidden: [{ namespace: str(spec.targetNamespace) ?? object.namespace, label: `Flux ${label}` }],
    };
  }
  if (object.kind === 'Application' && g === 'argoproj.io')
    return argoApplication(object, `Argo CD ${label}`, repo);
  if (object.kind === 'ApplicationSet' && g === 'argoproj.io')
    return { entries: [], hidden: argoApplicationSet(object, `Argo CD ${label}`) };
  return { entries: [], hidden: [] };
}

/** A Flux Kustomization: the path it deploys when its source is this repository, else a hidden source. */
function fluxKustomization(object: K8sObject, label: string, repo: RepoPaths): GitOpsTargets {
  const spec = record(object.value.spec);
  const targetNamespace = str(spec.targetNamespace);
  // Its path is in this repository only when its source is: the bootstrap GitRepository
  // (`flux-system`), or one the scan does not define (an OCIRepository, or a GitRepository of another
  // repository defined here, deploys files kube-pairing cannot see).
  const source = record(spec.sourceRef);
  const sourceKind = str(source.kind) ?? 'GitRepository';
  const sourceName = str(source.name);
  const ours =
    sourceKind === 'GitRepository' &&
    (sourceName === undefined || sourceName === 'flux-system' || !repo.gitRepositories.has(sourceName));
  const path = ours ? localDir(repo, str(spec.path) ?? '.') : undefined;
  if (path === undefined) return { entries: [], hidden: [{ namespace: targetNamespace, label }] };
  const components = Array.isArray(spec.components)
    ? spec.components.filter((c): c is string => typeof c === 'string' && c !== '')
    : [];
  const entry: GitOpsEntry = {
    object,
    path,
    recursive: true,
    ...(targetNamespace !== undefined ? { namespaceOverride: targetNamespace } : {}),
    ...(components.length > 0 ? { components } : {}),
    label,
  };
  return { entries: [entry], hidden: [] };
}

/** The sources of an Argo CD Application or ApplicationSet template spec (`source` and `sources`). */
function argoSources(spec: Record<string, unknown>): Record<string, unknown>[] {
  return [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isRecord);
}

/** An Argo CD Application: each source a plain directory of this scan deploys, the others are hidden sources. */
function argoApplication(object: K8sObject, label: string, repo: RepoPaths): GitOpsTargets {
  const spec = record(object.value.spec);
  const namespace = str(record(spec.destination).namespace);
  const found: GitOpsTargets = { entries: [], hidden: [] };
  for (const source of argoSources(spec)) {
    let path = source.chart === undefined ? localDir(repo, str(source.path)) : undefined;
    if (path !== undefined && repo.charts.has(path)) path = undefined; // Argo CD renders a chart with Helm
    // A Helm or kustomize source renders what kube-pairing cannot; a plain directory of this scan it can read.
    if (path === undefined || isRecord(source.helm) || isRecord(source.plugin)) {
      if (source.ref !== undefined && source.path === undefined) continue; // a values-only source
      found.hidden.push({ namespace, label });
      continue;
    }
    found.entries.push({
      object,
      path,
      recursive: record(source.directory).recurse === true,
      ...(namespace !== undefined ? { namespaceDefault: namespace } : {}),
      label,
    });
  }
  return found;
}

/**
 * An Argo CD ApplicationSet: its Applications are templates, so only a Helm or chart source with a written
 * namespace says what it deploys where (a path of this repository is read here anyway).
 */
function argoApplicationSet(object: K8sObject, label: string): HiddenSource[] {
  const template = record(record(object.value.spec).template);
  const spec = record(template.spec);
  const namespace = str(record(spec.destination).namespace);
  const helm = argoSources(spec).some((s) => s.chart !== undefined || isRecord(s.helm));
  return namespace !== undefined && !namespace.includes('{{') && helm ? [{ namespace, label }] : [];
}

function dedupe(sources: readonly HiddenSource[]): HiddenSource[] {
  const seen = new Map<string, HiddenSource>();
  for (const s of sources) seen.set([s.namespace, s.root, s.unit?.id, s.label].join('\n'), s);
  return [...seen.values()];
}

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
