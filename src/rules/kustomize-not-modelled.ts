// Complexity (objects of one namespace): O(k) for k kustomization files (a fixed list of fields and their
// resources entries each).
import { placeOf } from '../engine/locate.js';
import type { Rule } from '../engine/rule.js';
import { REMOTE } from '../engine/units.js';

/**
 * What a kustomization asks of `kustomize build` that kube-pairing does not model (docs/kustomize.md):
 * objects it adds or changes are not seen, and the rules treat what they may provide as unknown. Said once
 * per field, as a notice, so that a silent gap is never taken for a check.
 *
 * Complexity: linear in the kustomizations' fields.
 */

/** Fields that add or change objects in ways kube-pairing does not model, with what they do. */
export const NOT_MODELLED: Readonly<Record<string, string>> = {
  helmCharts: 'renders Helm charts into the build',
  helmChartInflationGenerator: 'renders a Helm chart into the build',
  generators: 'runs generator plugins that add objects',
  transformers: 'runs transformer plugins that change objects',
  validators: 'runs validator plugins',
  vars: 'substitutes variables into objects',
  openapi: 'changes the schema that patches merge with',
  crds: 'adds merge rules from custom resource definitions',
  configurations: 'changes which fields transformers write',
};

export const kustomizeNotModelled: Rule = {
  meta: {
    id: 'kustomize-not-modelled',
    severity: 'notice',
    family: 'input',
    summary:
      'A kustomization uses a field or a remote resource kube-pairing does not model: what it adds or changes is not checked.',
    reads: [],
    why: 'The pairing rules treat what it may provide as unknown rather than missing.',
    messages: {
      fieldNotModelled:
        '{{path}}: `{{field}}` {{does}}, which kube-pairing does not model: the objects it adds or the changes ' +
        'it makes are not checked. {{why}} To check them too, write the output of `kustomize build` to a file ' +
        'and run kube-pairing on it.',
      remoteResource:
        '{{path}}: the remote resource `{{entry}}` is not fetched (kube-pairing reads only the files it is ' +
        'given): the objects it adds are not checked. {{why}} To check them too, write the output of ' +
        '`kustomize build` to a file and run kube-pairing on it.',
    },
  },
  check({ index, report }) {
    for (const parsed of index.files) {
      const document = parsed.kustomization?.document;
      if (!document) continue;
      const raw = document.value;
      for (const [field, does] of Object.entries(NOT_MODELLED)) {
        if (raw[field] === undefined || raw[field] === null) continue;
        const place = placeOf(document, [field], 'key');
        report({
          target: { file: place.file, region: place.region },
          messageId: 'fieldNotModelled',
          data: { path: parsed.file.path, field, does },
          key: field,
        });
      }
      for (const field of ['resources', 'bases', 'components']) {
        const entries = Array.isArray(raw[field]) ? raw[field] : [];
        entries.forEach((entry, i) => {
          if (typeof entry !== 'string' || !REMOTE.test(entry)) return;
          const place = placeOf(document, [field, i]);
          report({
            target: { file: place.file, region: place.region },
            messageId: 'remoteResource',
            data: { path: parsed.file.path, entry },
            key: `${field}[${i}]`,
          });
        });
      }
    }
  },
};
