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

  it('keeps files in a folder beside the data with a generated key file by default, or in S3 with a configured key', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/suar/data/' }).evidence).toMatchObject({
      storage: { type: 'folder', folder: '/var/lib/suar/data-evidence' },
      key: null,
      oldKeys: [],
      keyFile: '/var/lib/suar/data-evidence.key',
      limits: { image: 20 * 1024 * 1024, video: 50 * 1024 * 1024 },
      uploadMaxBytes: 20 * 1024 * 1024,
    });
    const key = `k2027:${Buffer.alloc(32, 7).toString('base64')}`;
    const old = `k2026:${Buffer.alloc(32, 6).toString('base64')}`;
    const s3 = loadConfig({
      EVIDENCE_STORAGE: 's3',
      EVIDENCE_S3_BUCKET: 'suar-evidence',
      EVIDENCE_S3_ENDPOINT: 'https://minio.internal:9000',
      EVIDENCE_KEY: key,
      EVIDENCE_OLD_KEYS: old,
      EVIDENCE_MAX_VIDEO_MB: '100',
    }).evidence;
    expect(s3.storage).toMatchObject({
      type: 's3',
      bucket: 'suar-evidence',
      forcePathStyle: true,
      credentials: undefined,
    });
    expect(s3.key?.id).toBe('k2027');
    expect(s3.oldKeys.map((k) => k.id)).toEqual(['k2026']);
    expect(s3.limits.video).toBe(100 * 1024 * 1024);
    // S3 without a key: each process would make its own key file, and could not read the others' files.
    expect(() => loadConfig({ EVIDENCE_STORAGE: 's3', EVIDENCE_S3_BUCKET: 'bucket' })).toThrow(
      /EVIDENCE_KEY/,
    );
    expect(() => loadConfig({ EVIDENCE_KEY: 'k1:short' })).toThrow(/EVIDENCE_KEY.*32 bytes/);
    expect(() => loadConfig({ EVIDENCE_OLD_KEYS: `${old},nonsense` })).toThrow(/EVIDENCE_OLD_KEYS/);
    expect(() =>
      loadConfig({
        EVIDENCE_STORAGE: 's3',
        EVIDENCE_S3_BUCKET: 'bucket',
        EVIDENCE_KEY: key,
        EVIDENCE_S3_ACCESS_KEY_ID: 'x',
      }),
    ).toThrow(/set both or neither/);
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
