import { chineseNumeral, parseChineseNumeral } from './chinese-numeral.js';

/**
 * A place in the laws library that a decision or benchmark cites: law, 条, and where the
 * law divides it, 款 and 项, e.g. 道路运输条例 第六十三条第一项. `law` is the library's short
 * title (the statute file's name without its date, 中华人民共和国 dropped).
 */
export interface Citation {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}

const NATIONAL_PREFIX = '中华人民共和国';

/** 《中华人民共和国 道路运输条例》 → 道路运输条例: the library's short title. */
export function normaliseLawName(name: string): string {
  const bare = name.replace(/[\s《》]/g, '');
  return bare.startsWith(NATIONAL_PREFIX) ? bare.slice(NATIONAL_PREFIX.length) : bare;
}

/** `《道路运输条例》第六十三条第一项`; 第N款 only when the citation names the paragraph. */
export function formatCitation(citation: Citation): string {
  const paragraph = citation.paragraph ? `第${chineseNumeral(citation.paragraph)}款` : '';
  const item = citation.item ? `第${chineseNumeral(citation.item)}项` : '';
  return `《${citation.law}》第${chineseNumeral(citation.article)}条${paragraph}${item}`;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千\\d]+';
const CITATION_PATTERN = new RegExp(
  `^《?(.+?)》?第(${NUMERAL})条(?:第(${NUMERAL})款)?(?:第(${NUMERAL})项)?$`,
);

/**
 * Reads `道路运输条例第六十三条第一项`, `《中华人民共和国道路运输条例》第六十三条第二款`
 * (spaces anywhere, Arabic digits allowed); null when the text is not one citation.
 */
export function parseCitation(text: string): Citation | null {
  const match = CITATION_PATTERN.exec(text.replace(/\s/g, ''));
  if (!match) return null;
  const [, law = '', article = '', paragraph, item] = match;
  const citation: Citation = { law: normaliseLawName(law), article: parseChineseNumeral(article) };
  if (paragraph) citation.paragraph = parseChineseNumeral(paragraph);
  if (item) citation.item = parseChineseNumeral(item);
  const numbers = [citation.article, citation.paragraph ?? 1, citation.item ?? 1];
  return citation.law && numbers.every((n) => Number.isInteger(n) && n > 0) ? citation : null;
}
