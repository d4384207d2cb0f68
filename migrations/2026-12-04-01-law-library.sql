-- 法律法规库 (laws library): the statute texts shipped in /laws (and any a province adds in the
-- same format), loaded at start by src/modules/law/law-library.ts. A law has versions; a
-- version has articles (条) whose 款 and 项 are kept as they are in the text, so that a
-- citation such as 道路运输条例第六十三条第一项 can be shown in the words in force on a date.
-- Everything is append-only: a new text is a new version, never an edit.

-- `kind`: law (法律), regulation (行政法规或规章), localRegulation (地方性法规), read from the title.
create table law (
  id uuid primary key default gen_random_uuid(),
  short_title text collate "C" not null unique,
  title text collate "C" not null,
  kind text collate "C" not null check (kind in ('law', 'regulation', 'localRegulation')),
  created_at timestamptz not null default now()
);

-- One text of a law. `effective_from` is the version date of the file; a version's last day
-- is the day before the next version's `effective_from` (derived when reading, since rows are
-- never updated). `source_sha256` lets the loader skip a file already loaded, so a restore
-- followed by a restart does not load it twice.
create table law_version (
  id uuid primary key default gen_random_uuid(),
  law_id uuid not null references law (id),
  version_date date not null,
  effective_from date not null,
  title text collate "C" not null,
  source_file text collate "C" not null,
  source_sha256 text collate "C" not null unique,
  created_at timestamptz not null default now(),
  unique (law_id, version_date),
  unique (law_id, effective_from)
);

-- 条. `paragraphs` is the list of 款, each with its 项 (domain/law/statute.ts Paragraph).
--
-- Search: people search for two-character terms (超限, 营运, 扣押). A pg_trgm index cannot
-- serve them (a trigram needs three characters, and pg_trgm is not in PGlite either), and the
-- full-text parsers do not segment Chinese. So each article keeps `grams`, the distinct
-- lower-cased character bigrams of its text (src/domain/law/law-search.ts searchGrams), under
-- a GIN index. A query asks `grams @> <bigrams of each term>` (index) and confirms the whole
-- term with `strpos`, since the bigrams of a longer term may occur apart (超限 and 限运 in a
-- text without 超限运). The same plain SQL runs on PGlite and PostgreSQL. `fastupdate = off`:
-- the library is written once at load and read often, so no pending list to scan.
create table law_article (
  id uuid primary key default gen_random_uuid(),
  version_id uuid not null references law_version (id),
  number integer not null check (number > 0),
  label text collate "C" not null,
  chapter text collate "C",
  section text collate "C",
  paragraphs jsonb not null,
  text text collate "C" not null,
  grams text[] collate "C" not null,
  unique (version_id, number)
);
create index law_article_grams on law_article using gin (grams) with (fastupdate = off);

create function law_library_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '法律法规库的文本载入后不能修改或删除，新文本请作为新版本载入 (% is append-only)', tg_table_name
    using errcode = 'ZF002';
end
$$;

create trigger law_no_update_delete
  before update or delete on law
  for each row execute function law_library_refuse_change();
create trigger law_version_no_update_delete
  before update or delete on law_version
  for each row execute function law_library_refuse_change();
create trigger law_article_no_update_delete
  before update or delete on law_article
  for each row execute function law_library_refuse_change();
