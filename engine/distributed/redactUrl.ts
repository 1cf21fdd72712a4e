/** The parts of a queue URL: the credentials as typed and decoded, and the URL without them. */
export interface UrlCredentials {
  /** `redis:`, `rediss:`... (empty when the text has no scheme). */
  readonly scheme: string;
  /** The user and password exactly as typed between `//` and the last `@` (empty when none). */
  readonly rawUser: string;
  readonly rawPassword: string;
  /** Percent-escapes decoded (a stray `%` is kept as typed). */
  readonly user: string;
  readonly password: string;
  /** The text after the scheme and the credentials: `host:port/db`. */
  readonly rest: string;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*:)(\/\/)?/;

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Splits a URL's credentials off. The host never holds an `@`, so everything up to the last
 * `@` is credentials: a password may then contain `/`, `@`, `:`, `?` or `#` even unescaped.
 */
export function urlCredentials(url: string): UrlCredentials {
  const scheme = SCHEME.exec(url);
  const start = scheme === null ? 0 : scheme[0].length;
  const at = url.lastIndexOf('@');
  const userinfo = at >= start ? url.slice(start, at) : '';
  const colon = userinfo.indexOf(':');
  const rawUser = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const rawPassword = colon < 0 ? '' : userinfo.slice(colon + 1);
  return {
    scheme: scheme?.[1] ?? '',
    rawUser,
    rawPassword,
    user: decode(rawUser),
    password: decode(rawPassword),
    rest: url.slice(at >= start ? at + 1 : start),
  };
}

/**
 * Every way a URL's secret may be spelled in a message: as typed, decoded, re-encoded,
 * JSON-escaped. The secret is the password, or the user when there is no password
 * (`redis://s3cret@host`: people put the password there). A user name next to a password
 * is not a credential by itself, and masking a common word such as `default` or `worker` in
 * every message would garble them; URLs never show it anyway (see redactUrl).
 */
export function urlSecrets(url: string): string[] {
  const { rawUser, rawPassword, user, password } = urlCredentials(url);
  const at = url.lastIndexOf('@');
  const start = SCHEME.exec(url)?.[0].length ?? 0;
  const forms = new Set<string>(at >= start ? [url.slice(start, at)] : []);
  const secret: ReadonlyArray<readonly [string, string]> =
    rawPassword === '' && !url.slice(start, at).includes(':') ? [[rawUser, user]] : [[rawPassword, password]];
  for (const [raw, decoded] of secret) {
    for (const text of [raw, decoded]) {
      const encoded = encodeURIComponent(text);
      for (const form of [
        text,
        encoded,
        encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
        JSON.stringify(text).slice(1, -1),
      ])
        forms.add(form);
    }
  }
  forms.delete('');
  // Longest first, so a password is masked whole rather than around a shorter form inside it.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * A mask that shares no character with any secret: then no secret can reappear across a mask
 * and the text next to it, so masking every occurrence provably leaves none.
 */
function maskFor(secrets: readonly string[]): string {
  const used = new Set(secrets.join(''));
  for (const mark of '*#~?!') if (!used.has(mark)) return mark.repeat(3);
  let code = 0x2022;
  while (used.has(String.fromCodePoint(code))) code++;
  return String.fromCodePoint(code).repeat(3);
}

/** `text` with every occurrence of each secret replaced by a mask. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return text;
  const mask = maskFor(secrets);
  let redacted = text;
  for (const secret of secrets) redacted = redacted.replaceAll(secret, mask);
  return redacted;
}

/**
 * The one way a queue URL is shown: user and password replaced by a mask
 * (`redis://***@host:6379`). The user goes too: people often write the password there
 * (`redis://s3cret@host`), and a user name is half of a credential.
 */
export function redactUrl(url: string): string {
  const secrets = urlSecrets(url);
  const { scheme, rest } = urlCredentials(url);
  const start = SCHEME.exec(url)?.[0] ?? scheme;
  const shown = url.lastIndexOf('@') >= start.length ? `${start}${maskFor(secrets)}@${rest}` : url;
  return redactSecrets(shown, secrets);
}

/** A message (an error from ioredis or BullMQ, a notice) with every spelling of the URL's credentials masked. */
export function redactText(text: string, url: string): string {
  return redactSecrets(text.replaceAll(url, redactUrl(url)), urlSecrets(url));
}

/** Masks the URL's credentials in an error's message, stack and string fields (ioredis errors carry the command's arguments). */
export function redactError<T>(error: T, url: string): T {
  if (!(error instanceof Error)) return error;
  error.message = redactText(error.message, url);
  if (error.stack !== undefined) error.stack = redactText(error.stack, url);
  const fields = error as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (typeof value === 'string') fields[key] = redactText(value, url);
    else if (value instanceof Error) redactError(value, url);
    // An AUTH command's arguments are the credentials themselves.
    else if (key === 'command' || key === 'args') delete fields[key];
  }
  return error;
}

const FLAG_VALUE = /^--[\w-]+=/;
const CREDENTIAL_URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/.*@/s;

/** Where a command line holds a URL with credentials: `--queue URL`, `--queue=URL`, or any `scheme://user:pass@...`; index and value. */
function credentialArgs(args: readonly string[]): Array<{ readonly index: number; readonly flag: string; readonly url: string }> {
  return args.flatMap((arg, index) => {
    const flag = FLAG_VALUE.exec(arg)?.[0] ?? '';
    const url = arg.slice(flag.length);
    const queue = args[index - 1] === '--queue' || flag === '--queue=';
    return url.includes('@') && (queue || CREDENTIAL_URL.test(url)) ? [{ index, flag, url }] : [];
  });
}

/** Every spelling of every credential in a command line's URLs (see urlSecrets). */
export function commandLineSecrets(args: readonly string[]): string[] {
  return [...new Set(credentialArgs(args).flatMap(({ url }) => urlSecrets(url)))].sort((a, b) => b.length - a.length);
}

/** A command line as it may be recorded (manifest.json): every URL's credentials masked. */
export function redactArgs(args: readonly string[]): string[] {
  const shown = [...args];
  for (const { index, flag, url } of credentialArgs(args)) shown[index] = `${flag}${redactUrl(url)}`;
  const secrets = commandLineSecrets(args);
  return shown.map((arg) => redactSecrets(arg, secrets));
}
