import type { Hono } from 'hono';
import type { Database } from '../../src/db/database.ts';
import { webchatPerson } from './desk.ts';
import { SELF_REPORT_ANSWERS } from './intake-answers.ts';

/** A person who made the whole self report through the web chat of `app`, and the ticket it became. */
export async function reportThroughWebchat(database: Database, app: Hono) {
  const person = await webchatPerson(app);
  for (const answer of SELF_REPORT_ANSWERS) await person.say(answer);
  const ticket = await database.db
    .selectFrom('tickets')
    .innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
    .selectAll('tickets')
    .where('contacts.address', '=', person.id)
    .executeTakeFirstOrThrow();
  return { person, ticket };
}
