/**
 * A first look at a text that rules out the cue expressions that cannot match it, so that reading a message runs
 * only the others. Each expression is parsed once (with regexpp, the parser ESLint's regular-expression rules use)
 * and reduced to strings of which at least one must occur in any text it matches; one pass of an Aho–Corasick
 * automaton over the text then finds which of those strings occur.
 *
 * Why: the lexicon's cues compile to large machine code each, and running all of them on every message spent most of
 * their time fetching that code rather than matching (measured on the dev set: 95 µs per message when each cue ran
 * over every text in turn, 230 µs when every cue ran over each text in turn, as reading does). A cue skipped here
 * could not have matched, so what is read is unchanged (a test checks it on every labelled text).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AST, RegExpParser } from '@eslint-community/regexpp';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { rememberDerived } from '../derived-cache/derived-cache.ts';

/** Strings of which one must occur in any text an expression matches, or null when no such set was found. */
export type Needed = readonly string[] | null;

type Node = AST.Alternative | AST.Element | AST.Pattern;

const require = createRequire(import.meta.url);
let parser: RegExpParser | undefined;
// Why loaded only when needed: a start that reads the analysis from the cache never parses an expression.
function parserOf(): RegExpParser {
  if (parser === undefined) {
    const regexpp = require('@eslint-community/regexpp') as typeof import('@eslint-community/regexpp');
    parser = new regexpp.RegExpParser({ ecmaVersion: 2025 });
  }
  return parser;
}

/** Sets of strings are not multiplied out beyond this many: a longer list rules out little and costs memory. */
const MOST_STRINGS = 64;
/** Needed strings are not lengthened past this: a string this long is already rare. */
const LONG_ENOUGH = 8;

/** The strings one of which every match of `regex` contains (null: none known, so the expression must always run). */
export function neededStrings(regex: RegExp): Needed {
  // Why give up on these flags: with them a match need not contain the literal as written.
  if (/[iuv]/.test(regex.flags)) return null;
  return neededOf(parserOf().parsePattern(regex.source, 0, regex.source.length, { unicode: false }));
}

const neededOf = perNode<Node>(neededOfUncached);

function neededOfUncached(node: Node): Needed {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return unionOf(node.alternatives.map(neededOf));
    case 'Alternative': {
      // Any element's needs, or the strings a match of the rest of the sequence from any element starts with.
      let best: Needed = null;
      let bestLikelihood = Number.POSITIVE_INFINITY;
      node.elements.forEach((element, at) => {
        // Why only where a run of letters begins: starting inside one finds a shorter piece of the same run.
        if (element.type === 'Character' && node.elements[at - 1]?.type === 'Character') return;
        const candidates = [startsOfSequence(node.elements.slice(at))];
        if (element.type !== 'Character') candidates.push(neededOf(element));
        for (const candidate of candidates) {
          if (!usable(candidate)) continue;
          const chance = likelihood(candidate);
          if (chance < bestLikelihood) [best, bestLikelihood] = [candidate, chance];
        }
      });
      return best;
    }
    case 'Quantifier':
      return node.min >= 1 ? neededOf(node.element) : null;
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Assertion':
      // A positive look-around must match too, so what it needs is needed; a negative one or an anchor needs nothing.
      return (node.kind === 'lookahead' || node.kind === 'lookbehind') && !node.negate
        ? unionOf(node.alternatives.map(neededOf))
        : null;
    default:
      // Classes, sets (\w, \d, .) and back-references: no one string is needed.
      return null;
  }
}

/** Every string `node` can match, when they are few and `node` is made of letters, groups and "?" only. */
const exactOf = perNode<Node>(exactOfUncached);

function exactOfUncached(node: Node): Needed {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      return unionOf(node.alternatives.map(exactOf));
    case 'Alternative':
      return node.elements.reduce<Needed>((acc, element) => productOf(acc, exactOf(element)), ['']);
    case 'Quantifier':
      return node.min === 0 && node.max === 1 ? unionOf([exactOf(node.element), ['']]) : null;
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'Assertion':
      // Looking around consumes nothing.
      return [''];
    default:
      return null;
  }
}

