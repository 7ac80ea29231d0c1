import type { Region } from './finding.js';

/** The text of one manifest file, with offset <-> line/column conversion (1-based, UTF-16 columns). */
export class SourceFile {
  /**
   * Offsets at which each line starts, worked out on first use: most files of a large scan are never asked
   * for a position (no finding there), and the table is about a tenth of the text's size.
   */
  private starts?: Uint32Array;

  /** `text` has any byte-order mark removed, so that columns match what an editor shows. */
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private get lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const { text } = this;
    let lines = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    const starts = new Uint32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
    return (this.starts = starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] as number) + 1 };
  }

  /** Region of [start, end) offsets; an empty range still covers one character where there is one. */
  region(start: number, end: number): Region {
    const from = this.position(start);
    let to = this.position(Math.max(end, start));
    if (end <= start) to = { line: from.line, column: from.column + (start < this.text.length ? 1 : 0) };
    // A range that ends just after a newline ends at the end of the previous line.
    if (to.column === 1 && to.line > from.line) {
      const prev = this.lineText(to.line - 1);
      to = { line: to.line - 1, column: prev.length + 1 };
    }
    // The CR of a CRLF line break is not a column of the line: a position on or after it is its end.
    const endOf = (line: number): number => this.lineText(line).length + 1;
    const column = Math.min(from.column, endOf(from.line));
    const endColumn = Math.min(to.column, endOf(to.line));
    return {
      line: from.line,
      column,
      endLine: to.line,
      endColumn: to.line === from.line ? Math.max(column, endColumn) : endColumn,
    };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text[end - 1] === '\r') end--;
    return this.text.slice(start, end);
  }

  /** The line break this file uses. */
  get eol(): string {
    return /\r\n/.test(this.text.slice(0, 4096)) ? '\r\n' : '\n';
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Old Mac line ends: in a file whose lines end with CR alone (no LF anywhere), each CR is a line break to
 * kubectl's YAML parser (go-yaml) and to editors. It becomes an LF, so that lines and columns are those an
 * editor shows; the text keeps its length, so every offset stays valid. A file with LF line ends is left
 * as it is (CRLF included, and a stray CR inside a line, which no editor agrees on).
 */
export function normalizeLineBreaks(text: string): string {
  return text.includes('\r') && !text.includes('\n') ? text.replace(/\r/g, '\n') : text;
}
