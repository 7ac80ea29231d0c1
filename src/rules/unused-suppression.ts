// Complexity (objects of one namespace): O(u * f) for u unused suppression entries and the f findings of their
// files (a mistyped id is matched against the findings in its scope); the engine judges which entries are
// unused (src/engine/suppress.ts, per finding the suppressions of its file and object).
import type { Pair, Scalar } from 'yaml';
import { isMap, isPair, isScalar } from 'yaml';
import type { Fix } from '../engine/finding.js';
import { formatResource } from '../engine/finding.js';
import { replaceScalarFix } from '../engine/fix.js';
import { locate } from '../engine/locate.js';
import type { AfterRulesContext, MessageData, Rule } from '../engine/rule.js';
import type { SourceFile } from '../engine/source.js';
import { closestName } from '../engine/suggest.js';
import type { Suppression, SuppressionEntry } from '../engine/suppress.js';
import {
  ALL_RULES_KEYWORD,
  ANNOTATION_PATH,
  covers,
  IGNORE_ANNOTATION,
  IGNORE_COMMENT,
  UNUSED_SUPPRESSION,
} from '../engine/suppress.js';
import { HOMEPAGE } from '../version.js';

/**
 * A suppression (annotation `kube-pairing.io/ignore` or comment `# kube-pairing-ignore`) that silences nothing,
 * names no rule or names an unknown rule. It runs after every other rule, once the suppressions are applied
 * (`afterRules`), so it sees what each suppression silenced; its own findings cannot be suppressed in a
 * manifest (only turned off in .kube-pairing.yaml).
 */
export const unusedSuppression: Rule = {
  meta: {
    id: UNUSED_SUPPRESSION,
    severity: 'notice',
    family: 'input',
    summary:
      'A kube-pairing.io/ignore annotation or # kube-pairing-ignore comment silences nothing, or names an unknown rule.',
    fixable: true,
    // The engine judges suppressions from the files' comments and the objects' annotations (identity).
    reads: [],
    why: 'A suppression that silences nothing hides the next real problem there without anyone noticing.',
    messages: {
      namesNothing:
        '{{owner}}{{directive}} names no rule, so it suppresses nothing. ' +
        'Write the rule ids to silence, separated by commas (or `all`), or remove it.',
      namesItself:
        '{{owner}}{{directive}} names unused-suppression, which cannot be silenced in a manifest ' +
        '(that would let stale suppressions rot unseen). Remove it from the suppression; to stop these ' +
        'reports everywhere, set `rules: { unused-suppression: off }` in .kube-pairing.yaml.',
      unknownRule:
        '{{owner}}{{directive}} names "{{id}}", which is not a kube-pairing rule, so it suppresses ' +
        'nothing{{stillReported}}. {{didYouMean}}The rule ids are listed in {{rulesUrl}}.',
      syntaxOnAnnotation:
        '{{owner}}{{directive}} names yaml-syntax, but a syntax error belongs to the file, not to an object, ' +
        'so the annotation cannot silence it. Use a `# kube-pairing-ignore yaml-syntax` comment on the line ' +
        'of the error or the line above it, and remove yaml-syntax from the annotation.',
      silencesNothing:
        '{{owner}}{{directive}} suppresses {{what}}, but kube-pairing reports {{none}} {{where}}. {{why}} ' +
        '{{remedy}}',
    },
  },
  afterRules(context) {
    for (const { suppression: s, entry, staleEntries, identity } of context.unused) {
      const { messageId, data } = describe(s, entry, context);
      context.report({
        target: { file: s.file, region: entry.region, about: s.resource },
        messageId,
        data,
        fix: staleEntries === 1 ? unusedFix(s, entry, context) : undefined,
        key: identity,
      });
    }
  },
};

/** The message of an unused entry: which of the rule's messages, and its data. */
function describe(
  s: Suppression,
  entry: SuppressionEntry,
  context: AfterRulesContext,
): { messageId: string; data: MessageData } {
  const owner = s.resource ? `${formatResource(s.resource)}: ` : '';
  const directive =
    s.kind === 'annotation'
      ? `the annotation ${IGNORE_ANNOTATION}`
      : `the comment \`${s.comment?.text.trim()}\` (line ${s.comment?.line})`;
  if (entry.id === '') return { messageId: 'namesNothing', data: { owner, directive } };
  if (entry.id === UNUSED_SUPPRESSION) return { messageId: 'namesItself', data: { owner, directive } };
  const where =
    s.kind === 'annotation'
      ? 'on this object'
      : `on line ${s.scope.fromLine}${s.comment?.alone ? ' (the line it stands above)' : ''}`;
  if (entry.id !== ALL_RULES_KEYWORD && !context.knownRuleIds.has(entry.id)) {
    const { guess, present } = meantRule(s, entry, context);
    return {
      messageId: 'unknownRule',
      data: {
        owner,
        directive,
        id: entry.id,
        stillReported: present ? ` and the ${guess} finding ${where} is still reported` : '',
        didYouMean: guess ? `Did you mean \`${guess}\`? ` : '',
        rulesUrl: `${HOMEPAGE}/tree/main/docs/rules`,
      },
    };
  }
  if (entry.id === 'yaml-syntax' && s.kind === 'annotation')
    return { messageId: 'syntaxOnAnnotation', data: { owner, directive } };
  const all = entry.id === ALL_RULES_KEYWORD;
  const remedy =
    s.entries.length === 1
      ? `Remove the ${s.kind === 'annotation' ? 'annotation' : 'comment'}.`
      : `Remove \`${entry.id}\` from the suppression.`;
  return {
    messageId: 'silencesNothing',
    data: {
      owner,
      directive,
      what: all ? 'every rule' : entry.id,
      none: all ? 'no finding' : `no ${entry.id} finding`,
      where,
      remedy,
    },
  };
}

