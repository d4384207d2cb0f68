import type { DocumentData } from '../../documents/document-template.js';
import type { CaseWithAgency } from '../case/case.repository.js';
import type { ServiceContext } from '../context.js';
import { found } from '../not-found.js';
import type { CaseDocumentKind } from './case-document-kind.js';
import { caseFields } from './merge-data.js';

export interface PerItemDocumentSpec<Source, Item extends { id: string }> {
  code: string;
  title: string;
  /** Reads what the items come from (the area's view of the case), once a listing or a copy. */
  load: (ctx: ServiceContext, penaltyCase: CaseWithAgency) => Promise<Source>;
  /** The items that have the document. */
  items: (source: Source) => readonly Item[];
  label: (item: Item) => string;
  /** The merge data of one item. */
  fill: (
    ctx: ServiceContext,
    penaltyCase: CaseWithAgency,
    item: Item,
    source: Source,
  ) => Promise<DocumentData> | DocumentData;
  /**
   * The fields of the case the document prints (number, party …), laid under those of `fill`.
   * They are part of the content sealed into the archive, so a kind keeps its own set.
   */
  caseFields?: (
    ctx: ServiceContext,
    penaltyCase: CaseWithAgency,
  ) => Promise<DocumentData> | DocumentData;
  /** What the refusal names when the item is not the case's; the title by default. */
  missing?: string;
  /** A document the case has only once (a decision) may be asked for without its item. */
  onlyCopyWithoutItem?: boolean;
}

/**
 * A kind of document with one copy per item of the case (each 笔录, report, notice, 送达 …):
 * `items` lists those that have the document, `fill` gives the merge data of one.
 */
export function perItemDocument<Source, Item extends { id: string }>(
  spec: PerItemDocumentSpec<Source, Item>,
): CaseDocumentKind {
  return {
    code: spec.code,
    title: spec.title,
    async instances(ctx, penaltyCase) {
      const items = spec.items(await spec.load(ctx, penaltyCase));
      return items.map((item) => ({ itemId: item.id, label: spec.label(item) }));
    },
    async data(ctx, penaltyCase, itemId) {
      const source = await spec.load(ctx, penaltyCase);
      const items = spec.items(source);
      const only =
        spec.onlyCopyWithoutItem && items.length === 1 && itemId === null ? items[0] : undefined;
      const item = found(
        only ?? items.find((candidate) => candidate.id === itemId),
        spec.missing ?? spec.title,
      );
      return {
        ...(await spec.caseFields?.(ctx, penaltyCase)),
        ...(await spec.fill(ctx, penaltyCase, item, source)),
      };
    },
  };
}

/**
 * A per-item document of the steps after the investigation (report, notice, hearing, decision):
 * it prints `caseFields`, and a copy the case has only once may be asked for without its item.
 */
export function stepDocument<Source, Item extends { id: string }>(
  spec: Omit<PerItemDocumentSpec<Source, Item>, 'caseFields' | 'onlyCopyWithoutItem'>,
): CaseDocumentKind {
  return perItemDocument({ ...spec, caseFields, onlyCopyWithoutItem: true });
}
