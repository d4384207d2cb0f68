-- 调查取证 records and measures: 笔录 (询问、现场、勘验), 先行登记保存, 行政强制措施 (查封、扣押) and
-- 责令改正违法行为通知书. None of them changes the case stage; every act is also in record_log.

-- 笔录 (行政处罚法第五十五条): written at the time and never altered afterwards; a correction is a
-- new 笔录 that names the one it corrects. Each is also an item of evidence (第四十六条), whose
-- evidence row lists it among the case's evidence; the content lives here only.
create table transcript (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  kind text collate "C" not null check (kind in ('inquiry', 'site', 'survey')),
  evidence_id uuid not null unique references evidence (id),
  corrects_id uuid references transcript (id),
  started_at timestamptz not null,
  ended_at timestamptz not null,
  place text collate "C" not null,
  -- The officers present as printed on the form: id, name and the certificate number shown.
  officers jsonb not null,
  recorder_officer_id uuid not null references officer (id),
  -- The person questioned or present: name, id number, relation to the case, contact.
  subject jsonb not null,
  -- 询问: question/answer pairs; 现场: description; 勘验: the object and the description.
  content jsonb not null,
  signature text collate "C" not null check (signature in ('signed', 'refused', 'absent')),
  witness jsonb,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (ended_at > started_at),
  check (signature = 'signed' or witness is not null)
);
create index transcript_case on transcript (case_id, created_at);

-- Evidence items attached to a 笔录 (photos of the scene, the documents shown …).
create table transcript_attachment (
  transcript_id uuid not null references transcript (id),
  evidence_id uuid not null references evidence (id),
  primary key (transcript_id, evidence_id)
);

create function transcript_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '笔录制作后不能修改或删除，更正请另作笔录 (transcripts are append-only)'
    using errcode = 'ZF002';
end
$$;

create trigger transcript_no_update_delete
  before update or delete on transcript
  for each row execute function transcript_refuse_change();
create trigger transcript_attachment_no_update_delete
  before update or delete on transcript_attachment
  for each row execute function transcript_refuse_change();

-- 先行登记保存 (行政处罚法第五十六条): requested by the case officers with the list of items,
-- approved or refused by the head; once approved, the handling decision is due within seven
-- working days (the due date is fixed on approval). A late decision is still recorded.
create table evidence_preservation (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  items jsonb not null,
  reason text collate "C" not null,
  place text collate "C" not null,
  storage_place text collate "C" not null,
  status text collate "C" not null default 'requested'
    check (status in ('requested', 'approved', 'refused')),
  requested_by uuid not null references app_user (id),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  decision_opinion text collate "C",
  decision_due date,
  decision_due_provisional boolean,
  handling text collate "C"
    check (handling in ('returned', 'appraisal', 'seizure', 'confiscation', 'transferred', 'other')),
  handling_note text collate "C",
  handled_on date,
  handled_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check ((status = 'approved') = (decision_due is not null)),
  check ((handling is null) = (handled_on is null)),
  check (handling is null or status = 'approved')
);
create index evidence_preservation_case on evidence_preservation (case_id, created_at);

-- 行政强制措施 (行政强制法第十八条至第二十八条): 查封 or 扣押, approved by the head before it is
-- carried out, or, in an emergency, carried out first and reported within 24 hours for approval.
-- At most 30 days, extended once by at most 30 days with the head's approval.
create table compulsory_measure (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  kind text collate "C" not null check (kind in ('seizure', 'sealing')),
  items jsonb not null,
  reason text collate "C" not null,
  legal_basis text collate "C" not null,
  place text collate "C" not null,
  term_days integer not null check (term_days between 1 and 30),
  emergency boolean not null,
  requested_by uuid not null references app_user (id),
  requested_at timestamptz not null default now(),
  approval text collate "C" not null default 'pending'
    check (approval in ('pending', 'approved', 'refused')),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  decision_opinion text collate "C",
  implemented_at timestamptz,
  implemented_by uuid references app_user (id),
  extension_days integer check (extension_days between 1 and 30),
  extension_reason text collate "C",
  extended_by uuid references app_user (id),
  extended_at timestamptz,
  lifted_on date,
  lift_reason text collate "C"
    check (lift_reason in ('noViolation', 'unrelated', 'decided', 'termExpired',
                           'notApproved', 'other')),
  lift_note text collate "C",
  lifted_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (not emergency or implemented_at is not null),
  check ((lifted_on is null) = (lift_reason is null)),
  check (lifted_on is null or implemented_at is not null),
  check (extension_days is null or approval = 'approved')
);
create index compulsory_measure_case on compulsory_measure (case_id, created_at);

-- 责令改正违法行为通知书 (行政处罚法第二十八条): once issued, never altered.
create table correction_order (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  violation text collate "C" not null,
  legal_basis text collate "C" not null,
  requirement text collate "C" not null,
  -- Null: to be corrected at once (责令改正); a date: 限期改正.
  correct_by date,
  issued_on date not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (correct_by is null or correct_by > issued_on)
);
create index correction_order_case on correction_order (case_id, created_at);

create function correction_order_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '责令改正通知书发出后不能修改或删除 (correction orders are append-only)'
    using errcode = 'ZF002';
end
$$;

create trigger correction_order_no_update_delete
  before update or delete on correction_order
  for each row execute function correction_order_refuse_change();

-- Preservations and measures change state as they are decided, but are never removed.
create function investigation_refuse_delete() returns trigger
language plpgsql as $$
begin
  raise exception '调查取证记录不能删除 (investigation acts are never removed)'
    using errcode = 'ZF002';
end
$$;

create trigger evidence_preservation_no_delete
  before delete on evidence_preservation
  for each row execute function investigation_refuse_delete();
create trigger compulsory_measure_no_delete
  before delete on compulsory_measure
  for each row execute function investigation_refuse_delete();
