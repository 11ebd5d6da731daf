import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder } from '../../src/db/data-folder-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'suar-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writeLock(dir: string, pid: number, host = hostname()) {
  writeFileSync(
    join(dir, LOCK_FILE),
    JSON.stringify({ pid, host, since: '2026-01-01T00:00:00Z', token: 'x' }),
  );
}

it('takes a free folder, and gives it back on release (only its own lock)', () => {
  const dir = folder('free');
  const release = lockDataFolder(dir);
  const holder = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
  expect(holder.pid).toBe(process.pid);
  release();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  // Someone else's lock written after ours was released is left alone by a second release.
  writeLock(dir, process.ppid);
  release();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
});

it('refuses a folder another live process holds, naming it and saying what to do', () => {
  const dir = folder('held');
  writeLock(dir, process.ppid);
  let error: unknown;
  try {
    lockDataFolder(dir);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DataFolderInUseError);
  const message = (error as Error).message;
  expect(message).toContain(`process ${process.ppid}`);
  expect(message).toContain('stop Suar');
  expect(message).toContain('DATABASE_URL');
  // The holder's lock is untouched.
  expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.ppid);
});

it('refuses a lock from another host, where it cannot tell whether the holder lives', () => {
  const dir = folder('other-host');
  writeLock(dir, 1, 'some-other-host');
  expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
});

it('breaks a lock left by a process that is gone, or a half-written one', () => {
  const dir = folder('stale');
  writeLock(dir, 2 ** 22 + 12345); // above Linux's pid_max: never a live process
  const release = lockDataFolder(dir);
  expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
  release();
  writeFileSync(join(dir, LOCK_FILE), '');
  lockDataFolder(dir)();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
});
