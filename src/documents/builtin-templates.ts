import { AppError } from '../domain/app-error.js';
import { parseDocumentTemplate, type DocumentTemplate } from './document-template.schemas.js';
import filingRegister from './templates/filing-register.json' with { type: 'json' };
import violationNotice from './templates/violation-notice.json' with { type: 'json' };

/** The templates zhifa ships, shaped after the national forms; an agency may add its own versions. */
export const builtinTemplates: readonly DocumentTemplate[] = [filingRegister, violationNotice].map(
  (template) => parseDocumentTemplate(template),
);

export function builtinTemplate(code: string): DocumentTemplate {
  const template = builtinTemplates.find((candidate) => candidate.code === code);
  if (!template) throw new AppError('NOT_FOUND', `没有代码为「${code}」的内置文书模板`);
  return template;
}
