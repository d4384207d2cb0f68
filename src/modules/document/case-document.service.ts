import { createHash } from 'node:crypto';
import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import type { DocumentData } from '../../documents/document-template.js';
import { renderDocx } from '../../documents/render-docx.js';
import { renderPdf } from '../../documents/render-pdf.js';
import { findCase, type CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { appendRecord } from '../record/record.repository.js';
import { caseDocumentKinds } from './case-document-registry.js';
import {
  insertGeneratedDocument,
  listGeneratedDocuments,
  type GeneratedDocumentEntry,
} from './generated-document.repository.js';
import { agencyPathOf } from './template-version.repository.js';
import { templateInForce } from './template-version.service.js';

export type DocumentFormat = 'pdf' | 'docx';

/** One copy in the 文书生成登记: which template version produced it, and its fingerprint. */
export interface GeneratedDocumentView {
  code: string;
  itemId: string | null;
  templateVersion: number;
  format: DocumentFormat;
  sha256: string;
  size: number;
  generatedBy: string;
  generatedAt: string;
}

export interface CaseDocumentListing {
  code: string;
  title: string;
  itemId: string | null;
  label: string;
  lastGenerated: GeneratedDocumentView | null;
}

function toGeneratedView(entry: GeneratedDocumentEntry): GeneratedDocumentView {
  return {
    code: entry.code,
    itemId: entry.itemId,
    templateVersion: entry.templateVersion,
    format: entry.format,
    sha256: entry.sha256,
    size: entry.size,
    generatedBy: entry.generatedByName ?? '系统',
    generatedAt: entry.generatedAt.toISOString(),
  };
}

const copyKey = (code: string, itemId: string | null) => `${code}/${itemId ?? ''}`;

/** Every document the case can produce now, in the order of the procedure. */
export async function listCaseDocuments(
  ctx: ServiceContext,
  caseId: string,
): Promise<CaseDocumentListing[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const lastGenerated = new Map<string, GeneratedDocumentView>();
  // Newest first, so the first copy seen of each document is its last one.
  for (const entry of await listGeneratedDocuments(ctx.db, penaltyCase.id)) {
    const key = copyKey(entry.code, entry.itemId);
    if (!lastGenerated.has(key)) lastGenerated.set(key, toGeneratedView(entry));
  }
  const listings: CaseDocumentListing[] = [];
  for (const kind of caseDocumentKinds) {
    for (const instance of await kind.instances(ctx, penaltyCase)) {
      const last = lastGenerated.get(copyKey(kind.code, instance.itemId)) ?? null;
      listings.push({ code: kind.code, title: kind.title, ...instance, lastGenerated: last });
    }
  }
  return listings;
}

/** 文书生成登记 of the case, newest first: every copy generated, by whom, from which version. */
export async function listCaseGeneratedDocuments(
  ctx: ServiceContext,
  caseId: string,
): Promise<GeneratedDocumentView[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  return (await listGeneratedDocuments(ctx.db, penaltyCase.id)).map(toGeneratedView);
}

/**
 * Generates one document of the case with the template version in force for its agency, and
 * registers the copy (version, sha256, who, when) so that any printed copy can be traced.
 */
export async function generateCaseDocument(
  ctx: ServiceContext,
  caseId: string,
  code: string,
  itemId: string | null,
  format: DocumentFormat,
): Promise<{ content: Buffer; fileName: string }> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const kind = caseDocumentKinds.find((candidate) => candidate.code === code);
  if (!kind) throw new AppError('NOT_FOUND', `没有名为「${code}」的执法文书`);
  const data = await kind.data(ctx, penaltyCase, itemId);
  const rendered = await renderDocument(ctx, penaltyCase.agencyId, code, data, format);
  await registerGeneratedDocument(ctx, penaltyCase, { code, itemId, format, ...rendered });
  const fileName = `${kind.title}-${penaltyCase.caseNumber ?? penaltyCase.id}.${format}`;
  return { content: rendered.content, fileName };
}

export interface RenderedDocument {
  content: Buffer;
  templateVersion: number;
  /** The stored version used; null for the built-in template. */
  templateVersionId: string | null;
}

/** Renders with the template version in force for the agency (its own, an ancestor's, …). */
export async function renderDocument(
  ctx: ServiceContext,
  agencyId: string,
  code: string,
  data: DocumentData,
  format: DocumentFormat,
): Promise<RenderedDocument> {
  const { template, stored } = await templateInForce(
    ctx.db,
    await agencyPathOf(ctx.db, agencyId),
    code,
  );
  const content = await (format === 'pdf' ? renderPdf(template, data) : renderDocx(template, data));
  return { content, templateVersion: template.version, templateVersionId: stored?.id ?? null };
}

async function registerGeneratedDocument(
  ctx: ServiceContext,
  penaltyCase: CaseWithAgency,
  copy: RenderedDocument & { code: string; itemId: string | null; format: DocumentFormat },
): Promise<void> {
  const sha256 = createHash('sha256').update(copy.content).digest('hex');
  const registered = {
    code: copy.code,
    itemId: copy.itemId,
    templateVersion: copy.templateVersion,
    format: copy.format,
    sha256,
    size: copy.content.length,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertGeneratedDocument(trx, {
      ...registered,
      caseId: penaltyCase.id,
      templateVersionId: copy.templateVersionId,
      generatedBy: ctx.actor.userId,
    });
    await appendRecord(trx, ctx.actor, {
      agencyId: penaltyCase.agencyId,
      objectType: 'case',
      objectId: penaltyCase.id,
      action: 'generateDocument',
      change: registered,
    });
  });
}
