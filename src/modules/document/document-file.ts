import type { Context } from 'hono';
import type { DocumentFormat } from './case-document.service.js';

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const satisfies Record<DocumentFormat, string>;

const binary = { schema: { type: 'string' as const, format: 'binary' } };

/** The 200 answer of a route that sends a 执法文书 as PDF or DOCX. */
export const documentFileResponse = {
  description: '文书文件',
  content: { [mediaTypes.pdf]: binary, [mediaTypes.docx]: binary },
};

/** Sends a generated document as a download, its file name encoded for any browser. */
export function sendDocumentFile(
  c: Context,
  document: { content: Buffer; fileName: string },
  format: DocumentFormat,
) {
  return c.body(new Uint8Array(document.content), 200, {
    'Content-Type': mediaTypes[format],
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
  });
}
