/**
 * Data derived once and remembered in node_modules/.cache (like the PGlite template), so later starts read a small
 * JSON file instead of deriving it again: the world places and everyday words (from large packages) and the strings
 * triage's cue prefilter needs (from the lexicon's expressions).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { projectPath } from '../project-path.ts';

/** The cached value named `file` (its name should carry the versions it was derived from), else `derive()`, then cached. */
export function rememberDerived<T>(file: string, derive: () => T): T {
  const cache = projectPath('node_modules', '.cache', 'suar', file);
  try {
    return JSON.parse(readFileSync(cache, 'utf8')) as T;
  } catch {
    // No cache yet (or a broken one): derive below.
  }
  const value = derive();
  try {
    mkdirSync(dirname(cache), { recursive: true });
    // Why write then rename: test workers may derive at the same time; a reader never sees half a file.
    const partial = `${cache}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, cache);
  } catch {
    // A read-only install still works, only slower to start.
  }
  return value;
}
