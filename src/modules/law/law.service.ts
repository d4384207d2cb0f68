import { AppError } from '../../domain/app-error.js';
import { chinaDate } from '../../domain/china-date.js';
import { parseCitation, type Citation } from '../../domain/law/citation.js';
import { assertAllowed } from '../../domain/permission.js';
import type { LawArticleRow } from '../../storage/tables/law-library.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import {
  findCitedTexts,
  findLaw,
  findVersionInForce,
  listArticles,
  listLawsWithVersions,
  searchLaws,
} from './law.repository.js';

export async function listLaws({ db, actor }: ServiceContext) {
  assertAllowed(actor.roles, 'law.read');
  return listLawsWithVersions(db);
}

/** The version of a law in force on a date, by chapter and section. */
export async function lawText({ db, actor }: ServiceContext, lawId: string, on = chinaDate()) {
  assertAllowed(actor.roles, 'law.read');
  const law = found(await findLaw(db, lawId), '该法律法规');
  const version = await findVersionInForce(db, lawId, on);
  if (!version) {
    throw new AppError('NOT_FOUND', `${law.title}在${on}没有有效的版本，请换一个适用日期`);
  }
  return { law, version, chapters: outline(await listArticles(db, version.id)) };
}

interface Section {
  title: string | null;
  articles: Pick<LawArticleRow, 'number' | 'label' | 'paragraphs' | 'text'>[];
}

/** Articles grouped as the text runs: 章, then 节 within it (null where the law has none). */
function outline(articles: LawArticleRow[]) {
  const chapters: { title: string | null; sections: Section[] }[] = [];
  for (const { number, label, paragraphs, text, chapter, section } of articles) {
    let lastChapter = chapters.at(-1);
    if (!lastChapter || lastChapter.title !== chapter) {
      lastChapter = { title: chapter, sections: [] };
      chapters.push(lastChapter);
    }
    let lastSection = lastChapter.sections.at(-1);
    if (!lastSection || lastSection.title !== section) {
      lastSection = { title: section, articles: [] };
      lastChapter.sections.push(lastSection);
    }
    lastSection.articles.push({ number, label, paragraphs, text });
  }
  return chapters;
}

export async function searchLawLibrary(
  { db, actor }: ServiceContext,
  query: { q: string; limit: number; on?: string | undefined },
) {
  assertAllowed(actor.roles, 'law.read');
  return searchLaws(db, query.q, query.limit, query.on ?? chinaDate());
}

/** Citations written as text (道路运输条例第六十三条第一项), with the words in force on a date. */
export async function citeLaws({ db, actor }: ServiceContext, refs: string[], on = chinaDate()) {
  assertAllowed(actor.roles, 'law.read');
  const citations = refs.map((ref) => parseCitation(ref)).filter((c): c is Citation => !!c);
  return findCitedTexts(db, citations, on);
}
