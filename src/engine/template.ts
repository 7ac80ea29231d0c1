/**
 * Templates, told by structure rather than by substring. A file is a template (skipped, never a
 * `yaml-syntax` finding) only where template syntax breaks the YAML structure: an expression that is not
 * wholly inside a comment, a quoted scalar, a block scalar or a plain value — `{{- if }}` / `{{ end }}`
 * lines, `{{ include ... | nindent 4 }}` lines, a value that starts with `{{` (YAML reads it as a flow
 * mapping), a key holding `{{`, a quoted scalar that `{{ ... "x" }}` closes early. Template text inside a
 * value (`{{ $labels.pod }}` in a PrometheusRule annotation, `${{ github.sha }}` in a workflow, a rendered
 * manifest whose header comment quotes its template) leaves the file a manifest like any other.
 *
 * Files under the `templates/` directory of a Helm chart are templates whenever they hold template text:
 * Helm renders them, even those that happen to parse. Which files those are follows from all the paths
 * (`helmChartOf`), which one file's parse does not see.
 *
 * OpenShift `Template` objects are objects: their `${{PARAM}}` parameters are no Go template.
 */
import { Parser } from 'yaml';
import { closingQuote } from './lenient-yaml.js';

/** `{{ ... }}` (Go, Helm, Jinja expressions) or `{% ... %}` (Jinja statements) somewhere in the value. */
export function hasTemplateText(value: string): boolean {
  return TEMPLATE_TEXT.test(value);
}

const TEMPLATE_TEXT = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/;

/** The text holds a template marker (`{{` or `{%`) somewhere, even in a comment. */
export function hasTemplateMarkers(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

/** A FreeMarker directive or macro call (`<#if …>`, `</#list>`, `<#-- … -->`, `<@macro/>`) somewhere. */
function hasFreeMarkerMarkers(text: string): boolean {
  return text.includes('<#') || text.includes('</#') || text.includes('<@') || text.includes('</@');
}

/**
 * The chart directory (`.` for the top) when `path` is inside the `templates/` directory of a Helm chart:
 * a directory that holds `Chart.yaml`, among `paths` (all the paths being checked, relative, with `/`).
 * The nearest chart wins (a subchart under `charts/` is a chart of its own).
 */
export function helmChartOf(path: string, paths: ReadonlySet<string>): string | undefined {
  const parts = path.split('/');
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] !== 'templates') continue;
    const dir = parts.slice(0, i).join('/');
    if (paths.has(dir === '' ? 'Chart.yaml' : `${dir}/Chart.yaml`)) return dir === '' ? '.' : dir;
  }
  return undefined;
}

/** Why a file inside a Helm chart's `templates/` directory is skipped. */
export function helmChartSkipReason(chart: string): string {
  return (
    `Helm chart template (chart ${chart}): helm renders its {{ }}; ` +
    `render it (helm template ${chart}) to check it`
  );
}

/** Which template language a marker belongs to. */
export type TemplateEngine = 'go' | 'jinja' | 'freemarker';

/** Where template syntax first breaks the YAML structure of a text. */
export interface TemplateBreak {
  /** 1-based line of the first template expression outside a comment or a value. */
  line: number;
  /** `{{ }}` (Go, Helm), `{% %}` (Jinja) or a FreeMarker directive (`<#if …>`, gitops-playground's `.ftl.yaml`). */
  engine: TemplateEngine;
}

/**
 * Where template syntax first breaks the YAML structure, or undefined when every template marker in the
 * text sits inside a comment or a value (or there is none).
 */
export function findTemplateBreak(text: string): TemplateBreak | undefined {
  if (!hasTemplateMarkers(text) && !hasFreeMarkerMarkers(text)) return undefined;
  const spans = inertSpans(text);
  const openShift = isOpenShiftTemplate(text);
  for (const marker of templateMarkers(text)) {
    // `${{PARAM}}`: an OpenShift Template parameter, no Go template.
    if (openShift && marker.dollar) continue;
    const span = spanAround(spans, marker.start, marker.end);
    // A line of its own in a multi-line plain value (`a: 1` then `  {{- if .x }}`) is a control line still.
    if (span && !(span[2] && startsLine(text, marker.start))) continue;
    return { line: lineOf(text, marker.start), engine: marker.engine };
  }
  return undefined;
}

