import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';

// Mental-health and suicide-prevention lines by country, shown with the help a person gets when they speak
// of ending their life. Reference data like the emergency numbers (0004): seeded from the snapshot beside
// this file, each row with the public source it was checked against. Countries without a line show none:
// a wrong number to someone in crisis is worse than no number.

interface Seed {
  lines: {
    country: string;
    name: string;
    number: string;
    hours: string;
    source_url: string;
    source_title: string;
  }[];
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table mental_health_lines (
      country text primary key,
      name text not null,
      number text not null,
      hours text not null,
      source_url text not null,
      source_title text not null
    )
  `.execute(db);
  const seed = JSON.parse(
    readFileSync(new URL('./0015-mental-health-lines-seed.json', import.meta.url), 'utf8'),
  ) as Seed;
  await db.insertInto('mental_health_lines').values(seed.lines).execute();
}
