-- From 调查终结 to the decision: 调查终结报告, 法制审核, 集体讨论, 告知, 陈述申辩, 听证, 决定.

-- 行政处罚决定 or 不予行政处罚决定 (行政处罚法第五十七条); one per case. `document` holds the
-- decision document's content (domain/case/decision-content.ts DecisionDocument).
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
  created_at timestamptz not null default now()
);