/** Why a file is skipped as a template (see `findTemplateBreak`), or undefined when it is not one. */
export function templateSkipReason(text: string): string | undefined {
  const found = findTemplateBreak(text);
  if (!found) return yttReason(text) ?? braceParameterReason(text) ?? elisionReason(text);
  switch (found.engine) {
    case 'jinja':
      return `Jinja template: {% %} at line ${found.line} breaks the YAML structure; render it to check it`;
    case 'freemarker':
      return `FreeMarker template: the directive at line ${found.line} breaks the YAML structure; render it to check it`;
    default:
      return `Go/Helm template: {{ }} at line ${found.line} breaks the YAML structure; render it (helm template) to check it`;
  }
}

interface Marker {
  start: number;
  /** End of the expression (after its closing `}}` / `%}`), or of the marker when it is never closed. */
  end: number;
  engine: TemplateEngine;
  /** Written `${{`: a GitHub Actions expression or an OpenShift parameter. */
  dollar: boolean;
}

/** The markers of all three languages, in the order of the text. */
function templateMarkers(text: string): Marker[] {
  const markers = [...curlyMarkers(text), ...freeMarkerMarkers(text)];
  return markers.sort((a, b) => a.start - b.start);
}

/**
 * FreeMarker directives and macro calls that open a line (after indentation): `<#if x>`, `</#if>`, `<#list>`,
 * `<#-- comment -->`, `<@macro/>`. One inside a line is text (HTML in a value, a `<#` in a string): only a
 * directive on a line of its own can stand where YAML expects a key or an item.
 */
