import { DownloadOutlined, GlobalOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Popconfirm, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useRequest } from '../../../lib/use-request';
import {
  benchmarkExportUrl,
  benchmarkStatusLabels,
  benchmarkTemplateUrl,
  listBenchmarks,
  publicBenchmarksUrl,
  publishBenchmark,
  type BenchmarkStatus,
  type BenchmarkVersion,
} from '../api';
import { BenchmarkImport } from './benchmark-import';
import { BenchmarkTiersTable } from './benchmark-tiers-table';
import { VersionPeriod } from './version-period';

const statuses = Object.keys(benchmarkStatusLabels) as BenchmarkStatus[];

function PublishButton({
  benchmark,
  onPublished,
}: {
  benchmark: BenchmarkVersion;
  onPublished: () => void;
}) {
  const { message } = App.useApp();
  async function publish() {
    try {
      await publishBenchmark(benchmark.id);
      message.success(`${benchmark.violationName} 第${benchmark.version}版已发布`);
      onPublished();
    } catch (error) {
      message.error(errorMessage(error));
    }
  }
  return (
    <Popconfirm
      title="发布后办案即适用并向社会公开，且不能再修改。确定发布？"
      okText="发布"
      cancelText="取消"
      onConfirm={publish}
    >
      <Button size="small" type="primary">
        发布
      </Button>
    </Popconfirm>
  );
}

function StatusCell(props: {
  benchmark: BenchmarkVersion;
  canManage: boolean;
  onPublished: () => void;
}) {
  if (props.benchmark.status === 'published') return <Tag color="blue">已发布</Tag>;
  if (!props.canManage) return <Tag>草稿</Tag>;
  return <PublishButton benchmark={props.benchmark} onPublished={props.onPublished} />;
}

/** 裁量基准: every version, publishing, and the Excel export, template and import. */
export function BenchmarkAdmin({ canManage }: { canManage: boolean }) {
  const [violationCode, setViolationCode] = useState('');
  const [status, setStatus] = useState<BenchmarkStatus>();
  const filter = { violationCode: violationCode || undefined, status };
  const { data, error, loading, reload } = useRequest(
    () => listBenchmarks(filter),
    [violationCode, status],
  );

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Input.Search
          aria-label="违法行为编码"
          placeholder="违法行为编码，如 RT-63-1"
          allowClear
          style={{ maxWidth: 260 }}
          onSearch={(value) => setViolationCode(value.trim())}
        />
        <Select<BenchmarkStatus>
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ minWidth: 120 }}
          value={status}
          onChange={setStatus}
          options={statuses.map((value) => ({ value, label: benchmarkStatusLabels[value] }))}
        />
        <Button icon={<DownloadOutlined />} href={benchmarkExportUrl(filter)} download>
          导出 Excel
        </Button>
        <Button icon={<DownloadOutlined />} href={benchmarkTemplateUrl} download>
          导入模板
        </Button>
        <Button icon={<GlobalOutlined />} href={publicBenchmarksUrl} target="_blank">
          公开页面
        </Button>
      </Flex>
      {canManage && <BenchmarkImport onImported={reload} />}
      {error && <Alert type="error" showIcon title={error.message} />}
      <Table<BenchmarkVersion>
        rowKey="id"
        loading={loading}
        dataSource={data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (row) => <BenchmarkTiersTable tiers={row.tiers} /> }}
        columns={[
          { title: '编码', dataIndex: 'violationCode' },
          { title: '违法行为', dataIndex: 'violationName' },
          { title: '版本', dataIndex: 'version', render: (version: number) => `第${version}版` },
          { title: '发布机关', dataIndex: 'issuer' },
          {
            title: '施行期间',
            render: (_, row) => (
              <VersionPeriod
                effectiveFrom={row.effectiveFrom}
                effectiveTo={row.effectiveTo}
                inForce={row.inForce}
              />
            ),
          },
          {
            title: '状态',
            render: (_, row) => (
              <StatusCell benchmark={row} canManage={canManage} onPublished={reload} />
            ),
          },
        ]}
      />
    </Flex>
  );
}
