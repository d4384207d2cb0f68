import { agencyKindLabels, agencyKinds, type AgencyKind } from '../../domain/agency.js';
import { AppError } from '../../domain/app-error.js';
import { listAgencies } from '../agency/agency.repository.js';
import { agencyInputSchema, type AgencyInput } from '../agency/agency.schemas.js';
import { insertAgency } from '../agency/agency.service.js';
import type { ServiceContext } from '../context.js';
import type { ImportSpec, RowImporter } from './import-runner.js';
import {
  cellOf,
  combine,
  NameIndex,
  optionalCell,
  parseCells,
  refuse,
  type Checked,
} from './row-check.js';
import type { Column, SheetRow } from './sheet.js';

const columns = {
  name: { header: '机构名称', example: '某某县交通运输综合行政执法大队' },
  shortName: { header: '简称', example: '某县执法大队' },
  kind: { header: '层级', example: '执法大队' },
  parent: { header: '上级机构', example: '某某县交通运输局' },
  regionCode: { header: '行政区划代码', example: '431102' },
  address: { header: '地址', example: '某某县迎宾路 8 号', optional: true },
  phone: { header: '电话', example: '0736-1234567', optional: true },
} as const satisfies Record<string, Column>;

const kindsByLabel = new Map<string, AgencyKind>([
  ...agencyKinds.map((kind) => [agencyKindLabels[kind], kind] as const),
  ['执法大队', 'brigade'],
  ['执法支队', 'brigade'],
]);

const agencyFieldsSchema = agencyInputSchema.omit({ parentId: true });

/** An agency that already exists, or one created by an earlier row of the same sheet. */
type Parent = { kind: 'existing'; id: string } | { kind: 'sheet'; rowNumber: number };

interface AgencyPlan {
  fields: Omit<AgencyInput, 'parentId'>;
  parent: Parent;
}

export const agencyImport: ImportSpec<AgencyPlan> = {
  title: '执法机构',
  action: 'importAgencies',
  columns,
  prepare: prepareAgencyImport,
};

async function prepareAgencyImport(ctx: ServiceContext): Promise<RowImporter<AgencyPlan>> {
  const parents = new NameIndex<Parent>();
  for (const agency of await listAgencies(ctx.db, ctx.actor.agencyPath)) {
    parents.add(agency.name, { kind: 'existing', id: agency.id });
  }
  const createdIds = new Map<number, string>();
  return {
    check: (row) => checkAgencyRow(row, parents),
    async insert(trx, { rowNumber, value }) {
      const parentId = parentIdOf(value.parent, createdIds);
      const agency = await insertAgency(trx, ctx, { ...value.fields, parentId });
      createdIds.set(rowNumber, agency.id);
    },
  };
}

/** Checks the row, then makes its name available as a parent to the rows below it. */
function checkAgencyRow(row: SheetRow, parents: NameIndex<Parent>): Checked<AgencyPlan> {
  const fields = {
    name: cellOf(row, columns.name),
    shortName: cellOf(row, columns.shortName),
    kind: kindOf(cellOf(row, columns.kind)),
    regionCode: cellOf(row, columns.regionCode),
    address: optionalCell(row, columns.address),
    phone: optionalCell(row, columns.phone),
  };
  const plan = combine<AgencyPlan>({
    fields: parseCells(agencyFieldsSchema, fields, columns),
    parent: findParent(parents, cellOf(row, columns.parent)),
  });
  if (fields.name) parents.add(fields.name, { kind: 'sheet', rowNumber: row.rowNumber });
  return plan;
}

/** 中文层级 or the English kind; anything else is left for the schema to refuse. */
function kindOf(text: string): string {
  return kindsByLabel.get(text) ?? text;
}

function findParent(parents: NameIndex<Parent>, name: string): Checked<Parent> {
  if (!name) return refuse(columns.parent, '请填写上级机构');
  return parents.pick(
    name,
    columns.parent,
    `上级机构“${name}”不存在或不在您的管辖范围内；如是本表中新建的机构，请把它排在本行之前`,
  );
}

function parentIdOf(parent: Parent, createdIds: ReadonlyMap<number, string>): string {
  if (parent.kind === 'existing') return parent.id;
  const id = createdIds.get(parent.rowNumber);
  if (id) return id;
  throw new AppError('VALIDATION_FAILED', `上级机构（第${parent.rowNumber}行）未能导入`);
}
