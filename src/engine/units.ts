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
  /** Unique and stable: `<kind>:<root>` (GitOps units: `gitops:<namespace>/<name>`). */
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
const CHART_FILE = /(^|\/)Chart\.ya?ml$/;

const dirOf = (path: string): string => posix.dirname(path);
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
}

/** Decides the deployment units of the scanned files. */
export function deploymentUnits(files: readonly ParsedFile[]): UnitMap {
  const kustomizations = new Map<string, { file: ParsedFile; k: Kustomization }>();
  /** Files that hold objects: the only ones placed. */
  const filePaths = new Set<string>();
  for (const f of files) {
    if (f.objects.length > 0) filePaths.add(f.file.path);
    if (f.kustomization) kustomizations.set(dirOf(f.file.path), { file: f, k: f.kustomization });
  }
  const patchFiles = kustomizePatchFiles(kustomizations);
  const hidden: HiddenSource[] = [];
  const gitops = gitOpsEntries(files, hidden);

  // Directories some kustomization or GitOps object builds: they are not build roots of their own.
  const referenced = new Set<string>();
  for (const [dir, { k }] of kustomizations)
    for (const entry of [...k.resources, ...(k.components ?? [])]) {
      if (REMOTE.test(entry)) continue;
      const target = joinPath(dir, entry);
      if (target !== dir && kustomizations.has(target)) referenced.add(target);
    }
  for (const entry of gitops) if (kustomizations.has(entry.path)) referenced.add(entry.path);

  const placements = new Map<string, Placement[]>();
  const reached = new Set<string>();
  const place = (file: string, placement: Placement): void => {
    const list = placements.get(file);
    if (!list) placements.set(file, [placement]);
    else if (!list.some((p) => p.unit === placement.unit)) list.push(placement);
  };

  /** Every file a kustomization reaches, with the namespace the outermost `namespace:` gives it. */
  const build = (unit: Unit, dir: string, outer: Omit<Placement, 'unit'>, visiting: Set<string>): void => {
    const entry = kustomizations.get(dir);
    if (!entry || visiting.has(dir)) return;
    visiting.add(dir);
    reached.add(dir);
    const { k, file } = entry;
    // kustomize's namespace transformer runs in each kustomization on what it built: the outer one wins.
    const scope: Omit<Placement, 'unit'> =
      outer.namespaceOverride === undefined && k.namespace !== undefined
        ? {
            ...outer,
            namespaceOverride: k.namespace,
            namespaceOrigin: file.file.path,
            namespaceBy: 'kustomization',
          }
        : { ...outer };
    const self: KustomizationStep = { dir, kustomization: k };
    const inBuild = (label: string): HiddenSource =>
      scope.namespaceOverride === undefined
        ? { unit, label }
        : { namespace: scope.namespaceOverride, unit, label };
    if (k.unmodelled)
      hidden.push(inBuild(`${k.unmodelled.map((f) => `\`${f}\``).join(', ')} of ${file.file.path}`));
    const remote = (item: string): boolean => {
      if (!REMOTE.test(item)) return false;
      hidden.push(inBuild(`remote resource ${item} of ${file.file.path}`));
      return true;
    };
    // Components run on everything the kustomization has accumulated before its own transformers
    // (api/internal/target/kusttarget.go accumulateComponents): an object of its resources passes through
    // each component, then through the kustomization; a component's own objects through the later ones.
    const components = (k.components ?? [])
      .filter((item) => !remote(item))
      .map((item) => joinPath(dir, item))
      .filter((target) => kustomizations.has(target))
      .map((target) => ({ dir: target, kustomization: kustomizations.get(target)!.k }));
    const after = (i: number): KustomizationStep[] => [...components.slice(i), self, ...(outer.chain ?? [])];
    for (const item of k.resources) {
      if (remote(item)) continue;
      const target = joinPath(dir, item);
      if (kustomizations.has(target)) build(unit, target, { ...scope, chain: after(0) }, visiting);
      else if (filePaths.has(target) && !patchFiles.has(target))
        place(target, { unit, ...scope, chain: after(0) });
    }
    components.forEach((component, i) =>
      build(unit, component.dir, { ...scope, chain: after(i + 1) }, visiting),
    );
    visiting.delete(dir);
  };

  // A Component no kustomization uses is a library for other repositories' overlays, not a build: its
  // patches are for objects it does not hold. Its own files are read as a plain directory.
  const isComponent = (dir: string): boolean => kustomizations.get(dir)?.k.document?.kind === 'Component';
  const roots = [...kustomizations.keys()].sort().filter((dir) => !isComponent(dir));
  for (const dir of roots) if (!referenced.has(dir)) build(unitOf('kustomize', dir), dir, {}, new Set());

  for (const entry of gitops) {
    const unit: Unit = {
      id: `gitops:${entry.object.namespace ?? ''}/${entry.object.name}`,
      kind: 'gitops',
      root: entry.path,
      label: `${entry.label} (path ${entry.path})`,
    };
    const scope: Omit<Placement, 'unit'> = {};
    if (entry.namespaceOverride !== undefined) scope.namespaceOverride = entry.namespaceOverride;
    if (entry.namespaceDefault !== undefined) scope.namespaceDefault = entry.namespaceDefault;
    if (entry.namespaceOverride !== undefined || entry.namespaceDefault !== undefined) {
      scope.namespaceOrigin = entry.label;
      scope.namespaceBy = 'gitops';
    }
    if (kustomizations.has(entry.path)) {
      build(unit, entry.path, scope, new Set());
      continue;
    }
    for (const file of filePaths) {
      const dir = dirOf(file);
      if (!isWithinDir(dir, entry.path) || (!entry.recursive && dir !== entry.path)) continue;
      if (placements.has(file) || patchFiles.has(file) || underKustomization(dir, entry.path, kustomizations))
        continue;
      place(file, { unit, ...scope });
    }
  }

  // Kustomizations only a cycle of others reaches: each is built as a root of its own.
  for (const dir of roots) if (!reached.has(dir)) build(unitOf('kustomize', dir), dir, {}, new Set());

  const chartUnits = new Map(
    files
      .map((f) => f.file.path)
      .filter((p) => CHART_FILE.test(p))
      .map((p) => [dirOf(p), unitOf('chart', dirOf(p))] as const),
  );
  /** The innermost chart a directory lies in. */
  const chartOf = (dir: string): string | undefined => {
    for (let d = dir; ; d = dirOf(d)) {
      if (chartUnits.has(d)) return d;
      if (d === '.' || d === '/' || d === dirOf(d)) return undefined;
    }
  };
  // A template that was not rendered (a Helm chart's, or any file whose `{{ }}` breaks the YAML) holds
  // objects of an unknown namespace, deployed with the files beside it.
  const unrendered = new Map<string, string>();
  for (const f of files) {
    if (f.template === undefined) continue;
    const chart = chartOf(dirOf(f.file.path));
    const root = chart ?? dirOf(f.file.path);
    if (!unrendered.has(root))
      unrendered.set(
        root,
        chart !== undefined ? `the unrendered Helm chart ${chart}` : `the template ${f.file.path}`,
      );
  }
  for (const [root, label] of [...unrendered].sort()) hidden.push({ root, label });
  const directoryUnits = new Map<string, Unit>();
  for (const file of filePaths) {
    if (placements.has(file) || patchFiles.has(file)) continue;
    const dir = dirOf(file);
    const chart = chartOf(dir);
    let unit = chart === undefined ? directoryUnits.get(dir) : chartUnits.get(chart);
    if (!unit) directoryUnits.set(dir, (unit = unitOf('directory', dir)));
    place(file, { unit });
  }
  return { placements, patchFiles, hidden: dedupe(hidden) };
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

/** Flux Kustomizations and Argo CD Applications that deploy a path of the scan; the others are hidden sources. */
function gitOpsEntries(files: readonly ParsedFile[], hidden: HiddenSource[]): GitOpsEntry[] {
  const dirs = new Set<string>();
  const charts = new Set<string>();
  for (const f of files) {
    if (CHART_FILE.test(f.file.path)) charts.add(dirOf(f.file.path));
    for (let d = dirOf(f.file.path); !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  const entries: GitOpsEntry[] = [];
  const gitRepositories = new Set<string>();
  for (const f of files)
    for (const o of f.objects)
      if (o.kind === 'GitRepository' && group(o.apiVersion) === 'source.toolkit.fluxcd.io')
        gitRepositories.add(o.name);
  const local = (path: string | undefined): string | undefined => {
    if (path === undefined || REMOTE.test(path)) return undefined;
    const dir = joinPath('.', path.replace(/^\/+/, ''));
    return dirs.has(dir) ? dir : undefined;
  };
  for (const f of files) {
    for (const object of f.objects) {
      const g = group(object.apiVersion);
      const label = `${object.kind} ${object.namespace ?? ''}${object.namespace ? '/' : ''}${object.name}`;
      if (object.kind === 'Kustomization' && g === 'kustomize.toolkit.fluxcd.io') {
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
          (sourceName === undefined || sourceName === 'flux-system' || !gitRepositories.has(sourceName));
        const path = ours ? local(str(spec.path) ?? '.') : undefined;
        if (path === undefined) {
          hidden.push({ namespace: targetNamespace, label: `Flux ${label}` });
          continue;
        }
        entries.push({
          object,
          path,
          recursive: true,
          ...(targetNamespace !== undefined ? { namespaceOverride: targetNamespace } : {}),
          label: `Flux ${label}`,
        });
      } else if (object.kind === 'HelmRelease' && g === 'helm.toolkit.fluxcd.io') {
        const spec = record(object.value.spec);
        hidden.push({ namespace: str(spec.targetNamespace) ?? object.namespace, label: `Flux ${label}` });
      } else if (object.kind === 'Application' && g === 'argoproj.io') {
        const spec = record(object.value.spec);
        const namespace = str(record(spec.destination).namespace);
        const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isRecord);
        for (const source of sources) {
          let path = source.chart === undefined ? local(str(source.path)) : undefined;
          if (path !== undefined && charts.has(path)) path = undefined; // Argo CD renders a chart with Helm
          // A Helm or kustomize source renders what kube-pairing cannot; a plain directory of this scan it can read.
          if (path === undefined || isRecord(source.helm) || isRecord(source.plugin)) {
            if (source.ref !== undefined && source.path === undefined) continue; // a values-only source
            hidden.push({ namespace, label: `Argo CD ${label}` });
            continue;
          }
          entries.push({
            object,
            path,
            recursive: record(source.directory).recurse === true,
            ...(namespace !== undefined ? { namespaceDefault: namespace } : {}),
            label: `Argo CD ${label}`,
          });
        }
      } else if (object.kind === 'ApplicationSet' && g === 'argoproj.io') {
        // Its Applications are templates: only a Helm or chart source with a written namespace says what
        // it deploys where (a path of this repository is read here anyway).
        const template = record(record(object.value.spec).template);
        const spec = record(template.spec);
        const namespace = str(record(spec.destination).namespace);
        const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])].filter(isRecord);
        if (
          namespace !== undefined &&
          !namespace.includes('{{') &&
          sources.some((s) => s.chart !== undefined || isRecord(s.helm))
        )
          hidden.push({ namespace, label: `Argo CD ${label}` });
      }
    }
  }
  return entries;
}

function dedupe(sources: readonly HiddenSource[]): HiddenSource[] {
  const seen = new Map<string, HiddenSource>();
  for (const s of sources) seen.set([s.namespace, s.root, s.unit?.id, s.label].join('\n'), s);
  return [...seen.values()];
}

const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
