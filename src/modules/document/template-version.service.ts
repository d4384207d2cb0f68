import type { Actor } from '../../domain/actor.js';
import { AppError } from '../../domain/app-error.js';
import { assertAllowed, isAllowed } from '../../domain/permission.js';
import { digestChange } from '../../domain/record-chain.js';
import { builtinTemplate, builtinTemplates } from '../../documents/builtin-templates.js';
import {
  parseDocumentTemplate,
  type DocumentTemplate,
} from '../../documents/document-template.schemas.js';
import { mergeFields } from '../../documents/document-template.js';
import { renderPdf } from '../../documents/render-pdf.js';
import { previewData } from '../../documents/sample-data.js';
import {
  coversPlatform,
  nextTemplateVersion,
  templateOrigin,
  versionInForce,
} from '../../domain/template-precedence.js';
import type { Db } from '../../storage/database.js';
import type { AgencyRow } from '../../storage/tables.js';
import { findAgency } from '../agency/agency.repository.js';
import type { ServiceContext } from '../context.js';
import { found, notFound } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import {
  applicableVersions,
  findVersion,
  highestVersion,
  insertVersion,
  lockTemplateCode,
  type StoredTemplateVersion,
} from './template-version.repository.js';
import type {
  PublishInput,
  RevertInput,
  TemplatesInForce,
  TemplateVersionDetail,
  TemplateVersionView,
} from './template-version.schemas.js';

/** A template with the stored version it came from; `stored` null is the built-in one. */
export interface TemplateWithOrigin {
  template: DocumentTemplate;
  stored: StoredTemplateVersion | null;
}

function storedTemplate(stored: StoredTemplateVersion): DocumentTemplate {
  return parseDocumentTemplate(stored.content);
}

/** The version in force among `versions` for the agency at `agencyPath`, else the built-in. */
function inForceAmong(
  versions: readonly StoredTemplateVersion[],
  agencyPath: string | null,
  code: string,
): TemplateWithOrigin {
  const stored = versionInForce(
    versions.filter((version) => version.code === code),
    agencyPath,
  );
  return { template: stored ? storedTemplate(stored) : builtinTemplate(code), stored };
}

/** The template version in force for the agency with `agencyPath`; for rendering documents. */
export async function templateInForce(
  db: Db,
  agencyPath: string,
  code: string,
): Promise<TemplateWithOrigin> {
  return inForceAmong(await applicableVersions(db, agencyPath, code), agencyPath, code);
}

function toView({ template, stored }: TemplateWithOrigin, inForce: boolean): TemplateVersionView {
  return {
    code: template.code,
    title: template.title,
    formNumber: template.formNumber,
    version: template.version,
    origin: templateOrigin(stored),
    agency: stored?.agencyId ? { id: stored.agencyId, name: stored.agencyName ?? '' } : null,
    note: stored?.note ?? null,
    revertedFrom: stored?.revertedFrom ?? null,
    createdBy: stored ? (stored.createdByName ?? '系统') : null,
    createdAt: stored?.createdAt.toISOString() ?? null,
    inForce,
  };
}

/** The merge fields the built-in version does not use: a case may not provide them. */
function unfamiliarFields(template: DocumentTemplate): string[] {
  const known = new Set(mergeFields(builtinTemplate(template.code)));
  return mergeFields(template).filter((field) => !known.has(field));
}

function toDetail(version: TemplateWithOrigin, inForce: boolean): TemplateVersionDetail {
  return {
    ...toView(version, inForce),
    template: { ...version.template },
    unfamiliarFields: unfamiliarFields(version.template),
  };
}

/** The agency whose templates are shown: the given one within scope, else the actor's own. */
async function agencyToShow(ctx: ServiceContext, agencyId?: string): Promise<AgencyRow | null> {
  const id = agencyId ?? ctx.actor.agencyId;
  if (id === null) return null;
  return found(await findAgency(ctx.db, ctx.actor.agencyPath, id), '机构');
}

function agencyRef(agency: AgencyRow | null) {
  return agency && { id: agency.id, name: agency.name };
}

/** Every template with the version in force for the agency, its number and where it comes from. */
export async function listTemplatesInForce(
  ctx: ServiceContext,
  agencyId?: string,
): Promise<TemplatesInForce> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.read');
  const agency = await agencyToShow(ctx, agencyId);
  const agencyPath = agency?.path ?? null;
  const versions = await applicableVersions(ctx.db, agencyPath);
  return {
    agency: agencyRef(agency),
    canPublishPlatformWide:
      isAllowed(ctx.actor.roles, 'documentTemplate.manage') && coversPlatform(ctx.actor.agencyPath),
    items: builtinTemplates.map((builtin) =>
      toView(inForceAmong(versions, agencyPath, builtin.code), true),
    ),
  };
}

/** The versions that apply to the agency, newest first, the built-in one last. */
export async function listTemplateVersions(
  ctx: ServiceContext,
  code: string,
  agencyId?: string,
): Promise<TemplateVersionView[]> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.read');
  const builtin = builtinTemplate(code);
  const agency = await agencyToShow(ctx, agencyId);
  const versions = await applicableVersions(ctx.db, agency?.path ?? null, code);
  const inForce = versionInForce(versions, agency?.path ?? null);
  return [
    ...versions.map((stored) =>
      toView({ template: storedTemplate(stored), stored }, stored === inForce),
    ),
    toView({ template: builtin, stored: null }, inForce === null),
  ];
}

