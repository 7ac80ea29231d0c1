/**
 * Manifests that are the input of a KRM function: a directory holding an object annotated
 * `config.kubernetes.io/function` (or the older `config.k8s.io/function`) is run through that function by
 * `kustomize fn run DIR` and `kpt fn run DIR`. They read every resource of the directory and below (a function
 * found in the input is scoped to the resources under its own directory: kyaml's `runfn`, unless
 * `--global-scope`), hand them to the function (a container, an executable, a Starlark script) and write what it
 * returns back in their place. What gets applied is that output, which the files do not show: a generator adds
 * objects, a transformer rewrites them, a validator fails on them (kustomize's `validator-kubeval` example keeps a
 * Service with `prots:` for the validator to reject). A finding about such an input object is reported as a
 * notice that says so. Only manifests that no kustomize build or GitOps path places are concerned: `kustomize
 * build` does not run a function config it finds among its resources.
 *
 * Cost: one substring test per file for the annotation; the objects of the few files that hold it are read.
 */
import type { ParsedFile } from './parse.js';
import type { Unit } from './units.js';
import { dirOf } from './units.js';

const ANNOTATIONS = ['config.kubernetes.io/function', 'config.k8s.io/function'] as const;

/** A function config: the directory it scopes, the file and object that declare it. */
export interface FunctionConfig {
  dir: string;
  file: string;
  kind: string;
  name: string;
}

/** The function configs of a scan, by the directory whose tree they run on. */
export type FunctionScopes = ReadonlyMap<string, FunctionConfig>;

function annotations(value: Record<string, unknown>): Record<string, unknown> | undefined {
  const metadata = value['metadata'];
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return undefined;
  const annotated = (metadata as Record<string, unknown>)['annotations'];
  if (typeof annotated !== 'object' || annotated === null || Array.isArray(annotated)) return undefined;
  return annotated as Record<string, unknown>;
}

/** The objects of the scan that declare a KRM function, the first of each directory (files in path order). */
export function functionScopes(files: readonly ParsedFile[]): FunctionScopes {
  const scopes = new Map<string, FunctionConfig>();
  for (const f of files) {
    if (f.kustomization || !ANNOTATIONS.some((a) => f.file.text.includes(a))) continue;
    const dir = dirOf(f.file.path);
    if (scopes.has(dir)) continue;
    for (const object of f.objects) {
      const declared = annotations(object.value);
      const spec =
        declared && ANNOTATIONS.map((a) => declared[a]).find((v) => typeof v === 'string' && v.trim());
      if (spec === undefined) continue;
      scopes.set(dir, { dir, file: f.file.path, kind: object.kind, name: object.name });
      break;
    }
  }
  return scopes;
}

/**
 * The function config whose run a finding's file is input to: one in the file's directory or above it, when
 * the finding's object is placed in plain directories only (`units`; a finding about no object is left alone).
 */
export function functionInputOf(
  file: string,
  units: readonly Unit[] | undefined,
  scopes: FunctionScopes,
): FunctionConfig | undefined {
  if (scopes.size === 0 || !units || units.length === 0 || units.some((u) => u.kind !== 'directory'))
    return undefined;
  for (let dir = dirOf(file); ; dir = dirOf(dir)) {
    const config = scopes.get(dir);
    if (config) return config;
    if (dir === '.' || dir === '/' || dir === '') return undefined;
  }
}

/** What a finding demoted to a notice there says after its message (`file`: the finding's file). */
export function functionInputNote(config: FunctionConfig, file: string): string {
  const declarer = config.file === file ? 'this file' : `\`${config.file}\``;
  const where = config.dir === '.' ? 'the scan' : `\`${config.dir}/\` and below`;
  return (
    ` Reported as a notice: ${declarer} declares the KRM function ${config.kind}` +
    `${config.name ? ` ${config.name}` : ''} (\`config.kubernetes.io/function\`), and \`kustomize fn run\` and ` +
    `\`kpt fn run\` pass the manifests of ${where} through it and apply what it returns, which the files do ` +
    "not show (set the rule's severity in .kube-pairing.yaml to report it at its own)."
  );
}
