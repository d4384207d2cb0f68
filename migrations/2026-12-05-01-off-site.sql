-- Off-site overload enforcement (非现场执法, 治超): the registry of 电子技术监控设备 with their
-- reviews, calibrations and status history (行政处罚法第四十一条), station tokens, the detection
-- records they send (partitioned by month), the leads that 初筛 makes of over-limit records and
-- their 复核, and the 一超四罚 findings and 抄告 (公路安全保护条例第六十六条).

-- 电子技术监控设备: a weigh-in-motion scale or a camera at one site of a station.
create table monitoring_device (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  code text collate "C" not null unique,
  name text collate "C" not null,
  kind text collate "C" not null check (kind in ('weighing', 'camera')),
  -- Devices of one 检测站点 share a station code; a station token sends for all of them.
  station_code text collate "C" not null,
  road text collate "C" not null,
  stake text collate "C" not null,
  direction text collate "C" not null,
  longitude numeric(9, 6) check (longitude between -180 and 180),
  latitude numeric(8, 6) check (latitude between -90 and 90),
  area_code text collate "C" not null check (area_code ~ '^[0-9]{6}$'),
  -- 公告: the date the site and start date were published; evidence only after the notice period.
  public_notice_date date,
  activation_date date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index monitoring_device_agency on monitoring_device (agency_id);
create index monitoring_device_station on monitoring_device (station_code);

-- 法制审核 and 技术审核 of a device (第四十一条第一款); the newest of each kind counts.
create table device_review (
  id uuid primary key default gen_random_uuid(),
  device_id uuid not null references monitoring_device (id),
  kind text collate "C" not null check (kind in ('legal', 'technical')),
  reviewed_on date not null,
  reviewer text collate "C" not null,
  passed boolean not null,
  opinion text collate "C" not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index device_review_device on device_review (device_id, kind, reviewed_on);

-- 计量检定 certificates; a record is evidence only while one is valid on its date.
create table device_calibration (
  id uuid primary key default gen_random_uuid(),
  device_id uuid not null references monitoring_device (id),
  certificate_number text collate "C" not null,
  institute text collate "C" not null,
  calibrated_on date not null,
  valid_until date not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  check (valid_until >= calibrated_on)
);
create index device_calibration_device on device_calibration (device_id, valid_until);

-- Status history: a device is in the status of its newest change on or before a date.
create table device_status_change (
  id uuid primary key default gen_random_uuid(),
  device_id uuid not null references monitoring_device (id),
  status text collate "C" not null check (status in ('active', 'suspended', 'retired')),
  effective_on date not null,
  reason text collate "C" not null,
  changed_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index device_status_change_device on device_status_change (device_id, effective_on);

-- A station's ingest credential: only the sha256 of the token is kept; revoking is final.
create table station_token (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  station_code text collate "C" not null,
  label text collate "C" not null,
  token_sha256 text collate "C" not null unique,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references app_user (id)
);
create index station_token_station on station_token (station_code);

-- One request (or CLI file) of detections, acknowledged once its rows are durable.
create table detection_batch (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  station_code text collate "C" not null,
  source text collate "C" not null check (source in ('http', 'file')),
  received_at timestamptz not null default now(),
  row_count integer not null,
  accepted integer not null,
  duplicates integer not null,
  rejected integer not null,
  leads integer not null,
  -- Row-level problems: [{ row, field, code, message }], the first 1,000 kept.
  errors jsonb not null default '[]'
);
create index detection_batch_station on detection_batch (station_code, received_at);

-- 检测记录: one vehicle passing a device, with its 初筛 result. Partitioned by month of
-- `captured_at`; partitions are made by ensure_detection_partition before rows arrive. The
-- station's own record number makes a resent row a duplicate, never a second row.
create table detection (
  id uuid not null default gen_random_uuid(),
  captured_at timestamptz not null,
  device_id uuid not null references monitoring_device (id),
  agency_id uuid not null references agency (id),
  batch_id uuid not null,
  station_record_no text collate "C" not null,
  plate text collate "C",
  trailer_plate text collate "C",
  vehicle_kind text collate "C" not null,
  axle_count smallint not null check (axle_count between 1 and 20),
  axle_config text collate "C",
  single_drive_axle boolean,
  single_tyre_axles smallint not null default 0,
  licence_total_kg integer,
  axle_weights_kg integer[],
  gross_kg integer not null check (gross_kg >= 0),
  length_mm integer,
  width_mm integer,
  height_mm integer,
  speed_kmh numeric(5, 1),
  lane smallint,
  -- [{ sha256, url, kind }]: photos and video kept by the station, named by their digest.
  evidence jsonb not null default '[]',
  over_limit boolean not null,
  device_lawful boolean not null,
  limit_kg integer,
  excess_kg integer not null default 0,
  -- The full 初筛 result: rule version, limit basis, dimension excess, reasons.
  screening jsonb not null,
  ingested_at timestamptz not null default now(),
  primary key (id, captured_at),
  unique (device_id, station_record_no, captured_at)
) partition by range (captured_at);
create index detection_agency_time on detection (agency_id, captured_at);
create index detection_device_time on detection (device_id, captured_at);
create index detection_plate_time on detection (plate, captured_at);

-- Makes the partition of `detection` for the UTC month of `month_start`. Bounds are UTC
-- whatever the session's time zone, so every writer agrees on them; queries filter by time,
-- not by partition, so a Beijing month spanning two partitions costs nothing.
create function ensure_detection_partition(month_start date) returns void
language plpgsql as $$
declare
  first_day date := date_trunc('month', month_start)::date;
  partition_name text := 'detection_' || to_char(first_day, 'YYYY_MM');
begin
  execute format(
    'create table if not exists %I partition of detection for values from (%L) to (%L)',
    partition_name,
    first_day::timestamp at time zone 'UTC',
    (first_day + interval '1 month')::timestamp at time zone 'UTC');
end;
$$;

-- A lead (线索) made by 初筛 points at its detection; a person rechecks it (复核) before it
-- may become a case. Such a lead has no recording user.
alter table lead alter column created_by drop not null;
alter table lead add column detection_id uuid;
alter table lead add column detection_captured_at timestamptz;
alter table lead add column recheck_due_at timestamptz;
alter table lead add column recheck_status text collate "C"
  check (recheck_status in ('pending', 'confirmed', 'rejected'));
alter table lead add column rechecked_by uuid references app_user (id);
alter table lead add column rechecked_at timestamptz;
alter table lead add column recheck_reason text collate "C";
alter table lead add foreign key (detection_id, detection_captured_at)
  references detection (id, captured_at);
alter table lead add constraint lead_by_person_or_detection
  check (created_by is not null or detection_id is not null);
alter table lead add constraint lead_detection_unique unique (detection_id, detection_captured_at);
create index lead_recheck_queue on lead (agency_id, recheck_status, recheck_due_at)
  where recheck_status is not null;

-- 运输企业 and its fleet: the denominator of the 10% rule (第六十六条第三款).
create table transport_enterprise (
  credit_code text collate "C" primary key,
  name text collate "C" not null,
  goods_vehicle_count integer not null check (goods_vehicle_count >= 0),
  home_authority text collate "C" not null,
  updated_at timestamptz not null default now()
);

-- One confirmed over-limit act (from a rechecked lead or an on-site case): what the rolling
-- 12-month counters of 一超四罚 count, by vehicle, driver and enterprise.
create table overlimit_finding (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  lead_id uuid unique references lead (id),
  act_at timestamptz not null,
  plate text collate "C" not null,
  trailer_plate text collate "C",
  excess_kg integer not null,
  driver_name text collate "C",
  driver_id_number text collate "C",
  enterprise_credit_code text collate "C",
  enterprise_name text collate "C",
  vehicle_home_authority text collate "C",
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index overlimit_finding_plate on overlimit_finding (plate, act_at);
create index overlimit_finding_driver on overlimit_finding (driver_id_number, act_at);
create index overlimit_finding_enterprise on overlimit_finding (enterprise_credit_code, act_at);

-- 抄告: the notice to the home transport authority of a vehicle, driver or enterprise that
-- crossed a 第六十六条 line, with the findings it rests on.
create table copy_notice (
  id uuid primary key default gen_random_uuid(),
  agency_id uuid not null references agency (id),
  subject_kind text collate "C" not null check (subject_kind in ('vehicle', 'driver', 'enterprise')),
  subject_key text collate "C" not null,
  subject_name text collate "C" not null,
  home_authority text collate "C" not null,
  window_from date not null,
  window_to date not null,
  finding_ids uuid[] not null,
  consequence text collate "C" not null,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now()
);
create index copy_notice_agency on copy_notice (agency_id, created_at);
