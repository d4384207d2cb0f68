-- Foundation: organisation, people, accounts, the working-day calendar and the
-- tamper-evident record. Every text column is pinned to the "C" collation so that
-- ordering is identical on PGlite and on any PostgreSQL server, whatever its locale.

create table agency (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references agency (id),
  -- Materialised path of ids, '/<root>/<child>/', for subtree scoping with one index.
  path text collate "C" not null unique,
  name text collate "C" not null,
  short_name text collate "C" not null,
  kind text collate "C" not null
    check (kind in ('province', 'city', 'county', 'brigade', 'squadron')),
  region_code text collate "C" not null check (region_code ~ '^[0-9]{6}$'),
  address text collate "C",
  phone text collate "C",
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index agency_sibling_name on agency (coalesce(parent_id::text, ''), name);

create table unit (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  name text collate "C" not null,
  kind text collate "C" not null,
  created_at timestamptz not null default now(),
  unique (agency_id, name)
);

create table officer (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  unit_id uuid references unit (id),
  name text collate "C" not null,
  id_number text collate "C" not null unique,
  phone text collate "C",
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index officer_agency on officer (agency_id);

create table certificate (
  id uuid primary key default gen_random_uuid(),
  officer_id uuid not null references officer (id),
  number text collate "C" not null unique,
  issuer text collate "C" not null,
  categories text[] collate "C" not null check (cardinality(categories) > 0),
  area_codes text[] collate "C" not null,
  area_name text collate "C" not null,
  valid_from date not null,
  valid_to date not null check (valid_to >= valid_from),
  last_verified_year integer,
  status text collate "C" not null default 'valid'
    check (status in ('valid', 'suspended', 'revoked')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index certificate_officer on certificate (officer_id);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text collate "C" not null unique,
  display_name text collate "C" not null,
  agency_id uuid not null references agency (id),
  officer_id uuid unique references officer (id),
  roles text[] collate "C" not null
    check (roles <@ array['officer', 'legalReviewer', 'approver', 'supervisor',
                          'disclosureAdmin', 'systemAdmin']::text[]),
  password_hash text collate "C" not null,
  must_change_password boolean not null default true,
  failed_login_count integer not null default 0,
  locked_until timestamptz,
  locked_by_admin boolean not null default false,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table user_session (
  token_hash text collate "C" primary key,
  user_id uuid not null references app_user (id),
  csrf_token text collate "C" not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index user_session_user on user_session (user_id);

create table workday_schedule (
  year integer primary key check (year between 2000 and 2100),
  holidays jsonb not null,
  makeup_workdays jsonb not null,
  source text collate "C" not null check (source in ('builtin', 'admin')),
  updated_at timestamptz not null default now()
);

-- 全过程记录: append-only, each row chained by sha256 to the one before it.
create table record_log (
  seq bigint generated always as identity primary key,
  at timestamptz not null,
  actor_user_id uuid,
  actor_name text collate "C" not null,
  actor_certificate_number text collate "C",
  agency_id uuid,
  object_type text collate "C" not null,
  object_id text collate "C" not null,
  action text collate "C" not null,
  change jsonb not null,
  change_digest text collate "C" not null,
  prev_hash text collate "C" not null,
  hash text collate "C" not null unique
);
create index record_log_object on record_log (object_type, object_id, seq);
create index record_log_agency on record_log (agency_id, seq);

create function record_log_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '全过程记录只能追加，不能修改或删除 (record_log is append-only)'
    using errcode = 'ZF001';
end
$$;

create trigger record_log_no_update_delete
  before update or delete on record_log
  for each row execute function record_log_refuse_change();

create trigger record_log_no_truncate
  before truncate on record_log
  for each statement execute function record_log_refuse_change();
