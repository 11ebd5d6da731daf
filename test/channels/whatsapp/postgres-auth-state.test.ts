import { randomUUID } from 'node:crypto';
import { BufferJSON, proto } from '@whiskeysockets/baileys';
import { expect, it } from 'vitest';
import {
  hasStoredCreds,
  usePostgresAuthState,
} from '../../../src/channels/whatsapp/baileys/postgres-auth-state.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('usePostgresAuthState', (database) => {
  it('round-trips credentials with their Buffers through saveCreds', async () => {
    const account = randomUUID();
    const first = await usePostgresAuthState(database().db, account);
    expect(await hasStoredCreds(database().db, account)).toBe(false);
    first.state.creds.me = { id: '6281234567890:1@s.whatsapp.net', name: 'Suar' };
    first.state.creds.registered = true;
    await first.saveCreds();

    const again = await usePostgresAuthState(database().db, account);
    expect(await hasStoredCreds(database().db, account)).toBe(true);
    const creds = again.state.creds;
    expect(Buffer.isBuffer(creds.noiseKey.private)).toBe(true);
    expect(Buffer.from(creds.noiseKey.private).equals(Buffer.from(first.state.creds.noiseKey.private))).toBe(
      true,
    );
    expect(Buffer.from(creds.signedPreKey.signature)).toEqual(
      Buffer.from(first.state.creds.signedPreKey.signature),
    );
    expect(creds.registrationId).toBe(first.state.creds.registrationId);
    expect(creds.me?.id).toBe('6281234567890:1@s.whatsapp.net');
    expect(JSON.stringify(creds, BufferJSON.replacer)).toBe(
      JSON.stringify(first.state.creds, BufferJSON.replacer),
    );
  });

  it('persists keys.set, reads them back as Buffers and protobuf classes, and honours null deletes', async () => {
    const account = randomUUID();
    const { state } = await usePostgresAuthState(database().db, account);
    const preKey = { public: Buffer.from([1, 2, 3]), private: Buffer.from([4, 5, 0, 6]) };
    await state.keys.set({
      'pre-key': { '1': preKey, '2': preKey },
      session: { '6281234567890.0': Buffer.from('session-bytes') },
      'app-state-sync-key': { AAAA: { keyData: Buffer.from([9, 9]), timestamp: 42 } },
      'lid-mapping': { '6281234567890': '123456789012345' },
    });

    // A fresh load sees exactly what was set: nothing lived only in memory.
    const { state: loaded } = await usePostgresAuthState(database().db, account);
    const keys = await loaded.keys.get('pre-key', ['1', '2', '3']);
    expect(Object.keys(keys).sort()).toEqual(['1', '2']);
    expect(Buffer.isBuffer(keys['1']!.private)).toBe(true);
    expect(Buffer.from(keys['1']!.private)).toEqual(preKey.private);
    expect(Buffer.from((await loaded.keys.get('session', ['6281234567890.0']))['6281234567890.0']!)).toEqual(
      Buffer.from('session-bytes'),
    );
    const syncKey = (await loaded.keys.get('app-state-sync-key', ['AAAA'])).AAAA;
    expect(syncKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(Buffer.from(syncKey!.keyData!)).toEqual(Buffer.from([9, 9]));
    expect(await loaded.keys.get('lid-mapping', ['6281234567890'])).toEqual({
      '6281234567890': '123456789012345',
    });

    await loaded.keys.set({ 'pre-key': { '1': null }, session: { '6281234567890.0': null } });
    const { state: afterDelete } = await usePostgresAuthState(database().db, account);
    expect(Object.keys(await afterDelete.keys.get('pre-key', ['1', '2']))).toEqual(['2']);
    expect(await afterDelete.keys.get('session', ['6281234567890.0'])).toEqual({});
  });

  it('overwrites a key set twice, keeps accounts apart, and clear() forgets the account', async () => {
    const account = randomUUID();
    const other = randomUUID();
    const auth = await usePostgresAuthState(database().db, account);
    const otherAuth = await usePostgresAuthState(database().db, other);
    await auth.state.keys.set({ 'sender-key': { g: Buffer.from('old') } });
    await auth.state.keys.set({ 'sender-key': { g: Buffer.from('new') } });
    await otherAuth.state.keys.set({ 'sender-key': { g: Buffer.from('other') } });
    expect(Buffer.from((await auth.state.keys.get('sender-key', ['g'])).g!).toString()).toBe('new');
    await auth.saveCreds();
    await auth.clear();
    expect(await hasStoredCreds(database().db, account)).toBe(false);
    expect(await auth.state.keys.get('sender-key', ['g'])).toEqual({});
    expect(Buffer.from((await otherAuth.state.keys.get('sender-key', ['g'])).g!).toString()).toBe('other');
  });
});
