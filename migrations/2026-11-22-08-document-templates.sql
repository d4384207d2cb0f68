-- 文书模板 as data: administrators publish versions of the built-in 执法文书 templates for their
-- agency (and its subtree) or for the whole platform. A change is always a new version; the
-- version in force is the newest of the closest agency, else the platform's, else the built-in.
-- Every generated document is registered with the version that produced it and its sha256.

create table document_template_version (
  id uuid primary key default gen_random_uuid(),
  -- null: platform-wide.
  agency_id uuid references agency (id),
  code text collate "C" not null check (code ~ '^[a-z][A-Za-z0-9]*$'),
  -- Numbered per code across the platform, after the built-in version, so that the keyword
  -- zhifa:template=<code>@v<version> printed on a document names one template.
  version integer not null check (version >= 1),
  content jsonb not null,
  note text collate "C" not null,
  reverted_from integer,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (code, version)
);
create index document_template_version_agency on document_template_version (agency_id, code);

create function document_template_version_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '文书模板版本发布后不能修改或删除，修改请发布新版本 (document_template_version is append-only)'
    using errcode = 'ZF002';
end
$$;

create trigger document_template_version_no_update_delete
  before update or delete on document_template_version
  for each row execute function document_template_version_refuse_change();

create table generated_document (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  code text collate "C" not null,
  item_id uuid,
  -- null: the built-in template.
  template_version_id uuid references document_template_version (id),
  template_version integer not null,
  format text collate "C" not null check (format in ('pdf', 'docx')),
  sha256 text collate "C" not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null,
  generated_by uuid references app_user (id),
  generated_at timestamptz not null default now()
);
create index generated_document_case on generated_document (case_id, code, generated_at);

create function generated_document_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '文书生成登记不能修改或删除 (generated_document is append-only)'
    using errcode = 'ZF002';
end
$$;

create trigger generated_document_no_update_delete
  before update or delete on generated_document
  for each row execute function generated_document_refuse_change();
