/**
 * How much of a page's text reads as words: the quality score of an attachment page's text (the
 * text layer's or OCR's), and whether the page is garbage (then it is kept, marked, and not
 * indexed as words). Pure: the stores score every page they write with it.
 *
 * The score is the share of the page's characters (spaces aside) that belong to word-like tokens:
 * - a word: letters only (the Danish alphabet with accented letters), hyphens inside allowed,
 *   written in lower case, with a capital first letter or in capitals; longer than three letters
 *   it holds a vowel (æ, ø, å and y count) and no letter three times in a row ("kl", "stk", "nr",
 *   "CPR" pass as abbreviations);
 * - a number or code: holds a digit and otherwise only letters and . , - / : § % (dates, amounts,
 *   case numbers "26/279", "01.02.03-P20");
 * punctuation around a token ("(bilag)", "side 3.") is its own; a lone dash or bullet counts on
 * neither side. Everything else — symbols inside a token, "tHe", "|||", "@%" — counts against.
 * A page scoring under GARBAGE_BELOW is garbage: OCR of a picture, a stamp or a broken font.
 */

/** Under this share of word-like characters a page's text is garbage. */
export const GARBAGE_BELOW = 0.5;

export interface TextQuality {
  /** 0–1: the share of word-like characters; null for a page without text. */
  score: number | null;
  /** Mostly not words: marked, not indexed as words. */
  garbage: boolean;
}

const LETTERS = 'a-zæøåäöüéèêëáàâíìîóòôúùûýçñ';
const WORD = new RegExp(`^[${LETTERS}]+(?:-[${LETTERS}]+)*$`, 'iu');
const VOWEL = /[aeiouyæøåäöüéèêëáàâíìîóòôúùûý]/iu;
const TRIPLE = /(\p{L})\1\1/iu;
const NUMBER = new RegExp(`^(?=.*\\d)[\\d${LETTERS}.,\\-/:§%]+$`, 'iu');
/** Punctuation that may open or close a token. */
const EDGES = /^[([{«»"'“”‘’„]+|[)\]}«»"'“”‘’.,;:!?]+$/gu;
/** A lone dash, bullet or paragraph sign: neither word nor garbage. */
const NEUTRAL = /^[-–—•·*§]$/u;

export function textQuality(text: string): TextQuality {
  let good = 0;
  let total = 0;
  for (const token of text.split(/\s+/u)) {
    if (token === '' || NEUTRAL.test(token)) continue;
    total += token.length;
    if (isWordLike(token.replace(EDGES, ''))) good += token.length;
  }
  if (total === 0) return { score: null, garbage: false };
  const score = good / total;
  return { score: Math.round(score * 1000) / 1000, garbage: score < GARBAGE_BELOW };
}

function isWordLike(core: string): boolean {
  if (core === '') return false;
  if (NUMBER.test(core)) return true;
  if (!WORD.test(core)) return false;
  return core.split('-').every(isWordPart);
}

function isWordPart(letters: string): boolean {
  const shaped =
    letters === letters.toLowerCase() || letters === letters.toUpperCase() || /^\p{Lu}\p{Ll}+$/u.test(letters);
  if (!shaped) return false;
  if (letters.length <= 3) return true;
  return VOWEL.test(letters) && !TRIPLE.test(letters);
}
