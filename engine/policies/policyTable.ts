import { POLICY_FAMILIES } from './registry.js';

/** A scenario path as the README writes it: `inventory.classPolicies.*`. */
const shownPath = (path: readonly string[]): string => `\`${path.join('.')}\``;

/** The README's table of policy families and their built-ins (Markdown), generated from the registry so it cannot drift. */
export function policyTable(): string {
  const out = ['| family | scenario field | built-in | what it does |', '| --- | --- | --- | --- |'];
  for (const family of POLICY_FAMILIES) {
    family.builtIns.forEach((builtIn, index) => {
      const [what, where] = index === 0 ? [`\`${family.name}\`: ${family.summary}`, family.paths.map(shownPath).join(', ')] : ['', ''];
      out.push(`| ${what} | ${where} | \`${builtIn.name}\` | ${builtIn.description} |`);
    });
  }
  return `${out.join('\n')}\n`;
}
