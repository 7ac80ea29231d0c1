/**
 * Findings in a rendered chart, moved back to the template lines that wrote them: the document's `# Source:`
 * names the template file, the finding's place in the rendered object gives a path (`spec.ports[0].name`),
 * and template-map.ts finds the line that writes that path. Where no line is certain, the finding points at
 * the line found (or the object's first line) and says that it was rendered. Fixes, which edit rendered
 * lines, are dropped. Pure.
 */
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Finding, Region, RelatedLocation } from '../engine/finding.js';
import { renderedSources } from '../engine/rendered.js';
import type { ChartOutcome } from './charts.js';
import type { YamlPath } from './template-map.js';
import { firstObjectLine, placeInTemplate, valuesReference } from './template-map.js';

interface Located extends Region {
  file: string;
  /** The place is the exact line that writes the value. */
  certain: boolean;
  /** The value is written verbatim from `{{ .Values.a.b }}`: where a values file sets it. */
  values?: RelatedLocation;
}

/** Findings (and their related locations) in rendered streams, moved to their templates. */
export function mapRenderedFindings(
  findings: readonly Finding[],
  charts: readonly ChartOutcome[],
  textOf: (file: string) => string | undefined,
): Finding[] {
  const streams = new Map<string, RenderedStream>();
  for (const chart of charts) {
    if (chart.renderedPath === undefined || chart.outcome.status !== 'rendered') continue;
    streams.set(chart.renderedPath, new RenderedStream(chart, chart.outcome.text, textOf));
  }
  if (streams.size === 0) return [...findings];
  return findings.map((f) => {
    const stream = streams.get(f.file);
    const related = f.related.flatMap((r): RelatedLocation[] => {
      const place = streams.get(r.file)?.locate(r);
      if (!place) return [r];
      const moved = {
        ...r,
        file: place.file,
        line: place.line,
        column: place.column,
        endLine: place.endLine,
        endColumn: place.endColumn,
      };
      return place.values ? [moved, place.values] : [moved];
    });
    if (!stream)
      return related.length !== f.related.length || related.some((r, i) => r !== f.related[i])
        ? { ...f, related }
        : f;
    const place = stream.locate(f);
    if (place.values) related.push(place.values);
    const { fix: _fix, ...rest } = f;
    return {
      ...rest,
      file: place.file,
      line: place.line,
      column: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
      related,
      message: place.certain
        ? f.message
        : `${f.message} (Found in the rendered chart: this is the nearest template line kube-pairing could place.)`,
    };
  });
}

class RenderedStream {
  private readonly starts: number[] = [0];
  private readonly sourceAt: (line: number) => string | undefined;
  private readonly documents;

  constructor(
    private readonly chart: ChartOutcome,
    private readonly text: string,
    private readonly textOf: (file: string) => string | undefined,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.sourceAt = renderedSources(text);
    this.documents = parseAllDocuments(text, { uniqueKeys: false });
  }

  /** Where a place of the rendered stream was written. */
  locate(region: Region): Located {
    const chartFile = `${this.chart.dir === '.' ? '' : `${this.chart.dir}/`}Chart.yaml`;
    const source = this.sourceAt(region.line);
    const prefix = `${this.chart.name}/`;
    if (source === undefined || !source.startsWith(prefix))
      return { file: chartFile, line: 1, column: 1, endLine: 1, endColumn: 2, certain: false };
    const file =
      this.chart.dir === '.'
        ? source.slice(prefix.length)
        : `${this.chart.dir}/${source.slice(prefix.length)}`;
    const template = this.textOf(file);
    const offset = (this.starts[region.line - 1] ?? 0) + region.column - 1;
    const index = this.documents.findIndex((d) => d.range[0] <= offset && offset <= d.range[2]);
    const document = this.documents[index];
    if (template === undefined || document === undefined)
      return { file, line: 1, column: 1, endLine: 1, endColumn: 2, certain: false };
    // Which document of its template this one is: helm prints one `# Source:` per document it renders.
    const documentIndex = this.documents
      .slice(0, index)
      .filter((d) => this.sourceAt(this.lineOf(d.range[0])) === source).length;
    const rendered = document.toJS({ maxAliasCount: 100 }) as unknown;
    const path = pathAt(document.contents, offset);
    const place = placeInTemplate(template, path, documentIndex, { rendered });
    if (place) {
      const reference = valuesReference(template, place);
      const values = reference === undefined ? undefined : this.valuesLine(reference);
      return {
        file,
        line: place.line,
        column: place.column,
        endLine: place.line,
        endColumn: place.endColumn,
        certain: place.certain,
        ...(values ? { values } : {}),
      };
    }
    const line = firstObjectLine(template, documentIndex, { rendered });
    return { file, line, column: 1, endLine: line, endColumn: 2, certain: false };
  }

  /**
   * Where `.Values.a.b` is set: the last of the chart's values files (helm merges them in order, the
   * later winning) that sets it, at the value of its key.
   */
  private valuesLine(reference: string): RelatedLocation | undefined {
    const keys = reference.split('.').slice(2);
    for (const file of [...this.chart.valuesFiles].reverse()) {
      const text = this.textOf(file);
      if (text === undefined) continue;
      const document = parseDocument(text, { uniqueKeys: false });
      const node = document.getIn(keys, true) as Node | undefined;
      if (!node?.range) continue;
      const at = lineColumn(text, node.range[0]);
      const end = lineColumn(text, node.range[1]);
      return {
        file,
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: end.line === at.line ? end.column : at.column + 1,
        message: `the value comes from ${reference} in ${file}`,
      };
    }
    return undefined;
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The path of the deepest node of `root` whose key or value holds `offset`. */
export function pathAt(root: unknown, offset: number): YamlPath {
  const path: (string | number)[] = [];
  let node = root as Node | null | undefined;
  const holds = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | null)?.range;
    return range !== undefined && range[0] <= offset && offset <= range[1];
  };
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (holds(p.key) || holds(p.value)));
      if (!pair) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '');
      if (holds(pair.key)) return path;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => holds(item));
      if (i === -1) return path;
      path.push(i);
      node = node.items[i] as Node;
    } else return path;
  }
}

/** 1-based line and column of an offset of `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
