import { describe, expect, it } from 'vitest';
import {
  type Actor,
  BODY_ACTIONS,
  type BodyAction,
  type BodyRole,
  can,
  GLOBAL_ACTIONS,
  isBodyRole,
} from '../../src/domain/roles.js';

const THIS = 1;
const OTHER = 2;

const actor = (roles: [number, BodyRole][] = [], isAdmin = false): Actor => ({ isAdmin, roles: new Map(roles) });

const ACTORS: Record<string, Actor | null> = {
  anonymous: null,
  'member of this body': actor([[THIS, 'member']]),
  'member of another body': actor([[OTHER, 'member']]),
  'secretariat of this body': actor([[THIS, 'secretariat']]),
  'secretariat of another body': actor([[OTHER, 'secretariat']]),
  admin: actor([], true),
  'signed in, no roles': actor(),
};

/** action → who may do it in THIS body. */
const EXPECTED: Record<BodyAction, string[]> = {
  read_closed_item: ['member of this body', 'secretariat of this body', 'admin'],
  edit_meeting: ['secretariat of this body', 'admin'],
  publish: ['secretariat of this body', 'admin'],
  ask_question: ['member of this body', 'admin'],
  answer_question: ['secretariat of this body', 'admin'],
};

describe('can: body actions', () => {
  for (const action of BODY_ACTIONS) {
    for (const [name, who] of Object.entries(ACTORS)) {
      const allowed = EXPECTED[action].includes(name);
      it(`${name} ${allowed ? 'may' : 'may not'} ${action} in this body`, () => {
        expect(can(who, action, { bodyId: THIS })).toBe(allowed);
      });
    }
  }

  it('a role in one body gives nothing in another', () => {
    const both = actor([
      [THIS, 'member'],
      [OTHER, 'secretariat'],
    ]);
    expect(can(both, 'edit_meeting', { bodyId: THIS })).toBe(false);
    expect(can(both, 'edit_meeting', { bodyId: OTHER })).toBe(true);
    expect(can(both, 'ask_question', { bodyId: THIS })).toBe(true);
    expect(can(both, 'ask_question', { bodyId: OTHER })).toBe(false);
    expect(can(both, 'read_closed_item', { bodyId: 3 })).toBe(false);
  });
});

describe('can: global actions', () => {
  for (const action of GLOBAL_ACTIONS) {
    for (const [name, who] of Object.entries(ACTORS)) {
      const allowed = name === 'admin';
      it(`${name} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(can(who, action)).toBe(allowed);
      });
    }
  }

  it('a secretariat of every body is still not an admin', () => {
    const everywhere = actor([
      [THIS, 'secretariat'],
      [OTHER, 'secretariat'],
    ]);
    expect(can(everywhere, 'manage_users')).toBe(false);
    expect(can(everywhere, 'read_audit_log')).toBe(false);
  });
});

describe('isBodyRole', () => {
  it('knows the two roles and nothing else', () => {
    expect(isBodyRole('secretariat')).toBe(true);
    expect(isBodyRole('member')).toBe(true);
    for (const value of ['admin', 'chair', '', null, undefined, 1]) expect(isBodyRole(value)).toBe(false);
  });
});
