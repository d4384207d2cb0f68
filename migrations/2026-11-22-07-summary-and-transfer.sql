-- 简易程序 (pre-numbered on-the-spot decisions and their 备案), 移送 (to the police or to the
-- competent agency), 结案 and 归档 (the sealed case file, and the remarks still allowed on it).

create function summary_and_transfer_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '%：登记后不能修改或删除 (append-only)', tg_table_name using errcode = 'ZF002';
end
$$;

-- 预编号文书号段: printed 当场行政处罚决定书 numbered first_number..last_number of a series,
-- issued to one officer (行政处罚法第五十二条). Ranges of one series never overlap (checked by
-- the service under a lock).
create table form_number_range (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  series text collate "C" not null check (series <> ''),
  first_number integer not null check (first_number >= 1),
  last_number integer not null,
  officer_id uuid not null references officer (id),
  issued_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (last_number >= first_number and last_number - first_number < 10000)
);
create index form_number_range_agency on form_number_range (agency_id, series);
create index form_number_range_officer on form_number_range (officer_id);

-- Each printed number is used once: for a decision, or voided (作废) with a reason.
create table form_number_use (
  range_id uuid not null references form_number_range (id),
  number integer not null,
  purpose text collate "C" not null check (purpose in ('decision', 'voided')),
  void_reason text collate "C",
  used_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  primary key (range_id, number),
  check ((purpose = 'voided') = (void_reason is not null))
);

create trigger form_number_use_append_only
  before update or delete on form_number_use
  for each row execute function summary_and_transfer_refuse_change();

-- 当场行政处罚决定 (行政处罚法第五十一条、第五十二条): handed over on the spot, never changed.
create table summary_decision (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  range_id uuid not null,
  form_number integer not null,
  document_number text collate "C" not null unique,
  category text collate "C" not null,
  party jsonb not null,
  place text collate "C" not null,
  area_code text collate "C" not null check (area_code ~ '^[0-9]{6}$'),
  act_at timestamptz not null,
  decided_at timestamptz not null,
  facts text collate "C" not null,
  violated_provision text collate "C" not null,
  legal_basis text collate "C" not null,
  penalty_kinds jsonb not null,
  fine_fen bigint not null check (fine_fen >= 0),
  statement text collate "C",
  party_refused_to_sign boolean not null,
  reconsideration_body text collate "C" not null,
  litigation_court text collate "C" not null,
  collection_ground text collate "C"
    check (collection_ground in ('smallFine', 'hardToEnforceLater', 'remoteArea')),
  receipt_number text collate "C",
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  unique (range_id, form_number),
  foreign key (range_id, form_number) references form_number_use (range_id, number),
  check ((collection_ground is null) = (receipt_number is null))
);
create index summary_decision_agency on summary_decision (agency_id, decided_at);

create table summary_decision_officer (
  decision_id uuid not null references summary_decision (id),
  officer_id uuid not null references officer (id),
  primary key (decision_id, officer_id)
);

-- 备案 of the decision's copy with the department (交通运输行政执法程序规定第六十一条第八项).
create table summary_filing (
  decision_id uuid primary key references summary_decision (id),
  filed_on date not null,
  late boolean not null,
  late_reason text collate "C",
  filed_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (not late or late_reason is not null)
);

create trigger summary_decision_append_only
  before update or delete on summary_decision
  for each row execute function summary_and_transfer_refuse_change();
create trigger summary_decision_officer_append_only
  before update or delete on summary_decision_officer
  for each row execute function summary_and_transfer_refuse_change();
create trigger summary_filing_append_only
  before update or delete on summary_filing
  for each row execute function summary_and_transfer_refuse_change();

