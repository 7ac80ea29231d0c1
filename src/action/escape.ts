/**
 * Escaping for text that comes from manifests (names, paths, parser messages) and so from the pull
 * request's author: it must not become HTML, a hidden marker, an @-mention or a workflow command.
 */

/** For GitHub Markdown outside code: HTML cannot be written, @-mentions do not ping. `code` spans stay. */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@&#8203;')
    .replace(/\r?\n/g, ' ');
}

/** For an HTML element's content or attribute: everything escaped; `code` spans become <code>. */
export function htmlText(text: string): string {
  return escapeHtml(text)
    .replace(/@(?=\w)/g, '@&#8203;')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A code span that holds `text` whatever backticks it contains. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** A fence longer than any backtick run in `text`, at least three. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** One log line: no line breaks, so untrusted text cannot start a `::workflow-command::` line. */
export function logLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}
