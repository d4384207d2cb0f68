import { AppError } from '../../domain/app-error.js';
import { assertAllowed } from '../../domain/permission.js';
import { builtinTemplate } from '../../documents/builtin-templates.js';
import type { DocumentData } from '../../documents/document-template.js';
import { renderDocx } from '../../documents/render-docx.js';
import { renderPdf } from '../../documents/render-pdf.js';
import { findCase } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import { caseDocumentKinds } from './case-document-registry.js';

export type DocumentFormat = 'pdf' | 'docx';

export interface CaseDocumentListing {
  code: string;
  title: string;
  itemId: string | null;
  label: string;
}

/** Every document the case can produce now, in the order of the procedure. */
export async function listCaseDocuments(
  ctx: ServiceContext,
  caseId: string,
): Promise<CaseDocumentListing[]> {
  assertAllowed(ctx.actor.roles, 'case.read');
  const penaltyCase = found(await findCase(ctx.db, ctx.actor.agencyPath, caseId), '案件');
  const listings: CaseDocumentListing[] = [];
  for (const kind of caseDocumentKinds) {
    for (const instance of await kind.instances(ctx, penaltyCase)) {
      listings.push({ code: kind.code, title: kind.title, ...instance });
    }
  }
  return listings;
}

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
  const content = await renderDocument(ctx, penaltyCase.agencyId, code, data, format);
  const fileName = `${kind.title}-${penaltyCase.caseNumber ?? penaltyCase.id}.${format}`;
  return { content, fileName };
}

/** Renders with the template version in force for the agency (the built-in one for now). */
export async function renderDocument(
  _ctx: ServiceContext,
  _agencyId: string,
  code: string,
  data: DocumentData,
  format: DocumentFormat,
): Promise<Buffer> {
  const template = builtinTemplate(code);
  return format === 'pdf' ? renderPdf(template, data) : renderDocx(template, data);
}
