import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Content, Flow, Locale, Texts } from '../engine/index.ts';
import { projectPath } from '../project-path.ts';
import { flowSchema, textsSchema } from './flow-schema.ts';

/** A content file that is not valid, with every problem found in it. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`content is not valid:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
  }
}

/** Where content lives: flows/ and locales/ at the project root by default. */
export interface ContentPaths {
  flowsDir: string;
  localesDir: string;
}

/** The project's own content folders. */
export const defaultContentPaths: ContentPaths = {
  flowsDir: projectPath('flows'),
  localesDir: projectPath('locales'),
};

const locales: readonly Locale[] = ['id', 'en'];

/** Where parsed content files are remembered as JSON, named by the SHA-256 of their text. */
export const contentCacheDir = projectPath('node_modules', '.cache', 'suar', 'content');

/**
 * The YAML's data, from the cache when this exact text was parsed before. Why: parsing the flows and texts
 * took a start about 0.15 s of CPU (the YAML parser runs cold), reading the same data as JSON about 2 ms.
 * Keyed by the text itself, so an edited file is parsed anew; the checks below run on every start either way.
 */
function parseYamlRemembered(text: string): unknown {
  const cached = join(contentCacheDir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(cached, 'utf8'));
  } catch {
    // Not parsed before (or unreadable): parse below.
  }
  const data = parse(text);
  const json = JSON.stringify(data);
  // Only data that JSON keeps exactly is remembered (YAML can also say, for example, .inf).
  if (json !== undefined && isDeepStrictEqual(JSON.parse(json), data)) {
    try {
      mkdirSync(contentCacheDir, { recursive: true });
      // Written then renamed: a start reading at the same time never sees half a file.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, json);
      renameSync(partial, cached);
    } catch {
      // A read-only install still works, only parsing at every start.
    }
  }
  return data;
}

function readYaml(path: string, problems: string[]): unknown {
  try {
    return parseYamlRemembered(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function describe(path: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

/** Reads and validates every flow and locale; throws ContentError listing all problems. */
export function loadContent(paths: ContentPaths = defaultContentPaths, entry = 'intake'): Content {
  const problems: string[] = [];
  const flows: Record<string, Flow> = {};
  for (const file of readdirSync(paths.flowsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const path = join(paths.flowsDir, file);
    const data = readYaml(path, problems);
    if (data === undefined) continue;
    const parsed = flowSchema.safeParse(data);
    if (!parsed.success) {
      problems.push(...describe(path, parsed.error));
      continue;
    }
    const flow = parsed.data as Flow;
    if (flows[flow.id]) problems.push(`${path}: flow id "${flow.id}" is used twice`);
    flows[flow.id] = flow;
  }
  const texts = {} as Record<Locale, Texts>;
  for (const locale of locales) {
    const path = join(paths.localesDir, `${locale}.yaml`);
    const data = readYaml(path, problems);
    const parsed = textsSchema.safeParse(data ?? {});
    if (!parsed.success) problems.push(...describe(path, parsed.error));
    texts[locale] = parsed.success ? parsed.data : {};
  }
  if (!flows[entry]) problems.push(`no entry flow "${entry}" in ${paths.flowsDir}`);
  if (problems.length > 0) throw new ContentError(problems);
  return { flows, texts, entry };
}
