/**
 * Escaping for text that comes from manifests (names, paths, parser messages) and so from the pull
 * request's author: it must not become HTML, a hidden marker, an @-mention or a workflow command.
 */

import { neutralizeWorkflowCommands } from '../report/github.js';

/** Every line ending CommonMark knows: a lone CR is one too (two make a blank line, which ends a block). */
const LINE_BREAK = /\r\n?|\n/g;
const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * Breaks what GitHub turns into links and notifications in rendered text: @-mentions, #123 and
 * owner/repo#123 references (they add a cross-reference to that issue), bare URLs and www. links.
 * Runs on text whose `&` is already escaped.
 */
function neutralizeReferences(escaped: string): string {
  return escaped.replace(
    /@(?=\w)|(?<!&)#(?=\d)|\b(?:https?|ftp)(?=:\/\/)|\bwww(?=\.)/gi,
    (m) => `${m}${ZERO_WIDTH_SPACE}`,
  );
}

/** Markdown punctuation that forms inline markup anywhere (emphasis, links, images, strikethrough, tables). */
const INLINE_MARKUP = /[\\`*_[\]~|]/g;
/** What starts a block at the start of a paragraph: heading, list item, thematic break (`>` is escaped already). */
const BLOCK_START = /^(\d*)([#+=.)-])/;

/** Text outside code spans: every character that could form Markdown or HTML is escaped. */
function plainMarkdown(text: string): string {
  return neutralizeReferences(
    text.replace(INLINE_MARKUP, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}

/**
 * For GitHub Markdown outside code: no HTML, no links, images or emphasis, no @-mention or issue
 * reference that notifies anyone, no line break that could start a block. `code` spans (as
 * CommonMark pairs backtick runs) stay code spans; their text is shown as it is, which is safe.
 */
export function markdownText(text: string): string {
  const oneLine = text.replace(LINE_BREAK, ' ');
  let out = '';
  let plainFrom = 0;
  const runs = /`+/g;
  for (let open = runs.exec(oneLine); open; open = runs.exec(oneLine)) {
    // A code span closes at the next run of exactly as many backticks; without one the run is literal.
    const closer = new RegExp(`(?<!\`)${open[0]}(?!\`)`, 'g');
    closer.lastIndex = open.index + open[0].length;
    const close = closer.exec(oneLine);
    if (!close) continue;
    out +=
      plainMarkdown(oneLine.slice(plainFrom, open.index)) +
      oneLine.slice(open.index, close.index + close[0].length);
    plainFrom = close.index + close[0].length;
    runs.lastIndex = plainFrom;
  }
  out += plainMarkdown(oneLine.slice(plainFrom));
  // Leading blanks would make an indented code block; `1.`, `-` or `#` a list or a heading.
  return out.replace(/^[ \t]+/, '').replace(BLOCK_START, '$1\\$2');
}

/** For an HTML element's content or attribute: everything escaped; `code` spans become <code>. */
export function htmlText(text: string): string {
  return neutralizeReferences(escapeHtml(text.replace(LINE_BREAK, '\n')))
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/&#10;/g, '<br>');
}

/** For HTML text outside code: escaped, and no @-mention, issue reference or bare link either. */
export function htmlInline(text: string): string {
  return neutralizeReferences(escapeHtml(text));
}

/**
 * For HTML content or attributes. Line breaks become character references: inside an HTML block a
 * blank line would end the block and let the rest be read as Markdown.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** A code span that holds `text` whatever backticks it contains. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(LINE_BREAK, ' ')}${pad}${fence}`;
}

/** A fence longer than any backtick run in `text`, at least three. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** One log line: no line breaks, no `::command::` at its start, no `##[command]` in it. */
export function logLine(text: string): string {
  return neutralizeWorkflowCommands(text.replace(/[\r\n]+/g, ' '));
}

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}
