import { chatConsentOf } from '../consent/chat-consent.ts';
import type { TicketUpdate } from '../db/schema.ts';
import type { Json, Session } from '../engine/index.ts';
import { type Mission, type MissionDirectory, resolveMission } from '../places/index.ts';
import type { Priority, TriageResult } from '../triage/index.ts';
import { answerOf } from './triage-input.ts';

const rank: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };

/** The more urgent of two priorities. */
export function higherPriority(a: Priority, b: Priority): Priority {
  return rank[a] <= rank[b] ? a : b;
}

/** The priority a session warrants now: triage's, or P1 whenever an emergency was raised. */
export function priorityOf(session: Session, triage: TriageResult): { priority: Priority; reason: string } {
  if (session.emergency && triage.priority !== 'P1') {
    return {
      priority: 'P1',
      reason: 'emergency raised in the conversation (DARURAT/SOS or "in danger now")',
    };
  }
  const evidence = triage.reasons
    .filter((r) => r.conclusion === `priority:${triage.priority}`)
    .map((r) => `${r.source}: ${r.evidence}`);
  return { priority: triage.priority, reason: evidence.join('; ') || `triage: ${triage.priority}` };
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function bool(value: Json | undefined): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function field(value: Json | undefined, name: string): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value[name] : undefined;
}

/**
 * The mission a deep link named ("?start=kbri_kuala_lumpur"), used when the place gives none: the place the
 * person is in decides first, since a link can be shared far beyond its mission.
 */
function preselectedMission(session: Session, missions: MissionDirectory): Mission | undefined {
  const payload = str(answerOf(session, 'start_payload'));
  if (!payload) return undefined;
  const id = payload.toLowerCase().replace(/_/g, '-');
  return missions.missions.find((m) => m.id === id);
}

/** The ticket columns that follow from the conversation so far (priority is handled by the caller). */
export function projectTicket(
  session: Session,
  triage: TriageResult,
  missions: MissionDirectory,
): TicketUpdate {
  const location = answerOf(session, 'location') ?? answerOf(session, 'shared_location');
  const age = answerOf(session, 'subject_age');
  const phone =
    field(answerOf(session, 'contact_phone'), 'e164') ?? field(answerOf(session, 'shared_phone'), 'e164');
  const country = triage.country ?? str(field(location, 'country'));
  const mission = resolveMission(
    missions,
    country,
    str(field(location, 'city')) ?? undefined,
    str(answerOf(session, 'area')) ?? undefined,
  );
  const routed = mission.mission ?? preselectedMission(session, missions);
  const reporterAnswer = str(answerOf(session, 'reporter'));
  const corrections = str(answerOf(session, 'corrections'));
  const narrative = [str(answerOf(session, 'opening_message')), str(answerOf(session, 'narrative'))]
    .filter((t): t is string => t !== null)
    .join('\n\n');
  return {
    category: triage.category,
    reporter: reporterAnswer ?? triage.reporter,
    reporter_name: str(answerOf(session, 'reporter_name')),
    subject_name: str(answerOf(session, 'subject_name')),
    subject_age: typeof age === 'number' ? age : null,
    subject_gender: str(answerOf(session, 'subject_gender')),
    minor: typeof age === 'number' ? age < 18 : triage.flags.includes('minor') ? true : null,
    country,
    location: location === undefined ? null : JSON.stringify(location),
    area: str(answerOf(session, 'area')),
    passport_held: bool(answerOf(session, 'passport_held')),
    employer: str(answerOf(session, 'employer')),
    departure:
      answerOf(session, 'departure') === undefined ? null : JSON.stringify(answerOf(session, 'departure')),
    departure_route: str(answerOf(session, 'departure_route')),
    narrative: corrections ? `${narrative}\n\n[koreksi] ${corrections}` : narrative || null,
    indicators: JSON.stringify(triage.indicators),
    flags: JSON.stringify(triage.flags),
    triage: JSON.stringify(triage),
    contact_phone: str(phone),
    safe_time: str(answerOf(session, 'safe_time')),
    calls_safe: bool(answerOf(session, 'calls_safe')),
    // Whether any agency may receive the report, as agreed in the chat (null: not answered).
    consent_share: shareConsented(session),
    answers: JSON.stringify(session.results),
    mission: routed?.name ?? null,
    mission_id: routed?.id ?? null,
  };
}

function shareConsented(session: Session): boolean | null {
  const consent = chatConsentOf(session.results);
  return consent ? consent.groups.length > 0 : null;
}
