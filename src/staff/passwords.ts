import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package's enum is a const enum that isolated modules cannot read.
const ARGON2ID = 2;

/** Shortest password staff may choose. */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted (hashing a megabyte would be a cheap way to load the server). */
export const MAX_PASSWORD_LENGTH = 256;

/** Hashes a password with argon2id (the library's defaults: 19 MiB, 2 passes — OWASP's minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

// A real hash of a random password: verifying against it when an email is unknown takes as long as a real
// check, so the answer time does not tell which emails have accounts.
// Made on first use, not at start: hashing costs tens of milliseconds that a start should not pay.
let decoyHash: Promise<string> | undefined;

/** True when the password matches the hash; with no hash, spends the same time and answers false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  if (!passwordHash) {
    decoyHash ??= hashPassword(String(Math.random()));
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

// No 0/O, 1/l/I: the one-time password is read off a console and typed by hand.
const READABLE = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password like "k7mq-x2pa-9hte-w4rn" (80 bits), for a first sign-in or a reset. */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += READABLE[randomInt(READABLE.length)];
    groups.push(group);
  }
  return groups.join('-');
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  email: string,
): 'too_short' | 'too_long' | 'like_email' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) return 'like_email';
  return null;
}
