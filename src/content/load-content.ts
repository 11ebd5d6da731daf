import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

function readYaml(path: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
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
