import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import { testSuiteInputs, testSuiteNote } from '../../src/engine/test-suites.js';

const gatekeeper = `kind: Suite
apiVersion: test.gatekeeper.sh/v1alpha1
metadata:
  name: block-loadbalancer-services
tests:
- name: block-loadbalancer-services
  template: template.yaml
  constraint: samples/block-load-balancer/constraint.yaml
  cases:
  - name: example-allowed
    object: samples/block-load-balancer/example_allowed.yaml
  - name: example-disallowed
    object: samples/block-load-balancer/example_disallowed.yaml
    inventory: [samples/block-load-balancer/inventory.yaml, ../elsewhere/inventory.yaml]
`;
const kyverno = `apiVersion: cli.kyverno.io/v1alpha1
kind: Test
metadata:
  name: restrict-node-port
policies: [../restrict-node-port.yaml]
resources: [resource.yaml, https://example.com/remote.yaml]
`;
const chainsaw = `apiVersion: chainsaw.kyverno.io/v1alpha1
kind: Test
metadata:
  name: restrict-node-port
spec:
  steps:
  - try:
    - apply:
        file: ../restrict-node-port.yaml
    - assert:
        file: policy-ready.yaml
  - try:
    - apply:
        file: good-services.yaml
    - create:
        file: sub/bad.yaml
    catch:
    - error:
        file: errors.yaml
    finally:
    - delete:
        file: /abs/cleanup.yaml
`;

describe('inputs of policy and end-to-end test suites', () => {
  const inputs = testSuiteInputs([
    parseManifestFile('library/block-lb/suite.yaml', gatekeeper),
    parseManifestFile('policies/nodeport/.kyverno-test/kyverno-test.yaml', kyverno),
    parseManifestFile('policies/nodeport/.chainsaw-test/chainsaw-test.yaml', chainsaw),
    // The group's name in a value is no test definition; neither is another kind of the group.
    parseManifestFile(
      'docs/cm.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  note: test.gatekeeper.sh\n  resources: x.yaml\n',
    ),
    parseManifestFile(
      'docs/other.yaml',
      'apiVersion: chainsaw.kyverno.io/v1alpha1\nkind: Configuration\nmetadata:\n  name: c\nspec:\n  steps: [{try: [{apply: {file: a.yaml}}]}]\n',
    ),
  ]);

  it('names the files each definition applies, in its directory or below', () => {
    expect([...inputs].map(([file, input]) => `${file} <- ${input.tool} ${input.definition}`)).toEqual([
      'library/block-lb/samples/block-load-balancer/example_allowed.yaml <- Gatekeeper Suite library/block-lb/suite.yaml',
      'library/block-lb/samples/block-load-balancer/example_disallowed.yaml <- Gatekeeper Suite library/block-lb/suite.yaml',
      'library/block-lb/samples/block-load-balancer/inventory.yaml <- Gatekeeper Suite library/block-lb/suite.yaml',
      'policies/nodeport/.kyverno-test/resource.yaml <- Kyverno Test policies/nodeport/.kyverno-test/kyverno-test.yaml',
      'policies/nodeport/.chainsaw-test/policy-ready.yaml <- Chainsaw Test policies/nodeport/.chainsaw-test/chainsaw-test.yaml',
      'policies/nodeport/.chainsaw-test/good-services.yaml <- Chainsaw Test policies/nodeport/.chainsaw-test/chainsaw-test.yaml',
      'policies/nodeport/.chainsaw-test/sub/bad.yaml <- Chainsaw Test policies/nodeport/.chainsaw-test/chainsaw-test.yaml',
      'policies/nodeport/.chainsaw-test/errors.yaml <- Chainsaw Test policies/nodeport/.chainsaw-test/chainsaw-test.yaml',
    ]);
  });

  it('a definition at the top of the scan scopes every file below it, none above', () => {
    const top = testSuiteInputs([
      parseManifestFile('kyverno-test.yaml', kyverno.replace('resource.yaml', 'a/r.yaml')),
    ]);
    expect([...top.keys()]).toEqual(['a/r.yaml']);
  });

  it('says which suite names the file', () => {
    expect(testSuiteNote({ definition: 'library/block-lb/suite.yaml', tool: 'Gatekeeper Suite' })).toBe(
      ' Reported as a notice: the Gatekeeper Suite in `library/block-lb/suite.yaml` names this file as a test input, ' +
        "often wrong on purpose (set the rule's severity in .kube-pairing.yaml to report it at its own).",
    );
  });
});
