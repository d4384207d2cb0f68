-- Penalty cases, first part: leads (线索), 立案 with the head's approval, case numbers that are
-- unique and never reused, case officers and recusal (回避).

alter table agency add column case_number_pattern text collate "C";

create table lead (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  source text collate "C" not null
    check (source in ('inspection', 'report', 'superiorAssigned', 'subordinateReported',
                      'transferredIn', 'offSite', 'other')),
  received_at timestamptz not null,
  cause text collate "C" not null,
  summary text collate "C" not null,
  place text collate "C",
  area_code text collate "C" not null check (area_code ~ '^[0-9]{6}$'),
  -- 举报人: shown only to the lead's recorder, heads and supervisors.
  reporter jsonb,
  status text collate "C" not null default 'open'
    check (status in ('open', 'filed', 'dismissed', 'transferred')),
  disposition_reason text collate "C",
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index lead_agency on lead (agency_id, status);

create table penalty_case (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  lead_id uuid not null unique references lead (id),
  case_number text collate "C" unique,
  stage text collate "C" not null,
  cause text collate "C" not null,
  category text collate "C" not null,
  act_area_code text collate "C" not null check (act_area_code ~ '^[0-9]{6}$'),
  act_end_date date not null,
  discovery_date date not null,
  harm_category text collate "C" not null
    check (harm_category in ('none', 'lifeHealthWithHarm', 'financialWithHarm')),
  limitation_exception text collate "C",
  party jsonb not null,
  proposed_by uuid not null references app_user (id),
  proposed_at timestamptz not null,
  filing_approved_by uuid references app_user (id),
  filing_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index penalty_case_agency on penalty_case (agency_id, stage);

create table case_officer (
  case_id uuid not null references penalty_case (id),
  officer_id uuid not null references officer (id),
  primary key (case_id, officer_id)
);

-- One counter per agency and year; a number once taken is never handed out again.
create table case_number_counter (
  agency_id uuid not null references agency (id),
  year integer not null,
  last_serial integer not null check (last_serial > 0),
  primary key (agency_id, year)
);

create table recusal (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  officer_id uuid not null references officer (id),
  requested_by text collate "C" not null check (requested_by in ('party', 'officer')),
  reason text collate "C" not null,
  status text collate "C" not null default 'pending'
    check (status in ('pending', 'granted', 'refused')),
  decision_reason text collate "C",
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  created_at timestamptz not null default now()
);
create index recusal_case on recusal (case_id);
