import { endpointsWithoutService } from '../../src/rules/endpoints-without-service.js';
import { unusedSuppression } from '../../src/rules/unused-suppression.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';
import { ruleTester } from '../helpers/rule-tester.js';

// unused-suppression judges suppressions against the findings of the rules that ran with it.
const alongside = [yamlSyntax, endpointsWithoutService];

ruleTester(unusedSuppression, {
  valid: [
    {
      name: 'an annotation that silences a finding on its object',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations:
            kube-pairing.io/ignore: "endpoints-without-service"
      `,
    },
    {
      name: '"all" in the annotation, with a finding to silence',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations: {kube-pairing.io/ignore: all}
      `,
    },
    {
      name: 'a trailing comment on the offending line',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan # kube-pairing-ignore endpoints-without-service -- external, no Service on purpose
      `,
    },
    {
      name: 'comments on the lines above the offending line (stacked)',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          # kube-pairing-ignore endpoints-without-service
          # kube-pairing-ignore: all
          name: orphan
      `,
    },
    {
      name: 'a yaml-syntax error silenced by a comment on the line above',
      alongside,
      files: {
        'bad.yaml': `
          apiVersion: v1
          kind: Service
          metadata:
            # kube-pairing-ignore yaml-syntax
            name: [oops
        `,
      },
    },
    {
      name: 'a suppression of a rule that did not run is not judged',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations:
            kube-pairing.io/ignore: endpoints-without-service,port-name-mismatch
      `,
    },
    {
      name: 'look-alikes inside strings and block scalars are not comments',
      alongside,
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          annotations:
            note: "# kube-pairing-ignore nothing-here"
            script: |
              # kube-pairing-ignore nothing-either
        spec:
          ports: [{port: 80}]
      `,
    },
  ],
  invalid: [
    {
      name: 'an annotation whose only rule has nothing to silence: the fix deletes it',
      alongside,
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          labels: {app: web}
          annotations:
            kube-pairing.io/ignore: "endpoints-without-service"
        spec:
          ports: [{port: 80}]
      `,
      errors: [
        {
          line: 7,
          column: 30,
          endColumn: 55,
          message: [
            'Service default/web: the annotation kube-pairing.io/ignore suppresses endpoints-without-service',
            'no endpoints-without-service finding on this object',
          ],
          fix: 'spec:',
        },
      ],
    },
    {
      name: 'one stale rule among two: the fix removes only it, keeping the quoting',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations:
            team: db
            kube-pairing.io/ignore: 'endpoints-without-service, yaml-syntax'
      `,
      errors: [
        {
          line: 7,
          column: 57,
          endColumn: 68,
          message: ['Endpoints default/orphan', 'cannot silence it', '# kube-pairing-ignore yaml-syntax'],
          fix: "    kube-pairing.io/ignore: 'endpoints-without-service'",
        },
      ],
    },
    {
      name: 'a mistyped rule id: did you mean, and the fix corrects it',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          # kube-pairing-ignore endpoint-without-service -- legacy etcd
          name: orphan
      `,
      errors: [
        {
          line: 4,
          column: 25,
          endColumn: 49,
          message: [
            'Endpoints default/orphan',
            '"endpoint-without-service", which is not a kube-pairing rule',
            'Did you mean `endpoints-without-service`?',
          ],
          fix: '  # kube-pairing-ignore endpoints-without-service -- legacy etcd',
        },
      ],
    },
    {
      name: 'a trailing comment on a line with no finding: the fix strips the comment',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          namespace: default # kube-pairing-ignore endpoints-without-service
          annotations: {kube-pairing.io/ignore: endpoints-without-service}
      `,
      errors: [
        {
          line: 5,
          column: 44,
          message: 'on line 5. A suppression that silences nothing',
          fix: '  namespace: default',
        },
      ],
    },
    {
      name: 'a comment line above a blank line, and one that names no rule',
      alongside,
      files: `
        # kube-pairing-ignore all

        # kube-pairing-ignore
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports: [{port: 80}]
      `,
      errors: [
        {
          line: 1,
          column: 23,
          endColumn: 26,
          message: 'suppresses every rule, but kube-pairing reports no finding on line 2',
        },
        { line: 3, column: 1, message: 'names no rule, so it suppresses nothing' },
      ],
    },
    {
      name: 'unused-suppression itself cannot be silenced in a manifest',
      alongside,
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: orphan
          annotations:
            kube-pairing.io/ignore: endpoints-without-service,unused-suppression
      `,
      errors: [
        {
          line: 6,
          column: 55,
          message: [
            'names unused-suppression, which cannot be silenced',
            'rules: { unused-suppression: off }',
          ],
          fix: '    kube-pairing.io/ignore: endpoints-without-service',
        },
      ],
    },
  ],
});
