/** The quality score of a page's text: the share of word-like characters; garbage under 0.5. */
import { describe, expect, it } from 'vitest';
import { GARBAGE_BELOW, textQuality } from '../../src/domain/text-quality.js';

describe('text quality', () => {
  it('scores Danish prose, with numbers, case numbers, abbreviations and punctuation, as words', () => {
    const prose = textQuality(
      'Udvalget besluttede den 19. marts 2026, jf. sag nr. 26/279, at bygge en cykelsti ved Østergade (bilag 3). ' +
        'Kl. 16.00 – mødet slutter. Økonomi: 1.250.000 kr. § 17, stk. 4. CPR-registret og SFO-taksten.',
    );
    expect(prose.score).toBe(1);
    expect(prose.garbage).toBe(false);
  });

  it('scores symbols, letters inside symbols and mixed case as garbage', () => {
    const noise = textQuality('QDHN%Ww &N IN ]<> JM —— HH DD\n}{ <> ~~~ ^^^ ### @@@ $$$ ||| tHiS aBc');
    expect(noise.score).toBeLessThan(GARBAGE_BELOW);
    expect(noise.garbage).toBe(true);
    expect(textQuality('iiiiiii llllll mmmmmm').garbage).toBe(true);
  });

  it('gives no score to a page without text, and counts a lone dash on neither side', () => {
    expect(textQuality('')).toEqual({ score: null, garbage: false });
    expect(textQuality(' \n\t ')).toEqual({ score: null, garbage: false });
    expect(textQuality('- Første punkt\n- Andet punkt')).toEqual({ score: 1, garbage: false });
  });

  it('keeps a page with a few OCR slips above the threshold', () => {
    const slips = textQuality('Sagen blev godkendt med følgende bemærkninqer om økonomien, |dag og i morgen. ~');
    expect(slips.score).toBeGreaterThan(0.8);
    expect(slips.garbage).toBe(false);
  });
});
