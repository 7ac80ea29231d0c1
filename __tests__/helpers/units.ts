import type { Unit } from '../../src/engine/units.js';

/** The unit of a plain directory, as `deploymentUnits` makes it. */
export const directoryUnit = (root: string): Unit => ({
  id: `directory:${root}`,
  kind: 'directory',
  root,
  label: `directory ${root}`,
});

/** The unit of a kustomize build rooted at `root`, as `deploymentUnits` makes it. */
export const buildUnit = (root: string): Unit => ({
  id: `kustomize:${root}`,
  kind: 'kustomize',
  root,
  label: `kustomize build ${root}`,
});
