import { describe, expect, it } from 'vitest';
import { workerOptionsOf } from '../../engine/parallel/workerExecArgv.js';

describe('workerOptionsOf', () => {
  it('keeps how code is loaded and drops the process-wide V8 options a Worker refuses', () => {
    expect(
      workerOptionsOf([
        '--expose-gc',
        '--import',
        'tsx',
        '--max-old-space-size=4096',
        '--conditions=development',
        '-r',
        './setup.cjs',
        '--enable-source-maps',
        '--cpu-prof',
        '--stack-size',
      ]),
    ).toEqual(['--import', 'tsx', '--conditions=development', '-r', './setup.cjs', '--enable-source-maps']);
    expect(workerOptionsOf([])).toEqual([]);
  });
});
