/**
 * Manifests that sit beside a kustomization which lists them nowhere: `kubectl apply -k` and every tool that
 * builds the directory (kustomize, Flux, Argo CD) leave them out, and `kubectl apply -f` of the directory is no
 * way to deploy it either (it would send the kustomization itself to the API server). Such a file is a leftover
 * of a scaffold (kubebuilder's `config/default/metrics_service.yaml` once its entry is removed), an optional
 * piece to list by hand, or a file forgotten in the list; either way nothing deploys it, so a finding about its
 * objects is reported as a notice that says so. A file that a build places (it is listed by some kustomization,
 * anywhere) is not one of them.
 */
import type { ParsedFile } from './parse.js';
import type { Unit } from './units.js';
import { dirOf, joinPath, REMOTE } from './units.js';

/** The directories that hold a kustomization, and the files some kustomization lists as a resource. */
export interface KustomizeListing {
  dirs: ReadonlySet<string>;
  listed: ReadonlySet<string>;
}

export function kustomizeListing(files: readonly ParsedFile[]): KustomizeListing {
  const dirs = new Set<string>();
  const listed = new Set<string>();
  for (const f of files) {
    const k = f.kustomization;
    if (!k) continue;
    const dir = dirOf(f.file.path);
    dirs.add(dir);
    for (const entry of [...k.resources, ...(k.patches ?? [])])
      if (!REMOTE.test(entry)) listed.add(joinPath(dir, entry));
  }
  return { dirs, listed };
}

/**
 * Whether a finding's file is such a manifest: beside a kustomization, listed by none, and placed in plain
 * directories only (`units`: the deployment units of the finding's object; a finding about no object is left
 * alone, since which objects a broken file holds is unknown).
 */
export function unlistedBesideKustomization(
  file: string,
  units: readonly Unit[] | undefined,
  listing: KustomizeListing,
): boolean {
  if (!units || units.length === 0 || units.some((u) => u.kind !== 'directory')) return false;
  return listing.dirs.has(dirOf(file)) && !listing.listed.has(file);
}

/** What a finding demoted to a notice there says after its message. */
export function unlistedNote(file: string): string {
  const dir = dirOf(file);
  return (
    ` Reported as a notice: no kustomization lists \`${file}\`, though \`${dir === '.' ? '' : `${dir}/`}kustomization\` ` +
    'sits beside it, so kustomize (and `kubectl apply -k`) does not deploy it; list it under `resources:` if it is ' +
    "meant to be (set the rule's severity in .kube-pairing.yaml to report it at its own)."
  );
}
