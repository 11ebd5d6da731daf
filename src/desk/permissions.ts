import { roleIncludes, type StaffMember, type StaffRole } from '../staff/staff-roles.ts';

// Who may do what, as data (after Aselo's hrm): each action names the least role that may do it and the
// conditions on the ticket. One function answers; routes never compare roles themselves.

/** Everything a staff member can try on the desk. */
export type DeskAction =
  | 'queue.view'
  | 'ticket.view'
  | 'evidence.view'
  | 'evidence.download'
  | 'ticket.take'
  | 'ticket.assign'
  | 'ticket.status'
  | 'ticket.priority'
  | 'ticket.note'
  | 'ticket.reply'
  | 'ticket.reply_outside_window'
  | 'ticket.link'
  | 'ticket.merge'
  | 'ticket.consent'
  | 'ticket.refer'
  | 'ticket.refer_override'
  | 'partner.referrals'
  | 'admin.partners'
  | 'stats.view'
  | 'admin.staff'
  | 'admin.missions'
  | 'admin.canned'
  | 'admin.channels'
  | 'audit.view'
  | 'audit.export';

/** A condition on the ticket an action is about. */
export type TicketCondition =
  /** The ticket is routed to the staff member's mission, or they are on the central desk. */
  | 'inScope'
  /** The ticket is not closed (a closed ticket is reopened first). */
  | 'isOpen'
  /** The ticket was not merged into another (work happens on the ticket it was merged into). */
  | 'notMerged';

/** One rule: the least role, and the conditions on the ticket (all must hold). */
export interface PermissionRule {
  role: StaffRole;
  ticket: TicketCondition[];
}

/** The desk's rules. */
export const PERMISSIONS: Record<DeskAction, PermissionRule> = {
  'queue.view': { role: 'agent', ticket: [] },
  'ticket.view': { role: 'agent', ticket: ['inScope'] },
  // The files a person sent: whoever may view the ticket (partners only ever see what a referral shares).
  'evidence.view': { role: 'agent', ticket: ['inScope'] },
  'evidence.download': { role: 'agent', ticket: ['inScope'] },
  'ticket.take': { role: 'agent', ticket: ['inScope', 'isOpen', 'notMerged'] },
  'ticket.assign': { role: 'supervisor', ticket: ['inScope', 'notMerged'] },
  'ticket.status': { role: 'agent', ticket: ['inScope', 'notMerged'] },
  'ticket.priority': { role: 'agent', ticket: ['inScope', 'isOpen', 'notMerged'] },
  'ticket.note': { role: 'agent', ticket: ['inScope'] },
  'ticket.reply': { role: 'agent', ticket: ['inScope', 'isOpen', 'notMerged'] },
  'ticket.reply_outside_window': { role: 'agent', ticket: ['inScope', 'isOpen', 'notMerged'] },
  'ticket.link': { role: 'agent', ticket: ['inScope'] },
  'ticket.merge': { role: 'supervisor', ticket: ['inScope', 'notMerged'] },
  'ticket.consent': { role: 'agent', ticket: ['inScope', 'notMerged'] },
  'ticket.refer': { role: 'agent', ticket: ['inScope', 'notMerged'] },
  // Referring outside the recorded consent: a supervisor, with a UU 27/2022 Pasal 20 basis and a reason.
  'ticket.refer_override': { role: 'supervisor', ticket: ['inScope', 'notMerged'] },
  // A partner agency's staff: the referrals made to their agency, nothing else.
  'partner.referrals': { role: 'partner', ticket: [] },
  'admin.partners': { role: 'admin', ticket: [] },
  'stats.view': { role: 'supervisor', ticket: [] },
  'admin.staff': { role: 'admin', ticket: [] },
  'admin.missions': { role: 'admin', ticket: [] },
  'admin.canned': { role: 'admin', ticket: [] },
  'admin.channels': { role: 'admin', ticket: [] },
  'audit.view': { role: 'admin', ticket: [] },
  'audit.export': { role: 'admin', ticket: [] },
};

/** What the rules need to know about a ticket. */
export interface TicketScope {
  missionId: string | null;
  status: string;
  mergedInto: string | null;
}

/**
 * The answer: allowed; forbidden (403); or not_found — a ticket outside the staff member's mission is
 * answered as if it did not exist, so references are never confirmed to someone who may not see them.
 */
export type PermissionAnswer = 'allowed' | 'forbidden' | 'not_found';

/** True when the ticket is in the staff member's scope: central staff see all, mission staff their own. */
export function inScope(
  staff: Pick<StaffMember, 'missionId'> & { role?: StaffMember['role'] },
  ticket: Pick<TicketScope, 'missionId'>,
): boolean {
  // Partner staff reach tickets only through what was referred to them (the partner area), never here.
  if (staff.role === 'partner') return false;
  return staff.missionId === null || staff.missionId === ticket.missionId;
}

/** May this staff member do this action (on this ticket, when the action is about one)? */
export function can(
  staff: Pick<StaffMember, 'role' | 'missionId'>,
  action: DeskAction,
  ticket?: TicketScope,
): PermissionAnswer {
  const rule = PERMISSIONS[action];
  if (ticket && rule.ticket.includes('inScope') && !inScope(staff, ticket)) return 'not_found';
  if (!roleIncludes(staff.role, rule.role)) return 'forbidden';
  if (rule.ticket.length > 0 && !ticket) throw new Error(`${action} needs the ticket it is about`);
  if (ticket && rule.ticket.includes('isOpen') && ticket.status === 'closed') return 'forbidden';
  if (ticket && rule.ticket.includes('notMerged') && ticket.mergedInto !== null) return 'forbidden';
  return 'allowed';
}
