import { enforcementCategories, enforcementCategoryLabels } from '@domain/certificate.js';
import { Alert, Flex, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import {
  listViolations,
  type EnforcementCategory,
  type LabelledCitation,
  type ViolationSummary,
} from '../api';

function citationLabels(citations: LabelledCitation[]): string {
  return citations.map((citation) => citation.label).join('、');
}

/** 违法行为目录 with filters by 执法门类 and by words of the code or name. */
export function ViolationList() {
  const [category, setCategory] = useState<EnforcementCategory>();
  const [q, setQ] = useState('');
  const { data, error, loading } = useRequest(() => listViolations({ category, q }), [category, q]);

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Select<EnforcementCategory>
          aria-label="执法门类"
          placeholder="全部执法门类"
          allowClear
          style={{ minWidth: 160 }}
          value={category}
          onChange={setCategory}
          options={enforcementCategories.map((value) => ({
            value,
            label: enforcementCategoryLabels[value],
          }))}
        />
        <Input.Search
          aria-label="查找违法行为"
          placeholder="编码或名称"
          allowClear
          style={{ maxWidth: 320 }}
          onSearch={(value) => setQ(value.trim())}
        />
      </Flex>
      {error && <Alert type="error" showIcon title={error.message} />}
      <Table<ViolationSummary>
        rowKey="code"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '编码',
            dataIndex: 'code',
            render: (code: string) => (
              <Link to={`/violations/${encodeURIComponent(code)}`}>{code}</Link>
            ),
          },
          {
            title: '违法行为',
            dataIndex: 'name',
            render: (name: string, row) => (
              <Link to={`/violations/${encodeURIComponent(row.code)}`}>{name}</Link>
            ),
          },
          {
            title: '门类',
            dataIndex: 'category',
            render: (value: EnforcementCategory) => enforcementCategoryLabels[value],
          },
          { title: '违反条款', render: (_, row) => citationLabels(row.violated) },
          { title: '处罚依据', render: (_, row) => citationLabels(row.penaltyBasis) },
          {
            title: '简易程序',
            dataIndex: 'summaryAllowed',
            render: (allowed: boolean) => (allowed ? '可适用' : '不适用'),
          },
          {
            title: '裁量基准',
            dataIndex: 'publishedBenchmarkInForce',
            render: (inForce: boolean) =>
              inForce ? <Tag color="green">施行中</Tag> : <Tag color="orange">未发布</Tag>,
          },
        ]}
      />
    </Flex>
  );
}
