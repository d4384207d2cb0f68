-- 送达 and 执行: serving case documents (行政处罚法第六十一条), and executing the decision: payments
-- (第六十七条, 罚缴分离), deferral and instalments (第六十六条), 复议/诉讼 periods that pause the
-- surcharge (第七十三条), 催告 and the application to the people's court (行政强制法第五十三条、
-- 第五十四条). Service, payments, plans, demands and court applications are what the file proves
-- afterwards: they are append-only like evidence; a later fact is a new row.

create function service_and_execution_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '送达、缴款和执行记录登记后不能修改或删除 (append-only)' using errcode = 'ZF002';
end
$$;

-- 送达地址确认书: the party's addresses and, for 电子送达, its consent (行政处罚法第六十一条第二款).
-- The latest row for a case is in force.
create table service_address_confirmation (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  recipient text collate "C" not null,
  signed_on date not null,
  postal_address text collate "C",
  phone text collate "C",
  consents_to_electronic boolean not null,
  -- [{ channel: 'email' | 'sms' | 'fax' | 'platform', address }]
  electronic_addresses jsonb not null default '[]',
  evidence_id uuid references evidence (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check (consents_to_electronic = (jsonb_array_length(electronic_addresses) > 0))
);
create index service_address_confirmation_case on service_address_confirmation (case_id, created_at);

-- One attempt to serve one document (送达回证 per row). `document_code` is the case document kind
-- ('decision', 'demandNotice', 'instalmentNotice' …), `document_item_id` the copy when it has
-- several. `served_on` is the legal service date; a failed attempt has none.
create table service (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  document_code text collate "C" not null,
  document_item_id uuid,
  document_title text collate "C" not null,
  method text collate "C" not null
    check (method in ('direct', 'leftAtAddress', 'post', 'electronic', 'publicNotice')),
  outcome text collate "C" not null check (outcome in ('served', 'failed')),
  recipient text collate "C" not null,
  acted_on date not null,
  served_on date,
  -- method-specific facts: signer, witnesses, tracking number, channel and address, medium …
  details jsonb not null,
  failure_reason text collate "C",
  address_confirmation_id uuid references service_address_confirmation (id),
  server_officer_ids uuid[] not null check (cardinality(server_officer_ids) >= 1),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check ((outcome = 'served') = (served_on is not null)),
  check ((outcome = 'failed') = (failure_reason is not null))
);
create index service_case on service (case_id, created_at);

-- 暂缓（延期）或者分期缴纳罚款: the party's application, then the head's approval or refusal as a
-- separate row (payment_plan_decision), so neither is ever rewritten.
create table payment_plan (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  kind text collate "C" not null check (kind in ('deferral', 'instalments')),
  applied_on date not null,
  reason text collate "C" not null,
  -- [{ dueDate, amountFen }], ascending; a deferral has one instalment of the whole fine
  instalments jsonb not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index payment_plan_case on payment_plan (case_id, created_at);

create table payment_plan_decision (
  plan_id uuid primary key references payment_plan (id),
  approved boolean not null,
  reason text collate "C" not null,
  decided_on date not null,
  decided_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);

-- A confirmation from the bank or the e-payment system (罚缴分离: the agency never takes money).
create table payment (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  amount_fen bigint not null check (amount_fen > 0),
  paid_on date not null,
  channel text collate "C" not null check (channel in ('bank', 'ePayment')),
  reference text collate "C" not null unique check (reference <> ''),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index payment_case on payment (case_id, paid_on);

-- 行政复议 or 行政诉讼 brought by the party: no surcharge accrues while it runs (第七十三条第三款).
-- The end is filled in once, when the decision or judgment is served.
create table remedy_period (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  kind text collate "C" not null check (kind in ('reconsideration', 'litigation')),
  body text collate "C" not null,
  started_on date not null,
  ended_on date,
  outcome text collate "C" check (outcome in ('upheld', 'changed', 'revoked', 'withdrawn')),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  check ((ended_on is null) = (outcome is null)),
  check (ended_on is null or ended_on >= started_on)
);
create index remedy_period_case on remedy_period (case_id, started_on);
create unique index remedy_period_one_open on remedy_period (case_id) where ended_on is null;

-- 催告 (行政强制法第三十五条): what the 催告书 demands, as of the day it is issued.
create table demand (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  issued_on date not null,
  perform_by date not null check (perform_by > issued_on),
  principal_fen bigint not null check (principal_fen >= 0),
  late_fee_fen bigint not null check (late_fee_fen >= 0),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index demand_case on demand (case_id, issued_on);

-- 申请人民法院强制执行 (行政强制法第五十三条), and the court's ruling as a separate row.
create table court_application (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references penalty_case (id),
  applied_on date not null,
  court text collate "C" not null,
  amount_fen bigint not null check (amount_fen > 0),
  demand_id uuid not null references demand (id),
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);
create index court_application_case on court_application (case_id, applied_on);

create table court_ruling (
  application_id uuid primary key references court_application (id),
  outcome text collate "C" not null check (outcome in ('granted', 'refused', 'notAccepted')),
  ruled_on date not null,
  ruling_number text collate "C" not null,
  note text collate "C",
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now()
);

create trigger service_address_confirmation_no_update_delete
  before update or delete on service_address_confirmation
  for each row execute function service_and_execution_refuse_change();
create trigger service_no_update_delete
  before update or delete on service
  for each row execute function service_and_execution_refuse_change();
create trigger payment_plan_no_update_delete
  before update or delete on payment_plan
  for each row execute function service_and_execution_refuse_change();
create trigger payment_plan_decision_no_update_delete
  before update or delete on payment_plan_decision
  for each row execute function service_and_execution_refuse_change();
create trigger payment_no_update_delete
  before update or delete on payment
  for each row execute function service_and_execution_refuse_change();
create trigger demand_no_update_delete
  before update or delete on demand
  for each row execute function service_and_execution_refuse_change();
create trigger court_application_no_update_delete
  before update or delete on court_application
  for each row execute function service_and_execution_refuse_change();
create trigger court_ruling_no_update_delete
  before update or delete on court_ruling
  for each row execute function service_and_execution_refuse_change();
