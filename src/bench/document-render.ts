import { builtinTemplate } from '../documents/builtin-templates.js';
import type { DocumentTemplate } from '../documents/document-template.schemas.js';
import { renderPdf } from '../documents/render-pdf.js';
import { previewData } from '../documents/sample-data.js';
import type { BenchResult } from './report.js';

const ROUNDS = 20;

/**
 * The 行政处罚决定书 as a PDF (merge, layout of its blocks, CJK subset embedded) next to one
 * paragraph holding the same merged text in the same font, so the ratio is the cost of the
 * form's layout over pdfmake's own cost of setting and subsetting that text.
 */
export async function documentRenderBench(): Promise<BenchResult[]> {
  const template = builtinTemplate('penaltyDecision');
  const data = previewData(template);
  const plain: DocumentTemplate = {
    ...template,
    body: [{ type: 'paragraph', text: allText(data).join('') }] as DocumentTemplate['body'],
  };
  await renderPdf(template, data);
  const form = await perSecond(() => renderPdf(template, data));
  const baseline = await perSecond(() => renderPdf(plain, data));
  return [
    {
      name: 'decision-pdf',
      value: Math.round(form * 10) / 10,
      unit: 'docs/s',
      baseline: Math.round(baseline * 10) / 10,
      baselineLabel: '同样文字排成一段的 PDF',
    },
  ];
}

async function perSecond(render: () => Promise<Buffer>): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) await render();
  return (ROUNDS / (performance.now() - started)) * 1000;
}

function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}
