import { z } from 'zod';
import type { Flow } from '../engine/index.ts';

// The one source of the flow file format: validates flows at boot and produces flows/flow.schema.json
// for editors. Strict objects so a misspelt key is an error, not silently ignored.

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case');
const textKey = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'a text key like "intake.q.location"');
const json: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(json), z.record(z.string(), json)]),
);

const choiceOption = z.strictObject({
  value: id,
  label: textKey,
  synonyms: z.array(z.string().min(1)).optional(),
  exact: z.array(z.string().min(1)).optional(),
});

const wait = z.strictObject({
  result: id,
  expects: z.enum(['choice', 'yes_no', 'text', 'phone', 'location', 'number', 'date']),
  question: textKey,
  options: z.array(choiceOption).min(1).optional(),
  multi: z.boolean().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  step: z.number().int().positive().optional(),
  offerLanguage: z.boolean().optional(),
  silent: z.boolean().optional(),
  once: z.boolean().optional(),
});

const action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('send_msg'), text: textKey }),
  z.strictObject({ type: z.literal('raise_emergency') }),
  z.strictObject({ type: z.literal('submit_report'), complete: z.boolean() }),
  z.strictObject({ type: z.literal('send_summary'), text: textKey }),
  z.strictObject({ type: z.literal('enter_flow'), flow: id }),
  z.strictObject({ type: z.literal('append_to_report'), result: id }),
  z.strictObject({ type: z.literal('resume_flow') }),
]);

const condition = z.strictObject({
  result: id.optional(),
  emergency: z.boolean().optional(),
  equals: json.optional(),
  in: z.array(json).optional(),
});

const node = z.strictObject({
  id,
  actions: z.array(action).optional(),
  wait: wait.optional(),
  exits: z.array(z.strictObject({ when: condition.optional(), next: id })).optional(),
});

/** The schema of one flows/*.yaml file. */
export const flowSchema = z
  .strictObject({
    spec: z.literal(1),
    id,
    start: id,
    steps: z.number().int().positive().optional(),
    timeout: z.strictObject({ node: id, ignore: z.array(id).optional() }).optional(),
    summary: z.array(z.strictObject({ result: id, label: textKey })).optional(),
    variant: z.strictObject({ result: id, values: z.record(z.string(), id) }).optional(),
    detours: z
      .strictObject({
        emergency: id.optional(),
        self_harm: id.optional(),
        medical: id.optional(),
        danger: id.optional(),
      })
      .optional(),
    nodes: z.array(node).min(1),
  })
  .superRefine((flow, ctx) => {
    for (const [i, n] of flow.nodes.entries()) {
      if (n.wait?.expects === 'choice' && !n.wait.options) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', i, 'wait', 'options'],
          message: 'a choice needs options',
        });
      }
    }
  });

/** The schema of one locales/*.yaml file: flat keys to texts. */
export const textsSchema = z.record(textKey, z.string().min(1));

// Compile-time proof that the schema and the engine's types agree.
type Parsed = z.infer<typeof flowSchema>;
const _flowsAgree = (parsed: Parsed): Flow => parsed as Flow;
void _flowsAgree;
