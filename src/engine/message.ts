import type { MessageData, RuleMeta } from './rule.js';

/**
 * A rule's message, as ESLint builds one from `meta.messages`: the template of `messageId` with each
 * `{{name}}` replaced by `data[name]` (`{{why}}` by `meta.why`). Strict, so that a rule's mistake shows in
 * its first test instead of as a garbled message in a user's pull request: an unknown id, a placeholder
 * without data, and data that no placeholder uses are errors.
 */
export function formatMessage(meta: RuleMeta, messageId: string, data: MessageData = {}): string {
  const template = Object.hasOwn(meta.messages, messageId) ? meta.messages[messageId] : undefined;
  if (template === undefined)
    throw new Error(`rule ${meta.id} reported messageId "${messageId}", which its meta.messages lacks`);
  const used = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    if (name === 'why') return meta.why;
    if (!Object.hasOwn(data, name))
      throw new Error(
        `rule ${meta.id} message "${messageId}" has {{${name}}}, but the report has no data for it`,
      );
    used.add(name);
    return String(data[name]);
  });
  const unused = Object.keys(data).filter((name) => !used.has(name));
  if (unused.length > 0)
    throw new Error(
      `rule ${meta.id} message "${messageId}" has no placeholder for data ${unused.join(', ')}`,
    );
  return text;
}

/** `{{name}}`, as in ESLint (spaces inside the braces allowed). */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

/** The placeholders a template uses, in order, without repeats. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
