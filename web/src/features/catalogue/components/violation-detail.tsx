import { enforcementCategoryLabels } from '@domain/certificate.js';
import { exemptionListLabels } from '@domain/discretion/exemption-list.js';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CitationText } from '../../../components/citation-text';
import { useRequest } from '../../../lib/use-request';
import { getViolation, type CitedText, type ExemptionEntry, type RuleVersion } from '../api';
import { BenchmarkTiersTable } from './benchmark-tiers-table';
import { VersionPeriod } from './version-period';

function Citations({ cited, on }: { cited: CitedText[]; on: string }) {
  return (
    <Space wrap separator="、">
      {cited.map((item) =>
        item.found ? (
          <CitationText key={item.label} citation={item.citation} on={on} />
        ) : (
          <Typography.Text key={item.label} type="danger">
            {item.label}（法律法规库中未找到）
          </Typography.Text>
        ),
      )}
    </Space>
  );
}

function RuleCard({ rule }: { rule: RuleVersion }) {
  return (
    <Card
      size="small"
      title={
        <VersionPeriod
          effectiveFrom={rule.effectiveFrom}
          effectiveTo={rule.effectiveTo}
          inForce={rule.inForce}
        />
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="违反条款">
          <Citations cited={rule.violated} on={rule.effectiveFrom} />
        </Descriptions.Item>
        <Descriptions.Item label="处罚依据">
          <Citations cited={rule.penaltyBasis} on={rule.effectiveFrom} />
        </Descriptions.Item>
        <Descriptions.Item label="简易程序">
          {rule.summaryAllowed ? '可适用' : '不适用'}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="text"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rule.statutoryRange}
        columns={[
          { title: '法定幅度（条文）', dataIndex: 'text' },
          { title: '适用条件', dataIndex: 'conditionText' },
          { title: '处罚', dataIndex: 'penaltyText' },
        ]}
      />
    </Card>
  );
}

function ExemptionEntryItem({ entry }: { entry: ExemptionEntry }) {
  return (
    <List.Item>
      <Flex vertical gap={4}>
        <Space wrap>
          <Tag color={entry.list === 'noPenalty' ? 'blue' : 'cyan'}>
            {exemptionListLabels[entry.list]}
          </Tag>
          <Typography.Text strong>{entry.matter}</Typography.Text>
          <Typography.Text type="secondary">
            第{entry.version}版，
            <VersionPeriod
              effectiveFrom={entry.effectiveFrom}
              effectiveTo={entry.effectiveTo}
              inForce={entry.inForce}
            />
          </Typography.Text>
        </Space>
        <div>
          依据：
          <Space wrap separator="、">
            {entry.legalBasis.map((citation) => (
              <CitationText key={citation.label} citation={citation} on={entry.effectiveFrom} />
            ))}
          </Space>
        </div>
        <div>适用条件（须同时满足）：{entry.conditions.map((c) => c.text).join('；')}</div>
        {entry.note && <Typography.Text type="secondary">{entry.note}</Typography.Text>}
      </Flex>
    </List.Item>
  );
}

/** One violation type: rule versions with article texts, benchmark tiers, and list entries. */
export function ViolationDetailView({ code }: { code: string }) {
  const { data, error, loading } = useRequest(() => getViolation(code), [code]);
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (loading || !data) return <Spin />;
  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label="编码">{data.code}</Descriptions.Item>
        <Descriptions.Item label="执法门类">
          {enforcementCategoryLabels[data.category]}
        </Descriptions.Item>
        <Descriptions.Item label="违法行为" span={2}>
          {data.name}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>规定的版本</Typography.Title>
      {data.rules.map((rule) => (
        <RuleCard key={rule.id} rule={rule} />
      ))}
      <Typography.Title level={4}>裁量基准</Typography.Title>
      {data.benchmarks.length === 0 && <Empty description="尚无裁量基准" />}
      {data.benchmarks.map((benchmark) => (
        <Card
          key={benchmark.id}
          size="small"
          title={
            <Space wrap>
              第{benchmark.version}版 {benchmark.issuer}
              {benchmark.status === 'draft' && <Tag>草稿</Tag>}
              <VersionPeriod
                effectiveFrom={benchmark.effectiveFrom}
                effectiveTo={benchmark.effectiveTo}
                inForce={benchmark.inForce}
              />
            </Space>
          }
        >
          <BenchmarkTiersTable tiers={benchmark.tiers} />
        </Card>
      ))}
      <Typography.Title level={4}>不予、从轻、减轻处罚清单</Typography.Title>
      <List
        locale={{ emptyText: '没有列入清单的事项' }}
        dataSource={data.exemptionEntries}
        renderItem={(entry) => <ExemptionEntryItem entry={entry} />}
      />
    </Flex>
  );
}
