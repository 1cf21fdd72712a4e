import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../engine/io/displayPath.js';

describe('displayPath', () => {
  it('displayPath: a path below the working directory is shown relative to it', () => {
    expect(displayPath(resolve('scenarios/baseline.json'))).toBe(join('scenarios', 'baseline.json'));
    expect(displayPath('scenarios/baseline.json')).toBe(join('scenarios', 'baseline.json'));
  });

  it('displayPath: a path outside it, or the folder itself, is shown as given', () => {
    expect(displayPath('/etc/hosts')).toBe('/etc/hosts');
    expect(displayPath(resolve('..', 'elsewhere.json'))).toBe(resolve('..', 'elsewhere.json'));
    expect(displayPath(process.cwd())).toBe(process.cwd());
  });
});
