/**
 * Page cursors: opaque base64url of the last row's sort key, so that the next page starts right
 * after it (keyset) and stays correct while rows are added. A cursor that does not decode to the
 * expected shape is a 400, never a server error.
 */
import { AppError } from '../../errors.js';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const INVALID = 'cursor: ugyldig – brug værdien fra links.next / invalid, use the value of links.next';

/**
 * The key in a cursor, checked against the expected kinds of its parts ('s' string, 'n' integer,
 * 'd' date "YYYY-MM-DD"); undefined when there is no cursor.
 */
export function decodeCursor(
  cursor: string | undefined,
  shape: readonly ('s' | 'n' | 'd')[],
): (string | number)[] | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new AppError('input_invalid', INVALID, { cause: error });
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw new AppError('input_invalid', INVALID);
  parsed.forEach((value, i) => {
    const ok =
      shape[i] === 'n'
        ? Number.isInteger(value) && value >= 0 && value <= 2_147_483_647
        : shape[i] === 'd'
          ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
          : typeof value === 'string' && value.length <= 200;
    if (!ok) throw new AppError('input_invalid', INVALID);
  });
  return parsed as (string | number)[];
}
