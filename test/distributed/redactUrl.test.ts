import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandLineSecrets, redactArgs, redactError, redactSecrets, redactText, redactUrl } from '../../engine/distributed/redactUrl.js';
import { queueConnection } from '../../engine/distributed/queueConnection.js';

const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Passwords of any characters, rich in the ones URLs treat specially and in percent-escapes. */
const password = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
      fc.constantFrom('/', '@', ':', '%', '#', '?', ' ', '%2F', '%40', '%3A', '%25', '%zz', 'é', '鍵', '🔑', '*', '***'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Every spelling of `secret` that must never be shown. */
const spellings = (secret: string, typedRaw: boolean): string[] =>
  [secret, encodeURIComponent(secret), ...(typedRaw ? [decoded(secret)] : [])].filter((form) => form !== '');

describe('redactUrl', () => {
  it('redactUrl, redactText, redactArgs: no spelling of an arbitrary password survives, in the URL or in a message quoting it', () => {
    fc.assert(
      fc.property(password, fc.constantFrom('', 'alice'), fc.boolean(), (secret, user, typedRaw) => {
        const url = `redis://${user}:${typedRaw ? secret : encodeURIComponent(secret)}@127.0.0.1:6379/0`;
        const message = `connect to ${url} failed: AUTH ${user} ${secret} (${encodeURIComponent(secret)}) {"password":${JSON.stringify(secret)}}`;
        const shown = [
          redactUrl(url),
          redactText(message, url),
          ...redactArgs(['run', 's.json', '--queue', url, '--out', 'x']),
          ...redactArgs(['sweep', `--queue=${url}`]),
          redactSecrets(message, commandLineSecrets(['run', '--queue', url])),
        ];
        for (const text of shown) for (const form of spellings(secret, typedRaw)) expect(text).not.toContain(form);
      }),
      { numRuns: 300 },
    );
  });

  it('redactUrl: keeps scheme, host, port and database, and hides the user too', () => {
    expect(redactUrl('redis://:s3cret@redis-host:6379/2')).toBe('redis://***@redis-host:6379/2');
    expect(redactUrl('rediss://bob:p@ss/w:rd@redis-host:6380')).toBe('rediss://***@redis-host:6380');
    expect(redactUrl('redis://s3cret@redis-host')).toBe('redis://***@redis-host');
    expect(redactUrl('redis://redis-host:6379')).toBe('redis://redis-host:6379');
  });

  it('redactText: masks a password given in the user slot; a user name beside a password stays readable', () => {
    expect(redactText('AUTH s3cret failed for redis://s3cret@h:1', 'redis://s3cret@h:1')).toBe('AUTH *** failed for redis://***@h:1');
    expect(redactText('worker alice: AUTH alice pw1 failed', 'redis://alice:pw1@h:1')).toBe('worker alice: AUTH alice *** failed');
  });

  it('queueConnection: options after ? and a fragment after # are refused, not silently ignored (a ? in the password is fine)', () => {
    expect(() => queueConnection('redis://h:1?family=6')).toThrow(/takes no options after "\?" \(they would be ignored\)/);
    expect(() => queueConnection('redis://h:1/2#x')).toThrow(/takes no fragment after "#"/);
    expect(queueConnection('redis://:a?b#c@h:1')).toMatchObject({ password: 'a?b#c', host: 'h', port: 1 });
  });

  it('queueConnection: a password with /, @, : or % works typed raw or percent-encoded, and errors never show it', () => {
    const secret = 'p@ss/w:rd%zz#?';
    expect(queueConnection(`redis://:${secret}@h:1`).password).toBe(secret);
    expect(queueConnection(`redis://u:${encodeURIComponent(secret)}@h:1/3`)).toMatchObject({
      username: 'u',
      password: secret,
      host: 'h',
      port: 1,
      db: 3,
    });
    for (const bad of [`redis:/:${secret}@h:1`, `http://:${secret}@h:1`, `redis://:${secret}@:1`, `redis://:${secret}@h:1/x`]) {
      let message = '';
      try {
        queueConnection(bad);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain('p@ss');
    }
  });

  it('redactError: masks message, stack and the fields ioredis adds (an AUTH command carries the password)', () => {
    const url = 'redis://:hunter2@h:1';
    const error = Object.assign(new Error('WRONGPASS for hunter2'), { command: { name: 'auth', args: ['hunter2'] }, previous: 'hunter2' });
    redactError(error, url);
    expect(JSON.stringify({ ...error, message: error.message, stack: error.stack })).not.toContain('hunter2');
  });
});
