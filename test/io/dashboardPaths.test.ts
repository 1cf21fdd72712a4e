import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedHost, parseTarget } from '../../engine/io/dashboard/httpGuards.js';
import { staticFile } from '../../engine/io/dashboard/staticFile.js';

/** A dashboard folder with one file inside, and a secret beside it that must never be served. */
function folders(): { root: string } {
  const parent = mkdtempSync(join(tmpdir(), 'fulfill-paths-'));
  const root = join(parent, 'viz');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), 'INDEX');
  writeFileSync(join(root, 'assets', 'app.js'), 'APP');
  writeFileSync(join(parent, 'secret.txt'), 'SECRET');
  return { root };
}

/** Request targets built from the pieces attackers use. */
const target = fc
  .array(
    fc.constantFrom(
      '/',
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '\\',
      '%00',
      '%',
      '%E0%A4%A',
      'secret.txt',
      'assets',
      'index.html',
      'app.js',
      '?x=1',
      '//',
      '%252e',
    ),
    { maxLength: 12 },
  )
  .map((pieces) => `/${pieces.join('')}`);

describe('dashboard paths', () => {
  it('parseTarget and staticFile: no target throws, and none reaches a file outside the dashboard folder', () => {
    const { root } = folders();
    fc.assert(
      fc.property(
        fc.oneof(
          target,
          fc.string({ maxLength: 40 }).map((text) => `/${text}`),
        ),
        (raw) => {
          const parsed = parseTarget(raw);
          if ('error' in parsed) return;
          const answer = staticFile(root, parsed.path);
          expect([200, 404]).toContain(answer.status);
          expect(String(answer.body)).not.toContain('SECRET');
        },
      ),
      { numRuns: 2000 },
    );
    expect(staticFile(root, '/').body.toString()).toBe('INDEX');
    expect(staticFile(root, '/assets/app.js').body.toString()).toBe('APP');
    expect(staticFile(root, '/assets').status).toBe(404);
  });

  it('isAllowedHost: only loopback names with the port are allowed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.integer({ min: 1, max: 65_535 }), (host, port) => {
        const allowed = isAllowedHost(host, port);
        expect(allowed).toBe(
          [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase()) ||
            (port === 80 && ['127.0.0.1', 'localhost', '[::1]'].includes(host.toLowerCase())),
        );
      }),
    );
    expect(isAllowedHost('localhost:8080', 8080)).toBe(true);
    expect(isAllowedHost('rebound.example:8080', 8080)).toBe(false);
    expect(isAllowedHost(undefined, 8080)).toBe(false);
  });
});
