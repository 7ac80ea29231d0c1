// Complexity (objects of one namespace): O(1) here: the engine judges suppressions after the other rules
// (src/engine/suppress.ts, per finding the suppressions of its file and object).
import { UNUSED_SUPPRESSION } from '../engine/suppress.js';
import type { Rule } from '../engine/rule.js';

/**
 * A suppression (annotation `kube-pairing.io/ignore` or comment `# kube-pairing-ignore`) that silences nothing,
 * names no rule or names an unknown rule. Its findings are produced by the engine once every other rule has
 * run (src/engine/suppress.ts), so `check` has nothing to do; the rule is registered for its metadata, its
 * place in the docs and SARIF, and so that `.kube-pairing.yaml` can set its severity or turn it off.
 */
export const unusedSuppression: Rule = {
  meta: {
    id: UNUSED_SUPPRESSION,
    severity: 'notice',
    family: 'input',
    summary:
      'A kube-pairing.io/ignore annotation or # kube-pairing-ignore comment silences nothing, or names an unknown rule.',
    fixable: true,
    // The engine judges suppressions from the files' comments and the objects' annotations (identity).
    reads: [],
  },
  check() {
    // Reported by the engine after the other rules (see above).
  },
};
