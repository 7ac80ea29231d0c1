/**
 * Placeholders: values a person substitutes before applying a manifest (`MINIKUBE_IP`, `${PORT}`,
 * `<your-ip>`, `{{ .Values.name }}`). Their real value is unknown, so a validity rule must not report
 * them as invalid: it treats them as unknown and derives no finding from them.
 *
 * The forms, each matched on the whole string value (never on numbers, booleans or collections):
 *
 * | form | examples | where in the value |
 * |---|---|---|
 * | `template` | `{{ .Values.ip }}`, `{{name}}`, `{% if x %}` | anywhere |
 * | `variable` | `${VAR}`, `${VAR:-x}`, `${{ env.X }}`, `$VAR`, `$(VAR)` | anywhere |
 * | `angle-brackets` | `<your-ip>`, `<IP>`, `<node name>` | anywhere |
 * | `delimited-token` | `__NAME__`, `@VAR@`, `#{VAR}#`, `%VAR%`, `[[VAR]]` | anywhere |
 * | `masked-ip` | `x.x.x.x`, `10.0.X.X`, `xxx.xxx.xxx.xxx`, `10.0.0.x/24`, `fd00::x`, `A.B.C.D`, `a.b.c.d/n` | the whole value |
 * | `sentinel` | `REPLACE_ME`, `changeme`, `change-this`, `TODO`, `TBD`, `FIXME`, `your-ip`, `YOUR_IP`, `yourHost`, `insert-ip-here`, `ip-here`, `_`, `...`, `???` | the whole value |
 * | `all-caps` | `MINIKUBE_IP`, `NAME`, `IP`, `NODE_NAME`, `IP_1`; `ROLLOUT_NAME-active` | the whole value; a part cut by `-` or `.`, when its capital words are joined by `_` |
 *
 * `all-caps` (a word of capitals, or capital words joined by `_`) applies only where Kubernetes
 * requires lower case or digits (names, hostnames, port names, IPs, port numbers): there, no real value
 * is written in capitals, so an all-caps word is someone's placeholder. Where the valid values are
 * themselves capitalized (`protocol: TCP`, `addressType: FQDN`), pass `{ allCaps: false }`: `HTTP` or
 * `PROTOCOL` there is a real mistake. Words that are real values somewhere in a manifest are never
 * all-caps placeholders, in any field: protocol names (`TCP`, `UDP`, `SCTP`, `HTTP`, `GRPC`...) and the
 * address types (`IPV4`, `IPV6`, `FQDN`) — `name: HTTP` is a port name in the wrong case, not a
 * placeholder.
 *
 * Deliberately NOT placeholders (reported as the mistakes they are): mixed or lower case words
 * (`MyService`, `my_service`, `db.example.com`), upper-case names with '-', '.' or digits in their
 * first word (`DB-1`, `WEB-FRONTEND`, `NODE1`, `DB.EXAMPLE.COM`: real names in the wrong case), a
 * single capital letter, example addresses that are real addresses (`1.2.3.4`, `0.0.0.0`,
 * `127.0.0.1`), the empty string, and any non-string value.
 */

export type PlaceholderForm =
  'template' | 'variable' | 'angle-brackets' | 'delimited-token' | 'masked-ip' | 'sentinel' | 'all-caps';

export interface PlaceholderOptions {
  /**
   * Whether an all-caps word counts as a placeholder: true (the default) where Kubernetes requires
   * lower case or digits; false where valid values are capitalized (protocol, addressType) or for field
   * names (`IP:` is a misspelt key, not a placeholder).
   */
  allCaps?: boolean;
}

/** Forms found anywhere inside the value: one of them makes the whole value unknown. */
const EMBEDDED: readonly (readonly [PlaceholderForm, RegExp])[] = [
  ['template', /\{\{[\s\S]*\}\}|\{%[\s\S]*%\}/],
  ['variable', /\$\{[^}]*\}|\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$[A-Za-z_][A-Za-z0-9_]*/],
  ['angle-brackets', /<[^<>\s][^<>]*>/],
  [
    'delimited-token',
    /__[A-Za-z][A-Za-z0-9_.-]*__|@[A-Za-z_][A-Za-z0-9_.-]*@|#\{[^}]+\}|%[A-Za-z_][A-Za-z0-9_]*%|\[\[[^\]]+\]\]/,
  ],
];

const MASK = '(?:[xX]{1,3}|\\*)';
const OCTET_OR_MASK = `(?:\\d{1,3}|${MASK})`;
/** An IPv4 address (optionally a CIDR) with some octets masked; at least one must be masked. */
const MASKED_IPV4 = new RegExp(`^${OCTET_OR_MASK}(?:\\.${OCTET_OR_MASK}){3}(?:/\\S*)?$`);
/** An IPv6 address with `x` for hex digits: `fd00::x`, `xxxx:xxxx::xxxx`. */
const MASKED_IPV6 = /^(?=(?:[^:]*:){2})(?=[^xX]*[xX])[0-9a-fA-FxX:]+(?:\/\S*)?$/;

