/**
 * A small, strict XML 1.0 parser and a validator for the part of W3C XML Schema (XSD 1.0) that the report
 * schemas in __tests__/fixtures/schemas use. Like helpers/json-schema.ts, the validator refuses any schema
 * construct it does not implement, so a schema it cannot fully check fails loudly instead of passing.
 *
 * The parser checks well-formedness: one root element, matching tags, quoted and unique attributes, only
 * characters XML 1.0 allows (§2.2 `Char`), `&` only in a known entity or a character reference to an allowed
 * character, no `<` in attribute values, no `]]>` in text. It normalizes line ends (§2.11) and attribute
 * values (§3.3.3: a literal tab, CR or LF becomes a space; references are kept), as parsers do. No DTD.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {}

// XML 1.0 §2.2 Char; §2.3 NameStartChar and NameChar (the ranges beyond ASCII folded into one class each).
const CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const NOT_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME_START =
  'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// Combining marks (U+0300-036F) are name characters on their own, as XML 1.0 lists them.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`^[${NAME_START}][${NAME_CHAR}]*`, 'u');
// eslint-disable-next-line no-misleading-character-class
export const NMTOKEN = new RegExp(`^[${NAME_CHAR}]+$`, 'u');
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Parses a whole document; throws XmlError (with the line) on the first well-formedness error. */
export function parseXml(source: string): XmlElement {
  if (source.charCodeAt(0) === 0xfeff) throw new XmlError('a byte-order mark starts the document');
  const text = source.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const bad = NOT_CHAR.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).padStart(4, '0');
    throw new XmlError(`line ${lineAt(bad.index)}: U+${code} is not an XML 1.0 character`);
  }
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new XmlError(`line ${lineAt(at)}: ${message}`);
  };
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n'.includes(text[pos]!)) pos++;
  };
  const name = (): string => {
    const m = NAME.exec(text.slice(pos));
    if (!m) fail('a name is expected');
    pos += m![0].length;
    return m![0];
  };
  const reference = (): string => {
    const end = text.indexOf(';', pos);
    if (end === -1) fail('an unterminated reference');
    const body = text.slice(pos + 1, end);
    let value: string | undefined;
    if (/^#[0-9]+$/.test(body) || /^#x[0-9a-fA-F]+$/.test(body)) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      value = code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
      if (value === undefined || !CHAR.test(value))
        fail(`&${body}; refers to a character XML does not allow`);
    } else value = ENTITIES[body];
    if (value === undefined) fail(`unknown entity &${body};`);
    pos = end + 1;
    return value!;
  };
  // Comments and processing instructions may stand between elements; a DOCTYPE is refused.
  const misc = (): boolean => {
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end === -1) fail('an unterminated comment');
      if (text.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
      pos = end + 3;
      return true;
    }
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos);
      if (end === -1) fail('an unterminated processing instruction');
      if (/^<\?xml[\s?]/i.test(text.slice(pos, pos + 6))) fail('an XML declaration not at the very start');
      pos = end + 2;
      return true;
    }
    if (text.startsWith('<!DOCTYPE', pos)) fail('a DOCTYPE (not supported here)');
    return false;
  };
  const attributeValue = (): string => {
    const quote = text[pos];
    if (quote !== '"' && quote !== "'") fail('an attribute value must be quoted');
    pos++;
    let value = '';
    while (text[pos] !== quote) {
      const c = text[pos];
      if (c === undefined) fail('an unterminated attribute value');
      if (c === '<') fail('"<" in an attribute value');
      if (c === '&') value += reference();
      else {
        value += c === '\t' || c === '\n' ? ' ' : c;
        pos++;
      }
    }
    pos++;
    return value;
  };
  const element = (): XmlElement => {
    const start = pos;
    pos++; // '<'
    const el: XmlElement = { name: name(), attributes: {}, children: [], line: lineAt(start) };
    for (;;) {
      const before = pos;
      skipSpace();
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return el;
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('white space is expected between attributes');
      const attr = name();
      skipSpace();
      if (text[pos] !== '=') fail(`"=" is expected after ${attr}`);
      pos++;
      skipSpace();
      if (attr in el.attributes) fail(`the attribute ${attr} appears twice`);
      el.attributes[attr] = attributeValue();
    }
    let textRun = '';
    const flush = (): void => {
      if (textRun !== '') el.children.push(textRun);
      textRun = '';
    };
    for (;;) {
      if (pos >= text.length) fail(`<${el.name}> is not closed`, start);
      if (text.startsWith('</', pos)) {
        pos += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (text[pos] !== '>') fail('">" is expected');
        pos++;
        flush();
        return el;
      }
      if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos);
        if (end === -1) fail('an unterminated CDATA section');
        textRun += text.slice(pos + 9, end);
        pos = end + 3;
      } else if (text.startsWith('<!--', pos) || text.startsWith('<?', pos)) {
        misc();
      } else if (text[pos] === '<') {
        flush();
        el.children.push(element());
      } else if (text[pos] === '&') {
        textRun += reference();
      } else {
        if (text.startsWith(']]>', pos)) fail('"]]>" in text');
        textRun += text[pos];
        pos++;
      }
    }
  };

  const declaration =
    /^<\?xml\s+version\s*=\s*(["'])1\.0\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?\s*\?>/.exec(text);
  if (text.startsWith('<?xml') && !declaration) fail('a malformed XML declaration');
  if (declaration) pos = declaration[0].length;
  for (skipSpace(); misc(); skipSpace());
  if (text[pos] !== '<') fail('the root element is missing');
  const root = element();
  for (skipSpace(); misc(); skipSpace());
  if (pos < text.length) fail('content after the root element');
  return root;
}

export const elements = (el: XmlElement): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string');
export const textOf = (el: XmlElement): string => el.children.filter((c) => typeof c === 'string').join('');

// ---------------------------------------------------------------------------------------------- XSD subset

export interface XsdError {
  path: string;
  message: string;
}

interface Occurs {
  min: number;
  max: number; // Infinity for unbounded
}
type Particle =
  | ({ kind: 'element'; decl: ElementDecl } & Occurs)
  | ({ kind: 'sequence' | 'choice'; items: Particle[] } & Occurs);
interface ComplexType {
  mixed: boolean;
  content?: Particle;
  attributes: Map<string, { type: SimpleType; required: boolean }>;
}
interface SimpleType {
  name: string;
  check: (value: string) => boolean;
}
interface ElementDecl {
  name: string;
  type: ComplexType | SimpleType;
}

const XS = 'http://www.w3.org/2001/XMLSchema';
const BUILT_IN: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^[+-]?[0-9]+$/.test(v.trim()),
  positiveInteger: (v) => /^\+?0*[1-9][0-9]*$/.test(v.trim()),
  nonNegativeInteger: (v) => /^(\+?[0-9]+|-0+)$/.test(v.trim()),
  decimal: (v) => /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(v.trim()),
  NMTOKEN: (v) => NMTOKEN.test(v.trim()),
};

