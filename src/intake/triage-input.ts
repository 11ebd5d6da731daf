import type { Json, Session } from '../engine/index.ts';
import type { TriageInput } from '../triage/index.ts';

type JsonObject = { [key: string]: Json };

function objectOf(value: Json | undefined): JsonObject | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
}

/** A saved answer's value, or undefined when skipped or never asked. */
export function answerOf(session: Session, name: string): Json | undefined {
  const result = session.results[name];
  return result && !result.skipped ? result.value : undefined;
}

/** What triage reads from a session: the structured answers, the person's texts, a pin and a phone. */
export function triageInputOf(session: Session, texts: string[]): TriageInput {
  const answers: TriageInput['answers'] = {};
  const text = (name: string) => {
    const v = answerOf(session, name);
    return typeof v === 'string' ? v : undefined;
  };
  const flag = (name: string) => {
    const v = answerOf(session, name);
    return typeof v === 'boolean' ? v : undefined;
  };
  const reporter = text('reporter');
  if (reporter === 'self' || reporter === 'relative' || reporter === 'friend') answers.reporter = reporter;
  for (const name of [
    'danger_now',
    'passport_held',
    'wages_unpaid',
    'free_to_leave',
    'threats_violence',
    'debt',
    'self_harm_now',
    'medical_now',
  ] as const) {
    const v = flag(name);
    if (v !== undefined) answers[name] = v;
  }
  const location = objectOf(answerOf(session, 'location'));
  if (location) {
    answers.country = typeof location.country === 'string' ? location.country : null;
    if (typeof location.text === 'string') answers.location_text = location.text;
  }
  const age = answerOf(session, 'subject_age');
  if (typeof age === 'number') answers.subject_age = age;
  const gender = text('subject_gender');
  if (gender === 'female' || gender === 'male' || gender === 'other') answers.subject_gender = gender;
  const route = text('departure_route');
  if (route === 'agency' || route === 'recruiter' || route === 'own' || route === 'other')
    answers.departure_route = route;
  const employer = text('employer');
  if (employer) answers.employer = employer;
  const narrative = text('narrative');
  if (narrative) answers.narrative = narrative;

  const input: TriageInput = { texts, answers };
  const pinned = location?.latitude !== undefined ? location : objectOf(answerOf(session, 'shared_location'));
  if (pinned && typeof pinned.latitude === 'number' && typeof pinned.longitude === 'number') {
    input.pin = { latitude: pinned.latitude, longitude: pinned.longitude };
  }
  const phone = objectOf(answerOf(session, 'contact_phone')) ?? objectOf(answerOf(session, 'shared_phone'));
  if (phone && typeof phone.e164 === 'string') input.phone = phone.e164;
  return input;
}
