/**
 * A YAML file written as a Markdown code block: its first line opens a fence (```` ```yaml ````, `~~~`) and its
 * last line closes it. Documentation sites keep examples so, to include them whole with Hugo's
 * `readfile … markdown="true"` (Gloo's `docs/content/guides/…/test-no-auth-vs.yaml`). kubectl rejects such a
 * file, but nobody applies it as it is: it is the manifest between the fences that readers copy. So the two
 * fence lines are read as comments (`#` in place of their first character, so every line and column stays
 * where it is) and the manifest is checked like any other.
 *
 * Cost: one look at the first and last lines of each file.
 */

/** An opening fence: three or more backticks or tildes, then an info string such as `yaml` (no backtick in it). */
const OPENING = /^(`{3,}|~{3,})[^`]*$/;

/**
 * The text with its opening and closing fence lines turned into comments, when it is one Markdown code
 * block (nothing but blank lines before the opening fence or after the closing one, and no other fence
 * line of the same kind between them); else the text as it is.
 */
export function unfenceMarkdown(text: string): string {
  const start = text.trimStart();
  if (!start.startsWith('```') && !start.startsWith('~~~')) return text;
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  let last = lines.length - 1;
  while (last > first && (lines[last] as string).trim() === '') last--;
  const opening = OPENING.exec((lines[first] as string).trimEnd());
  if (!opening || last <= first) return text;
  const fence = opening[1] as string;
  const closing = new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
  if (!closing.test(lines[last] as string)) return text;
  for (let i = first + 1; i < last; i++) if (closing.test(lines[i] as string)) return text;
  const comment = (line: string): string => `#${line.slice(1)}`;
  lines[first] = comment(lines[first] as string);
  lines[last] = comment(lines[last] as string);
  return lines.join('\n');
}
