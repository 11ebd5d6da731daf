import { describe, expect, it } from 'vitest';
import { can, type DeskAction, PERMISSIONS, type TicketScope } from '../../src/desk/permissions.ts';
import type { StaffRole } from '../../src/staff/staff-roles.ts';

const open: TicketScope = { missionId: 'kbri-kuala-lumpur', status: 'open', mergedInto: null };
const closed: TicketScope = { ...open, status: 'closed' };
const merged: TicketScope = { ...open, mergedInto: 'another' };
const elsewhere: TicketScope = { ...open, missionId: 'kbri-phnom-penh' };

const central = (role: StaffRole) => ({ role, missionId: null });
const mission = (role: StaffRole) => ({ role, missionId: 'kbri-kuala-lumpur' });

// The rules as a table: who, action, ticket → answer.
const cases: [
  string,
  { role: StaffRole; missionId: string | null },
  DeskAction,
  TicketScope | undefined,
  string,
][] = [
  ['an agent views a ticket of their mission', mission('agent'), 'ticket.view', open, 'allowed'],
  [
    "an agent cannot see another mission's ticket (not even that it exists)",
    mission('agent'),
    'ticket.view',
    elsewhere,
    'not_found',
  ],
  [
    "a mission supervisor cannot assign another mission's ticket",
    mission('supervisor'),
    'ticket.assign',
    elsewhere,
    'not_found',
  ],
  ['central staff see every mission', central('agent'), 'ticket.view', elsewhere, 'allowed'],
  ['an agent cannot assign others', central('agent'), 'ticket.assign', open, 'forbidden'],
  ['a supervisor assigns', central('supervisor'), 'ticket.assign', open, 'allowed'],
  ['an admin may do what a supervisor may', central('admin'), 'ticket.merge', open, 'allowed'],
  ['an agent cannot merge', mission('agent'), 'ticket.merge', open, 'forbidden'],
  ['nobody replies on a closed ticket (reopen first)', central('admin'), 'ticket.reply', closed, 'forbidden'],
  ['a note may be added to a closed ticket', mission('agent'), 'ticket.note', closed, 'allowed'],
  ['a merged ticket takes no reply', central('supervisor'), 'ticket.reply', merged, 'forbidden'],
  ['an agent takes an open ticket', mission('agent'), 'ticket.take', open, 'allowed'],
  ['an agent cannot see stats', mission('agent'), 'stats.view', undefined, 'forbidden'],
  ['a supervisor sees stats', mission('supervisor'), 'stats.view', undefined, 'allowed'],
  ['a supervisor cannot administer staff', central('supervisor'), 'admin.staff', undefined, 'forbidden'],
  [
    "an agent views and downloads the files of their mission's ticket",
    mission('agent'),
    'evidence.download',
    open,
    'allowed',
  ],
  [
    "nobody sees the files of another mission's ticket",
    mission('admin'),
    'evidence.view',
    elsewhere,
    'not_found',
  ],
  ['files of a closed ticket stay viewable', mission('agent'), 'evidence.view', closed, 'allowed'],
  [
    'a partner account never reaches files through the desk',
    { role: 'partner', missionId: null },
    'evidence.view',
    open,
    'not_found',
  ],
  ['an admin reads the audit log', central('admin'), 'audit.view', undefined, 'allowed'],
  ['an agent cannot read the audit log', central('agent'), 'audit.view', undefined, 'forbidden'],
];

describe('desk permissions', () => {
  it.each(cases)('%s', (_name, staff, action, ticket, answer) => {
    expect(can(staff, action, ticket)).toBe(answer);
  });

  it('every action has a rule, and an action about a ticket refuses to be asked without one', () => {
    for (const [action, rule] of Object.entries(PERMISSIONS)) {
      if (rule.ticket.length > 0) expect(() => can(central('admin'), action as DeskAction)).toThrow();
    }
  });
});
