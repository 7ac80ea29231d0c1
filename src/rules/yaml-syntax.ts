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
          message: problem.overLimit
            ? `${parsed.file.path} is not checked: ${problem.message}. Nothing in this document is checked ` +
              '(the other documents and files are); a manifest this large or deep is almost certainly generated ' +
              'by mistake or hostile. Simplify it, or exclude the file with `ignore:`.'
            : `${parsed.file.path} does not parse: ${problem.message}. ` +
              'kubectl and the API server reject this document, and kube-pairing cannot check it; ' +
              'the other documents and files are still checked. Fix the syntax at this position.',
          key: problem.message,
        });
      }
    }
  },
};
