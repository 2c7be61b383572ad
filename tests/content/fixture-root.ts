/**
 * Content fixtures: tests/content/fixtures/valid-minimal/ with a case's own files laid over it,
 * so each case folder holds only the file it breaks.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const made: string[] = [];

/** A fresh project root (content/ and src/figures/) for the named fixture. */
export function fixtureRoot(name: string): string {
  const root = mkdtempSync(join(tmpdir(), `content-${name}-`));
  made.push(root);
  cpSync(join(fixturesDir, 'valid-minimal'), root, { recursive: true });
  if (name !== 'valid-minimal') cpSync(join(fixturesDir, name), root, { recursive: true });
  return root;
}

export function removeFixtureRoots(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
