import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** One import (or re-export) of a source file, resolved the way the compiler resolves it. */
export interface SourceImport {
  /** The importing file, relative to the root with forward slashes. */
  readonly from: string;
  /** The module specifier as written. */
  readonly specifier: string;
  /** The imported file of this repository (relative to the root; a stylesheet too), or undefined for a package or a Node built-in. */
  readonly file: string | undefined;
  /** The package name (`zod`, `@types/node`), or `node:fs` style for a Node built-in; undefined for a file of this repository. */
  readonly external: string | undefined;
  /** True when the compiler erases the import (`import type`, `export type`, `import('x').T`): it loads nothing at run time. */
  readonly typeOnly: boolean;
}

const compilerOptions = ((): ts.CompilerOptions => {
  const path = join(ROOT, 'tsconfig.json');
  const { config } = ts.readConfigFile(path, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
})();

// Shared by every resolution: without it each import re-reads the same package.json files.
const resolutionCache = ts.createModuleResolutionCache(ROOT, (fileName) => fileName, compilerOptions);

const toRoot = (path: string): string => relative(ROOT, path).split(sep).join('/');

/** The TypeScript files under `folder` (relative to the root), sorted. */
export function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory)) {
      const path = join(directory, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m|c)?ts$/.test(entry) && !entry.endsWith('.d.ts')) found.push(toRoot(path));
    }
  };
  walk(join(ROOT, folder));
  return found.sort();
}

/** The module specifiers in TypeScript source text, each with whether the compiler erases it. */
export function moduleSpecifiers(fileName: string, text: string): Array<{ readonly specifier: string; readonly typeOnly: boolean }> {
  // Comments are not parsed (JSDoc off) and nodes get no parent links: only the import syntax is read.
  const source = ts.createSourceFile(
    fileName,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // With verbatimModuleSyntax only a whole `import type` is erased; `import { type A }` still loads the module.
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.importClause?.isTypeOnly === true });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      found.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The package a bare specifier names: `zod`, `tsx` for `tsx/esm/api`, `@scope/name` for `@scope/name/sub`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

const importsByFile = new Map<string, SourceImport[]>();

/** Every import of a file (relative to the root), resolved with the project's compiler options (tsconfig.json); read once per file. */
export function importsOf(file: string): SourceImport[] {
  const known = importsByFile.get(file);
  if (known !== undefined) return known;
  const found = resolveImports(file);
  importsByFile.set(file, found);
  return found;
}

function resolveImports(file: string): SourceImport[] {
  const path = join(ROOT, file);
  return moduleSpecifiers(path, readFileSync(path, 'utf8')).map(({ specifier, typeOnly }) => {
    if (specifier.startsWith('node:') || builtinModules.includes(specifier))
      return {
        from: file,
        specifier,
        file: undefined,
        external: specifier.startsWith('node:') ? specifier : `node:${specifier}`,
        typeOnly,
      };
    const resolved = ts.resolveModuleName(specifier, path, compilerOptions, ts.sys, resolutionCache).resolvedModule;
    if (resolved === undefined && specifier.startsWith('.'))
      return { from: file, specifier, file: toRoot(resolve(dirname(path), specifier)), external: undefined, typeOnly };
    if (resolved === undefined) throw new Error(`${file}: the compiler cannot resolve "${specifier}"`);
    if (resolved.isExternalLibraryImport === true)
      return { from: file, specifier, file: undefined, external: packageName(specifier), typeOnly };
    return { from: file, specifier, file: toRoot(resolved.resolvedFileName), external: undefined, typeOnly };
  });
}