/**
 * A compiled schema: the global element declarations, by local name. Only elements in no namespace are
 * described (a schema with a targetNamespace is refused).
 */
export interface Xsd {
  elements: Map<string, ElementDecl>;
}

/** Compiles the schema document; throws on any construct this validator does not implement. */
export function compileXsd(source: string): Xsd {
  const root = parseXml(source);
  const prefix = Object.entries(root.attributes).find(([k, v]) => k.startsWith('xmlns:') && v === XS)?.[0];
  if (!prefix || root.name !== `${prefix.slice(6)}:schema`) throw new Error('not an XML Schema document');
  const xs = prefix.slice(6);
  const local = (el: XmlElement): string => {
    if (!el.name.startsWith(`${xs}:`)) throw new Error(`unsupported element <${el.name}> in the schema`);
    return el.name.slice(xs.length + 1);
  };
  const allowOnly = (el: XmlElement, names: string[]): void => {
    for (const a of Object.keys(el.attributes)) {
      if (!names.includes(a)) throw new Error(`unsupported attribute ${a} on <${el.name}>`);
    }
  };
  const body = (el: XmlElement): XmlElement[] => elements(el).filter((c) => local(c) !== 'annotation');
  for (const a of Object.keys(root.attributes)) {
    if (!a.startsWith('xmlns') && a !== 'elementFormDefault' && a !== 'attributeFormDefault') {
      throw new Error(`unsupported schema attribute ${a}`);
    }
  }

  const globals = new Map<string, XmlElement>();
  const namedTypes = new Map<string, XmlElement>();
  for (const child of body(root)) {
    const kind = local(child);
    const name = child.attributes.name!;
    if (kind === 'element') globals.set(name, child);
    else if (kind === 'complexType' || kind === 'simpleType') namedTypes.set(name, child);
    else throw new Error(`unsupported top-level <${child.name}>`);
  }

  const simpleTypes = new Map<string, SimpleType>();
  const simpleType = (ref: string): SimpleType => {
    if (ref.startsWith(`${xs}:`)) {
      const check = BUILT_IN[ref.slice(xs.length + 1)];
      if (!check) throw new Error(`unsupported built-in type ${ref}`);
      return { name: ref, check };
    }
    const el = namedTypes.get(ref);
    if (!el || local(el) !== 'simpleType') throw new Error(`unknown simple type ${ref}`);
    if (!simpleTypes.has(ref)) simpleTypes.set(ref, compileSimple(el, ref));
    return simpleTypes.get(ref)!;
  };
  const compileSimple = (el: XmlElement, name: string): SimpleType => {
    allowOnly(el, ['name']);
    const [restriction, ...more] = body(el);
    if (!restriction || more.length > 0 || local(restriction) !== 'restriction') {
      throw new Error(`simple type ${name}: only one xs:restriction is supported`);
    }
    allowOnly(restriction, ['base']);
    const base = simpleType(restriction.attributes.base!);
    const patterns: RegExp[] = [];
    const values: string[] = [];
    for (const facet of body(restriction)) {
      allowOnly(facet, ['value']);
      const value = facet.attributes.value!;
      if (local(facet) === 'pattern') patterns.push(new RegExp(`^(?:${value})$`, 'u'));
      else if (local(facet) === 'enumeration') values.push(value);
      else throw new Error(`unsupported facet <${facet.name}>`);
    }
    return {
      name,
      check: (v) =>
        base.check(v) &&
        (patterns.length === 0 || patterns.some((p) => p.test(v))) &&
        (values.length === 0 || values.includes(v)),
    };
  };

  const complexTypes = new Map<XmlElement, ComplexType>();
  const complexType = (el: XmlElement): ComplexType => {
    const done = complexTypes.get(el);
    if (done) return done;
    allowOnly(el, ['name', 'mixed']);
    const type: ComplexType = { mixed: el.attributes.mixed === 'true', attributes: new Map() };
    complexTypes.set(el, type); // before the content: a type may contain itself (testsuite in testsuite)
    for (const child of body(el)) {
      const kind = local(child);
      if (kind === 'sequence' || kind === 'choice') {
        if (type.content || type.attributes.size > 0)
          throw new Error('one model group, before the attributes');
        type.content = particle(child);
      } else if (kind === 'attribute') {
        allowOnly(child, ['name', 'type', 'use']);
        const inline = body(child);
        const t = child.attributes.type
          ? simpleType(child.attributes.type)
          : inline.length === 1 && local(inline[0]!) === 'simpleType'
            ? compileSimple(inline[0]!, `${child.attributes.name} value`)
            : undefined;
        if (!t) throw new Error(`attribute ${child.attributes.name}: a type is required`);
        const use = child.attributes.use ?? 'optional';
        if (use !== 'optional' && use !== 'required') throw new Error(`unsupported use="${use}"`);
        type.attributes.set(child.attributes.name!, { type: t, required: use === 'required' });
      } else throw new Error(`unsupported <${child.name}> in a complex type`);
    }
    return type;
  };
  const occurs = (el: XmlElement): Occurs => {
    const max = el.attributes.maxOccurs ?? '1';
    return { min: Number(el.attributes.minOccurs ?? '1'), max: max === 'unbounded' ? Infinity : Number(max) };
  };
  const decls = new Map<XmlElement, ElementDecl>();
  const elementDecl = (el: XmlElement): ElementDecl => {
    const done = decls.get(el);
    if (done) return done;
    allowOnly(el, ['name', 'type', 'ref', 'minOccurs', 'maxOccurs']);
    const decl = { name: el.attributes.name! } as ElementDecl;
    decls.set(el, decl);
    const inline = body(el);
    if (el.attributes.type !== undefined) {
      const named = namedTypes.get(el.attributes.type);
      decl.type =
        named && local(named) === 'complexType' ? complexType(named) : simpleType(el.attributes.type);
    } else if (inline.length === 1 && local(inline[0]!) === 'complexType')
      decl.type = complexType(inline[0]!);
    else if (inline.length === 1 && local(inline[0]!) === 'simpleType') {
      decl.type = compileSimple(inline[0]!, `${decl.name} content`);
    } else throw new Error(`element ${decl.name}: a type is required`);
    return decl;
  };
  const particle = (el: XmlElement): Particle => {
    const kind = local(el);
    if (kind === 'element') {
      allowOnly(el, ['name', 'type', 'ref', 'minOccurs', 'maxOccurs']);
      const ref = el.attributes.ref;
      const target = ref === undefined ? el : globals.get(ref);
      if (!target) throw new Error(`unknown element ref ${ref}`);
      return { kind: 'element', decl: elementDecl(target), ...occurs(el) };
    }
    if (kind === 'sequence' || kind === 'choice') {
      allowOnly(el, ['minOccurs', 'maxOccurs']);
      return { kind, items: body(el).map(particle), ...occurs(el) };
    }
    throw new Error(`unsupported particle <${el.name}>`);
  };

  const out = new Map<string, ElementDecl>();
  for (const [name, el] of globals) out.set(name, elementDecl(el));
  return { elements: out };
}

