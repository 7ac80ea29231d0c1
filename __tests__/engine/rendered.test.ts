/** renderedSources (src/engine/rendered.ts): which template each line of a rendered stream came from. */
import { describe, expect, it } from 'vitest';
import { renderedSources } from '../../src/engine/rendered.js';

describe('renderedSources', () => {
  it('maps each line to the # Source: of its document, as helm template prints them', () => {
    const text = [
      '---', // 1
      '# Source: shop/templates/service.yaml', // 2
      'kind: Service', // 3
      '---', // 4
      '# Source: shop/charts/db/templates/endpoints.yaml', // 5
      'kind: Endpoints', // 6
      '---', // 7
      'kind: ConfigMap', // 8: a document without a Source comment
      '# Source: late.yaml   ', // 9: trailing blanks are not part of the path
      'data: {}', // 10
    ].join('\n');
    const at = renderedSources(text);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(at)).toEqual([
      undefined,
      'shop/templates/service.yaml',
      'shop/templates/service.yaml',
      undefined,
      'shop/charts/db/templates/endpoints.yaml',
      'shop/charts/db/templates/endpoints.yaml',
      undefined,
      undefined,
      'late.yaml',
      'late.yaml',
    ]);
  });

  it('reads CRLF streams, and a comment that is not at the start of its line is not one', () => {
    const at = renderedSources('---\r\n# Source: a.yaml\r\nkind: A\r\n  # Source: b.yaml\r\n');
    expect([2, 3, 4].map(at)).toEqual(['a.yaml', 'a.yaml', 'a.yaml']);
  });
});
