import type { Rule } from '../engine/rule.js';

export const yamlSyntax: Rule = {
  meta: {
    id: 'yaml-syntax',
    severity: 'error',
    family: 'input',
    summary: 'A manifest file (or one document in it) does not parse as YAML or JSON.',
  },
  check({ index, report }) {
    for (const parsed of index.files) {
      for (const problem of parsed.syntaxProblems) {
        report({
          target: { file: parsed.file, region: problem.region },
          message:
            `${parsed.file.path} does not parse: ${problem.message}. ` +
            'kubectl and the API server reject this document, and kube-pairing cannot check it; ' +
            'the other documents and files are still checked. Fix the syntax at this position.',
          key: problem.message,
        });
      }
    }
  },
};
