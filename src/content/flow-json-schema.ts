import { z } from 'zod';
import { flowSchema } from './flow-schema.ts';

/** The JSON Schema of a flow file, derived from the zod schema (one source of truth). */
export function flowJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(flowSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Suar flow',
    description: 'One conversation: nodes with actions, a wait, and exits. Texts are keys into locales/.',
  };
}
