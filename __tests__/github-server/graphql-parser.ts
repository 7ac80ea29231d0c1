// Parses GraphQL query documents (the executable subset: operations, fields, aliases, arguments,
// variables, fragments, @include/@skip). Enough to read what a client sends GitHub, no more.

export interface Location {
  line: number;
  column: number;
}

export type Value =
  | { kind: 'variable'; name: string; loc: Location }
  | { kind: 'literal'; value: string | number | boolean | null; enum?: boolean; loc: Location }
  | { kind: 'list'; items: Value[]; loc: Location }
  | { kind: 'object'; fields: Record<string, Value>; loc: Location };

export interface Directive {
  name: string;
  args: Record<string, Value>;
}

export interface FieldNode {
  kind: 'field';
  alias?: string;
  name: string;
  args: Record<string, Value>;
  directives: Directive[];
  selections?: Selection[];
  loc: Location;
}

export interface InlineFragment {
  kind: 'inline';
  typeCondition?: string;
  directives: Directive[];
  selections: Selection[];
  loc: Location;
}

export interface FragmentSpread {
  kind: 'spread';
  name: string;
  directives: Directive[];
  loc: Location;
}

export type Selection = FieldNode | InlineFragment | FragmentSpread;

export interface VariableDefinition {
  name: string;
  type: string;
  defaultValue?: Value;
}

export interface OperationNode {
  operation: 'query' | 'mutation';
  name?: string;
  variables: VariableDefinition[];
  selections: Selection[];
  loc: Location;
}

export interface FragmentNode {
  name: string;
  typeCondition: string;
  selections: Selection[];
}

export interface DocumentNode {
  operations: OperationNode[];
  fragments: Map<string, FragmentNode>;
}

export class GraphqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly loc: Location,
  ) {
    super(message);
  }
}

interface Token {
  kind: 'punct' | 'name' | 'int' | 'float' | 'string' | 'eof';
  value: string;
  loc: Location;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const loc = (): Location => ({ line, column: i - lineStart + 1 });
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '\n') {
      i++;
      line++;
      lineStart = i;
    } else if (/[\s,\uFEFF]/.test(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('...', i)) {
      tokens.push({ kind: 'punct', value: '...', loc: loc() });
      i += 3;
    } else if ('{}()[]:!$=@'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch, loc: loc() });
      i++;
    } else if (/[_A-Za-z]/.test(ch)) {
      const start = loc();
      const match = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(i))?.[0] ?? ch;
      tokens.push({ kind: 'name', value: match, loc: start });
      i += match.length;
    } else if (/[-0-9]/.test(ch)) {
      const start = loc();
      const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i))?.[0];
      if (!match) throw new GraphqlSyntaxError(`Parse error on "${ch}"`, start);
      tokens.push({ kind: /[.eE]/.test(match) ? 'float' : 'int', value: match, loc: start });
      i += match.length;
    } else if (source.startsWith('"""', i)) {
      const start = loc();
      const end = source.indexOf('"""', i + 3);
      if (end < 0) throw new GraphqlSyntaxError('Unterminated string', start);
      const text = source.slice(i + 3, end);
      for (const c of text) if (c === '\n') line++;
      tokens.push({ kind: 'string', value: text.trim(), loc: start });
      i = end + 3;
    } else if (ch === '"') {
      const start = loc();
      const match = /^"(?:[^"\\\n]|\\.)*"/.exec(source.slice(i))?.[0];
      if (!match) throw new GraphqlSyntaxError('Unterminated string', start);
      tokens.push({ kind: 'string', value: JSON.parse(match) as string, loc: start });
      i += match.length;
    } else {
      throw new GraphqlSyntaxError(`Parse error on "${ch}"`, loc());
    }
  }
  tokens.push({ kind: 'eof', value: '', loc: loc() });
  return tokens;
}

