import type { Rule } from '../engine/rule.js';
import { endpointsWithoutService } from './endpoints-without-service.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Every rule, in the order they run. Adding a rule: one module, one line here, one docs/rules page. */
export const ALL_RULES: readonly Rule[] = [
  // D. Input
  yamlSyntax,
  // A. Pairing
  endpointsWithoutService,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
