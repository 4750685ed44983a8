/** URL slugs from Danish names: "Sundhedsråd Sønderjylland" → "sundhedsraad-soenderjylland". */
const REPLACEMENTS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', é: 'e', ü: 'ue', ö: 'oe', ä: 'ae' };

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (ch) => REPLACEMENTS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
