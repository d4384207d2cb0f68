import { Alert, Descriptions, Flex, Grid, List, Spin, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { formatYuan, penaltyKindLabels } from '@domain/case/penalty.js';
import { formatCitation } from '@domain/law/citation.js';
import { CitationText } from '../../../components/citation-text';
import type { DiscretionPreview } from '../discretion-api';

// ECharts is large: it loads only when a 裁量 is shown.
const PeerAmountsChart = lazy(() =>
  import('./peer-amounts-chart').then((module) => ({ default: module.PeerAmountsChart })),
);

const mitigationLabels = {
  none: null,
  lighter: '从轻处罚',
  mitigated: '减轻处罚',
  noPenalty: '不予处罚',
} as const;

function rangeText(range: DiscretionPreview['assessment']['rangeFen']): string {
  if (!range) return '不处罚款';
  if (range.minFen === range.maxFen) return formatYuan(range.minFen);
  return `${formatYuan(range.minFen)} 至 ${formatYuan(range.maxFen)}`;
}

/**
 * The engine's conclusion as the officer and the reviewer both read it: the provisions (with
 * their text on hover or tap), the tier and why, the range, the suggestion, every reason.
 */
export function AssessmentView({ preview }: { preview: DiscretionPreview }) {
  const { assessment, citedTexts, priorCases, peers } = preview;
  const narrow = Grid.useBreakpoint().sm === false;
  const actOn = assessment.rule.effectiveFrom;
  const citations = (list: typeof assessment.rule.violated) => (
    <Flex vertical gap={2}>
      {list.map((citation) => (
        <CitationText key={formatCitation(citation)} citation={citation} on={actOn} />
      ))}
    </Flex>
  );
  const mitigation = mitigationLabels[assessment.mitigation];
  return (
    <Flex vertical gap={12}>
      <Flex gap={24} wrap align="end">
        <Statistic
          title="建议罚款"
          value={
            assessment.outcome === 'noPenalty'
              ? '不予处罚'
              : formatYuan(assessment.suggestedFineFen)
          }
        />
        <Statistic
          title="裁量范围"
          value={assessment.outcome === 'noPenalty' ? '—' : rangeText(assessment.rangeFen)}
        />
        {mitigation && <Tag color="green">{mitigation}</Tag>}
      </Flex>
      <Descriptions
        bordered
        size="small"
        layout={narrow ? 'vertical' : 'horizontal'}
        column={1}
        items={[
          { key: 'violation', label: '违法行为', children: assessment.violationName },
          { key: 'violated', label: '违反条款', children: citations(assessment.rule.violated) },
          { key: 'basis', label: '处罚依据', children: citations(assessment.rule.penaltyBasis) },
          { key: 'choice', label: '适用规定', children: assessment.rule.choice },
          { key: 'statutory', label: '法定幅度', children: assessment.statutory.text },
          {
            key: 'benchmark',
            label: '裁量基准',
            children: assessment.benchmark
              ? `${assessment.benchmark.issuer}（第${assessment.benchmark.version}版）`
              : '无已发布的裁量基准，按法定幅度裁量',
          },
          {
            key: 'tier',
            label: '裁量阶次',
            children: assessment.tier ? (
              <Flex vertical gap={2}>
                <span>
                  <Tag color="blue">{assessment.tier.name}</Tag>
                  {assessment.tier.circumstance}
                </span>
                {assessment.tier.conditions.map((condition) => (
                  <Typography.Text key={condition} type="secondary">
                    ✓ {condition}
                  </Typography.Text>
                ))}
              </Flex>
            ) : (
              '—'
            ),
          },
          {
            key: 'kinds',
            label: '处罚种类',
            children: assessment.kinds.map((kind) => penaltyKindLabels[kind]).join('、') || '—',
          },
          {
            key: 'history',
            label: '同类违法记录',
            children:
              priorCases.length === 0
                ? '管辖范围内未查到当事人（证件号码、统一社会信用代码或车牌）此前的同类违法'
                : priorCases.map((c) => c.caseNumber ?? c.caseId).join('、'),
          },
        ]}
      />
      <List
        size="small"
        header={<Typography.Text strong>裁量说明</Typography.Text>}
        bordered
        dataSource={assessment.reasons}
        renderItem={(reason, index) => (
          <List.Item>
            {index + 1}. {reason}
          </List.Item>
        )}
      />
      {citedTexts.some((cited) => !cited.found) && (
        <Alert type="warning" showIcon title="部分引用条文在法律法规库中没有找到，请核对" />
      )}
      <Suspense fallback={<Spin />}>
        <PeerAmountsChart peers={peers} fineFen={assessment.suggestedFineFen} />
      </Suspense>
    </Flex>
  );
}
