import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema } from '../../src/content/flow-json-schema.ts';
import { lintContent } from '../../src/content/lint-content.ts';
import { ContentError, contentCacheDir, loadContent } from '../../src/content/load-content.ts';
import { HOST_TEXT_KEYS } from '../../src/conversations/host-text-keys.ts';
import type { Content, Flow } from '../../src/engine/index.ts';
import { content } from '../support/engine-env.ts';

function withFlow(flow: Partial<Flow>, texts: Partial<Content['texts']> = {}): Content {
  const base: Flow = { spec: 1, id: 'intake', start: 'a', nodes: [], ...flow };
  return {
    flows: { ...content.flows, intake: base },
    entry: 'intake',
    texts: { id: { ...content.texts.id, ...texts.id }, en: { ...content.texts.en, ...texts.en } },
  };
}

const ask = (id: string, next?: string) => ({
  id,
  wait: { result: id, expects: 'text' as const, question: 'intake.q.area' },
  ...(next ? { exits: [{ next }] } : {}),
});

describe('the flow linter', () => {
  it('passes the project’s own flows and texts', () => {
    expect(lintContent(content, HOST_TEXT_KEYS)).toEqual([]);
  });

  it('finds dangling references and unreachable nodes', () => {
    const problems = lintContent(withFlow({ nodes: [ask('a', 'nowhere'), ask('lonely')] }));
    expect(problems).toContain('flow intake: node "a" points to missing node "nowhere"');
    expect(problems).toContain('flow intake: node "lonely" can never be reached');
  });

  it('finds paths that never end (loops without a question) and exits without a default', () => {
    const problems = lintContent(
      withFlow({
        nodes: [
          { id: 'a', exits: [{ next: 'b' }] },
          { id: 'b', exits: [{ next: 'a' }] },
          { ...ask('c'), exits: [{ when: { result: 'c', equals: 'x' }, next: 'a' }] },
        ],
      }),
    );
    expect(problems.some((p) => p.includes('loops without a question'))).toBe(true);
    expect(problems).toContain('flow intake: node "c" has no default exit (last exit has a condition)');
  });

  it('finds text keys missing in id or en, and placeholders that differ', () => {
    const problems = lintContent(
      withFlow(
        { nodes: [{ id: 'a', actions: [{ type: 'send_msg', text: 'intake.brand_new' }] }] },
        { id: { 'intake.done': 'Nomor {ref}' }, en: { 'intake.done': 'Number {reference}' } },
      ),
    );
    expect(problems).toContain('text "intake.brand_new" is missing in id');
    expect(problems).toContain('text "intake.brand_new" is missing in en');
    expect(problems).toContain('text "intake.done": placeholders differ between id and en');
  });

  it('finds a flow entered that does not exist and a condition on a result nobody saves', () => {
    const problems = lintContent(
      withFlow({
        nodes: [
          {
            id: 'a',
            actions: [{ type: 'enter_flow', flow: 'ghost' }],
            exits: [{ when: { result: 'zz', equals: 1 }, next: 'b' }, { next: 'b' }],
          },
          ask('b'),
        ],
      }),
    );
    expect(problems).toContain('flow intake: node "a" enters missing flow "ghost"');
    expect(problems).toContain('flow intake: node "a" tests result "zz" that no question saves');
  });
});

describe('loading content', () => {
  function folder(flowYaml: string, idYaml = 'a.b: "x"\n', enYaml = 'a.b: "x"\n') {
    const root = mkdtempSync(join(tmpdir(), 'suar-content-'));
    mkdirSync(join(root, 'flows'));
    mkdirSync(join(root, 'locales'));
    writeFileSync(join(root, 'flows', 'intake.yaml'), flowYaml);
    writeFileSync(join(root, 'locales', 'id.yaml'), idYaml);
    writeFileSync(join(root, 'locales', 'en.yaml'), enYaml);
    return { flowsDir: join(root, 'flows'), localesDir: join(root, 'locales') };
  }

  it('reports broken YAML with the file name instead of crashing', () => {
    expect(() => loadContent(folder('spec: 1\nid: [unclosed'))).toThrow(ContentError);
    expect(() => loadContent(folder('spec: 1\nid: [unclosed'))).toThrow(/intake\.yaml/);
  });

  it('reports schema errors with their path, such as a misspelt key or a choice without options', () => {
    const yaml =
      'spec: 1\nid: intake\nstart: a\nnodes:\n  - id: a\n    wiat: {}\n  - id: b\n    wait: { result: b, expects: choice, question: a.b }\n';
    try {
      loadContent(folder(yaml));
      expect.unreachable();
    } catch (error) {
      const { problems } = error as ContentError;
      expect(problems.some((p) => p.includes('nodes.0') && /wiat|Unrecognized/.test(p))).toBe(true);
      expect(problems.some((p) => p.includes('a choice needs options'))).toBe(true);
    }
  });

  it('remembers a parsed file by its text, and parses an edited file anew', () => {
    // A text no earlier run has parsed: the cache is shared by every run of this checkout.
    const texts = (word: string) => `# ${Date.now()} ${Math.random()}\na.b: "${word}"\n`;
    const idYaml = texts('pertama');
    const paths = folder('spec: 1\nid: intake\nstart: a\nnodes:\n  - id: a\n', idYaml);
    const cached = join(contentCacheDir, `${createHash('sha256').update(idYaml).digest('hex')}.json`);
    expect(existsSync(cached)).toBe(false);
    expect(loadContent(paths).texts.id).toEqual({ 'a.b': 'pertama' });
    expect(JSON.parse(readFileSync(cached, 'utf8'))).toEqual({ 'a.b': 'pertama' });
    // The next load reads the remembered data, not the YAML (the cache is altered here to tell them apart).
    writeFileSync(cached, JSON.stringify({ 'a.b': 'dari cache' }));
    expect(loadContent(paths).texts.id).toEqual({ 'a.b': 'dari cache' });
    // An edited file is another text: parsed, not read from the old entry.
    writeFileSync(join(paths.localesDir, 'id.yaml'), texts('kedua'));
    expect(loadContent(paths).texts.id).toEqual({ 'a.b': 'kedua' });
  });

  it('keeps flows/flow.schema.json in step with the schema (npm run flows:schema)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../flows/flow.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(flowJsonSchema());
  });
});
