import { Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { formatYuan } from '@domain/case/penalty.js';
import { EChart, type EChartOption } from '../../../components/echart';
import type { PeerAmounts } from '../discretion-api';

const yuan = (fen: number) => Math.round(fen / 100).toLocaleString('zh-CN');

/** 类案同罚: how the decided fines of the same violation and tier spread, and where this one lies. */
export function PeerAmountsChart({ peers, fineFen }: { peers: PeerAmounts; fineFen: number }) {
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 40, right: 16, top: 24, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        name: '罚款（元）',
        nameLocation: 'middle',
        nameGap: 32,
        data: peers.histogram.map((bucket) => `${yuan(bucket.fromFen)}–${yuan(bucket.toFen)}`),
      },
      yAxis: { type: 'value', name: '件数', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '已决案件',
          data: peers.histogram.map((bucket) =>
            fineFen >= bucket.fromFen && fineFen <= bucket.toFen
              ? { value: bucket.count, itemStyle: { color: '#fa8c16' } }
              : bucket.count,
          ),
        },
      ],
    }),
    [peers, fineFen],
  );
  if (peers.count === 0) {
    return <Empty description="管辖范围内暂无同一违法行为、同一阶次的已决罚款" />;
  }
  return (
    <div>
      <Typography.Text type="secondary">
        同类已决 {peers.count} 件，中位数 {formatYuan(peers.medianFen ?? 0)}，四分位{' '}
        {formatYuan(peers.p25Fen ?? 0)}至{formatYuan(peers.p75Fen ?? 0)}；橙色为本案所在区间。
      </Typography.Text>
      <EChart option={option} label={`同类案件罚款分布，共${peers.count}件`} />
    </div>
  );
}
