/**
 * Word search over the laws library without a Chinese word segmenter: every article is
 * indexed by the distinct character bigrams of its text, and a term is found where the
 * article holds all the term's bigrams and, confirmed, the term itself.
 */

/**
 * Lower-cases Latin letters only: the database's `lower()` under the C collation does the
 * same, so the words indexed here and the words confirmed there agree.
 */
export function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Shorter terms would need single characters indexed, and would match nearly everything. */
export const MIN_TERM_LENGTH = 2;

/** The words of a query: split at spaces, lower-cased, each once. */
export function searchTerms(query: string): string[] {
  const words = foldCase(query).split(/\s+/).filter(Boolean);
  return [...new Set(words)];
}

/** Why the query cannot be searched, in words for the user; null when it can. */
export function searchQueryProblem(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return '请输入要查找的词语';
  if (terms.some((term) => [...term].length < MIN_TERM_LENGTH)) {
    return `每个查找词至少${MIN_TERM_LENGTH}个字（多个词用空格分开）`;
  }
  return null;
}

/** The distinct bigrams of a text, lower-cased, none spanning a space. */
export function searchGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of foldCase(text).split(/\s+/)) {
    const chars = [...word];
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(`${chars[i]}${chars[i + 1]}`);
  }
  return [...grams];
}

export interface Snippet {
  text: string;
  /** Where the terms occur in `text`, in UTF-16 offsets as JavaScript slices strings. */
  marks: { start: number; length: number }[];
}

/** The stretch of an article around the first match of the first term, with every match marked. */
export function searchSnippet(text: string, terms: readonly string[], width = 80): Snippet {
  const lower = foldCase(text);
  const first = Math.max(0, lower.indexOf(terms[0] ?? ''));
  const start = Math.max(0, Math.min(first - Math.floor(width / 4), text.length - width));
  const end = Math.min(text.length, start + width);
  const marks = terms.flatMap((term) => occurrences(lower, term, start, end));
  marks.sort((a, b) => a.start - b.start);
  return { text: text.slice(start, end), marks };
}

function occurrences(text: string, term: string, from: number, to: number) {
  const found: Snippet['marks'] = [];
  for (let at = text.indexOf(term, from); at >= 0 && at + term.length <= to;) {
    found.push({ start: at - from, length: term.length });
    at = text.indexOf(term, at + term.length);
  }
  return found;
}