/** Strings every match of the sequence starts with (possibly empty ones, when none is known past a point). */
function startsOfSequence(elements: readonly AST.Element[]): Needed {
  let starts: Needed = [''];
  for (const element of elements) {
    const exact = exactOf(element);
    const next = productOf(starts, exact ?? startsOf(element));
    if (next === null) return starts;
    starts = next;
    // Longer strings rule out hardly more, and a prefix of a needed start is needed too.
    if (exact === null || starts.every((start) => start.length >= LONG_ENOUGH)) return starts;
  }
  return starts;
}

const startsOf = perNode<AST.Element>(startsOfUncached);

function startsOfUncached(node: AST.Element): Needed {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      return unionOf(node.alternatives.map((alternative) => startsOfSequence(alternative.elements)));
    case 'Quantifier':
      return node.min >= 1 ? (exactOf(node.element) ?? startsOf(node.element)) : null;
    default:
      return exactOf(node);
  }
}

/**
 * `derive`, remembered per node. Why: a sequence's starts are asked from each of its elements on, and nested groups
 * repeat.
 */
function perNode<N extends object>(derive: (node: N) => Needed): (node: N) => Needed {
  const cache = new WeakMap<N, Needed>();
  return (node) => {
    let value = cache.get(node);
    if (value === undefined) {
      value = derive(node);
      cache.set(node, value);
    }
    return value;
  };
}

function unionOf(branches: Needed[]): Needed {
  if (branches.some((branch) => branch === null)) return null;
  return [...new Set(branches.flat() as string[])];
}

function productOf(left: Needed, right: Needed): Needed {
  if (left === null || right === null || left.length * right.length > MOST_STRINGS) return null;
  return left.flatMap((a) => right.map((b) => a + b));
}

/** A set with an empty string in it, or one of spaces only, is met by every text. */
function usable(strings: Needed): strings is readonly string[] {
  return strings !== null && strings.length > 0 && strings.every((s) => s.trim() !== '');
}

/** Words nearly every message has (Indonesian, English and Malay stop words): a string of only these rules out little. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  ['id', 'en', 'ms'].flatMap((language) => (stopwordsIso as Record<string, string[]>)[language] ?? []),
);

const ALL_COMMON_WORDS = [...COMMON_WORDS].join(' ');

/** Rough chance that a message contains one of the strings: the smaller, the more telling a set is. */
function likelihood(strings: readonly string[]): number {
  return strings.reduce((sum, s) => sum + chanceOf(s), 0);
}

const chances = new Map<string, number>();

function chanceOf(s: string): number {
  let chance = chances.get(s);
  if (chance === undefined) {
    chance = chanceOfUncached(s);
    chances.set(s, chance);
  }
  return chance;
}

function chanceOfUncached(s: string): number {
  const words = s.split(' ').filter((word) => word !== '');
  // Longer strings are rarer; stop words are common whatever their length, a phrase of them less so.
  const byLength = [1, 1, 0.3, 0.08, 0.03, 0.012, 0.005, 0.002][s.trim().length] ?? 0.001;
  const asCommonWords = words.every((word) => COMMON_WORDS.has(word)) ? 0.5 ** words.length : 0;
  // A short piece of a common word ("aya" of "saya") is as common as the word.
  const inCommonWord = words.length === 1 && s.length <= 4 && ALL_COMMON_WORDS.includes(words[0]!) ? 0.5 : 0;
  return Math.max(byLength, asCommonWords, inCommonWord);
}

/** Tells, for a list of expressions, which may match a text. */
export interface CuePrefilter {
  /** One entry per expression: false when it cannot match `text`. */
  mayMatch(text: string): boolean[];
}

/**
 * What the analysis is: this module's own text and the parser's version. Why not a version number kept by hand: a
 * cache from before a change to the analysis, left in node_modules by an upgrade, would skip cues that can match.
 * Null when the text cannot be read; nothing is then remembered.
 */
