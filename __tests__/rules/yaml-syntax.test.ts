import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(yamlSyntax, {
  valid: [
    { name: 'a well-formed manifest', files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n' },
    {
      name: 'well-formed JSON',
      files: { 'svc.json': '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "etcd"}}\n' },
    },
    {
      name: 'a Helm template is skipped, not reported',
      files: { 'templates/svc.yaml': 'metadata:\n  name: {{ .Release.Name }\n' },
    },
    {
      name: 'YAML that is not Kubernetes is skipped',
      files: { 'values.yaml': 'replicas: 3\nimage: {repo: etcd}\n' },
    },
    {
      name: 'an empty file and comment-only documents',
      files: { 'a.yaml': '', 'b.yaml': '# nothing\n---\n# here\n' },
    },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence points at the end of its document',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: etcd\n  labels: [unclosed\n',
      errors: [
        {
          line: 5,
          column: 19,
          message: ['does not parse', 'the other documents and files are still checked'],
        },
      ],
    },
    {
      name: 'a duplicate key (kubectl rejects it) points at the second key',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n',
      errors: [{ line: 5, column: 3, message: 'Map keys must be unique' }],
    },
    {
      name: 'tab indentation',
      files: 'apiVersion: v1\nkind: Service\nmetadata:\n\tname: etcd\n',
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'only the broken document of a multi-document file is reported',
      files:
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nkind: [\n---\napiVersion: v1\nkind: Endpoints\nmetadata: {name: a}\n',
      errors: [{ line: 5, column: 7 }],
    },
    {
      name: 'broken JSON in another directory',
      files: { 'json/ep.json': '{\n  "apiVersion": "v1",\n  "kind": "Endpoints"\n  "metadata": {}\n}\n' },
      errors: [{ file: 'json/ep.json', line: 4, column: 3 }],
    },
  ],
});