function* freeMarkerMarkers(text: string): Generator<Marker> {
  if (!hasFreeMarkerMarkers(text)) return;
  const pattern = /^[ \t]*(<\/?[#@](?:--|[A-Za-z]))/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    const lineEnd = text.indexOf('\n', start);
    const close = text.slice(start, lineEnd === -1 ? text.length : lineEnd).indexOf('>');
    yield { start, end: close === -1 ? start + 2 : start + close + 1, engine: 'freemarker', dollar: false };
  }
}

function* curlyMarkers(text: string): Generator<Marker> {
  const pattern = /\{\{|\{%/g;
  // The next closing delimiter, looked for again only once passed: linear in the text, however many markers.
  const next = { '}}': -2, '%}': -2 };
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const jinja = match[0] === '{%';
    const delimiter = jinja ? '%}' : '}}';
    if (next[delimiter] !== -1 && next[delimiter] < start + 2)
      next[delimiter] = text.indexOf(delimiter, start + 2);
    const close = next[delimiter];
    yield {
      start,
      end: close === -1 ? start + 2 : close + 2,
      engine: jinja ? 'jinja' : 'go',
      dollar: text[start - 1] === '$',
    };
  }
}

/** [start, end, plain]: `plain` for a plain scalar (no quoted one overlapping it). */
type Span = [number, number, boolean];

/**
 * Where template text cannot change the YAML structure: comments, quoted and block scalars, and plain
 * scalars that are values (a key holding template text is a templated key). From the parser's concrete
 * syntax tree, which it builds for any text, broken or not; walked without recursion.
 */
function inertSpans(text: string): Span[] {
  const spans: Span[] = [];
  const budget = { left: 4 * text.length + 4096 };
  const pending: [unknown, boolean][] = [];
  for (const token of new Parser().parse(text)) pending.push([token, false]);
  while (pending.length > 0) {
    const [node, inKey] = pending.pop() as [unknown, boolean];
    if (Array.isArray(node)) {
      for (const child of node) pending.push([child, inKey]);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as Record<string, unknown>;
    const offset = typeof token.offset === 'number' ? token.offset : undefined;
    const source = typeof token.source === 'string' ? token.source : undefined;
    if (offset !== undefined && source !== undefined) {
      switch (token.type) {
        case 'comment':
          spans.push([offset, offset + source.length, false]);
          break;
        case 'scalar':
          if (!inKey) spans.push([offset, offset + source.length, true]);
          break;
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          if (inKey) break;
          // Where go-yaml ends it: the parser cuts a quoted string at a line it wants indented further.
          const close = closingQuote(text, offset, text.length, budget);
          spans.push([offset, Math.max(offset + source.length, close === undefined ? 0 : close + 1), false]);
          break;
        }
        case 'block-scalar': {
          // `source` is the body, which follows the header (`props`).
          let bodyStart = offset;
          for (const prop of Array.isArray(token.props) ? (token.props as unknown[]) : []) {
            const p = prop as { offset?: unknown; source?: unknown };
            if (typeof p.offset === 'number' && typeof p.source === 'string')
              bodyStart = Math.max(bodyStart, p.offset + p.source.length);
          }
          if (!inKey) spans.push([offset, bodyStart + source.length, false]);
          break;
        }
      }
    }
    // Collection items ({ start, key, sep, value }) and tokens: only keys change the context.
    for (const field of ['start', 'props', 'sep', 'value', 'items', 'end']) {
      if (field in token) pending.push([token[field], inKey]);
    }
    if ('key' in token) pending.push([token.key, true]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // A quoted string go-yaml reads further than the parser overlaps the tokens the parser made of the rest.
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) {
      last[1] = Math.max(last[1], span[1]);
      last[2] &&= span[2];
    } else merged.push(span);
  }
  return merged;
}

/** The span [start, end) lies within, if any (spans sorted, not overlapping). */
function spanAround(spans: readonly Span[], start: number, end: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span)[0] <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const span = spans[found];
  return span !== undefined && end <= span[1] ? span : undefined;
}

/** Only white space before `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** An OpenShift `Template` (apiVersion `template.openshift.io/v1` or `v1`), in YAML or JSON. */
function isOpenShiftTemplate(text: string): boolean {
  return (
    /(?:^|[\s{,])["']?kind["']?\s*:\s*["']?Template["']?\s*(?:$|[,}#])/m.test(text) &&
    /(?:^|[\s{,])["']?apiVersion["']?\s*:\s*["']?(?:template\.openshift\.io\/)?v1["']?\s*(?:$|[,}#])/m.test(
      text,
    )
  );
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A parameter a script fills in (with sed or Python's str.format) where YAML cannot read it, so that the file is
 * a template, not a broken manifest:
 * - `{PARAMETER}` in single braces glued to more text in a value (`clusterIP: {SERVICE_IP_PREFIX}.16`; Python's
 *   str.format fields in lower case too, `image: {docker_username}/iris-classifier` in KServe's samples): YAML
 *   reads `{…}` as a flow mapping and the text after it as an error (text glued to a flow mapping is never
 *   valid YAML, so no manifest that parses looks like one);
 * - `@PARAMETER@` opening a plain value (`name: @STS_NAME@`, Longhorn's scale test): YAML reserves `@` at the
 *   start of a plain scalar;
 * - `[PARAMETER]` in square brackets glued to more text (`image: [YOUR REGISTRY]/echoserver`, ingress-gce's
 *   echo server; `gcr.io/[PROJECT_ID]` when it opens the value): YAML reads `[…]` as a flow sequence;
 * - `<PARAMETER: what to write>` in angle brackets opening a value or an item (`- <EDIT: UPDATE WITH THE
 *   CONFIGURATION NEEDED ...>`, the EKS Workshop's network policy exercise): YAML reads the `: ` as a key's end.
 * The other parameters are capitals (an environment variable's name), and a real flow mapping (`{app: web}`)
 * never looks like any of them.
 */
const PARAMETERS: readonly (readonly [RegExp, RegExp])[] = [
  // Each with the mark it cannot match without: a quick scan of the text spares the line-by-line one.
  [/\{[A-Za-z_]/, /^[^#\n]*?(?::|^\s*-)[ \t]+(\{[A-Za-z_][A-Za-z0-9_]*\})[^\s,}\]#]/gm],
  [/@[A-Z]/, /^[^#\n]*?(?::|^\s*-)[ \t]+(@[A-Z][A-Z0-9_]*@)/gm],
  [/\[[A-Z]/, /^[^#\n]*?(?::|^\s*-)[ \t]+(\[[A-Z][A-Z0-9_]*(?: [A-Z][A-Z0-9_]*)*\])[^\s,}\]#]/gm],
  [/<[A-Z]/, /^[^#\n]*?(?::|^\s*-)[ \t]+(<[A-Z][A-Z0-9_]*: [^<>\n]*>)/gm],
];

function braceParameterReason(text: string): string | undefined {
  // The parameter that comes first in the text (both patterns match from the start of its line). One inside a
  // value or a comment breaks nothing: Python's `print(f"Result: {task_result}")` in a block scalar (KubeRay's
  // RayJob samples) is code, not a parameter.
  let spans: Span[] | undefined;
  const inert = (at: number, length: number): boolean =>
    spanAround((spans ??= inertSpans(text)), at, at + length) !== undefined;
  let first: { at: number; parameter: string } | undefined;
  for (const [mark, pattern] of PARAMETERS) {
    if (!mark.test(text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const at = match.index + match[0].lastIndexOf(match[1]!);
      if (first && at >= first.at) break;
      // `@P@` and `<P: …>` read as (broken) plain scalars, so only a brace parameter is looked up.
      if (match[1]!.startsWith('{') && inert(at, match[1]!.length)) continue;
      first = { at, parameter: match[1]! };
      break;
    }
  }
  if (!first) return undefined;
  const line = text.slice(0, first.at).split('\n').length;
  return (
    `template: the parameter ${first.parameter} at line ${line} breaks the YAML structure; ` +
    'substitute it to check the file'
  );
}

/**
 * A documentation snippet that leaves lines out with an indented `...` (or `…`) line where a key or an item
 * would go (External Secrets' `docs/snippets`): YAML reads it as a key without a value, and the file stands
 * for a manifest it does not hold. Column 0 `...` is YAML's document end marker, and a line indented deeper
 * than the line before it may continue a plain value: neither is an elision.
 */
function elisionReason(text: string): string | undefined {
  if (!text.includes('...') && !text.includes('…')) return undefined;
  const lines = text.split('\n');
  let previousIndent = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    if (/^(?:\.\.\.|…)\s*(?:#.*)?$/.test(content) && indent > 0 && indent <= previousIndent)
      return `snippet: the \`${content.trim().startsWith('…') ? '…' : '...'}\` at line ${i + 1} stands for lines left out; complete it to check the file`;
    previousIndent = indent;
  }
  return undefined;
}

/**
 * A Carvel ytt template: ytt's annotations are comments starting with `#@` (`name: #@ data.values.name`,
 * `#@ load("@ytt:data", "data")`, `#@ def`, `#@overlay/match`). YAML reads the file, but every value an
 * annotation sets reads as null (container.training's `k8s/ytt`: Deployments with no name and Services with no
 * port), so the file is a template to render with ytt, not a manifest.
 */
const YTT_ANNOTATION = /(?:^|[ \t])#@/m;

function yttReason(text: string): string | undefined {
  if (!text.includes('#@')) return undefined;
  const match = YTT_ANNOTATION.exec(text);
  if (!match) return undefined;
  const line = lineOf(text, match.index + match[0].indexOf('#@'));
  return `ytt template: the #@ annotation at line ${line} sets what YAML reads as null; render it (ytt -f) to check it`;
}
