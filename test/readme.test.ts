import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../engine/cli/main.js';
import { KPI_NAMES } from '../engine/kpi/definitions.js';
import { policyTable } from '../engine/policies/policyTable.js';
import { scenarioJsonSchema } from '../engine/policies/scenarioJsonSchema.js';
import { scenarioReference } from '../engine/scenario/scenarioReference.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('scenarioReference matches the field reference in the README', () => {
    const section = /<!-- scenario-reference:start -->\n([\s\S]*?)<!-- scenario-reference:end -->/.exec(readme)?.[1];
    expect(section, 'run `npm run docs:scenario` and paste its output between the markers').toBe(scenarioReference(scenarioJsonSchema()));
  });

  it('policyTable matches the policy table in the README', () => {
    const section = /<!-- policy-table:start -->\n([\s\S]*?)<!-- policy-table:end -->/.exec(readme)?.[1];
    expect(section, 'run `npx fulfill schema --policies` (after `npm run build`) and paste its output between the markers').toBe(
      policyTable(),
    );
  });

  it('documents every KPI and both set-up commands', () => {
    for (const name of KPI_NAMES) expect(readme).toContain(`\`${name}\``);
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('lists every command with every one of its flags in the Command line section', () => {
    const section = /\n## Command line\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    for (const definition of COMMANDS) {
      const row = section
        .split('\n')
        .find((line) => line.startsWith(`| \`fulfill ${definition.name} `) || line.startsWith(`| \`fulfill ${definition.name}\``));
      expect(row, `a row for fulfill ${definition.name}`).toBeDefined();
      for (const flag of Object.keys(definition.flags)) expect(row, `fulfill ${definition.name} --${flag}`).toContain(`--${flag}`);
    }
  });
});
