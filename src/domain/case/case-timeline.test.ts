import { describe, expect, it } from 'vitest';
import { caseActLabel, timelineDetails, withoutReporter } from './case-timeline.js';

describe('办案经过：每条记录的说明', () => {
  it.each([
    ['lead', 'create', '登记线索'],
    ['case', 'approveFiling', '批准立案'],
    ['case', 'addEvidence', '登记证据'],
    ['recusal', 'grant', '决定回避'],
    ['case', 'somethingNew', '其他操作（somethingNew）'],
  ])('%s.%s → %s', (objectType, action, label) => {
    expect(caseActLabel(objectType, action)).toBe(label);
  });

  it('names the known fields of a change in Chinese, the stage by its label', () => {
    expect(
      timelineDetails({
        caseNumber: '清水罚〔2026〕第1号',
        stage: 'investigating',
        officerIds: [],
      }),
    ).toEqual([
      { label: '案号', value: '清水罚〔2026〕第1号' },
      { label: '进入阶段', value: '已立案（调查取证）' },
    ]);
    expect(timelineDetails(null)).toEqual([]);
  });

  it('shows a 法制审核 opinion and a 集体讨论 conclusion by their labels, free text as written', () => {
    expect(timelineDetails({ opinion: 'returned', conclusion: 'penalty' })).toEqual([
      { label: '意见', value: '建议修改后提交' },
      { label: '结论', value: '给予行政处罚' },
    ]);
    expect(timelineDetails({ opinion: '同意结案。' })).toEqual([
      { label: '意见', value: '同意结案。' },
    ]);
  });
});

describe('举报人受保护', () => {
  it('removes the 举报人 wherever it appears in a change', () => {
    expect(
      withoutReporter({
        cause: '拒载',
        reporter: { name: '李四' },
        leads: [{ reporter: '（受保护）', id: 1 }],
      }),
    ).toEqual({ cause: '拒载', leads: [{ id: 1 }] });
  });
});
