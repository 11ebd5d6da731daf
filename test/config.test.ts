import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('works with nothing set: PGlite in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      sessionTimeoutMs: 30 * 60_000,
    });
    expect(config.slaMinutes).toEqual({ P1: 15, P2: 240, P3: 2880, P4: 7200 });
  });

  it('honours PORT and DATABASE_URL, and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db/suar', DATA_DIR: '' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db/suar', dataDir: './data' });
  });

  it('names the first admin by DESK_ADMIN_EMAIL (lower case), admin@suar.local by default, and refuses a non-email', () => {
    expect(loadConfig({}).deskAdminEmail).toBe('admin@suar.local');
    expect(loadConfig({ DESK_ADMIN_EMAIL: 'Ops@Kemlu.go.id' }).deskAdminEmail).toBe('ops@kemlu.go.id');
    expect(() => loadConfig({ DESK_ADMIN_EMAIL: 'admin' })).toThrow(/DESK_ADMIN_EMAIL/);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_TIMEOUT_MINUTES: '-5',
        LOG_LEVEL: 'loud',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_TIMEOUT_MINUTES', 'LOG_LEVEL'])
        expect(message).toContain(name);
    }
  });

  it('loads .env.example as it is, every channel off', () => {
    const env: Record<string, string> = {};
    for (const line of readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (match) env[match[1]!] = match[2]!;
    }
    const config = loadConfig(env);
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, telegram: null });
    expect(config.whatsapp.baileys ?? null).toBeNull();
  });
});
