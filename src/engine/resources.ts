import { posix } from 'node:path';
import type { ResourceRef } from './finding.js';
import type { K8sObject, ParsedFile } from './parse.js';

export type NamespaceSource = 'explicit' | 'kustomization' | 'default';

/** An object placed in a namespace: the unit every rule works on. */
export interface Resource {
  object: K8sObject;
  ref: ResourceRef;
  namespaceSource: NamespaceSource;
}

/**
 * Gives every object its namespace: `metadata.namespace`, else the `namespace:` of each
 * kustomization that lists its file (directly or through a kustomization directory), else the default.
 * A file listed by several kustomizations with different namespaces yields one resource per namespace.
 * Kustomize patch files hold partial objects, not objects of their own: they yield no resource.
 */
export function placeResources(files: readonly ParsedFile[], defaultNamespace: string): Resource[] {
  const kustomizeNamespaces = kustomizationNamespaces(files);
  const patches = kustomizePatchFiles(files);
  const resources: Resource[] = [];
  for (const parsed of files) {
    if (patches.has(parsed.file.path)) continue;
    for (const object of parsed.objects) {
      const ref = (namespace: string): ResourceRef => ({ kind: object.kind, namespace, name: object.name });
      if (object.namespace !== undefined) {
        resources.push({ object, ref: ref(object.namespace), namespaceSource: 'explicit' });
        continue;
      }
      const fromKustomize = kustomizeNamespaces.get(parsed.file.path);
      if (fromKustomize && fromKustomize.size > 0) {
        for (const ns of fromKustomize)
          resources.push({ object, ref: ref(ns), namespaceSource: 'kustomization' });
      } else {
        resources.push({ object, ref: ref(defaultNamespace), namespaceSource: 'default' });
      }
    }
  }
  return resources;
}

/** Files that kustomizations use as patches and do not also list as resources. */
function kustomizePatchFiles(files: readonly ParsedFile[]): Set<string> {
  const patches = new Set<string>();
  const listed = new Set<string>();
  for (const parsed of files) {
    const k = parsed.kustomization;
    if (!k) continue;
    const dir = posix.dirname(parsed.file.path);
    for (const p of k.patches ?? []) patches.add(posix.normalize(posix.join(dir, p)));
    for (const r of k.resources) listed.add(posix.normalize(posix.join(dir, r)));
  }
  for (const r of listed) patches.delete(r);
  return patches;
}

/** file path -> namespaces given to it by kustomizations. */
function kustomizationNamespaces(files: readonly ParsedFile[]): Map<string, Set<string>> {
  const kustomizationByDir = new Map<string, ParsedFile>();
  const filePaths = new Set(files.map((f) => f.file.path));
  for (const f of files) if (f.kustomization) kustomizationByDir.set(posix.dirname(f.file.path), f);

  const result = new Map<string, Set<string>>();
  const assign = (dir: string, namespace: string | undefined, seen: Set<string>): void => {
    const k = kustomizationByDir.get(dir)?.kustomization;
    if (!k || seen.has(dir)) return;
    seen.add(dir);
    const ns = k.namespace ?? namespace;
    for (const entry of k.resources) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('github.com/')) continue;
      const target = posix.normalize(posix.join(dir, entry));
      if (filePaths.has(target)) {
        if (ns === undefined) continue;
        let set = result.get(target);
        if (!set) result.set(target, (set = new Set()));
        set.add(ns);
      } else if (kustomizationByDir.has(target)) {
        assign(target, ns, seen);
      }
    }
    seen.delete(dir);
  };
  for (const dir of kustomizationByDir.keys()) assign(dir, undefined, new Set());
  return result;
}
