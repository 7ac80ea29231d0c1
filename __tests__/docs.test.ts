import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleFamily } from '../src/engine/rule.js';
import { ALL_RULES } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import { replaceRuleTable, ruleTable } from '../scripts/rule-table.js';
import { REPO } from './helpers/cli.js';

const docsDir = path.join(REPO, 'docs/rules');
const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md'));
const ids = ALL_RULES.map((r) => r.meta.id);

/** How each page's table names the rule's family (the README's families, without their letter). */
const FAMILY: Record<RuleFamily, string> = {
  pairing: 'Pairing',
  validity: 'Validity',
  advice: 'Advice',
  input: 'Input',
  workloads: 'Workloads and routes',
};

/** The value of a row of the table at the top of a page (`| Default severity | error |`). */
const tableRow = (page: string, row: string): string | undefined =>
  new RegExp(`^\\| ${row} \\| (.*?) \\|$`, 'm').exec(page)?.[1];

describe('rule docs', () => {
  it('every rule has a page and every page names a rule', () => {
    expect(ids.filter((id) => !pages.includes(`${id}.md`))).toEqual([]);
    expect(pages.filter((p) => !ids.includes(p.replace(/\.md$/, '')))).toEqual([]);
  });

  it.each(ids)(
    'docs/rules/%s.md has the standard sections and the real default severity, family and fix',
    (id) => {
      const page = readFileSync(path.join(docsDir, `${id}.md`), 'utf8');
      const rule = ALL_RULES.find((r) => r.meta.id === id)!;
      expect(page.split('\n')[0]).toBe(`# ${id}`);
      expect(page).toMatch(new RegExp(`\\| Default severity \\| ${rule.meta.severity} \\|`));
      // The table states the rule's meta: severity, family, and whether it has a fix ("yes — ..." or "no ...").
      expect(tableRow(page, 'Default severity')).toBe(rule.meta.severity);
      expect(tableRow(page, 'Family')).toBe(FAMILY[rule.meta.family]);
      expect(
        tableRow(page, 'Fix')?.startsWith('yes'),
        'the Fix row says "yes" exactly when the rule is fixable',
      ).toBe(rule.meta.fixable === true);
      for (const section of [
        '## What it checks',
        '## Why it matters',
        '## Failing example',
        '## Fixed example',
        '## How to suppress',
      ]) {
        expect(page).toContain(section);
      }
    },
  );

  it('rule ids are unique and kebab-case', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('the README rule table is generated from the rules (run `npm run docs`)', () => {
    const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
    expect(replaceRuleTable(readme, ruleTable(ALL_RULES))).toBe(readme);
  });

  it('src/version.ts matches package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
