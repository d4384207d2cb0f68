import { describe, expect, it } from 'vitest';
import { describePenalty } from './penalty.js';

describe('处罚内容的文字', () => {
  it.each([
    [{ kinds: ['warning', 'fine'], fineFen: 500_000 }, '警告，罚款5,000.00元'],
    [{ kinds: ['illegalGainsConfiscation'], illegalGainsFen: 12_345 }, '没收违法所得123.45元'],
    [{ kinds: ['licenceRevocation'] }, '吊销许可证件'],
    [{ kinds: [] }, ''],
  ] as const)('行政处罚法第九条：%o → %s', (penalty, text) => {
    expect(
      describePenalty({ fineFen: 0, illegalGainsFen: 0, illegalPropertyValueFen: 0, ...penalty }),
    ).toBe(text);
  });
});