function analysisFingerprint(): string | null {
  try {
    const parserVersion = (require('@eslint-community/regexpp/package.json') as { version: string }).version;
    return `${parserVersion}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`;
  } catch {
    return null;
  }
}

/** The cache file's name for these expressions under this analysis, or null when nothing is remembered. */
export function cueNeedsFile(regexes: readonly RegExp[]): string | null {
  const analysis = analysisFingerprint();
  if (analysis === null) return null;
  const key = createHash('sha1').update(analysis);
  for (const regex of regexes) key.update(`/${regex.source}/${regex.flags}\n`);
  return `cue-needs-${key.digest('hex').slice(0, 16)}.json`;
}

/** `neededStrings` of each expression, read from the cache when the same analysis has seen the same expressions. */
export function rememberedNeeds(regexes: readonly RegExp[]): Needed[] {
  const file = cueNeedsFile(regexes);
  if (file === null) return regexes.map(neededStrings);
  const needs = rememberDerived<unknown>(file, () => regexes.map(neededStrings));
  // A cache of another shape (edited by hand, or from a broken disk) would skip cues or fail every start: analyse.
  const wellFormed =
    Array.isArray(needs) &&
    needs.length === regexes.length &&
    needs.every(
      (needed) => needed === null || (Array.isArray(needed) && needed.every((s) => typeof s === 'string')),
    );
  return wellFormed ? (needs as Needed[]) : regexes.map(neededStrings);
}

/**
 * Builds the first look for `regexes`, in their order. Why the needed strings are remembered on disk: analysing the
 * lexicon's 250,000 characters of expressions takes about a second, reading the result back a few milliseconds.
 */
export function cuePrefilter(regexes: readonly RegExp[]): CuePrefilter {
  const needs = rememberedNeeds(regexes);
  const always = needs.map((needed) => !usable(needed));
  // The automaton: node 0 is the root; an edge is keyed by node and letter in one map (a map per node cost a second
  // to build for the lexicon's 12,000 strings).
  const edges = new Map<number, number>();
  const edgeKey = (node: number, code: number) => node * 0x10000 + code;
  const owners: number[][] = [[]];
  const childrenOf: number[][] = [[]];
  needs.forEach((needed, index) => {
    if (!usable(needed)) return;
    // A string's first letters occur wherever it does; trimming them to a few keeps the automaton small.
    for (const string of new Set(needed.map((s) => s.slice(0, LONG_ENOUGH)))) {
      let node = 0;
      for (let i = 0; i < string.length; i++) {
        const key = edgeKey(node, string.charCodeAt(i));
        let child = edges.get(key);
        if (child === undefined) {
          child = owners.length;
          owners.push([]);
          childrenOf.push([]);
          edges.set(key, child);
          childrenOf[node]!.push(string.charCodeAt(i));
        }
        node = child;
      }
      if (!owners[node]!.includes(index)) owners[node]!.push(index);
    }
  });
  const fail = new Int32Array(owners.length);
  // The nearest node down the fail links that some string ends at, or -1.
  const outputLink = new Int32Array(owners.length).fill(-1);
  // Breadth first, so every node's fail link points to a node already linked.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const code of childrenOf[node]!) {
      const child = edges.get(edgeKey(node, code))!;
      if (node !== 0) {
        let down = fail[node]!;
        while (down !== 0 && !edges.has(edgeKey(down, code))) down = fail[down]!;
        fail[child] = edges.get(edgeKey(down, code)) ?? 0;
        const target = fail[child]!;
        outputLink[child] = owners[target]!.length > 0 ? target : outputLink[target]!;
      }
      queue.push(child);
    }
  }
  return {
    mayMatch(text) {
      const result = always.slice();
      let node = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = edges.get(edgeKey(node, code));
        while (next === undefined && node !== 0) {
          node = fail[node]!;
          next = edges.get(edgeKey(node, code));
        }
        node = next ?? 0;
        for (let found = node; found > 0; found = outputLink[found]!) {
          for (const owner of owners[found]!) result[owner] = true;
        }
      }
      return result;
    },
  };
}
