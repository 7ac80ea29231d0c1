import { describe, expect, it } from 'vitest';
import { unfenceMarkdown } from '../../src/engine/markdown-fence.js';
import { parseManifestFile } from '../../src/engine/parse.js';

const manifest = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';

describe('a YAML file written as one Markdown code block', () => {
  it.each([
    ['```yaml … ```', `\`\`\`yaml\n${manifest}\`\`\``, `#\`\`yaml\n${manifest}#\`\``],
    ['no info string, a trailing line break', `\`\`\`\n${manifest}\`\`\`\n`, `#\`\`\n${manifest}#\`\`\n`],
    ['tildes, blank lines around', `\n~~~ yml\n${manifest}~~~\n\n`, `\n#~~ yml\n${manifest}#~~\n\n`],
    [
      'a longer fence closed by a longer one',
      `\`\`\`\`yaml\n${manifest}\`\`\`\`\`\n`,
      `#\`\`\`yaml\n${manifest}#\`\`\`\`\n`,
    ],
  ])('%s: the fence lines become comments', (_name, text, expected) => {
    expect(unfenceMarkdown(text)).toBe(expected);
    expect(unfenceMarkdown(text).length).toBe(text.length);
  });

  it.each([
    ['plain YAML', manifest],
    ['no closing fence', `\`\`\`yaml\n${manifest}`],
    ['a closing fence shorter than the opening one', `\`\`\`\`yaml\n${manifest}\`\`\`\n`],
    ['a closing fence of the other kind', `\`\`\`yaml\n${manifest}~~~\n`],
    ['text after the closing fence', `\`\`\`yaml\n${manifest}\`\`\`\nmore: text\n`],
    ['two code blocks', `\`\`\`yaml\n${manifest}\`\`\`\n\`\`\`yaml\n${manifest}\`\`\`\n`],
    ['an info string with a backtick (inline code, no fence)', `\`\`\`a\`b\n${manifest}\`\`\`\n`],
    ['only a fence', '```\n'],
    ['a fence after YAML', `${manifest}\`\`\`\n`],
  ])('%s: left as it is', (_name, text) => {
    expect(unfenceMarkdown(text)).toBe(text);
  });

  it('the manifest inside is read at its own lines and columns', () => {
    const parsed = parseManifestFile('docs/vs.yaml', `\`\`\`yaml\n${manifest}  namespace: shop\n\`\`\`\n`);
    expect(parsed.syntaxProblems).toEqual([]);
    expect(parsed.skipped).toBeUndefined();
    expect(parsed.objects.map((o) => `${o.kind} ${o.namespace}/${o.name}`)).toEqual(['Service shop/web']);
    const metadata = parsed.objects[0]?.node.get('metadata', true) as
      { range?: [number, number, number] } | undefined;
    expect(parsed.file.position(metadata?.range?.[0] ?? -1)).toEqual({ line: 5, column: 3 });
  });
});
