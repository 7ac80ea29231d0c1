/**
 * The rule contract (src/engine/rule.ts), as strict as ESLint's: every rule says in `meta` why its problem
 * matters and which messages it reports, its page quotes the why, its test table asserts every message id
 * it declares, and the engine refuses a report that does not keep to the contract.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../src/engine/analyze.js';
import { formatMessage, placeholdersOf } from '../src/engine/message.js';
import type { Rule } from '../src/engine/rule.js';
import { ALL_RULES } from '../src/rules/index.js';
import { REPO } from './helpers/cli.js';

/** Markdown read as plain words: link targets, code marks and line breaks left out. */
const plain = (markdown: string): string =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a page's `## Why it matters` section. */
function whySection(id: string): string {
  const page = readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8');
  const start = page.indexOf('## Why it matters');
  if (start === -1) return '';
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

describe.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('rule %s keeps the contract', (id, rule) => {
  const { why, messages } = rule.meta;

  it('says in meta why its problem matters: one to three whole sentences', () => {
    expect(why, 'meta.why').toBeTypeOf('string');
    expect(why!.length).toBeGreaterThanOrEqual(40);
    expect(why).toMatch(/^[`("A-Za-z0-9]/);
    expect(why).toMatch(/[.)]$/);
    expect(why).not.toMatch(/\{\{/);
  });

  it('its page quotes the why in "Why it matters"', () => {
    expect(plain(whySection(id))).toContain(plain(why ?? '<no why>'));
  });

  it('declares its messages; each template is one line of prose with placeholders, and one says why', () => {
    const entries = Object.entries(messages ?? {});
    expect(entries.length, 'meta.messages').toBeGreaterThan(0);
    for (const [messageId, template] of entries) {
      expect(messageId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(template, messageId).not.toMatch(/\n|\{\{\s*\}\}|\$\{/);
      // A template is more than its placeholders: it says what is wrong and how to fix it in words.
      expect(template.replace(/\{\{[^}]*\}\}/g, '').length, messageId).toBeGreaterThanOrEqual(40);
    }
    expect(
      entries.some(([, template]) => placeholdersOf(template).includes('why')),
      'at least one message takes in {{why}}',
    ).toBe(true);
  });

  it('its test table asserts every message id it declares', () => {
    const table = readFileSync(path.join(REPO, '__tests__/rules', `${id}.test.ts`), 'utf8');
    const asserted = new Set([...table.matchAll(/messageId: '([^']+)'/g)].map((m) => m[1]));
    expect(
      Object.keys(messages ?? {}).filter((m) => !asserted.has(m)),
      'ids never asserted',
    ).toEqual([]);
    expect(
      [...asserted].filter((m) => !Object.hasOwn(messages ?? {}, m!)),
      'ids not declared',
    ).toEqual([]);
  });
});

describe('formatMessage', () => {
  const meta = {
    ...ALL_RULES[0]!.meta,
    id: 'example',
    why: 'Traffic goes nowhere.',
    messages: { wrong: '{{object}} is wrong: {{why}} Rename it to {{ name }}.' },
  };

  it('fills placeholders from data and {{why}} from meta', () => {
    expect(formatMessage(meta, 'wrong', { object: 'Endpoints default/etcd', name: 'etcd-a' })).toBe(
      'Endpoints default/etcd is wrong: Traffic goes nowhere. Rename it to etcd-a.',
    );
  });

  it('refuses an unknown id, a placeholder without data and data without a placeholder', () => {
    expect(() => formatMessage(meta, 'missing', {})).toThrow(/messageId "missing"/);
    expect(() => formatMessage(meta, 'toString', {})).toThrow(/messageId "toString"/);
    expect(() => formatMessage(meta, 'wrong', { object: 'x' })).toThrow(/\{\{name\}\}/);
    expect(() => formatMessage(meta, 'wrong', { object: 'x', name: 'y', extra: 1 })).toThrow(/data extra/);
  });

  it('lists the placeholders a template uses', () => {
    expect(placeholdersOf(meta.messages.wrong)).toEqual(['object', 'why', 'name']);
  });
});

describe('the engine holds rules to the contract', () => {
  const file = { path: 'svc.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n' };
  const ruleReporting = (problem: { messageId: string; data?: Record<string, string> }): Rule => ({
    meta: {
      id: 'contract-probe',
      severity: 'error',
      family: 'input',
      summary: 'A probe.',
      reads: ['Service'],
      why: 'A probe never matters.',
      messages: { probe: '{{object}} is probed: {{why}}' },
    },
    check({ index, report }) {
      for (const service of index.servicesIn('default'))
        report({ target: { resource: service.resource, path: ['metadata', 'name'] }, ...problem });
    },
  });

  it('fills the message and keeps its id and data on the finding', () => {
    const rule = ruleReporting({ messageId: 'probe', data: { object: 'Service default/web' } });
    const [finding] = analyzeTexts([file], { rules: [rule] }).findings;
    expect(finding).toMatchObject({
      messageId: 'probe',
      data: { object: 'Service default/web' },
      message: 'Service default/web is probed: A probe never matters.',
      line: 4,
      column: 9,
    });
  });

  it('throws on an id the rule does not declare, and on missing data', () => {
    expect(() => analyzeTexts([file], { rules: [ruleReporting({ messageId: 'nope' })] })).toThrow(
      /contract-probe reported messageId "nope"/,
    );
    expect(() => analyzeTexts([file], { rules: [ruleReporting({ messageId: 'probe' })] })).toThrow(
      /\{\{object\}\}/,
    );
  });
});
