// Complexity (objects of one namespace): O(F + p) for F files and p syntax problems: reads the problems the
// parser recorded.
import type { SyntaxProblem } from '../engine/parse.js';
import type { Rule } from '../engine/rule.js';

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    family: 'input',
    summary: 'A manifest file (or one document in it) does not parse as YAML or JSON.',
    reads: [],
  },
  check({ index, report }) {
    for (const parsed of index.files) {
      for (const problem of parsed.syntaxProblems) {
        report({
          target: { file: parsed.file, region: problem.region },
          message: message(parsed.file.path, problem),
          // An error only where kubectl refuses the document too (or kube-pairing cannot read it at all);
          // a duplicate key kubectl accepts, or YAML only the stricter parser refuses, is a warning.
          ...(problem.overLimit || problem.kubectlRejects
            ? {}
            : { severity: problem.duplicateKey?.sameValue ? ('notice' as const) : ('warning' as const) }),
          // Positions are left out of the key: a fingerprint stays when lines move.
          key: problem.message.replace(/\b(line|column) \d+/g, '$1'),
        });
      }
    }
  },
};

function message(path: string, problem: SyntaxProblem): string {
  const where = problem.document ? ` (document ${problem.document.number} of ${problem.document.count})` : '';
  if (problem.overLimit) {
    return (
      `${path} is not checked: ${problem.message}. Nothing in this document is checked ` +
      '(the other documents and files are); a manifest this large or deep is almost certainly generated ' +
      'by mistake or hostile. Simplify it, or exclude the file with `ignore:`.'
    );
  }
  if (problem.duplicateKey?.sameValue) {
    return (
      `${path}${where}: ${problem.message} (first at line ${problem.duplicateKey.first.line}), both times with the ` +
      'same value. kubectl accepts it (its decoder keeps the last value), so nothing is lost, but YAML forbids ' +
      'duplicate keys and stricter tools refuse the file. Delete one of them.'
    );
  }
  if (problem.duplicateKey) {
    return (
      `${path}${where}: ${problem.message} (first at line ${problem.duplicateKey.first.line}). YAML forbids ` +
      'duplicate keys, yet kubectl does not reject them: its decoder (sigs.k8s.io/yaml) silently keeps the ' +
      'last value, so the earlier one never reaches the cluster. kube-pairing checks the object with the last ' +
      'value too. Delete the entry that is not meant.'
    );
  }
  if (problem.kubectlRejects) {
    return (
      `${path} does not parse${where}: ${problem.message}. kubectl rejects this document too, so nothing in it ` +
      'reaches the cluster, and kube-pairing cannot check it; the other documents and files are still checked. ' +
      'Fix the syntax at this position.'
    );
  }
  return (
    `${path} does not parse${where}: ${problem.message}. kube-pairing cannot check this document (the other ` +
    'documents and files are still checked). kubectl reads YAML with a different parser (go-yaml), which may ' +
    'accept it; if `kubectl apply --dry-run=client` does, please report it. Otherwise fix the syntax at this position.'
  );
}
