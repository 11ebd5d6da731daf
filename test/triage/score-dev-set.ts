import { triage } from '../../src/triage/index.ts';
import {
  type LabelledMessage,
  type LabelledScore,
  loadLabelledSet,
  scoreLabelledSet,
} from '../../src/triage/labelled-sets.ts';

export { type LabelledMessage, loadLabelledSet };
/** Figures the "done when" asks for. */
export type DevSetScore = LabelledScore;

/** Runs triage on every message and scores it against the labels. */
export function scoreDevSet(set: readonly LabelledMessage[]): DevSetScore {
  return scoreLabelledSet(set, (item) => triage({ texts: [item.text], answers: {} }));
}
