export { DEFAULT_SLA_MINUTES, slaDueAt } from './sla.ts';
export { triage } from './triage.ts';
export {
  CATEGORIES,
  type Category,
  type Concern,
  type ConcernKind,
  FLAGS,
  type Flag,
  INDICATORS,
  type Indicator,
  PRIORITIES,
  type Priority,
  type TriageInput,
  type TriageReason,
  type TriageResult,
} from './types.ts';
