import { sql } from 'kysely';
import { versionInForce, type Dated } from '../../domain/law/applicable-version.js';
import { formatCitation, normaliseLawName, type Citation } from '../../domain/law/citation.js';
import {
  searchGrams,
  searchSnippet,
  searchTerms,
  type Snippet,
} from '../../domain/law/law-search.js';
import { articleProvision, type LawKind, type Statute } from '../../domain/law/statute.js';
import type { Db } from '../../storage/database.js';
import type { LawArticleRow } from '../../storage/tables/law-library.js';

export interface LawVersionPeriod {
  id: string;
  lawId: string;
  versionDate: string;
  effectiveFrom: string;
  /** The day before the next version's effective_from; null while it is the newest. */
  effectiveTo: string | null;
  title: string;
}

export interface LawWithVersions {
  id: string;
  shortTitle: string;
  title: string;
  kind: LawKind;
  versions: LawVersionPeriod[];
}

/** A citation with the words of the version in force on the date asked. */
export interface CitedText {
  citation: Citation;
  /** formatCitation: 《道路运输条例》第六十三条第一项 */
  label: string;
  /** False when the library has no such law, version in force, article, 款 or 项. */
  found: boolean;
  text: string;
  lawId: string | null;
  lawTitle: string;
  /** The version whose words these are; '' when not found. */
  versionDate: string;
}

export interface LawSearchHit {
  lawId: string;
  lawTitle: string;
  versionId: string;
  versionDate: string;
  articleNumber: number;
  articleLabel: string;
  citation: Citation;
  citationLabel: string;
  snippet: Snippet;
}

export interface LoadedVersion {
  shortTitle: string;
  versionDate: string;
  sourceSha256: string;
}

const ARTICLE_BATCH = 100;

/** Every version's period: its end is derived from the next version's start. */
function versionPeriods(db: Db) {
  return db
    .selectFrom('lawVersion')
    .select([
      'id',
      'lawId',
      'versionDate',
      'effectiveFrom',
      'title',
      sql<
        string | null
      >`lead(effective_from) over (partition by law_id order by effective_from) - 1`.as(
        'effectiveTo',
      ),
    ]);
}

export async function listLawsWithVersions(db: Db): Promise<LawWithVersions[]> {
  const [laws, versions] = await Promise.all([
    db
      .selectFrom('law')
      .select(['id', 'shortTitle', 'title', 'kind'])
      .orderBy('shortTitle')
      .execute(),
    versionPeriods(db).orderBy('effectiveFrom').execute(),
  ]);
  return laws.map((law) => ({
    ...law,
    versions: versions.filter((version) => version.lawId === law.id),
  }));
}

function asDated(version: LawVersionPeriod): Dated<LawVersionPeriod> {
  return { effectiveFrom: version.effectiveFrom, effectiveTo: version.effectiveTo, value: version };
}

/** The version of each law in force on a date, by law id. */
async function versionsInForce(
  db: Db,
  onDate: string,
  lawIds?: string[],
): Promise<Map<string, LawVersionPeriod>> {
  let query = versionPeriods(db);
  if (lawIds) query = query.where('lawId', 'in', lawIds);
  const versions = lawIds?.length === 0 ? [] : await query.execute();
  const inForce = new Map<string, LawVersionPeriod>();
  for (const lawId of new Set(versions.map((version) => version.lawId))) {
    const ofLaw = versions.filter((version) => version.lawId === lawId).map(asDated);
    const chosen = versionInForce(ofLaw, onDate);
    if (chosen) inForce.set(lawId, chosen.value);
  }
  return inForce;
}

export async function findLaw(db: Db, lawId: string) {
  return db
    .selectFrom('law')
    .select(['id', 'shortTitle', 'title', 'kind'])
    .where('id', '=', lawId)
    .executeTakeFirst();
}

export async function findVersionInForce(
  db: Db,
  lawId: string,
  onDate: string,
): Promise<LawVersionPeriod | null> {
  return (await versionsInForce(db, onDate, [lawId])).get(lawId) ?? null;
}

export async function listArticles(db: Db, versionId: string): Promise<LawArticleRow[]> {
  return db
    .selectFrom('lawArticle')
    .selectAll()
    .where('versionId', '=', versionId)
    .orderBy('number')
    .execute();
}

/**
 * The words of each citation in the version of its law in force on `onDate`, in the order
 * asked; a citation the library cannot resolve comes back with `found: false`.
 */
export async function findCitedTexts(
  db: Db,
  citations: Citation[],
  onDate: string,
): Promise<CitedText[]> {
  const laws = await lawsByShortTitle(
    db,
    citations.map((citation) => citation.law),
  );
  const versions = await versionsInForce(
    db,
    onDate,
    [...laws.values()].map((law) => law.id),
  );
  const placed = citations.map((citation) => {
    const law = laws.get(normaliseLawName(citation.law));
    return { citation, law, version: law && versions.get(law.id) };
  });
  const articles = await articlesAt(
    db,
    placed.flatMap(({ citation, version }) =>
      version ? [{ versionId: version.id, number: citation.article }] : [],
    ),
  );
  return placed.map(({ citation, law, version }) => {
    const article = version && articles.get(`${version.id}:${citation.article}`);
    const text = article ? articleProvision(article, citation) : null;
    return {
      citation,
      label: formatCitation(citation),
      found: text !== null,
      text: text ?? '',
      lawId: law?.id ?? null,
      lawTitle: version?.title ?? law?.title ?? citation.law,
      versionDate: version?.versionDate ?? '',
    };
  });
}

