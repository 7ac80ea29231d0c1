import { parseManifestFile } from '../../src/engine/parse.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import { placeResources } from '../../src/engine/resources.js';

/** The index of a scan of those files (path -> text), as the engine builds it, files in path order. */
export function indexOf(files: Record<string, string>): ResourceIndex {
  const parsed = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, text]) => parseManifestFile(path, text));
  const { resources, hidden, patchUses } = placeResources(parsed, 'default');
  return new ResourceIndex(parsed, resources, 'default', hidden, patchUses);
}
