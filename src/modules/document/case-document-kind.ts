import type { DocumentData } from '../../documents/document-template.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';

/** One copy of a document the case has: one per 笔录, per notice, per 送达 …; null id when unique. */
export interface DocumentInstance {
  itemId: string | null;
  label: string;
}

/**
 * A 执法文书 generated from case data. `code` is the template's code; each kind lives beside the
 * module whose data fills it and is listed in case-document-registry.ts.
 */
export interface CaseDocumentKind {
  code: string;
  title: string;
  instances(ctx: ServiceContext, penaltyCase: CaseWithAgency): Promise<DocumentInstance[]>;
  /** The merge data; throws NOT_FOUND when `itemId` names no instance of this case. */
  data(
    ctx: ServiceContext,
    penaltyCase: CaseWithAgency,
    itemId: string | null,
  ): Promise<DocumentData>;
}
