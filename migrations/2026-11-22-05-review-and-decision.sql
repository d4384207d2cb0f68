-- From 调查终结 to the decision: 调查终结报告, 告知, 陈述申辩, 听证, 法制审核, 集体讨论, 决定.
-- Every record here is written once and never altered: a second report, notice or review
-- round is a new row. Proposed penalties keep their amounts in columns (fen), their kinds in
-- jsonb (domain/case/penalty.ts PenaltyKind).

-- 调查终结报告: what the investigators found and propose (行政处罚法第五十七条). Reopening the
-- investigation and closing it again writes a new report; the latest one counts.
create table investigation_report (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  report_date date not null,
  facts text collate "C" not null,
  -- The case's evidence relied on: [{ evidenceId, title, type }].
  evidence jsonb not null,
  violated_provision text collate "C" not null,
  penalty_basis text collate "C" not null,
  proposed_outcome text collate "C" not null check (proposed_outcome in ('penalty', 'noPenalty')),
  party_kind text collate "C" not null check (party_kind in ('citizen', 'organisation')),
  proposed_kinds jsonb not null,
  fine_fen bigint not null check (fine_fen >= 0),
  illegal_gains_fen bigint not null check (illegal_gains_fen >= 0),
  illegal_property_value_fen bigint not null check (illegal_property_value_fen >= 0),
  -- 行政处罚法第五十八条第一款's facts (domain/case/legal-review.ts Article58Facts).
  article58 jsonb not null,
  -- 情节复杂或者重大违法行为 (第五十七条第二款): the heads must decide collectively.
  complex_or_major boolean not null,
  opinion text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index investigation_report_case on investigation_report (case_id, created_at);

-- 违法行为通知书 (告知, 第四十四条): its content as served, and how and when it was served. A
-- later notice with a heavier penalty carries the new facts that justify it (第四十五条第二款).
create table prior_notice (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  sequence integer not null check (sequence > 0),
  report_id uuid not null references investigation_report (id),
  facts text collate "C" not null,
  evidence jsonb not null,
  violated_provision text collate "C" not null,
  penalty_basis text collate "C" not null,
  party_kind text collate "C" not null check (party_kind in ('citizen', 'organisation')),
  proposed_kinds jsonb not null,
  fine_fen bigint not null check (fine_fen >= 0),
  illegal_gains_fen bigint not null check (illegal_gains_fen >= 0),
  illegal_property_value_fen bigint not null check (illegal_property_value_fen >= 0),
  hearing_right boolean not null,
  hearing_reasons jsonb not null,
  statement_deadline date not null,
  hearing_request_deadline date,
  served_on date not null,
  service_method text collate "C" not null
    check (service_method in ('direct', 'leftAtAddress', 'post', 'electronic', 'publicNotice')),
  contact_person text collate "C" not null,
  contact_phone text collate "C" not null,
  new_facts text collate "C",
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  unique (case_id, sequence),
  check (hearing_right = (hearing_request_deadline is not null))
);
create index prior_notice_case on prior_notice (case_id, sequence);

-- The party's answer to a notice: 陈述申辩, a hearing request, or a written waiver (第六十二条).
create table party_response (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  notice_id uuid not null references prior_notice (id),
  kind text collate "C" not null check (kind in ('statement', 'hearingRequest', 'waiver')),
  received_on date not null,
  form text collate "C" not null check (form in ('written', 'oral')),
  content text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  -- 第六十二条 accepts only an express waiver; an oral one is recorded in a signed 笔录 first.
  check (kind <> 'waiver' or form = 'written')
);
create index party_response_case on party_response (case_id, received_on);

-- 复核 of a 陈述申辩 (第四十五条第一款): what was adopted and why.
create table statement_review (
  response_id uuid primary key references party_response (id),
  case_id uuid not null references penalty_case (id),
  adoption text collate "C" not null check (adoption in ('adopted', 'partlyAdopted', 'notAdopted')),
  reasoning text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index statement_review_case on statement_review (case_id);

-- 听证 as scheduled (听证通知书): chaired by a non-investigator, 1–2 agents (第六十四条). A
-- postponed hearing is scheduled again in a new row.
create table hearing (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  request_id uuid not null references party_response (id),
  notice_served_on date not null,
  notice_service_method text collate "C" not null
    check (notice_service_method in ('direct', 'leftAtAddress', 'post', 'electronic', 'publicNotice')),
  hearing_on date not null,
  place text collate "C" not null,
  chair_officer_id uuid not null references officer (id),
  recorder_name text collate "C" not null,
  public boolean not null,
  closed_reason text collate "C",
  agents jsonb not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (public or closed_reason is not null)
);
create index hearing_case on hearing (case_id, created_at);

-- 听证笔录 and the chair's report. A party absent without good reason or leaving without
-- permission has waived the hearing (第六十四条第六项); absent with good reason, it is postponed.
create table hearing_record (
  hearing_id uuid primary key references hearing (id),
  case_id uuid not null references penalty_case (id),
  attendance text collate "C" not null
    check (attendance in ('attended', 'absentWithGoodReason', 'absentWithoutGoodReason',
                          'leftWithoutPermission')),
  outcome text collate "C" not null check (outcome in ('held', 'waived', 'postponed')),
  investigators_statement text collate "C" not null,
  party_statement text collate "C" not null,
  cross_examination text collate "C" not null,
  party_signed boolean not null,
  refusal_note text collate "C",
  report text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (party_signed or refusal_note is not null)
);
create index hearing_record_case on hearing_record (case_id);

-- 法制审核 (第五十八条): one row per round as submitted, the reviewer's opinion beside it.
create table legal_review (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  round integer not null check (round > 0),
  party_kind text collate "C" not null check (party_kind in ('citizen', 'organisation')),
  proposed_kinds jsonb not null,
  fine_fen bigint not null check (fine_fen >= 0),
  illegal_gains_fen bigint not null check (illegal_gains_fen >= 0),
  illegal_property_value_fen bigint not null check (illegal_property_value_fen >= 0),
  hearing_held boolean not null,
  -- Why the review is required (catalogue and 第五十八条 reasons), as judged on submission.
  reasons jsonb not null,
  submission text collate "C" not null,
  requested_by uuid not null references app_user (id),
  requested_at timestamptz not null default now(),
  unique (case_id, round)
);

create table legal_review_opinion (
  review_id uuid primary key references legal_review (id),
  case_id uuid not null references penalty_case (id),
  opinion text collate "C" not null check (opinion in ('approved', 'rejected', 'returned')),
  comments text collate "C" not null,
  reviewer_user_id uuid not null references app_user (id),
  reviewer_officer_id uuid references officer (id),
  reviewer_name text collate "C" not null,
  -- 第五十八条第二款: a reviewer's first review needs the 法律职业资格 certificate.
  first_time boolean not null,
  legal_profession_certificate text collate "C",
  reviewed_on date not null,
  created_at timestamptz not null default now()
);
create index legal_review_opinion_case on legal_review_opinion (case_id);
create index legal_review_opinion_reviewer on legal_review_opinion (reviewer_user_id);

-- 集体讨论 (第五十七条第二款): who took part and what each said, the conclusion, the recorder.
create table collective_discussion (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  held_on date not null,
  place text collate "C" not null,
  -- [{ name, position, opinion }]
  participants jsonb not null,
  conclusion text collate "C" not null
    check (conclusion in ('penalty', 'noPenalty', 'transfer', 'furtherInvestigation')),
  conclusion_text text collate "C" not null,
  recorder_name text collate "C" not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index collective_discussion_case on collective_discussion (case_id, created_at);

-- 延长办案期限, approved by the head; the latest new due date replaces the ninety days.
create table decision_extension (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  previous_due date not null,
  new_due date not null,
  reason text collate "C" not null,
  approved_by uuid not null references app_user (id),
  approved_on date not null,
  created_at timestamptz not null default now(),
  check (new_due > previous_due)
);
create index decision_extension_case on decision_extension (case_id, created_at);

-- 行政处罚决定 or 不予行政处罚决定 (行政处罚法第五十七条); one per case. `document` holds the
-- decision document's content (domain/case/decision-content.ts DecisionDocument, or
-- NoPenaltyDocument for kind noPenalty). `confiscation_fen` is the 没收违法所得 the party
-- pays; confiscated property is valued in `illegal_property_value_fen`.
create table decision (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null unique references penalty_case (id),
  kind text collate "C" not null check (kind in ('penalty', 'noPenalty')),
  document_number text collate "C" unique,
  document jsonb not null,
  penalty_kinds jsonb not null default '[]',
  fine_fen bigint not null default 0 check (fine_fen >= 0),
  confiscation_fen bigint not null default 0 check (confiscation_fen >= 0),
  decided_on date not null,
  decided_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  illegal_property_value_fen bigint not null default 0 check (illegal_property_value_fen >= 0),
  notice_id uuid references prior_notice (id),
  no_penalty_ground text collate "C"
    check (no_penalty_ground in ('minorViolation', 'firstViolation', 'noFault', 'underFourteen',
                                 'mentalIncapacity', 'factsNotEstablished')),
  check ((kind = 'penalty') = (notice_id is not null)),
  check ((kind = 'noPenalty') = (no_penalty_ground is not null))
);

create function review_and_decision_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '案件记录登记后不能修改或删除，如有变化请另行登记 (% is append-only)', tg_table_name
    using errcode = 'ZF002';
end
$$;

create trigger investigation_report_no_update_delete
  before update or delete on investigation_report
  for each row execute function review_and_decision_refuse_change();
create trigger prior_notice_no_update_delete
  before update or delete on prior_notice
  for each row execute function review_and_decision_refuse_change();
create trigger party_response_no_update_delete
  before update or delete on party_response
  for each row execute function review_and_decision_refuse_change();
create trigger statement_review_no_update_delete
  before update or delete on statement_review
  for each row execute function review_and_decision_refuse_change();
create trigger hearing_no_update_delete
  before update or delete on hearing
  for each row execute function review_and_decision_refuse_change();
create trigger hearing_record_no_update_delete
  before update or delete on hearing_record
  for each row execute function review_and_decision_refuse_change();
create trigger legal_review_no_update_delete
  before update or delete on legal_review
  for each row execute function review_and_decision_refuse_change();
create trigger legal_review_opinion_no_update_delete
  before update or delete on legal_review_opinion
  for each row execute function review_and_decision_refuse_change();
create trigger collective_discussion_no_update_delete
  before update or delete on collective_discussion
  for each row execute function review_and_decision_refuse_change();
create trigger decision_extension_no_update_delete
  before update or delete on decision_extension
  for each row execute function review_and_decision_refuse_change();
