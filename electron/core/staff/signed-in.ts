import os from 'node:os';
import type { Db } from '../db/connection.ts';
import { AppError } from '../errors.ts';
import type { Staff } from './staff-schema.ts';
import { staffByName } from './staff-service.ts';

/**
 * Who works at a PC is a setting of that PC (the program has no passwords: a clerk chooses his
 * name at start), kept in the shared database under the machine's name so two PCs on one data
 * folder each keep their own.
 */
const keyOf = (host: string) => `signedIn:${host}`;

/** Who is signed in on this PC and how many people are on the list, for the start dialog. */
export interface SignedIn {
  host: string;
  person: Staff | null;
  /** People in use: the start dialog asks only where there are some. */
  activeStaff: number;
}

/** The signed-in person, if still on the list and in use (a 停用 person is signed out). */
export function signedInPerson(db: Db, host = os.hostname()): Staff | null {
  const name = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(keyOf(host)) as string | undefined;
  if (!name) return null;
  const person = staffByName(db, name);
  return person?.active ? person : null;
}

export function signedIn(db: Db, host = os.hostname()): SignedIn {
  const activeStaff = db.prepare('SELECT count(*) FROM staff WHERE active = 1').pluck().get() as number;
  return { host, person: signedInPerson(db, host), activeStaff };
}

/** Signs a person on the list, in use, in on this PC. */
export function signIn(db: Db, name: string, host = os.hostname()): SignedIn {
  const person = staffByName(db, name);
  if (!person) throw new AppError(`人员名单中没有“${name.trim()}”，请先在 设置 → 人员 中添加。`);
  if (!person.active) throw new AppError(`“${person.name}”已停用，不能登录。`);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    keyOf(host),
    person.name,
  );
  return signedIn(db, host);
}

export function signOut(db: Db, host = os.hostname()): SignedIn {
  db.prepare('DELETE FROM settings WHERE key = ?').run(keyOf(host));
  return signedIn(db, host);
}