const SENTINELS: readonly RegExp[] = [
  // replace-me, REPLACE_ME, CHANGEME, change_this, fill-me-in, set-me
  /^(?:replace|change|fill|set|edit|update)[-_ ]?(?:me|this|it)(?:[-_ ].*)?$/i,
  /^(?:todo|tbd|tba|fixme|placeholder|xxx+)$/i,
  // `_` (set by a kustomize transformer, e.g. a Namespace's name), `...`, `???`: no value at all
  /^(?:_+|\.{3}|\u2026|\?{1,3})$/,
  // your-ip, YOUR_IP, yourHost, Your IP; insert-ip, ENTER_NODE_IP
  /^(?:[Yy]our|YOUR)(?:[-_ .]|[A-Z])/,
  /^(?:[Ii]nsert|INSERT|[Ee]nter|ENTER)[-_ ]/,
  // ip-here, NODE_IP_HERE
  /.[-_ ]here$/i,
];

/** Capital words joined by '_' (later words may hold digits): an environment variable's name. */
const SNAKE_CAPS = '[A-Z]+(?:_[A-Z0-9]+)+';
/** A word of two or more capitals, or capital words joined by '_'. */
const ALL_CAPS = new RegExp(`^(?:[A-Z]{2,}|${SNAKE_CAPS})$`);
/**
 * Capital words joined by '_' as one part of a name cut by '-' or '.' (`ROLLOUT_NAME-active`,
 * `app-ENV_NAME`): an environment-variable name a script substitutes (sed, envsubst). Without a '_' a
 * capital part is a name in the wrong case (`WEB-frontend`), not a placeholder.
 */
const EMBEDDED_SNAKE_CAPS = new RegExp(`(?:^|[-.])${SNAKE_CAPS}(?=$|[-.])`);
const SNAKE_CAPS_WORD = new RegExp(`^${SNAKE_CAPS}$`);

/**
 * Whether a key is an environment variable's name (`HELMSUBST_SERVICE_TYPE`): no Kubernetes field is written
 * so, a script's placeholder is. A capital word without '_' is not one (`IP:` is a misspelt `ip`).
 */
export function isPlaceholderKey(key: string): boolean {
  return SNAKE_CAPS_WORD.test(key);
}

/**
 * Upper-case words that are real values of some manifest field (protocols, application protocols,
 * address types): never placeholders. Written in a field that wants lower case they are a case mistake.
 */
export const REAL_UPPER_CASE_WORDS: ReadonlySet<string> = new Set([
  'TCP',
  'UDP',
  'SCTP',
  'ICMP',
  'HTTP',
  'HTTPS',
  'HTTP2',
  'HTTP3',
  'H2',
  'H2C',
  'H3',
  'GRPC',
  'GRPCS',
  'GRPC-WEB',
  'TLS',
  'MTLS',
  'QUIC',
  'WS',
  'WSS',
  'DNS',
  'SSH',
  'FTP',
  'FTPS',
  'SFTP',
  'SMTP',
  'SMTPS',
  'IMAP',
  'IMAPS',
  'POP3',
  'POP3S',
  'LDAP',
  'LDAPS',
  'MQTT',
  'MQTTS',
  'AMQP',
  'AMQPS',
  'NFS',
  'NTP',
  'SNMP',
  'SYSLOG',
  'RTSP',
  'RTMP',
  'SIP',
  'SIPS',
  'RDP',
  'VNC',
  'SMB',
  'MONGO',
  'MYSQL',
  'REDIS',
  'IPV4',
  'IPV6',
  'FQDN',
  'NONE',
]);

/** Which placeholder form `value` is written in, or undefined when it is not a placeholder. Pure. */
export function placeholderForm(
  value: unknown,
  options: PlaceholderOptions = {},
): PlaceholderForm | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || DIGITS_AND_DOTS.test(text)) return undefined;
  for (const [form, pattern] of EMBEDDED) if (pattern.test(text)) return form;
  if (isMaskedIp(text)) return 'masked-ip';
  if (SENTINELS.some((pattern) => pattern.test(text))) return 'sentinel';
  if ((options.allCaps ?? true) && ALL_CAPS.test(text) && !REAL_UPPER_CASE_WORDS.has(text)) return 'all-caps';
  if ((options.allCaps ?? true) && EMBEDDED_SNAKE_CAPS.test(text)) return 'all-caps';
  return undefined;
}

/**
 * Whether `value` is a placeholder someone substitutes before applying the manifest (see the module
 * comment for the forms). A rule treats a placeholder as an unknown value: no finding derives from it.
 */
export function isPlaceholder(value: unknown, options: PlaceholderOptions = {}): boolean {
  return placeholderForm(value, options) !== undefined;
}

/**
 * A number or a dotted-decimal address (`10.0.0.1`, the most common value checked): no form above matches it
 * (none without a letter, a symbol or `...`), so it is told apart at once.
 */
const DIGITS_AND_DOTS = /^\d[\d.]*$/;

/** `A.B.C.D`, `a.b.c.d/n`: an IPv4 address written as letters, one a part, as documentation writes them. */
const LETTERS_IPV4 = /^[A-Za-z](?:\.[A-Za-z]){3}(?:\/[A-Za-z0-9]+)?$/;

function isMaskedIp(text: string): boolean {
  if (LETTERS_IPV4.test(text)) return true;
  if (MASKED_IPV4.test(text)) {
    const octets = text.split('/')[0]!.split('.');
    return octets.some((o) => !/^\d+$/.test(o));
  }
  return MASKED_IPV6.test(text);
}
