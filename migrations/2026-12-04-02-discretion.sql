-- Discretion (自由裁量): the 违法行为 catalogue with its versioned rules, 裁量基准 with their
-- tiers, the 不予/从轻/减轻 lists, and each case's 裁量 assessment. Rules, benchmarks and list
-- entries are data: a change is a new version, never an edit, so a decision can always be
-- traced to the exact version it applied.

-- 违法行为 / 执法事项: code, name, 执法门类.
create table violation_type (
  code text collate "C" primary key,
  name text collate "C" not null,
  category text collate "C" not null,
  created_at timestamptz not null default now()
);

-- One version of what the law says of a violation type (domain/discretion/violation-type.ts
-- ViolationRule): 违反条款, 处罚依据, 法定幅度, 简易程序. `effective_to` is its last day.
create table violation_rule (
  id uuid primary key default gen_random_uuid(),
  violation_code text collate "C" not null references violation_type (code),
  effective_from date not null,
  effective_to date,
  rule jsonb not null,
  created_at timestamptz not null default now(),
  unique (violation_code, effective_from),
  check (effective_to is null or effective_to >= effective_from)
);

-- 裁量基准, one version per row (domain/discretion/benchmark.ts). Versions are numbered per
-- violation type. Only a published version is applied or shown to the public (第三十四条);
-- publishing sets `published_at` once, and nothing else may change.
create table benchmark (
  id uuid primary key default gen_random_uuid(),
  violation_code text collate "C" not null references violation_type (code),
  version integer not null check (version > 0),
  issuer text collate "C" not null,
  effective_from date not null,
  effective_to date,
  tiers jsonb not null,
  published_at timestamptz,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (violation_code, version),
  check (effective_to is null or effective_to >= effective_from)
);

-- 不予处罚 / 从轻 / 减轻 list entries (domain/discretion/exemption-list.ts), versioned per code.
create table exemption_entry (
  id uuid primary key default gen_random_uuid(),
  code text collate "C" not null,
  version integer not null check (version > 0),
  list text collate "C" not null check (list in ('noPenalty', 'lighter', 'mitigated')),
  entry jsonb not null,
  effective_from date not null,
  effective_to date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  unique (code, version)
);

-- The vehicle a case is about: 首违 is checked by credit code, ID number or plate.
alter table penalty_case add column plate text collate "C";
create index penalty_case_plate on penalty_case (plate) where plate is not null;
create index penalty_case_party_id on penalty_case ((party ->> 'idNumber'));
create index penalty_case_party_credit on penalty_case ((party ->> 'creditCode'));

-- A case's 裁量: the facts entered, what the engine concluded (domain/discretion/assessment.ts
-- DiscretionAssessment) and, where a list entry was applied, its confirmed conditions and the
-- party's history that decided 初次违法. Append-only; the latest row counts.
create table discretion_assessment (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  violation_code text collate "C" not null references violation_type (code),
  violation_rule_id uuid not null references violation_rule (id),
  benchmark_id uuid references benchmark (id),
  benchmark_version integer,
  tier_name text collate "C",
  facts jsonb not null,
  result jsonb not null,
  exemption jsonb,
  range_min_fen bigint check (range_min_fen >= 0),
  range_max_fen bigint check (range_max_fen >= range_min_fen),
  suggested_fine_fen bigint not null check (suggested_fine_fen >= 0),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check ((benchmark_id is null) = (benchmark_version is null))
);
create index discretion_assessment_case on discretion_assessment (case_id, created_at);
create index discretion_assessment_peers on discretion_assessment (violation_code, tier_name);

-- The report and the decision name the assessment they rest on. A proposed or decided fine
-- outside the assessment's range carries a written reason and needs 法制审核.
alter table investigation_report add column assessment_id uuid references discretion_assessment (id);
alter table investigation_report add column deviation_reason text collate "C";
alter table decision add column assessment_id uuid references discretion_assessment (id);
alter table decision add column benchmark_id uuid references benchmark (id);
alter table decision add column benchmark_version integer;
alter table decision add column deviation_reason text collate "C";

create function discretion_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '裁量数据登记后不能修改或删除，如有变化请登记新版本 (% is append-only)', tg_table_name
    using errcode = 'ZF002';
end
$$;

create trigger violation_rule_no_update_delete
  before update or delete on violation_rule
  for each row execute function discretion_refuse_change();
create trigger exemption_entry_no_update_delete
  before update or delete on exemption_entry
  for each row execute function discretion_refuse_change();
create trigger discretion_assessment_no_update_delete
  before update or delete on discretion_assessment
  for each row execute function discretion_refuse_change();

-- A benchmark version may be published once; nothing else about it changes.
create function benchmark_publish_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.published_at is null and new.published_at is not null
     and (to_jsonb(new) - 'published_at') = (to_jsonb(old) - 'published_at') then
    return new;
  end if;
  raise exception '裁量基准登记后只能发布，不能修改或删除；如有变化请登记新版本'
    using errcode = 'ZF002';
end
$$;
create trigger benchmark_publish_only
  before update or delete on benchmark
  for each row execute function benchmark_publish_only();
