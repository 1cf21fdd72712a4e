import { visit } from 'jsonc-parser';
import type { InputProblem } from './ScenarioError.js';
import { MAX_JSON_DEPTH } from './reservedNames.js';

/** The most duplicate keys reported from one file (a generated file may repeat one in every object). */
const MOST_REPORTED = 20;

/**
 * A key given twice in one object of `text` (valid JSON), at its JSON path: `JSON.parse` keeps
 * the last one and drops the first without a word, so a setting the user wrote would silently
 * not apply. Lines are counted from 1. jsonc-parser's scanner reads the text once more, about
 * 0.2 s for an 11 MB scenario (JSON.parse itself takes twice that).
 */
export function duplicateKeyProblems(text: string): InputProblem[] {
  // The scanner recurses once a level: text nested too deep is refused before it (the parsed
  // value may not show the depth, when a later duplicate replaced the deep value).
  if (nestingDepth(text) > MAX_JSON_DEPTH) return [{ path: [], message: `nested more than ${MAX_JSON_DEPTH} levels deep` }];
  const problems: InputProblem[] = [];
  // Per open object: each key seen, with the line it was first given on.
  const open: Array<Map<string, number>> = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Map()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, line, _column, pathOf) => {
      const seen = open[open.length - 1] as Map<string, number>;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, line);
        return;
      }
      if (problems.length < MOST_REPORTED)
        problems.push({
          path: [...pathOf(), key],
          message: `given twice (lines ${first + 1} and ${line + 1}); JSON keeps only the last, so the first would be ignored: remove one`,
        });
    },
  });
  return problems;
}

/** How deeply the objects and arrays of JSON `text` nest: one pass over its characters, strings skipped. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c)
        at++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x7d || code === 0x5d) depth--;
  }
  return deepest;
}
