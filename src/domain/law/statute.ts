import { normaliseLawName, type Citation } from './citation.js';
import { parseChineseNumeral } from './chinese-numeral.js';

/** One statute file of the laws library: `<简称>(<YYYY-MM-DD>).md`, parsed. */
export interface Statute {
  /** The `# ` heading, e.g. 中华人民共和国道路运输条例. */
  title: string;
  /** The file name before the date, 中华人民共和国 dropped: what citations name. */
  shortTitle: string;
  /** The date in the file name: the version this text is. */
  versionDate: string;
  kind: LawKind;
  chapters: StatuteChapter[];
  articles: Article[];
}

/** 法律, 行政法规或规章 (the title cannot tell them apart), 地方性法规. */
export type LawKind = 'law' | 'regulation' | 'localRegulation';

export interface StatuteChapter {
  /** e.g. 第二章 道路运输经营 */
  title: string;
  sections: string[];
}

/** 条 */
export interface Article {
  number: number;
  /** e.g. 第六十三条 */
  label: string;
  chapter: string | null;
  section: string | null;
  paragraphs: Paragraph[];
  /** The article's words without its label, one line per 款 and 项. */
  text: string;
}

/** 款: one line of the article; the 项 listed under it follow as `（一）…` lines. */
export interface Paragraph {
  text: string;
  items: string[];
}

const FILE_NAME = /^(.+)[(（](\d{4}-\d{2}-\d{2})[)）]\.md$/;
const CHAPTER = /^##\s+(第\S+?章)\s*(.*)$/;
const SECTION = /^###\s+(第\S+?节)\s*(.*)$/;
const ARTICLE = /^(第([零〇一二三四五六七八九十百千]+)条)(?:\s+(.*))?$/;
/** 项 are numbered （一） or, in some official texts, (一). */
const ITEM = /^[（(][零〇一二三四五六七八九十百千]+[）)]/;
/** The LawRefBook files end their preamble (promulgation history) with this marker. */
const PREAMBLE_END = '<!-- INFO END -->';

export function isStatuteFileName(fileName: string): boolean {
  return FILE_NAME.test(fileName);
}

export function parseStatute(fileName: string, markdown: string): Statute {
  const name = FILE_NAME.exec(fileName);
  if (!name) {
    throw new Error(`法规文件名应为「简称(YYYY-MM-DD).md」：${fileName}`);
  }
  const [, shortTitle = '', versionDate = ''] = name;
  const lines = bodyLines(markdown);
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? shortTitle;
  const statute: Statute = {
    title,
    shortTitle: normaliseLawName(shortTitle),
    versionDate,
    kind: lawKind(normaliseLawName(shortTitle)),
    chapters: [],
    articles: [],
  };
  readBody(statute, lines);
  if (statute.articles.length === 0) throw new Error(`法规文件中没有「第N条」：${fileName}`);
  return statute;
}

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
];

/** A local regulation is titled by its province or city (河南省…条例, 郑州市…条例). */
export function lawKind(shortTitle: string): LawKind {
  const local =
    PROVINCES.some((province) => shortTitle.startsWith(province)) ||
    /^\p{Script=Han}{2,5}市(?!场)/u.test(shortTitle);
  if (local) return 'localRegulation';
  return shortTitle.endsWith('法') ? 'law' : 'regulation';
}

function bodyLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/).map((line) => line.trim());
  const preambleEnd = lines.indexOf(PREAMBLE_END);
  return lines.slice(preambleEnd + 1).filter((line) => line !== '');
}

function readBody(statute: Statute, lines: string[]): void {
  let chapter: StatuteChapter | null = null;
  let section: string | null = null;
  let article: Article | null = null;
  for (const line of lines) {
    const chapterMatch = CHAPTER.exec(line);
    const sectionMatch = SECTION.exec(line);
    const articleMatch = ARTICLE.exec(line);
    if (chapterMatch) {
      chapter = { title: headingTitle(chapterMatch), sections: [] };
      statute.chapters.push(chapter);
      section = null;
    } else if (sectionMatch) {
      section = headingTitle(sectionMatch);
      chapter?.sections.push(section);
    } else if (articleMatch) {
      article = startArticle(articleMatch, chapter?.title ?? null, section);
      statute.articles.push(article);
    } else if (article && !line.startsWith('#')) {
      addLine(article, line);
    }
  }
  for (const each of statute.articles) each.text = articleText(each);
}

function headingTitle([, label = '', name = '']: RegExpExecArray): string {
  return name ? `${label} ${name}` : label;
}

function startArticle(
  [, label = '', numeral = '', firstLine]: RegExpExecArray,
  chapter: string | null,
  section: string | null,
): Article {
  const article: Article = {
    number: parseChineseNumeral(numeral),
    label,
    chapter,
    section,
    paragraphs: [],
    text: '',
  };
  if (firstLine) addLine(article, firstLine.trim());
  return article;
}

function addLine(article: Article, line: string): void {
  const last = article.paragraphs.at(-1);
  if (ITEM.test(line) && last) last.items.push(line);
  else article.paragraphs.push({ text: line, items: [] });
}

function articleText(article: Article): string {
  return article.paragraphs.map(paragraphText).join('\n');
}

function paragraphText(paragraph: Paragraph): string {
  return [paragraph.text, ...paragraph.items].join('\n');
}

/** The words of the 条, 款 or 项 a citation names; null when the statute has no such place. */
export function findProvision(statute: Statute, citation: Citation): string | null {
  if (normaliseLawName(citation.law) !== statute.shortTitle) return null;
  const article = statute.articles.find((each) => each.number === citation.article);
  return article ? articleProvision(article, citation) : null;
}

/**
 * The words of the cited 款 or 项 of an article (the whole article when the citation names
 * neither). A 项 cited without its 款 (第六十三条第一项) is read in the first 款 that lists 项.
 */
export function articleProvision(
  article: Pick<Article, 'paragraphs' | 'text'>,
  citation: Pick<Citation, 'paragraph' | 'item'>,
): string | null {
  const paragraph = citedParagraph(article.paragraphs, citation);
  if (!paragraph) return citation.paragraph || citation.item ? null : article.text;
  if (!citation.item) return paragraphText(paragraph);
  return paragraph.items[citation.item - 1] ?? null;
}

function citedParagraph(
  paragraphs: Paragraph[],
  citation: Pick<Citation, 'paragraph' | 'item'>,
): Paragraph | null {
  if (citation.paragraph) return paragraphs[citation.paragraph - 1] ?? null;
  if (citation.item) return paragraphs.find((each) => each.items.length > 0) ?? null;
  return null;
}
