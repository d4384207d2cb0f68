import { filingRegister } from '../case/case-documents.js';
import type { CaseDocumentKind } from './case-document-kind.js';

/** Every 执法文书 a case can produce, in the order the procedure uses them. */
export const caseDocumentKinds: readonly CaseDocumentKind[] = [filingRegister];
