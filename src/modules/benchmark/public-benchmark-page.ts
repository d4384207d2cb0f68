import { html, raw } from 'hono/html';
import type { PublicBenchmark, PublicBenchmarks } from './benchmark.schemas.js';

const style = `
  body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1rem auto; max-width: 64rem; padding: 0 1rem; line-height: 1.6; color: #222; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #888; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f0f0f0; } .basis { margin: .25rem 0; } .note { color: #555; font-size: .9rem; }
  section { break-inside: avoid; }
  @media (max-width: 40rem) { table, thead, tbody, tr, th, td { display: block; } thead { display: none; } td { border-width: 0 1px 1px; } td::before { content: attr(data-label) "："; font-weight: bold; } tr { border-top: 1px solid #888; margin-bottom: .75rem; } }
  @media print { body { max-width: none; margin: 0; } a { color: inherit; text-decoration: none; } }
`;

function tierRows(benchmark: PublicBenchmark) {
  return benchmark.tiers.map(
    (tier) =>
      html`<tr>
        <td data-label="违法程度">${tier.name}</td>
        <td data-label="情形">${tier.circumstance}</td>
        <td data-label="适用条件">${tier.conditionText}</td>
        <td data-label="处罚标准">${tier.penaltyText}</td>
      </tr>`,
  );
}

function benchmarkSection(benchmark: PublicBenchmark) {
  const period = benchmark.effectiveTo
    ? `${benchmark.effectiveFrom} 至 ${benchmark.effectiveTo}`
    : `${benchmark.effectiveFrom} 起施行`;
  return html`<section>
    <h2>${benchmark.violationName}（${benchmark.violationCode}）</h2>
    <p class="basis">违反条款：${benchmark.violated.join('、')}</p>
    <p class="basis">处罚依据：${benchmark.penaltyBasis.join('、')}</p>
    <p class="note">${benchmark.issuer} 第${benchmark.version}版，${period}</p>
    <table>
      <thead>
        <tr>
          <th>违法程度</th>
          <th>情形</th>
          <th>适用条件</th>
          <th>处罚标准</th>
        </tr>
      </thead>
      <tbody>
        ${tierRows(benchmark)}
      </tbody>
    </table>
  </section>`;
}

/** 公开的裁量基准 as a plain page: no scripts, printable, every value escaped by `html`. */
export function publicBenchmarkPage(published: PublicBenchmarks): ReturnType<typeof html> {
  const body =
    published.items.length === 0
      ? html`<p>${published.onDate} 没有施行中的裁量基准。</p>`
      : published.items.map(benchmarkSection);
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>行政处罚裁量基准</title>
        <style>
          ${raw(style)}
        </style>
      </head>
      <body>
        <h1>行政处罚裁量基准</h1>
        <p class="note">
          依照《中华人民共和国行政处罚法》第三十四条向社会公布。以下为 ${published.onDate}
          施行的裁量基准；金额单位为元。
        </p>
        ${body}
      </body>
    </html>`;
}
