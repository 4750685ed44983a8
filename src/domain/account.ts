/** Accounts: how e-mail addresses are compared and what a password must be. Pure. */

/** E-mail addresses are compared without case and surrounding spaces: stored lower-case. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** A plausible address: something@domain.tld, no spaces, at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long';

/** What is wrong with a new password, or null. Length is what matters (NIST SP 800-63B), not symbols. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}