/** Where a particle, started at child `pos`, can end (sets of child indexes), honouring min/maxOccurs. */
function ends(p: Particle, names: readonly string[], pos: number): Set<number> {
  const once = (from: number): Set<number> => {
    if (p.kind === 'element') return names[from] === p.decl.name ? new Set([from + 1]) : new Set();
    if (p.kind === 'choice') return new Set(p.items.flatMap((item) => [...ends(item, names, from)]));
    let current = new Set([from]);
    for (const item of p.items) current = new Set([...current].flatMap((c) => [...ends(item, names, c)]));
    return current;
  };
  const result = new Set<number>(p.min === 0 ? [pos] : []);
  const seen = new Set([pos]);
  let current = new Set([pos]);
  for (let i = 1; i <= p.max && current.size > 0; i++) {
    const next = new Set([...current].flatMap((c) => [...once(c)]));
    // Repeating from a position already reached adds nothing once min is met: stop there (unbounded loops).
    current = i >= p.min ? new Set([...next].filter((n) => !seen.has(n))) : next;
    for (const n of next) {
      seen.add(n);
      if (i >= p.min) result.add(n);
    }
  }
  return result;
}

function declsIn(p: Particle, out = new Map<string, ElementDecl>()): Map<string, ElementDecl> {
  if (p.kind === 'element') out.set(p.decl.name, p.decl);
  else for (const item of p.items) declsIn(item, out);
  return out;
}

