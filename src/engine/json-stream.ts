/**
 * JSON streams, split as kubectl splits them. kubectl reads manifests with k8s.io/apimachinery's
 * `YAMLOrJSONDecoder` (pkg/util/yaml/decoder.go): a stream whose first non-space character (within its
 * first 4096 bytes) is `{` is decoded as JSON values back to back (`{...}{...}`, or one object per line),
 * with Go's `encoding/json` rules. When the first or the second value fails to decode, the stream is
 * still ambiguous: the decoder goes back to the end of the last value it read, skips white space up to
 * and including one line break, and reads the rest as YAML documents. When a later value fails, the
 * stream is JSON for certain, and the error is kubectl's.
 *
 * This module only finds where the values are (and the first error, worded as Go words it); parse.ts
 * reads each value with the YAML parser for its nodes and positions.
 */

export interface JsonError {
  /** Offset in the text where decoding failed. */
  offset: number;
  /** Go's wording (`invalid character '}' after array element`, `unexpected EOF`). */
  message: string;
}

export interface JsonStream {
  /** [start, end) offsets of each value kubectl decodes as JSON, in order. */
  values: [number, number][];
  /** Where the next value failed to decode as JSON. */
  error?: JsonError;
  /**
   * Set when the failure leaves the stream ambiguous: kubectl reads the text from here on as YAML
   * documents (and reports `error` only if that fails too).
   */
  yamlFrom?: number;
}

/** How far kubectl looks for the leading `{` (the buffer size kubectl's resource builder passes). */
const SNIFF_LENGTH = 4096;

/** Go's `unicode.IsSpace`. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Whether kubectl decodes this text as a JSON stream first (its first non-space character is `{`). */
export function looksLikeJsonStream(text: string): boolean {
  const limit = Math.min(text.length, SNIFF_LENGTH);
  for (let i = 0; i < limit; i++) {
    const c = text[i] as string;
    if (GO_SPACE.test(c)) continue;
    return c === '{';
  }
  return false;
}

/** The JSON values of a stream kubectl sniffs as JSON, or undefined when it reads the text as YAML. */
export function readJsonStream(text: string): JsonStream | undefined {
  if (!looksLikeJsonStream(text)) return undefined;
  const values: [number, number][] = [];
  let position = 0;
  for (;;) {
    const start = skipJsonSpace(text, position);
    if (start >= text.length) return { values };
    const scanned = scanJsonValue(text, start);
    if (typeof scanned === 'number') {
      values.push([start, scanned]);
      position = scanned;
      continue;
    }
    // More than one value decoded: an unambiguous JSON stream, and this is its error.
    if (values.length > 1) return { values, error: scanned };
    const from = values[0]?.[1] ?? 0;
    return { values, error: scanned, yamlFrom: skipSpaceThroughNewline(text, from) };
  }
}

/** JSON white space (Go's `encoding/json`): space, tab, LF, CR. */
function skipJsonSpace(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
  }
  return i;
}

/** What the decoder skips before switching to YAML: white space up to and including the first line break. */
function skipSpaceThroughNewline(text: string, at: number): number {
  let i = at;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (!GO_SPACE.test(c)) return i;
    if (c === '\n') return i + 1;
  }
  return i;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'next';

/**
 * Scans one JSON value from `start` (no white space there): its end offset, or the error Go's decoder
 * gives. Without recursion: nesting is as deep as the text is long.
 */
export function scanJsonValue(text: string, start: number): number | JsonError {
  /** true: inside an object; false: inside an array. */
  const stack: boolean[] = [];
  let expect: Expect = 'value';
  let i = start;
  for (;;) {
    i = skipJsonSpace(text, i);
    if (i >= text.length) return { offset: text.length, message: 'unexpected EOF' };
    const c = text[i] as string;
    let complete = false;
    switch (expect) {
      case 'value':
      case 'valueOrEnd': {
        if (expect === 'valueOrEnd' && c === ']') {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c === '{');
          expect = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          i++;
          continue;
        }
        const end =
          c === '"'
            ? scanString(text, i)
            : c === '-' || (c >= '0' && c <= '9')
              ? scanNumber(text, i)
              : c === 't' || c === 'f' || c === 'n'
                ? scanLiteral(text, i)
                : invalid(text, i, 'looking for beginning of value');
        if (typeof end !== 'number') return end;
        i = end;
        complete = true;
        break;
      }
      case 'key':
      case 'keyOrEnd': {
        if (expect === 'keyOrEnd' && c === '}') {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        if (c !== '"') return invalid(text, i, 'looking for beginning of object key string');
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      case 'colon':
        if (c !== ':') return invalid(text, i, 'after object key');
        i++;
        expect = 'value';
        continue;
      case 'next': {
        const inObject = stack[stack.length - 1] === true;
        if (c === ',') {
          i++;
          expect = inObject ? 'key' : 'value';
          continue;
        }
        if (c === (inObject ? '}' : ']')) {
          stack.pop();
          i++;
          complete = true;
          break;
        }
        return invalid(text, i, inObject ? 'after object key:value pair' : 'after array element');
      }
    }
    if (complete) {
      if (stack.length === 0) return i;
      expect = 'next';
    }
  }
}

function scanString(text: string, start: number): number | JsonError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return invalid(text, i, 'in string literal');
    if (code !== 0x5c) continue;
    const escape = text[i + 1];
    if (escape === undefined) break;
    if (escape === 'u') {
      for (let k = 2; k < 6; k++) {
        const h = text[i + k];
        if (h === undefined) return { offset: text.length, message: 'unexpected EOF' };
        if (!/[0-9a-fA-F]/.test(h)) return invalid(text, i + k, 'in \\u hexadecimal character escape');
      }
      i += 5;
    } else if ('"\\/bfnrt'.includes(escape)) {
      i++;
    } else {
      return invalid(text, i + 1, 'in string escape code');
    }
  }
  return { offset: text.length, message: 'unexpected EOF' };
}

function scanNumber(text: string, start: number): number | JsonError {
  let i = start;
  const digit = (at: number): boolean => {
    const c = text.charCodeAt(at);
    return c >= 0x30 && c <= 0x39;
  };
  const need = (at: number, context: string): JsonError | undefined =>
    at >= text.length
      ? { offset: text.length, message: 'unexpected EOF' }
      : digit(at)
        ? undefined
        : invalid(text, at, context);
  if (text[i] === '-') {
    i++;
    const missing = need(i, 'in numeric literal');
    if (missing) return missing;
  }
  if (text[i] === '0') i++;
  else while (digit(i)) i++;
  if (text[i] === '.') {
    i++;
    const missing = need(i, 'after decimal point in numeric literal');
    if (missing) return missing;
    while (digit(i)) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    const missing = need(i, 'in exponent of numeric literal');
    if (missing) return missing;
    while (digit(i)) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number | JsonError {
  const word = text[start] === 't' ? 'true' : text[start] === 'f' ? 'false' : 'null';
  for (let k = 1; k < word.length; k++) {
    const at = start + k;
    if (at >= text.length) return { offset: text.length, message: 'unexpected EOF' };
    if (text[at] !== word[k]) return invalid(text, at, `in literal ${word} (expecting '${word[k]}')`);
  }
  return start + word.length;
}

/** Go's `invalid character 'x' <context>`. */
function invalid(text: string, at: number, context: string): JsonError {
  const c = String.fromCodePoint(text.codePointAt(at) ?? 0);
  const shown = c === "'" ? "'\\''" : c === '"' ? `'"'` : `'${JSON.stringify(c).slice(1, -1)}'`;
  return { offset: at, message: `invalid character ${shown} ${context}` };
}
