// Complexity (objects of one namespace): O(u) for u target-less patch uses of the kustomize builds (sets of
// ids), plus O(h) hidden sources per unmatched patch.
import { placeOf } from '../engine/locate.js';
import type { Rule } from '../engine/rule.js';

/**
 * A target-less strategic-merge patch of a kustomization that matches no object of the build: `kustomize
 * build` fails there (plugin/builtin/patchtransformer/PatchTransformer.go: "no resource matches strategic
 * merge patch"), so nothing of the build is applied. Where the build also holds objects the scan cannot see
 * (a remote base, a generator, `helmCharts`), the patch may target one of those: not reported.
 *
 * Complexity: linear in the patches of all builds.
 */
export const kustomizePatchNoTarget: Rule = {
  meta: {
    id: 'kustomize-patch-no-target',
    severity: 'error',
    family: 'input',
    summary:
      'A kustomize strategic-merge patch without `target` matches no object of its build, so `kustomize build` fails.',
    reads: [],
    why:
      'A patch without `target:` must match an object of the build by apiVersion, kind, name and namespace ' +
      '(a patch without `namespace:` matches only an object without one, or in `default`), or ' +
      '`kustomize build` fails and nothing of the build is applied.',
    messages: {
      noMatch:
        '{{path}}: the patch `{{patch}}` is for {{kind}} {{name}}, but no {{kind}} of that name and namespace is ' +
        "part of this kustomize build (`kustomize build`: {{error}}). {{why}} Correct the patch's `kind`, " +
        '`metadata.name` and `metadata.namespace` to those of an object the build holds (its name before any ' +
        'namePrefix or nameSuffix), or remove the patch.',
    },
  },
  check({ index, report }) {
    const idOf = (u: (typeof index.patchUses)[number]): string =>
      `${u.step.kustomization.document?.file.path}|${u.entry.field}|${u.entry.index}|${u.kind}|${u.name}`;
    // A patch of a kustomization several builds share is judged over all of them.
    const matched = new Set(index.patchUses.filter((u) => u.matched > 0).map(idOf));
    const reported = new Set<string>();
    for (const use of index.patchUses) {
      const id = idOf(use);
      if (matched.has(id) || reported.has(id) || use.kind === '' || use.name === '') continue;
      // Generated objects (configMapGenerator, secretGenerator) are not modelled: a patch of one may match.
      if (use.kind === 'ConfigMap' || use.kind === 'Secret') continue;
      if (use.unit && index.hidden.some((h) => h.unit === use.unit)) continue;
      const document = use.step.kustomization.document;
      if (!document) continue;
      reported.add(id);
      const place = placeOf(document, [use.entry.field, use.entry.index]);
      report({
        target: { file: place.file, region: place.region },
        messageId: 'noMatch',
        data: {
          path: document.file.path,
          patch: `${use.entry.field}[${use.entry.index}]`,
          kind: use.kind,
          name: use.name,
          error:
            use.entry.field === 'patchesStrategicMerge'
              ? '"no matches for Id …; failed to find unique target for patch"'
              : '"no resource matches strategic merge patch"',
        },
        key: id,
      });
    }
  },
};
