import { adminRoutes } from './admin/admin-routes.tsx';
import type { DeskArea } from './desk-app.tsx';
import { evidenceRoutes } from './evidence/evidence-routes.tsx';
import { liveRoutes } from './live/live-routes.ts';
import { queueRoutes } from './queue/queue-routes.tsx';
import { partnerAdminRoutes } from './referral/partner-admin-routes.tsx';
import { partnerDeskRoutes } from './referral/partner-desk-routes.tsx';
import { referralRoutes } from './referral/referral-routes.tsx';
import { statsRoutes } from './stats/stats-routes.tsx';
import { ticketRoutes } from './ticket/ticket-routes.tsx';

/** The desk's areas behind sign-in, in the order their routes are tried. */
export const DESK_AREAS: DeskArea[] = [
  queueRoutes,
  ticketRoutes,
  evidenceRoutes,
  referralRoutes,
  partnerDeskRoutes,
  liveRoutes,
  statsRoutes,
  adminRoutes,
  partnerAdminRoutes,
];
