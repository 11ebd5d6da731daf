import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGolden, readGolden, writeGolden } from './golden-runner.ts';

const dir = new URL('./goldens', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('golden transcripts of the intake flow', () => {
  it('has transcripts', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const file of files) {
    it(file, () => {
      const path = join(dir, file);
      const golden = readGolden(path);
      const { steps, session } = playGolden(golden);
      if (process.env.UPDATE_GOLDEN === '1') {
        writeGolden(path, golden, steps);
        return;
      }
      expect(steps.map((s) => s.expect)).toEqual(golden.steps.map((s) => s.expect ?? []));
      for (const [name, value] of Object.entries(golden.results ?? {})) {
        expect({ name, value: session.results[name]?.value ?? null }).toEqual({ name, value });
      }
    });
  }
});