-- 移送: a suspected crime to the police (行政执法机关移送涉嫌犯罪案件的规定), or a case outside
-- this agency's jurisdiction to the competent agency. At most one transfer of a case is open.
create table case_transfer (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  kind text collate "C" not null check (kind in ('crime', 'jurisdiction')),
  recipient text collate "C" not null,
  reason text collate "C" not null,
  suspected_offence text collate "C",
  report text collate "C" not null,
  items jsonb not null,
  evidence_ids jsonb not null,
  proposed_by uuid not null references app_user (id),
  proposed_at timestamptz not null,
  status text collate "C" not null
    check (status in ('proposed', 'refused', 'approved', 'handedOver', 'takenBack')),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  decision_opinion text collate "C",
  handed_over_at timestamptz,
  handed_over_by uuid references app_user (id),
  receipt_signed_by text collate "C",
  created_at timestamptz not null default now(),
  check (kind = 'jurisdiction' or suspected_offence is not null)
);
create index case_transfer_case on case_transfer (case_id);
create unique index case_transfer_one_open on case_transfer (case_id)
  where status in ('proposed', 'approved', 'handedOver');

-- What the receiving organ answered and what the agency did about it, in order, never changed.
create table transfer_event (
  id uuid primary key default gen_random_uuid(),
  transfer_id uuid not null references case_transfer (id),
  kind text collate "C" not null
    check (kind in ('accepted', 'notAccepted', 'forwarded', 'returned', 'received',
                    'reconsiderationRequested', 'procuratorateCopied', 'supervisionRequested')),
  occurred_on date not null,
  organ text collate "C",
  document_number text collate "C",
  note text collate "C",
  recorded_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index transfer_event_transfer on transfer_event (transfer_id, created_at);

create trigger transfer_event_append_only
  before update or delete on transfer_event
  for each row execute function summary_and_transfer_refuse_change();

-- 结案报告 proposed by the case officers and approved (or returned) by the head.
create table case_closure (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  summary text collate "C" not null,
  execution_summary text collate "C",
  proposed_by uuid not null references app_user (id),
  proposed_at timestamptz not null,
  status text collate "C" not null check (status in ('pending', 'approved', 'returned')),
  head_opinion text collate "C",
  decided_by uuid references app_user (id),
  decided_on date,
  created_at timestamptz not null default now()
);
create index case_closure_case on case_closure (case_id);
create unique index case_closure_one_open on case_closure (case_id)
  where status in ('pending', 'approved');

-- 归档: the file index and a digest of every document's content, fixed when the file is sealed.
create table case_archive (
  case_id uuid primary key references penalty_case (id),
  file_index jsonb not null,
  documents jsonb not null,
  seal_sha256 text collate "C" not null check (seal_sha256 ~ '^[0-9a-f]{64}$'),
  archived_by uuid not null references app_user (id),
  archived_at timestamptz not null default now()
);

-- 备注: the only thing that may still be added to a sealed file.
create table case_annotation (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  text text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index case_annotation_case on case_annotation (case_id, created_at);

create trigger case_archive_append_only
  before update or delete on case_archive
  for each row execute function summary_and_transfer_refuse_change();
create trigger case_annotation_append_only
  before update or delete on case_annotation
  for each row execute function summary_and_transfer_refuse_change();

-- An archived case's row, and the steps recorded for it, can no longer change.
create function archived_case_refuse_change() returns trigger
language plpgsql as $$
declare
  sealed boolean;
begin
  if tg_table_name = 'penalty_case' then
    sealed := old.stage = 'archived';
  else
    select stage = 'archived' into sealed from penalty_case where id = old.case_id;
  end if;
  if sealed then
    raise exception '案件已归档，案卷已封存，不能修改 (archived case is sealed)'
      using errcode = 'ZF002';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger penalty_case_sealed_when_archived
  before update or delete on penalty_case
  for each row execute function archived_case_refuse_change();
create trigger case_transfer_sealed_when_archived
  before update or delete on case_transfer
  for each row execute function archived_case_refuse_change();
create trigger case_closure_sealed_when_archived
  before update or delete on case_closure
  for each row execute function archived_case_refuse_change();
