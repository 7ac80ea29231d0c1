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
          messageId: 'silencesNothing',
          data: {
            owner: 'Service default/web: ',
            directive: 'the annotation kube-pairing.io/ignore',
            what: 'endpoints-without-service',
            none: 'no endpoints-without-service finding',
            where: 'on this object',
            remedy: 'Remove the annotation.',
          },
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
          messageId: 'syntaxOnAnnotation',
          data: { owner: 'Endpoints default/orphan: ', directive: 'the annotation kube-pairing.io/ignore' },
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
          messageId: 'unknownRule',
          data: {
            owner: 'Endpoints default/orphan: ',
            directive: 'the comment `# kube-pairing-ignore endpoint-without-service -- legacy etcd` (line 4)',
            id: 'endpoint-without-service',
            stillReported:
              ' and the endpoints-without-service finding on line 5 (the line it stands above) is still reported',
            didYouMean: 'Did you mean `endpoints-without-service`? ',
          },
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
          messageId: 'silencesNothing',
          data: { where: 'on line 5', remedy: 'Remove the comment.' },
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
          messageId: 'silencesNothing',
          data: {
            owner: '',
            what: 'every rule',
            none: 'no finding',
            where: 'on line 2 (the line it stands above)',
          },
        },
        {
          line: 3,
          column: 1,
          messageId: 'namesNothing',
          data: { owner: '', directive: 'the comment `# kube-pairing-ignore` (line 3)' },
        },
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
          messageId: 'namesItself',
          data: { owner: 'Endpoints default/orphan: ' },
          fix: '    kube-pairing.io/ignore: endpoints-without-service',
        },
      ],
    },
  ],
});
