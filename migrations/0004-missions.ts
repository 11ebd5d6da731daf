import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';

// The missions reference table (KBRI/KJRI, what each covers, local emergency numbers), seeded from the
// snapshot beside this file. Staff-maintained from here on: later changes are new migrations or desk edits.
// Hotlines stay null unless verified: a wrong number in an emergency is worse than the central hotline.

interface Seed {
  centralHotline: string;
  missions: { id: string; name: string; city: string; country: string; hotline: string | null }[];
  coverage: { missionId: string; country: string; area: string | null }[];
  emergencyNumbers: { country: string; police: string; ambulance: string | null }[];
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table missions (
      id text primary key,
      name text not null,
      city text not null,
      country text not null,
      hotline text,
      updated_at timestamptz not null default now()
    );
    create table mission_coverage (
      mission_id text not null references missions (id) on delete cascade,
      country text not null,
      area text,
      unique nulls not distinct (country, area)
    );
    create table emergency_numbers (
      country text primary key,
      police text not null,
      ambulance text
    );
    create table reference_settings (
      key text primary key,
      value text not null
    );
  `.execute(db);
  const seed = JSON.parse(
    readFileSync(new URL('./0004-missions-seed.json', import.meta.url), 'utf8'),
  ) as Seed;
  await db.insertInto('missions').values(seed.missions).execute();
  await db
    .insertInto('mission_coverage')
    .values(seed.coverage.map((c) => ({ mission_id: c.missionId, country: c.country, area: c.area })))
    .execute();
  await db.insertInto('emergency_numbers').values(seed.emergencyNumbers).execute();
  await db
    .insertInto('reference_settings')
    .values({ key: 'central_hotline', value: seed.centralHotline })
    .execute();
}
