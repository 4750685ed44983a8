import { describe, expect, it } from 'vitest';
import { amountsInTexts, itemAmounts, largest, MAX_AMOUNTS_PER_ITEM } from '../../src/domain/item-amounts.js';

const item = (texts: string[], decision: string | null = null, closed = false) => ({
  closed,
  sections: texts.map((text) => ({ text })),
  decision: decision === null ? null : { text: decision },
});

describe('the amounts an item mentions', () => {
  it('reads the sections and the decision, in order, each amount once', () => {
    const { amounts, maxOre } = itemAmounts(
      item(
        ['Regionsrådet har afsat 2,5 mio. kr. til kulturprojekter.', 'Klyngen fik 818.200 kr. Igen: 2,5 mio. kr.'],
        'Godkendt med 40 mio. kr. årligt i 2027 og frem.',
      ),
    );
    expect(amounts.map((a) => a.text)).toEqual(['2,5 mio. kr.', '818.200 kr.', '40 mio. kr.']);
    expect(amounts.map((a) => a.ore)).toEqual(['250000000', '81820000', '4000000000']);
    expect(amounts[2].period).toEqual({ recurrence: 'yearly', fromYear: 2027, toYear: null });
    expect(maxOre).toBe(4_000_000_000n);
  });

  it('reads nothing of a closed item', () => {
    expect(itemAmounts(item(['Købesummen er 12 mio. kr.'], null, true))).toEqual({ amounts: [], maxOre: null });
  });

  it('has no largest amount when none is mentioned', () => {
    expect(itemAmounts(item(['Drøftelse af samarbejdet.'], 'Taget til efterretning.'))).toEqual({
      amounts: [],
      maxOre: null,
    });
    expect(largest([])).toBeNull();
  });

  it('lists the same amount written two ways twice, and the same words once', () => {
    const amounts = amountsInTexts(['487.500 kr. svarer til 487.500 kr. og til kr. 487.500']);
    expect(amounts.map((a) => a.text)).toEqual(['487.500 kr.', 'kr. 487.500']);
  });

  it('keeps at most MAX_AMOUNTS_PER_ITEM amounts, and the largest among those kept', () => {
    const text = Array.from({ length: MAX_AMOUNTS_PER_ITEM + 10 }, (_, i) => `${i + 1}.000 kr.`).join(', ');
    const amounts = amountsInTexts([text]);
    expect(amounts).toHaveLength(MAX_AMOUNTS_PER_ITEM);
    expect(largest(amounts)).toBe(BigInt(MAX_AMOUNTS_PER_ITEM) * 1000n * 100n);
  });
});
