/**
 * `.kube-pairing.yaml` as a user writes it: what is accepted, and the exact message (file:line:column, the
 * valid choices, the likely intent) for what is not. In memory: parseConfig is pure. The cases were chosen
 * by mutation testing of src/config (docs/testing.md); each says which user-visible behaviour it pins.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';
import { ALL_RULES } from '../../src/rules/index.js';

const ids = ALL_RULES.map((r) => r.meta.id);
const FILE = 'team/.kube-pairing.yaml';
const parse = (text: string) => parseConfig(text, FILE, ids);
const SEVERITIES = 'valid severities: error, warning, notice, off';
const KEYS = 'valid keys: rules, ignore, defaultNamespace, charts';

/** The lines of the ConfigError message that `text` throws. */
function problems(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split('\n');
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(text)}`);
}

describe('ConfigError', () => {
  it('is an Error named ConfigError whose message lists every problem as file:line:column: message', () => {
    let caught: unknown;
    try {
      parse('rules: {nope: off}\nextra: 1\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as ConfigError;
    expect(error.name).toBe('ConfigError');
    expect(String(error)).toMatch(/^ConfigError: team\/\.kube-pairing\.yaml:1:9: unknown rule "nope"/);
    expect(error.problems).toEqual([
      { file: FILE, line: 1, column: 9, message: expect.stringMatching(/^unknown rule "nope" in "rules"/) },
      { file: FILE, line: 2, column: 1, message: expect.stringMatching(/^unknown key "extra"; valid keys/) },
    ]);
  });

  it('a problem without a position is shown as file: message, one with a line but no column at column 1', () => {
    expect(new ConfigError([{ file: 'a.yaml', message: 'config file not found' }]).message).toBe(
      'a.yaml: config file not found',
    );
    expect(new ConfigError([{ file: 'a.yaml', line: 3, message: 'x' }]).message).toBe('a.yaml:3:1: x');
  });
});

describe('YAML that is not valid', () => {
  it('reports only the parser errors, each on its first line, at the parser position', () => {
    // The unknown key after the duplicate is not reported: syntax first.
    expect(problems('rules:\n  yaml-syntax: off\nrules: {}\nextra: 1\n')).toEqual([
      `${FILE}:3:1: not valid YAML: Map keys must be unique`,
    ]);
    const [unclosed, ...more] = problems('ignore: [charts\n');
    expect(unclosed).toMatch(/^team\/\.kube-pairing\.yaml:\d+:\d+: not valid YAML: [^\n]+$/);
    expect(unclosed).not.toMatch(/ at line \d+, column \d+/);
    for (const line of more) expect(line).toMatch(/: not valid YAML: /);
  });

  it('a byte-order mark does not shift columns', () => {
    expect(problems('\uFEFFrules: {yaml-sintax: off}\n')).toEqual([
      expect.stringMatching(
        /^team\/\.kube-pairing\.yaml:1:9: unknown rule "yaml-sintax" in "rules" \(did you mean "yaml-syntax"\?\)/,
      ),
    ]);
  });
});

describe('the document', () => {
  it('empty, null or only comments: an empty config', () => {
    for (const text of ['', '\n', '# nothing yet\n', 'null\n', '~\n', '---\n'])
      expect(parse(text), JSON.stringify(text)).toEqual({ rules: {}, ignore: [], charts: [] });
  });

  it('a scalar or a list is not a config', () => {
    const message = 'the config must be a mapping with the keys rules, ignore, defaultNamespace, charts';
    expect(problems('rules\n')).toEqual([`${FILE}:1:1: ${message}`]);
    expect(problems('false\n')).toEqual([`${FILE}:1:1: ${message}`]);
    expect(problems('\n\n  - rules\n')).toEqual([`${FILE}:3:3: ${message}`]);
  });

  it('an unknown key: case slips are recognised, a far-off key gets no guess, a non-scalar key is named so', () => {
    expect(problems('IGNORE: []\nDefaultNamespace: x\n')).toEqual([
      `${FILE}:1:1: unknown key "IGNORE" (did you mean "ignore"?); ${KEYS}`,
      `${FILE}:2:1: unknown key "DefaultNamespace" (did you mean "defaultNamespace"?); ${KEYS}`,
    ]);
    expect(problems('severity: error\n')).toEqual([`${FILE}:1:1: unknown key "severity"; ${KEYS}`]);
    expect(problems('rules: {}\n[rules]: {}\n')).toEqual([
      `${FILE}:2:1: unknown key "(a non-scalar key)"; ${KEYS}`,
    ]);
  });
});

describe('rules', () => {
  it('takes each of the four severities', () => {
    expect(
      parse(
        'rules:\n  yaml-syntax: error\n  invalid-name: warning\n  unknown-field: notice\n  empty-selector: off\n',
      ).rules,
    ).toEqual({
      'yaml-syntax': 'error',
      'invalid-name': 'warning',
      'unknown-field': 'notice',
      'empty-selector': 'off',
    });
  });

  it('an empty or absent value is no rules; a scalar or a list is an error at the value', () => {
    expect(parse('rules:\n')).toEqual({ rules: {}, ignore: [], charts: [] });
    expect(parse('? rules\n')).toEqual({ rules: {}, ignore: [], charts: [] });
    const message =
      '"rules" must be a mapping of rule id to severity (error, warning, notice, off), e.g. "rules: { endpoints-deprecated: off }"';
    expect(problems('rules: off\n')).toEqual([`${FILE}:1:8: ${message}`]);
    expect(problems('rules: 0\n')).toEqual([`${FILE}:1:8: ${message}`]);
    expect(problems('rules:\n  - yaml-syntax\n')).toEqual([`${FILE}:2:3: ${message}`]);
  });

  it('an unknown rule id lists every valid id, comma-separated, and recognises a case slip', () => {
    expect(problems('rules:\n  YAML-SYNTAX: off\n')).toEqual([
      `${FILE}:2:3: unknown rule "YAML-SYNTAX" in "rules" (did you mean "yaml-syntax"?); valid rule ids: ${ids.join(', ')}`,
    ]);
    expect(problems('rules: {[yaml-syntax]: off}\n')).toEqual([
      `${FILE}:1:9: unknown rule "(a non-scalar key)" in "rules"; valid rule ids: ${ids.join(', ')}`,
    ]);
  });

  it('a severity given as an ESLint number or a boolean names the one probably meant', () => {
    const lines = problems(
      'rules:\n  yaml-syntax: 0\n  invalid-name: 1\n  unknown-field: 2\n  empty-selector: false\n  duplicate-resource: true\n',
    );
    expect(lines).toEqual([
      `${FILE}:2:16: rule "yaml-syntax" has severity 0 (did you mean "off"?); ${SEVERITIES}`,
      `${FILE}:3:17: rule "invalid-name" has severity 1 (did you mean "warning"?); ${SEVERITIES}`,
      `${FILE}:4:18: rule "unknown-field" has severity 2 (did you mean "error"?); ${SEVERITIES}`,
      `${FILE}:5:19: rule "empty-selector" has severity false (did you mean "off"?); ${SEVERITIES}`,
      `${FILE}:6:23: rule "duplicate-resource" has severity true; ${SEVERITIES}`,
    ]);
  });

  it('a misspelt severity names the closest; an empty string or a missing value gets no guess', () => {
    expect(
      problems(
        'rules:\n  yaml-syntax: Eror\n  empty-selector: Notce\n  invalid-name: ""\n  unknown-field:\n',
      ),
    ).toEqual([
      `${FILE}:2:16: rule "yaml-syntax" has severity "Eror" (did you mean "error"?); ${SEVERITIES}`,
      `${FILE}:3:19: rule "empty-selector" has severity "Notce" (did you mean "notice"?); ${SEVERITIES}`,
      `${FILE}:4:17: rule "invalid-name" has severity ""; ${SEVERITIES}`,
      `${FILE}:5:17: rule "unknown-field" has severity null; ${SEVERITIES}`,
    ]);
    // `? id` has no value node at all: the key is shown.
    expect(problems('rules:\n  ? yaml-syntax\n')).toEqual([
      `${FILE}:2:5: rule "yaml-syntax" has severity nothing; ${SEVERITIES}`,
    ]);
  });
});

describe('ignore', () => {
  it('an empty or absent value is no globs; a scalar is an error whose example uses the glob written', () => {
    expect(parse('ignore:\n')).toEqual({ rules: {}, ignore: [], charts: [] });
    expect(parse('? ignore\n')).toEqual({ rules: {}, ignore: [], charts: [] });
    expect(problems('ignore: vendor/**\n')).toEqual([
      `${FILE}:1:9: "ignore" must be a list of globs, e.g. "ignore: ["vendor/**"]"`,
    ]);
    expect(problems('ignore: 5\n')).toEqual([
      `${FILE}:1:9: "ignore" must be a list of globs, e.g. "ignore: ["charts/**"]"`,
    ]);
    expect(problems('ignore: {vendor: true}\n')).toEqual([
      `${FILE}:1:9: "ignore" must be a list of globs, e.g. "ignore: ["charts/**"]"`,
    ]);
  });

  it('keeps globs as written, a one-character glob and a "!" inside a glob included', () => {
    // Only the leading "!"s negate: "! !" loads the files named " !" after all.
    expect(parse('ignore: ["*", "x!", "!a!b", "a/!b", "! !"]\n').ignore).toEqual([
      '*',
      'x!',
      '!a!b',
      'a/!b',
      '! !',
    ]);
  });

  it('an entry that is not a string, or only blanks, is an error at the entry', () => {
    const message = 'every "ignore" entry must be a non-empty glob string, e.g. "charts/**"';
    expect(problems('ignore: [5, "  ", [a], ok/**]\n')).toEqual([
      `${FILE}:1:10: ${message}`,
      `${FILE}:1:13: ${message}`,
      `${FILE}:1:19: ${message}`,
    ]);
  });

  it('a negation with nothing after its "!"s, blanks aside, negates nothing', () => {
    const lines = problems('ignore: ["!!", "!!!", "! ", "!! "]\n');
    expect(lines).toEqual([
      `${FILE}:1:10: "!!" negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`,
      `${FILE}:1:16: "!!!" negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`,
      `${FILE}:1:23: "! " negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`,
      `${FILE}:1:29: "!! " negates nothing: write the glob to load after all after the "!", e.g. "!**/testdata/**"`,
    ]);
  });

  it('a glob negated twice or more shows both readings', () => {
    expect(problems('ignore: ["!!!keep/**"]\n')).toEqual([
      `${FILE}:1:10: "!!!keep/**" is negated twice: write "!keep/**" to load those files after all, or "keep/**" to ignore them`,
    ]);
  });
});

describe('defaultNamespace', () => {
  it('takes a DNS-1123 label of 1 to 63 characters', () => {
    for (const ns of ['a', 'team-a', 'a1', '1a', 'x'.repeat(63)])
      expect(parse(`defaultNamespace: ${ns}\n`).defaultNamespace, ns).toBe(ns);
  });

  it('anything else is an error at the value; an upper-case slip gets the lower-case name', () => {
    const prefix =
      `"defaultNamespace" must be a namespace name (a DNS-1123 label: lower-case letters, digits and '-', ` +
      'at most 63 characters), got';
    const one = (value: string) => problems(`defaultNamespace: ${value}\n`);
    expect(one('Team-A')).toEqual([`${FILE}:1:19: ${prefix} "Team-A" (did you mean "team-a"?)`]);
    expect(one('-a')).toEqual([`${FILE}:1:19: ${prefix} "-a"`]);
    expect(one('a-')).toEqual([`${FILE}:1:19: ${prefix} "a-"`]);
    expect(one('5')).toEqual([`${FILE}:1:19: ${prefix} 5`]);
    expect(one('[a]')).toEqual([`${FILE}:1:19: ${prefix} a collection`]);
    expect(one('x'.repeat(64))).toEqual([`${FILE}:1:19: ${prefix} "${'x'.repeat(64)}"`]);
    expect(one(`${'X'.repeat(64)}`)).toEqual([`${FILE}:1:19: ${prefix} "${'X'.repeat(64)}"`]);
  });
});
