-- 证据: each item names its statutory type and, when it has a file, the file's sha256 in the
-- blob store. An evidence row, like its file, is never altered or removed once recorded.

create table evidence (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  type text collate "C" not null
    check (type in ('documentary', 'physical', 'audioVisual', 'electronicData',
                    'witnessTestimony', 'partyStatement', 'expertOpinion',
                    'inspectionOrSiteRecord')),
  title text collate "C" not null,
  description text collate "C",
  collected_at timestamptz not null,
  file_sha256 text collate "C" check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_name text collate "C",
  media_type text collate "C",
  size bigint,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index evidence_case on evidence (case_id, created_at);

create function evidence_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '证据登记后不能修改或删除 (evidence is append-only)' using errcode = 'ZF002';
end
$$;

create trigger evidence_no_update_delete
  before update or delete on evidence
  for each row execute function evidence_refuse_change();