/** A version is readable when it applies to the actor's agency or belongs to its subtree. */
function isReadableBy(actor: Actor, stored: StoredTemplateVersion): boolean {
  const path = stored.agencyPath;
  return path === null || path.startsWith(actor.agencyPath) || actor.agencyPath.startsWith(path);
}

async function loadVersion(
  ctx: ServiceContext,
  code: string,
  version: number,
): Promise<TemplateWithOrigin> {
  const builtin = builtinTemplate(code);
  const stored = await findVersion(ctx.db, code, version);
  if (stored && isReadableBy(ctx.actor, stored))
    return { template: storedTemplate(stored), stored };
  if (!stored && version === builtin.version) return { template: builtin, stored: null };
  throw notFound('文书模板版本');
}

async function isInForceForActor(ctx: ServiceContext, version: TemplateWithOrigin) {
  const inForce = await templateInForce(ctx.db, ctx.actor.agencyPath, version.template.code);
  return inForce.stored?.id === version.stored?.id;
}

export async function getTemplateVersion(
  ctx: ServiceContext,
  code: string,
  version: number,
): Promise<TemplateVersionDetail> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.read');
  const loaded = await loadVersion(ctx, code, version);
  return toDetail(loaded, await isInForceForActor(ctx, loaded));
}

/** The version's JSON, as an administrator downloads it to edit and upload again. */
export async function templateVersionJson(
  ctx: ServiceContext,
  code: string,
  version: number,
): Promise<{ content: string; fileName: string }> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.read');
  const { template } = await loadVersion(ctx, code, version);
  return {
    content: `${JSON.stringify(template, null, 2)}\n`,
    fileName: `${template.title}-${code}-v${version}.json`,
  };
}

/** A stored version rendered with the sample case, as PDF. */
export async function previewTemplateVersion(
  ctx: ServiceContext,
  code: string,
  version: number,
): Promise<Buffer> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.read');
  const { template } = await loadVersion(ctx, code, version);
  return renderPdf(template, previewData(template));
}

/** A template not yet published, validated and rendered with the sample case, as PDF. */
export async function previewTemplate(ctx: ServiceContext, input: unknown): Promise<Buffer> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.manage');
  const template = parseDocumentTemplate(input);
  if (!builtinTemplates.some((builtin) => builtin.code === template.code)) {
    const message = `没有代码为「${template.code}」的文书，只能修改系统已有文书的模板`;
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'code', message }]);
  }
  return renderPdf(template, previewData(template));
}

/** Where a version is published: an agency within scope, or the platform for a top-level admin. */
async function publishTarget(trx: Db, actor: Actor, agencyId: string | null) {
  if (agencyId !== null) return found(await findAgency(trx, actor.agencyPath, agencyId), '机构');
  if (!coversPlatform(actor.agencyPath)) {
    throw new AppError(
      'FORBIDDEN',
      '全平台通用的文书模板只能由最上级机构的系统管理员发布，请改为发布给本机构或下级机构',
    );
  }
  return null;
}

/** Publishes `template` as the next version of its code; the previous ones stay as they were. */
async function publish(
  ctx: ServiceContext,
  template: DocumentTemplate,
  target: { agencyId: string | null; note: string; revertedFrom: number | null },
): Promise<TemplateVersionDetail> {
  const { code } = template;
  const builtin = builtinTemplate(code);
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await publishTarget(trx, ctx.actor, target.agencyId);
    await lockTemplateCode(trx, code);
    const version = nextTemplateVersion(await highestVersion(trx, code), builtin.version);
    const content: DocumentTemplate = { ...template, version };
    await insertVersion(trx, {
      agencyId: agency?.id ?? null,
      code,
      version,
      content,
      note: target.note,
      revertedFrom: target.revertedFrom,
      createdBy: ctx.actor.userId,
    });
    await appendRecord(trx, ctx.actor, {
      agencyId: agency?.id ?? null,
      objectType: 'documentTemplate',
      objectId: code,
      action: target.revertedFrom === null ? 'publish' : 'revert',
      change: {
        version,
        agencyId: agency?.id ?? null,
        note: target.note,
        revertedFrom: target.revertedFrom,
        contentDigest: digestChange(content),
      },
    });
    const stored = await findVersion(trx, code, version);
    return toDetail({ template: content, stored: stored ?? null }, true);
  });
}

export async function publishTemplateVersion(
  ctx: ServiceContext,
  code: string,
  input: PublishInput,
): Promise<TemplateVersionDetail> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.manage');
  const builtin = builtinTemplate(code);
  const template = parseDocumentTemplate(input.template);
  if (template.code !== code) {
    const message = `上传的模板代码为「${template.code}」，与所选文书「${builtin.title}」的代码 ${code} 不一致，请上传该文书的模板`;
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'code', message }]);
  }
  return publish(ctx, template, { agencyId: input.agencyId, note: input.note, revertedFrom: null });
}

/** 恢复: publishes an older version's content again, as the newest version. */
export async function revertTemplateVersion(
  ctx: ServiceContext,
  code: string,
  version: number,
  input: RevertInput,
): Promise<TemplateVersionDetail> {
  assertAllowed(ctx.actor.roles, 'documentTemplate.manage');
  const { template } = await loadVersion(ctx, code, version);
  return publish(ctx, template, { ...input, revertedFrom: version });
}
