import {
  enforcementCategories,
  enforcementCategoryLabels,
  type EnforcementCategory,
} from '../../domain/certificate.js';
import { listAgencies, listUnitsOf } from '../agency/agency.repository.js';
import type { ServiceContext } from '../context.js';
import {
  certificateInputSchema,
  officerInputSchema,
  type CertificateInput,
  type OfficerInput,
} from '../officer/officer.schemas.js';
import { insertCertificate, insertOfficer } from '../officer/officer.service.js';
import type { AgencyRow, UnitRow } from '../../storage/tables.js';
import type { ImportSpec, RowImporter } from './import-runner.js';
import {
  accept,
  cellOf,
  combine,
  mapChecked,
  NameIndex,
  optionalCell,
  parseCells,
  pickOne,
  refuse,
  type Checked,
} from './row-check.js';
import type { Column, SheetRow } from './sheet.js';

const columns = {
  name: { header: '姓名', example: '张三' },
  idNumber: { header: '身份证号', example: '11010519491231002X' },
  agency: { header: '所属机构', example: '某某县交通运输综合行政执法大队' },
  unit: { header: '内设机构', example: '治超中队', optional: true },
  phone: { header: '联系电话', example: '13800000000', optional: true },
  number: { header: '执法证号', example: '43110020250001' },
  issuer: { header: '发证机关', example: '某某市人民政府' },
  categories: { header: '执法门类', example: '路政、运政' },
  areaCodes: { header: '执法区域代码', example: '431102' },
  areaName: { header: '执法区域', example: '某某县' },
  validFrom: { header: '有效期起', example: '2025-01-01' },
  validTo: { header: '有效期止', example: '2030-12-31' },
  lastVerifiedYear: { header: '年审年度', example: '2025', optional: true },
} as const satisfies Record<string, Column>;

/** Filled in together or not at all: an officer may be registered before holding a 执法证. */
const certificateColumns: readonly Column[] = [
  columns.number,
  columns.issuer,
  columns.categories,
  columns.areaCodes,
  columns.areaName,
  columns.validFrom,
  columns.validTo,
  columns.lastVerifiedYear,
];

const categoriesByLabel = new Map<string, EnforcementCategory>(
  enforcementCategories.map((category) => [enforcementCategoryLabels[category], category]),
);

const officerFieldsSchema = officerInputSchema.omit({ agencyId: true, unitId: true });

interface OfficerPlan {
  agency: AgencyRow;
  unit: UnitRow | null;
  officer: Omit<OfficerInput, 'agencyId' | 'unitId'>;
  certificate: CertificateInput | null;
}

interface Lookups {
  agencies: NameIndex<AgencyRow>;
  units: readonly UnitRow[];
}

export const officerImport: ImportSpec<OfficerPlan> = {
  title: '执法人员',
  action: 'importOfficers',
  columns,
  prepare: prepareOfficerImport,
};

async function prepareOfficerImport(
  ctx: ServiceContext,
  rows: readonly SheetRow[],
): Promise<RowImporter<OfficerPlan>> {
  const lookups = await loadLookups(ctx, rows);
  return {
    check: (row) => checkOfficerRow(row, lookups),
    async insert(trx, { value: { agency, unit, officer, certificate } }) {
      const input = { ...officer, agencyId: agency.id, unitId: unit?.id ?? null };
      const { id } = await insertOfficer(trx, ctx, input);
      if (certificate) await insertCertificate(trx, ctx, { id, agencyId: agency.id }, certificate);
    },
  };
}

/** The agencies the sheet names, within the actor's scope, and their units. */
async function loadLookups(
  { db, actor }: ServiceContext,
  rows: readonly SheetRow[],
): Promise<Lookups> {
  const named = new Set(rows.map((row) => cellOf(row, columns.agency)));
  const agencies = (await listAgencies(db, actor.agencyPath)).filter((agency) =>
    named.has(agency.name),
  );
  const byName = new NameIndex<AgencyRow>();
  for (const agency of agencies) byName.add(agency.name, agency);
  return {
    agencies: byName,
    units: await listUnitsOf(
      db,
      agencies.map((agency) => agency.id),
    ),
  };
}

function checkOfficerRow(row: SheetRow, lookups: Lookups): Checked<OfficerPlan> {
  const agency = findAgency(lookups.agencies, cellOf(row, columns.agency));
  const officer = {
    name: cellOf(row, columns.name),
    idNumber: cellOf(row, columns.idNumber),
    phone: optionalCell(row, columns.phone),
  };
  return combine<OfficerPlan>({
    agency,
    unit: agency.ok
      ? findUnit(lookups.units, agency.value, cellOf(row, columns.unit))
      : accept(null),
    officer: parseCells(officerFieldsSchema, officer, columns),
    certificate: checkCertificate(row),
  });
}

function findAgency(agencies: NameIndex<AgencyRow>, name: string): Checked<AgencyRow> {
  if (!name) return refuse(columns.agency, '请填写所属机构');
  return agencies.pick(name, columns.agency, `所属机构“${name}”不存在或不在您的管辖范围内`);
}

function findUnit(
  units: readonly UnitRow[],
  agency: AgencyRow,
  name: string,
): Checked<UnitRow | null> {
  if (!name) return accept(null);
  const candidates = units.filter((unit) => unit.agencyId === agency.id && unit.name === name);
  return pickOne(candidates, name, columns.unit, `“${agency.name}”下没有名为“${name}”的内设机构`);
}

function checkCertificate(row: SheetRow): Checked<CertificateInput | null> {
  if (certificateColumns.every((column) => cellOf(row, column) === '')) return accept(null);
  const year = cellOf(row, columns.lastVerifiedYear);
  const yearIsValid = year === '' || /^\d{4}$/.test(year);
  const candidate = {
    number: cellOf(row, columns.number),
    issuer: cellOf(row, columns.issuer),
    categories: listOf(cellOf(row, columns.categories)).map(categoryOf),
    areaCodes: listOf(cellOf(row, columns.areaCodes)),
    areaName: cellOf(row, columns.areaName),
    validFrom: isoDateOf(cellOf(row, columns.validFrom)),
    validTo: isoDateOf(cellOf(row, columns.validTo)),
    lastVerifiedYear: year && yearIsValid ? Number(year) : null,
  };
  const checked = combine({
    certificate: parseCells(certificateInputSchema, candidate, columns),
    year: yearIsValid
      ? accept(null)
      : refuse(columns.lastVerifiedYear, '年审年度应为四位年份，如 2025'),
  });
  return mapChecked(checked, ({ certificate }) => certificate);
}

/** "路政、运政", "路政,运政" or "路政；运政" (half- or full-width). */
function listOf(text: string): string[] {
  return text.split(/[、,，;；\s]+/).filter((item) => item !== '');
}

/** 中文门类 or the English category; anything else is left for the schema to refuse. */
function categoryOf(text: string): string {
  return categoriesByLabel.get(text) ?? text;
}

/** Dates typed as 2025/1/1, 2025.1.1 or 2025年1月1日 become 2025-01-01. */
function isoDateOf(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return text;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