export function parse(source: string): DocumentNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token => tokens[pos] as Token;
  const next = (): Token => tokens[pos++] as Token;
  const fail = (token: Token): never => {
    throw new GraphqlSyntaxError(
      token.kind === 'eof'
        ? 'Parse error on end of input'
        : `Parse error on "${token.value}" (${token.kind.toUpperCase()})`,
      token.loc,
    );
  };
  const is = (value: string): boolean => peek().kind === 'punct' && peek().value === value;
  const expect = (value: string): Token => (is(value) ? next() : fail(peek()));
  const name = (): string => (peek().kind === 'name' ? next().value : fail(peek()));

  const value = (constant: boolean): Value => {
    const token = peek();
    if (is('$') && !constant) {
      next();
      return { kind: 'variable', name: name(), loc: token.loc };
    }
    if (is('[')) {
      next();
      const items: Value[] = [];
      while (!is(']')) items.push(value(constant));
      next();
      return { kind: 'list', items, loc: token.loc };
    }
    if (is('{')) {
      next();
      const fields: Record<string, Value> = {};
      while (!is('}')) {
        const key = name();
        expect(':');
        fields[key] = value(constant);
      }
      next();
      return { kind: 'object', fields, loc: token.loc };
    }
    next();
    if (token.kind === 'int' || token.kind === 'float')
      return { kind: 'literal', value: Number(token.value), loc: token.loc };
    if (token.kind === 'string') return { kind: 'literal', value: token.value, loc: token.loc };
    if (token.kind === 'name') {
      if (token.value === 'true' || token.value === 'false')
        return { kind: 'literal', value: token.value === 'true', loc: token.loc };
      if (token.value === 'null') return { kind: 'literal', value: null, loc: token.loc };
      return { kind: 'literal', value: token.value, enum: true, loc: token.loc };
    }
    return fail(token);
  };

  const args = (): Record<string, Value> => {
    const result: Record<string, Value> = {};
    if (!is('(')) return result;
    next();
    while (!is(')')) {
      const key = name();
      expect(':');
      result[key] = value(false);
    }
    next();
    return result;
  };

  const directives = (): Directive[] => {
    const result: Directive[] = [];
    while (is('@')) {
      next();
      result.push({ name: name(), args: args() });
    }
    return result;
  };

  const selectionSet = (): Selection[] => {
    expect('{');
    const selections: Selection[] = [];
    while (!is('}')) {
      const start = peek().loc;
      if (is('...')) {
        next();
        if (peek().kind === 'name' && peek().value !== 'on') {
          selections.push({ kind: 'spread', name: name(), directives: directives(), loc: start });
        } else {
          let typeCondition: string | undefined;
          if (peek().value === 'on') {
            next();
            typeCondition = name();
          }
          const dirs = directives();
          selections.push({
            kind: 'inline',
            ...(typeCondition ? { typeCondition } : {}),
            directives: dirs,
            selections: selectionSet(),
            loc: start,
          });
        }
        continue;
      }
      let fieldName = name();
      let alias: string | undefined;
      if (is(':')) {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const field: FieldNode = {
        kind: 'field',
        name: fieldName,
        args: args(),
        directives: directives(),
        loc: start,
      };
      if (alias) field.alias = alias;
      if (is('{')) field.selections = selectionSet();
      selections.push(field);
    }
    next();
    return selections;
  };

  const typeRef = (): string => {
    if (is('[')) {
      next();
      const inner = typeRef();
      expect(']');
      return `[${inner}]${is('!') ? next().value : ''}`;
    }
    return `${name()}${is('!') ? next().value : ''}`;
  };

  const document: DocumentNode = { operations: [], fragments: new Map() };
  while (peek().kind !== 'eof') {
    const start = peek().loc;
    if (is('{')) {
      document.operations.push({ operation: 'query', variables: [], selections: selectionSet(), loc: start });
      continue;
    }
    const keyword = name();
    if (keyword === 'fragment') {
      const fragmentName = name();
      if (name() !== 'on') fail(tokens[pos - 1] as Token);
      document.fragments.set(fragmentName, {
        name: fragmentName,
        typeCondition: name(),
        selections: selectionSet(),
      });
      continue;
    }
    if (keyword !== 'query' && keyword !== 'mutation') fail(tokens[pos - 1] as Token);
    const operation: OperationNode = {
      operation: keyword as 'query' | 'mutation',
      variables: [],
      selections: [],
      loc: start,
    };
    if (peek().kind === 'name') operation.name = name();
    if (is('(')) {
      next();
      while (!is(')')) {
        expect('$');
        const variable: VariableDefinition = { name: name(), type: '' };
        expect(':');
        variable.type = typeRef();
        if (is('=')) {
          next();
          variable.defaultValue = value(true);
        }
        operation.variables.push(variable);
      }
      next();
    }
    directives();
    operation.selections = selectionSet();
    document.operations.push(operation);
  }
  return document;
}