/** The rule a mistyped id most likely meant, and whether a finding of it is in the suppression's scope. */
function meantRule(s: Suppression, entry: SuppressionEntry, context: AfterRulesContext) {
  const guess = closestName(entry.id, [...context.knownRuleIds, ALL_RULES_KEYWORD]);
  const present = guess !== undefined && context.kept.some((f) => f.rule === guess && covers(s.scope, f));
  return { guess, present };
}

/** Removes the entry from its suppression (the whole suppression when it was the only one), or corrects a typo. */
function unusedFix(s: Suppression, entry: SuppressionEntry, context: AfterRulesContext): Fix | undefined {
  const ids = s.entries.map((e) => e.id).filter((id) => id !== '');
  let next = ids.filter((id) => id !== entry.id);
  if (entry.id !== '' && !context.knownRuleIds.has(entry.id) && entry.id !== ALL_RULES_KEYWORD) {
    const { guess, present } = meantRule(s, entry, context);
    if (present && guess) next = ids.map((id) => (id === entry.id ? guess : id));
  }
  return s.kind === 'annotation' ? annotationFix(s, next) : commentFix(s, next);
}

function annotationFix(s: Suppression, ids: string[]): Fix | undefined {
  const object = s.object;
  if (!object) return undefined;
  const file = object.file;
  const valueNode = locate(object, ANNOTATION_PATH).value as Scalar | undefined;
  const source = valueNode?.range ? file.text.slice(valueNode.range[0], valueNode.range[1]) : '';
  if (ids.length > 0) {
    const separator = /,\s/.test(source) ? ', ' : ',';
    return replaceScalarFix(object, ANNOTATION_PATH, ids.join(separator));
  }
  // Nothing left: delete the annotation's line (and `annotations:` when it held only this one).
  const annotations = locate(object, ['metadata', 'annotations']);
  const map = annotations.value;
  if (!isMap(map) || map.flow) return undefined;
  const pair = map.items.find(
    (p: Pair) => isPair(p) && isScalar(p.key) && String(p.key.value) === IGNORE_ANNOTATION,
  );
  const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
  if (!keyNode?.range || !valueNode?.range) return undefined;
  const first = file.position(keyNode.range[0]).line;
  const last = file.position(valueNode.range[1]).line;
  if (
    file
      .lineText(first)
      .slice(0, file.position(keyNode.range[0]).column - 1)
      .trim() !== ''
  )
    return undefined;
  const keyLine = annotations.key?.range ? file.position(annotations.key.range[0]).line : undefined;
  const onlyCommentsBetween = (from: number, to: number): boolean => {
    for (let n = from; n <= to; n++) if (!/^\s*(#.*)?$/.test(file.lineText(n))) return false;
    return true;
  };
  if (
    map.items.length === 1 &&
    keyLine !== undefined &&
    keyLine < first &&
    onlyCommentsBetween(keyLine + 1, first - 1)
  ) {
    return deleteLines(file, keyLine, last);
  }
  return deleteLines(file, first, last);
}

function commentFix(s: Suppression, ids: string[]): Fix | undefined {
  const comment = s.comment;
  if (!comment) return undefined;
  const file = s.file;
  const line = file.lineText(comment.line);
  const before = line.slice(0, comment.column - 1);
  const after = line.slice(comment.column - 1 + comment.text.length);
  if (ids.length === 0) {
    if (comment.alone) return deleteLines(file, comment.line, comment.line);
    return { line: comment.line, endLine: comment.line, replacement: before.trimEnd() + after };
  }
  const reason = /(?:^|\s)(--(?:\s.*)?)$/.exec(comment.text.slice(comment.text.indexOf(IGNORE_COMMENT)));
  const text = `# ${IGNORE_COMMENT} ${ids.join(', ')}${reason ? ` ${reason[1]}` : ''}`;
  return { line: comment.line, endLine: comment.line, replacement: before + text + after };
}

/** Deletes whole lines `from..to` as a whole-line fix: they are merged into a neighbouring line that stays. */
function deleteLines(file: SourceFile, from: number, to: number): Fix | undefined {
  if (to < file.lineCount) return { line: from, endLine: to + 1, replacement: file.lineText(to + 1) };
  if (from > 1) return { line: from - 1, endLine: to, replacement: file.lineText(from - 1) };
  return undefined;
}