async function lawsByShortTitle(db: Db, names: string[]) {
  const shortTitles = [...new Set(names.map(normaliseLawName))];
  const laws =
    shortTitles.length === 0
      ? []
      : await db
          .selectFrom('law')
          .select(['id', 'shortTitle', 'title'])
          .where('shortTitle', 'in', shortTitles)
          .execute();
  return new Map(laws.map((law) => [law.shortTitle, law]));
}

/** Articles by `${versionId}:${number}`. */
async function articlesAt(db: Db, places: { versionId: string; number: number }[]) {
  const rows =
    places.length === 0
      ? []
      : await db
          .selectFrom('lawArticle')
          .select(['versionId', 'number', 'paragraphs', 'text'])
          .where((eb) =>
            eb.or(
              places.map((place) =>
                eb.and([eb('versionId', '=', place.versionId), eb('number', '=', place.number)]),
              ),
            ),
          )
          .execute();
  return new Map(rows.map((row) => [`${row.versionId}:${row.number}`, row]));
}

/**
 * Articles of the versions in force on `onDate` that contain every term of the query, the
 * most matches first. The bigram index narrows the rows; strpos confirms each term.
 */
export async function searchLaws(
  db: Db,
  query: string,
  limit: number,
  onDate: string,
): Promise<LawSearchHit[]> {
  const terms = searchTerms(query);
  const grams = [...new Set(terms.flatMap((term) => searchGrams(term)))];
  if (grams.length === 0) return [];
  const occurrences = terms.map(
    (term) =>
      sql<number>`(length(a.text) - length(replace(lower(a.text), ${term}, ''))) / ${[...term].length}`,
  );
  // One round trip: the periods as a CTE, filtered like versionInForce (periods never overlap).
  const rows = await db
    .with('period', () => versionPeriods(db))
    .selectFrom('lawArticle as a')
    .innerJoin('period as p', 'p.id', 'a.versionId')
    .innerJoin('law as l', 'l.id', 'p.lawId')
    .select([
      'a.number',
      'a.label',
      'a.text',
      'p.id as versionId',
      'p.lawId',
      'p.versionDate',
      'p.title as lawTitle',
      'l.shortTitle',
    ])
    .where('p.effectiveFrom', '<=', onDate)
    .where((eb) => eb.or([eb('p.effectiveTo', 'is', null), eb('p.effectiveTo', '>=', onDate)]))
    .where(sql<boolean>`a.grams @> ${grams}::text[]`)
    .where(
      sql<boolean>`${sql.join(
        terms.map((term) => sql`strpos(lower(a.text), ${term}) > 0`),
        sql` and `,
      )}`,
    )
    .orderBy(sql`${sql.join(occurrences, sql` + `)}`, 'desc')
    .orderBy('l.shortTitle')
    .orderBy('a.number')
    .limit(limit)
    .execute();
  return rows.map((row) => {
    const citation = { law: row.shortTitle, article: row.number };
    return {
      lawId: row.lawId,
      lawTitle: row.lawTitle,
      versionId: row.versionId,
      versionDate: row.versionDate,
      articleNumber: row.number,
      articleLabel: row.label,
      citation,
      citationLabel: formatCitation(citation),
      snippet: searchSnippet(row.text, terms),
    };
  });
}

export async function listLoadedVersions(db: Db): Promise<LoadedVersion[]> {
  return db
    .selectFrom('lawVersion')
    .innerJoin('law', 'law.id', 'lawVersion.lawId')
    .select(['law.shortTitle', 'lawVersion.versionDate', 'lawVersion.sourceSha256'])
    .execute();
}

/** Enters one statute file: its law (once), the version, and the articles in batches. */
export async function insertStatute(
  db: Db,
  statute: Statute,
  source: { fileName: string; sha256: string },
): Promise<void> {
  await db
    .insertInto('law')
    .values({ shortTitle: statute.shortTitle, title: statute.title, kind: statute.kind })
    .onConflict((conflict) => conflict.column('shortTitle').doNothing())
    .execute();
  const { id: lawId } = await db
    .selectFrom('law')
    .select('id')
    .where('shortTitle', '=', statute.shortTitle)
    .executeTakeFirstOrThrow();
  const { id: versionId } = await db
    .insertInto('lawVersion')
    .values({
      lawId,
      versionDate: statute.versionDate,
      effectiveFrom: statute.versionDate,
      title: statute.title,
      sourceFile: source.fileName,
      sourceSha256: source.sha256,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let start = 0; start < statute.articles.length; start += ARTICLE_BATCH) {
    const batch = statute.articles.slice(start, start + ARTICLE_BATCH).map((article) => ({
      versionId,
      number: article.number,
      label: article.label,
      chapter: article.chapter,
      section: article.section,
      paragraphs: JSON.stringify(article.paragraphs),
      text: article.text,
      grams: searchGrams(article.text),
    }));
    await db.insertInto('lawArticle').values(batch).execute();
  }
}

/** The planner's row estimates for the search, after a load changed the library. */
export async function refreshArticleStatistics(db: Db): Promise<void> {
  await sql`analyze law_article`.execute(db);
}
