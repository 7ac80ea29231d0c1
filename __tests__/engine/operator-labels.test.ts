/** Labels in an operator's own domain (src/engine/operators.ts `isOperatorLabel`). */
import { describe, expect, it } from 'vitest';
import { isOperatorLabel } from '../../src/engine/operators.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import { placeResources } from '../../src/engine/resources.js';

function indexOf(text: string): ResourceIndex {
  const files = [parseManifestFile('all.yaml', text)];
  const { resources, hidden, patchUses } = placeResources(files, 'default');
  return new ResourceIndex(files, resources, 'default', hidden, patchUses);
}

const crd = (name: string) =>
  `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: ${name}}\n`;

describe('isOperatorLabel', () => {
  const index = indexOf(
    [
      crd('engines.longhorn.io'),
      crd('httproutes.gateway.networking.k8s.io'),
      crd('noplural'),
      'apiVersion: kafka.strimzi.io/v1beta2\nkind: Kafka\nmetadata: {name: my-cluster, namespace: kafka}\n',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n',
    ].join('---\n'),
  );
  it.each([
    ['longhorn.io/admission-webhook', true],
    ['strimzi.io/cluster', true],
    ['kafka.strimzi.io/x', true],
    ['io/x', false],
    ['longhorn.io', false],
    ['/x', false],
    ['ghorn.io/x', false],
    ['networking.k8s.io/x', false],
    ['k8s.io/x', false],
    ['app.kubernetes.io/name', false],
    ['apps/x', false],
    ['noplural/x', false],
  ])('%s -> %s', (key, expected) => {
    expect(isOperatorLabel(index, key)).toBe(expected);
  });

  it('no operator in the scan: no operator label', () => {
    expect(
      isOperatorLabel(indexOf('apiVersion: v1\nkind: Service\nmetadata: {name: s}\n'), 'longhorn.io/x'),
    ).toBe(false);
  });
});
