import { describe, expect, it } from 'vitest';
import { parseManifestFile } from '../../src/engine/parse.js';
import { kustomizeListing, unlistedBesideKustomization, unlistedNote } from '../../src/engine/unlisted.js';
import { buildUnit as build, directoryUnit as dir } from '../helpers/units.js';

describe('files beside a kustomization that lists them nowhere', () => {
  const listing = kustomizeListing([
    parseManifestFile(
      'app/kustomization.yaml',
      'resources:\n  - svc.yaml\n  - ../shared/extra.yaml\n  - https://example.com/x.yaml\npatches:\n  - path: patch.yaml\n',
    ),
    parseManifestFile('app/svc.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\n'),
    parseManifestFile('Kustomization', 'resources: [top.yaml]\n'),
  ]);

  it('knows the directories that hold a kustomization, and the files they list (resources and patches)', () => {
    expect([...listing.dirs].sort()).toEqual(['.', 'app']);
    expect([...listing.listed].sort()).toEqual([
      'app/patch.yaml',
      'app/svc.yaml',
      'shared/extra.yaml',
      'top.yaml',
    ]);
  });

  it('a file beside one, listed by none, placed in plain directories only', () => {
    expect(unlistedBesideKustomization('app/metrics.yaml', [dir('app')], listing)).toBe(true);
    expect(unlistedBesideKustomization('other.yaml', [dir('.')], listing)).toBe(true);
    // Listed, placed by a build, in a directory without a kustomization, or about no object: no.
    expect(unlistedBesideKustomization('app/svc.yaml', [dir('app')], listing)).toBe(false);
    expect(unlistedBesideKustomization('app/metrics.yaml', [dir('app'), build('app')], listing)).toBe(false);
    expect(unlistedBesideKustomization('lib/metrics.yaml', [dir('lib')], listing)).toBe(false);
    expect(unlistedBesideKustomization('app/metrics.yaml', undefined, listing)).toBe(false);
    expect(unlistedBesideKustomization('app/metrics.yaml', [], listing)).toBe(false);
  });

  it('says why it is a notice, and how to deploy the file', () => {
    expect(unlistedNote('config/default/metrics_service.yaml')).toBe(
      ' Reported as a notice: no kustomization lists `config/default/metrics_service.yaml`, though ' +
        '`config/default/kustomization` sits beside it, so kustomize (and `kubectl apply -k`) does not deploy it; ' +
        "list it under `resources:` if it is meant to be (set the rule's severity in .kube-pairing.yaml to report it at its own).",
    );
    expect(unlistedNote('svc.yaml')).toContain('though `kustomization` sits beside it');
  });
});