/** Validates a parsed document against the schema; [] when it is valid. */
export function validateXml(schema: Xsd, doc: XmlElement): XsdError[] {
  const errors: XsdError[] = [];
  const root = schema.elements.get(doc.name);
  if (!root) return [{ path: `/${doc.name}`, message: `no global element declaration for <${doc.name}>` }];
  const check = (decl: ElementDecl, el: XmlElement, path: string): void => {
    const fail = (message: string): void => {
      errors.push({ path, message });
    };
    const type = decl.type;
    if ('check' in type) {
      // A simple type: text only, no attribute.
      if (Object.keys(el.attributes).length > 0) fail('a simple-typed element has no attributes');
      if (elements(el).length > 0) fail('a simple-typed element has no child elements');
      if (!type.check(textOf(el))) fail(`its text is not a valid ${type.name}`);
      return;
    }
    for (const [name, value] of Object.entries(el.attributes)) {
      const attr = type.attributes.get(name);
      if (!attr) fail(`the attribute ${name} is not declared`);
      else if (!attr.type.check(value)) fail(`${name}="${value}" is not a valid ${attr.type.name}`);
    }
    for (const [name, attr] of type.attributes) {
      if (attr.required && !(name in el.attributes)) fail(`the required attribute ${name} is missing`);
    }
    if (!type.mixed && el.children.some((c) => typeof c === 'string' && c.trim() !== '')) {
      fail('text is not allowed here (the type is not mixed)');
    }
    const children = elements(el);
    const names = children.map((c) => c.name);
    if (!type.content) {
      if (children.length > 0) fail(`no child element is allowed, has <${names[0]}>`);
      return;
    }
    if (!ends(type.content, names, 0).has(names.length)) {
      fail(`the child elements (${names.join(', ') || 'none'}) do not match the content model`);
    }
    const byName = declsIn(type.content);
    children.forEach((c, i) => {
      const childDecl = byName.get(c.name);
      if (childDecl) check(childDecl, c, `${path}/${c.name}[${i}]`);
      else errors.push({ path: `${path}/${c.name}[${i}]`, message: `<${c.name}> is not allowed here` });
    });
  };
  check(root, doc, `/${doc.name}`);
  return errors;
}

