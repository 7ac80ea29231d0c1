/**
 * src/action/escape.ts, exact outputs (mutation testing, docs/testing.md): text from manifests must not
 * become Markdown, HTML, a mention, an issue reference, a link or a workflow command.
 */
import { describe, expect, it } from 'vitest';
import {
  codeSpan,
  escapeHtml,
  fenceFor,
  htmlInline,
  htmlText,
  logLine,
  markdownText,
  truncate,
} from '../../src/action/escape.js';

const ZW = '&#8203;';

describe('markdownText', () => {
  it('every line break (CRLF, CR, LF) becomes one space', () => {
    expect(markdownText('a\r\nb\rc\nd\n\ne')).toBe('a b c d  e');
  });

  it('inline markup is backslash-escaped; & < > become entities', () => {
    expect(markdownText('x *em* _u_ [l](y) ~s~ |t| a\\b & <b>')).toBe(
      'x \\*em\\* \\_u\\_ \\[l\\](y) \\~s\\~ \\|t\\| a\\\\b &amp; &lt;b&gt;',
    );
  });

  it('code spans stay code spans, their text as it is; the text around them is escaped', () => {
    expect(markdownText('see `a*b<c>` and *x*')).toBe('see `a*b<c>` and \\*x\\*');
    expect(markdownText('``a`b`` c*')).toBe('``a`b`` c\\*');
    expect(markdownText('`a` *b* `c` _d_')).toBe('`a` \\*b\\* `c` \\_d\\_');
  });

  it('a backtick run without a closer of the same length is literal, and escaped', () => {
    expect(markdownText('`` x `y`')).toBe('\\`\\` x `y`');
    expect(markdownText('a ` b')).toBe('a \\` b');
    expect(markdownText('`a``')).toBe('\\`a\\`\\`');
  });

  it('a code span across a line break is joined into one line first', () => {
    expect(markdownText('`a\nb` *')).toBe('`a b` \\*');
  });

  it('mentions, issue references, URLs and www. links are broken with a zero-width space', () => {
    expect(markdownText('@user org/repo#12 #x https://e.com HTTP://h ftp://f www.x.org wwwx')).toBe(
      `@${ZW}user org/repo#${ZW}12 #x https${ZW}://e.com HTTP${ZW}://h ftp${ZW}://f www${ZW}.x.org wwwx`,
    );
    expect(markdownText('a @ b http:x')).toBe('a @ b http:x');
  });

  it('leading blanks and block starts: no code block, list, heading or rule', () => {
    expect(markdownText('   - item')).toBe('\\- item');
    expect(markdownText('\t \tx y')).toBe('x y');
    expect(markdownText('a  b')).toBe('a  b');
    expect(markdownText('1. one')).toBe('1\\. one');
    expect(markdownText('12) twelve')).toBe('12\\) twelve');
    expect(markdownText('# title')).toBe('\\# title');
    expect(markdownText('+ plus')).toBe('\\+ plus');
    expect(markdownText('=== rule')).toBe('\\=== rule');
    expect(markdownText('1 - not a list')).toBe('1 - not a list');
  });
});

describe('htmlText, htmlInline, escapeHtml', () => {
  it('escapeHtml: & < > " \' CR and LF', () => {
    expect(escapeHtml(`a&b<c>d"e'f\rg\nh`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f&#13;g&#10;h');
    expect(escapeHtml('&&')).toBe('&amp;&amp;');
  });

  it('htmlText: escaped, code spans become <code>, every line break <br>', () => {
    expect(htmlText("x `c<d>` it's\r\ny\rz\nw")).toBe('x <code>c&lt;d&gt;</code> it&#39;s<br>y<br>z<br>w');
    expect(htmlText('`a` and `b`')).toBe('<code>a</code> and <code>b</code>');
    expect(htmlText('`` lone')).toBe('`` lone');
  });

  it('htmlText and htmlInline break references, but not the # of an entity', () => {
    expect(htmlText("it's #5 @me www.x")).toBe(`it&#39;s #${ZW}5 @${ZW}me www${ZW}.x`);
    expect(htmlInline("it's #5\n@me")).toBe(`it&#39;s #${ZW}5&#10;@${ZW}me`);
    expect(htmlInline('<a href="https://x">')).toBe(`&lt;a href=&quot;https${ZW}://x&quot;&gt;`);
  });
});

describe('codeSpan and fenceFor', () => {
  it('a fence one longer than the longest backtick run inside', () => {
    expect(codeSpan('abc')).toBe('`abc`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a``b`c')).toBe('```a``b`c```');
    expect(codeSpan('')).toBe('``');
  });

  it('a blank inside the fence when the text starts or ends with a backtick', () => {
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('x`')).toBe('`` x` ``');
    expect(codeSpan('`')).toBe('`` ` ``');
  });

  it('line breaks become spaces', () => {
    expect(codeSpan('a\r\nb\rc\nd')).toBe('`a b c d`');
  });

  it('fenceFor: at least three backticks, longer than any run', () => {
    expect(fenceFor('abc')).toBe('```');
    expect(fenceFor('a``b')).toBe('```');
    expect(fenceFor('a```b')).toBe('````');
    expect(fenceFor('a````b`')).toBe('`````');
  });
});

describe('logLine', () => {
  it('one line: each run of line breaks becomes one space', () => {
    expect(logLine('a\r\n\nb\rc')).toBe('a b c');
  });

  it('no workflow command at its start, nor ##[ in it', () => {
    expect(logLine('::error::x')).toBe('\\u003a:error::x');
    expect(logLine('a\n::warning::y ##[group]z')).toBe('a ::warning::y #\\u0023[group]z');
  });
});

describe('truncate', () => {
  it('at most max UTF-16 units, the last one an ellipsis when cut', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abc', 4)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('', 0)).toBe('');
  });
});
