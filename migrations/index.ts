import type { Migration } from 'kysely';
import * as core from './0001-core.ts';
import * as telegram from './0002-telegram.ts';
import * as whatsapp from './0003-whatsapp.ts';
import * as missions from './0004-missions.ts';
import * as outboxChatSettings from './0005-outbox-chat-settings.ts';
import * as receiptsPerContact from './0006-receipts-per-contact.ts';
import * as desk from './0007-desk.ts';
import * as inboundHourlyCap from './0008-inbound-hourly-cap.ts';
import * as deskQueueIndexes from './0009-desk-queue-indexes.ts';
import * as staffSecondFactor from './0010-staff-second-factor.ts';
import * as contactInboundSeq from './0011-contact-inbound-seq.ts';
import * as deskStats from './0012-desk-stats.ts';
import * as referral from './0013-referral.ts';
import * as evidence from './0014-evidence.ts';
import * as mentalHealthLines from './0015-mental-health-lines.ts';
import * as evidenceDeskLive from './0016-evidence-desk-live.ts';
import * as fileRefusedNotice from './0017-file-refused-notice.ts';
import * as auditThumbnailLookup from './0018-audit-thumbnail-lookup.ts';
import * as auditActor from './0019-audit-actor.ts';

/** Every migration, in order. Listed by hand because Kysely's file provider cannot import .ts under Vitest. */
export const migrations: Record<string, Migration> = {
  '0001-core': core,
  '0002-telegram': telegram,
  '0003-whatsapp': whatsapp,
  '0004-missions': missions,
  '0005-outbox-chat-settings': outboxChatSettings,
  '0006-receipts-per-contact': receiptsPerContact,
  '0007-desk': desk,
  '0008-inbound-hourly-cap': inboundHourlyCap,
  '0009-desk-queue-indexes': deskQueueIndexes,
  '0010-staff-second-factor': staffSecondFactor,
  '0011-contact-inbound-seq': contactInboundSeq,
  '0012-desk-stats': deskStats,
  '0013-referral': referral,
  '0014-evidence': evidence,
  '0015-mental-health-lines': mentalHealthLines,
  '0016-evidence-desk-live': evidenceDeskLive,
  '0017-file-refused-notice': fileRefusedNotice,
  '0018-audit-thumbnail-lookup': auditThumbnailLookup,
  '0019-audit-actor': auditActor,
};
