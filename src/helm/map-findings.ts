/**
 * Findings in a rendered chart, moved back to the lines that wrote them: the document's `# Source:` names
 * the template file, the finding's place in the rendered object gives a path (`spec.ports[0].name`), and
 * template-map.ts finds the line that writes that path — in the template, or, through an `include` or a
 * `toYaml .Values...`, in the helpers file that defines it or the values file that sets it. There the
 * finding goes (the line a pull request changes), relating the template's action line, so the reader sees
 * which object it is; a value written verbatim from `{{ .Values.a.b }}` stays on the template line and
 * relates the values line. Where no line is certain, the finding points at the line found (or the object's
 * first line) and says that it was rendered. Fixes, which edit rendered lines, are dropped. Pure.
 */
import { isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node } from 'yaml';
import type { Finding, Region, RelatedLocation } from '../engine/finding.js';
import { renderedSources } from '../engine/rendered.js';
import type { ChartOutcome } from './charts.js';
import type { ValuesFile } from './chart-sources.js';
import { valuesNode } from './chart-sources.js';
import type { TemplatePlace, YamlPath } from './template-map.js';
import { firstObjectLine, placeInTemplate } from './template-map.js';

interface Located extends Region {
  file: string;
  /** The place is the exact line that writes the value. */
  certain: boolean;
  /** The place is in a helpers or values file: the template's action line it was followed from. */
  through?: RelatedLocation;
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
      return [moved, ...alongside(place)];
    });
    if (!stream)
      return related.length !== f.related.length || related.some((r, i) => r !== f.related[i])
        ? { ...f, related }
        : f;
    const place = stream.locate(f);
    related.push(...alongside(place));
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

/** The locations a place relates: the template line it was followed from, the values line of its value. */
const alongside = (place: Located): RelatedLocation[] => [
  ...(place.through ? [place.through] : []),
  ...(place.values ? [place.values] : []),
];

class RenderedStream {
  private readonly starts: number[] = [0];
  private readonly sourceAt: (line: number) => string | undefined;
  private readonly documents;
  /** The chart's template files (helpers among them), where `define`s are looked for. */
  private readonly templates = new Map<string, string>();
  /** The values files of each (sub)chart of the stream, by the subcharts' path (`charts/a/`). */
  private readonly values = new Map<string, ValuesFile[]>();

  constructor(
    private readonly chart: ChartOutcome,
    private readonly text: string,
    private readonly textOf: (file: string) => string | undefined,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.sourceAt = renderedSources(text);
    this.documents = parseAllDocuments(text, { uniqueKeys: false });
    for (const [file, source] of chart.sources ?? [])
      if (/(^|\/)templates\//.test(file)) this.templates.set(file, textOf(file) ?? source);
  }

  /** Where a place of the rendered stream was written. */
  locate(region: Region): Located {
    const chartFile = `${this.chart.dir === '.' ? '' : `${this.chart.dir}/`}Chart.yaml`;
    const source = this.sourceAt(region.line);
    const prefix = `${this.chart.name}/`;
    if (source === undefined || !source.startsWith(prefix))
      return { file: chartFile, line: 1, column: 1, endLine: 1, endColumn: 2, certain: false };
    const inChart = source.slice(prefix.length);
    const file = this.chart.dir === '.' ? inChart : `${this.chart.dir}/${inChart}`;
    const template = this.textOf(file) ?? this.templates.get(file);
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
    const values = this.valuesFor(inChart);
    const files =
      this.templates.get(file) === template ? this.templates : new Map([...this.templates, [file, template]]);
    const place = placeInTemplate(template, path, documentIndex, {
      rendered,
      chart: { template: file, files, values },
    });
    if (place) return this.located(file, place, values, objectOf(rendered));
    const line = firstObjectLine(template, documentIndex, { rendered });
    return { file, line, column: 1, endLine: line, endColumn: 2, certain: false };
  }

  private located(
    template: string,
    place: TemplatePlace,
    values: readonly ValuesFile[],
    object: string,
  ): Located {
    const reference = place.reference === undefined ? undefined : this.valuesLine(place.reference, values);
    const action = place.through?.action.replace(/\s+/g, ' ');
    return {
      file: place.file ?? template,
      line: place.line,
      column: place.column,
      endLine: place.line,
      endColumn: place.endColumn,
      certain: place.certain,
      ...(place.through && action !== undefined
        ? {
            through: {
              file: template,
              line: place.through.line,
              column: place.through.column,
              endLine: place.through.line,
              endColumn: place.through.endColumn,
              message: `${object}: its template writes the value through ${action.length > 120 ? `${action.slice(0, 120)}…` : action}`,
            },
          }
        : {}),
      ...(reference ? { values: reference } : {}),
    };
  }

  /** The values files a template of the chart (path inside the chart) sees. */
  private valuesFor(inChart: string): ValuesFile[] {
    const chain = /^((?:charts\/[^/]+\/)*)templates\//.exec(inChart)?.[1] ?? '';
    let files = this.values.get(chain);
    if (!files) {
      files = this.valuesOf(chain);
      this.values.set(chain, files);
    }
    return files;
  }

  private valuesOf(chain: string): ValuesFile[] {
    const base = this.chart.dir === '.' ? '' : `${this.chart.dir}/`;
    const names = [...chain.matchAll(/charts\/([^/]+)\//g)].map((m) => m[1]!);
    const text = (file: string) => this.textOf(file) ?? this.chart.sources?.get(file);
    const files: ValuesFile[] = [];
    for (let depth = names.length; depth >= 1; depth--) {
      const dir = names
        .slice(0, depth)
        .map((n) => `charts/${n}/`)
        .join('');
      const file = `${base}${dir}values.yaml`;
      const source = text(file);
      if (source !== undefined) files.push({ file, text: source, under: names.slice(depth) });
    }
    for (const file of this.chart.valuesFiles) {
      const source = text(file);
      if (source !== undefined) files.push({ file, text: source, under: names });
    }
    return files;
  }

  /**
   * Where `.Values.a.b` is set: the last of the chart's values files (helm merges them in order, the
   * later winning) that sets it, at the value of its key.
   */
  private valuesLine(reference: string, values: readonly ValuesFile[]): RelatedLocation | undefined {
    const node = valuesNode(values, reference.split('.').slice(2));
    if (!node) return undefined;
    return {
      file: node.file,
      line: node.line,
      column: node.column,
      endLine: node.line,
      endColumn: node.endColumn,
      message: `the value comes from ${reference} in ${node.file}`,
    };
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

/** `Kind namespace/name` of a rendered object, as findings name resources. */
function objectOf(rendered: unknown): string {
  const fields = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const { kind } = fields(rendered);
  const { name, namespace } = fields(fields(rendered).metadata);
  const id = typeof namespace === 'string' ? `${namespace}/${String(name)}` : String(name);
  return typeof kind === 'string' ? `${kind} ${id}` : id;
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
