/**
 * Rendered manifests (`helm template` output, saved or piped in) name the template each document came
 * from in a `# Source: <chart>/templates/<file>` comment after its `---` (helm's pkg/action and
 * pkg/releaseutil write it so). A finding in such a document names that template.
 */
import type { Finding } from './finding.js';

const SOURCE = /^# Source: (\S.*?)\s*$/;
const SEPARATOR = /^---(?:\s|$)/;

/** For each 1-based line of `text`, the template its document was rendered from (undefined: none said). */
export function renderedSources(text: string): (line: number) => string | undefined {
  const byLine: (string | undefined)[] = [undefined];
  let current: string | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    if (SEPARATOR.test(line)) current = undefined;
    else {
      const m = SOURCE.exec(line);
      if (m) current = m[1];
    }
    byLine.push(current);
  }
  return (line) => byLine[line];
}

/** `findings` with "Rendered from <template>." added to the message of those in a rendered document. */
export function nameTemplates(
  findings: readonly Finding[],
  textOf: (file: string) => string | undefined,
): Finding[] {
  const cache = new Map<string, ((line: number) => string | undefined) | undefined>();
  return findings.map((f) => {
    if (!cache.has(f.file)) {
      const text = textOf(f.file);
      cache.set(
        f.file,
        text !== undefined && text.includes('# Source: ') ? renderedSources(text) : undefined,
      );
    }
    const source = cache.get(f.file)?.(f.line);
    return source === undefined ? f : { ...f, message: `${f.message} Rendered from ${source}.` };
  });
}
