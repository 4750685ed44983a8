/**
 * Case numbers (sagsnumre) as the bodies' case systems print them on a line of their own:
 * "25/53155", "EMN-2022-08440", "2011-29298", "24-004678", "20-055908K", KLE style
 * "00.01.00-A00-1-24". Shared by the text reader (which recognises them) and the text renderer
 * (which must know whether a bare number will be recognised, or needs its "Sags ID:" label).
 */

const CASE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^\d{2,4}\/\d{1,8}(?:-\d{1,4})?$/, // 25/53155
  /^[A-ZÆØÅ]{2,6}-\d{4}-\d{2,8}$/, // EMN-2022-08440
  /^\d{4}-\d{2,8}[A-Z]?$/, // 2011-29298
  /^\d{2}-\d{3,8}[A-Z]?$/, // 24-004678, 20-055908K
  /^\d{2}\.\d{2}\.\d{2}(?:\.[A-ZÆØÅ]\d{2})?-[A-ZÆØÅ]\d{2}-\d{1,6}-\d{2,4}$/, // 00.01.00-A00-1-24 (KLE)
];

/** A case number as printed on a line of its own ("25/53155", "EMN-2022-08440" …); else null. */
export function parseCaseNumber(text: string): string | null {
  const value = text.trim().replace(/[.,;]$/, '');
  if (value.length < 5 || value.length > 40) return null;
  return CASE_NUMBER_PATTERNS.some((pattern) => pattern.test(value)) ? value : null;
}