// ------------------------------------------------------------------------------- the JDK's XSD validator

/**
 * A second, independent validator: the JDK's own W3C XML Schema implementation (javax.xml.validation, Xerces),
 * run as a single-file Java program. Java is on the project's machines (the node machine has a JDK); where it
 * is not, `jdkAvailable()` is false and the tests that need it are skipped, saying why.
 */
const JDK_VALIDATOR = `
import java.io.File;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

public class XsdValidate {
  public static void main(String[] args) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    for (int i = 0; i + 1 < args.length; i += 2) {
      Validator validator = factory.newSchema(new File(args[i])).newValidator();
      StringBuilder errors = new StringBuilder();
      validator.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {}
        public void error(SAXParseException e) { errors.append(" line ").append(e.getLineNumber()).append(": ").append(e.getMessage()); }
        public void fatalError(SAXParseException e) { error(e); }
      });
      try {
        validator.validate(new StreamSource(new File(args[i + 1])));
      } catch (org.xml.sax.SAXException e) {
        if (errors.length() == 0) errors.append(" ").append(e.getMessage());
      }
      System.out.println((errors.length() == 0 ? "valid" : "invalid:" + errors.toString().replace('\\n', ' ')));
    }
  }
}
`;

export function jdkAvailable(): boolean {
  return spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
}

/** Validates each document against its schema file with the JDK; one verdict per pair: 'valid' or 'invalid: …'. */
export function validateWithJdk(pairs: readonly { schema: string; xml: string }[]): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'kp-xsd-'));
  try {
    const program = path.join(dir, 'XsdValidate.java');
    writeFileSync(program, JDK_VALIDATOR);
    const args = pairs.flatMap((p, i) => {
      const doc = path.join(dir, `doc-${i}.xml`);
      writeFileSync(doc, p.xml);
      return [p.schema, doc];
    });
    const run = spawnSync('java', [program, ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`java failed: ${run.stderr}`);
    return run.stdout.trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
