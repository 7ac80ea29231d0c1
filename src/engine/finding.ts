/** The only data that crosses from analysis to reporting. */

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** 1-based lines and columns; endColumn is the column just after the last character (as in SARIF). */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ResourceRef {
  kind: string;
  namespace: string;
  name: string;
}

export interface RelatedLocation extends Region {
  file: string;
  message: string;
}

/** Replaces whole lines line..endLine of the finding's file with `replacement` (may hold several lines). */
export interface Fix {
  line: number;
  endLine: number;
  replacement: string;
}

/** The values of a message template's placeholders (src/engine/message.ts). */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding extends Region {
  rule: string;
  severity: Severity;
  message: string;
  /** Which of the rule's `meta.messages` the message is (stable: tests and tools may match on it). */
  messageId?: string;
  /** What filled the message's placeholders. Not in the JSON report. */
  data?: MessageData;
  file: string;
  resource?: ResourceRef;
  related: RelatedLocation[];
  fix?: Fix;
  /**
   * Replacement objects to paste instead of the reported one (multi-document YAML), e.g. the EndpointSlices
   * equivalent to a deprecated Endpoints. Optional; printed by `--fix-preview`.
   */
  migration?: string;
  /** Stable across line moves: rule, file, resource identity and field path. */
  fingerprint: string;
}

export const formatResource = (r: ResourceRef): string =>
  r.namespace ? `${r.kind} ${r.namespace}/${r.name}` : `${r.kind} ${r.name}`;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
