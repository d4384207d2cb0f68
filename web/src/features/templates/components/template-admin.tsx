import {
  DownloadOutlined,
  FilePdfOutlined,
  HistoryOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { AgencyTreeSelect } from '../../../components/agency-tree-select';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  fetchAgencyChoices,
  fetchTemplatesInForce,
  templateJsonUrl,
  templatePreviewUrl,
  type TemplateVersion,
  type TemplateVersionDetail,
} from '../api';
import { OriginTag } from './origin-tag';
import { PublishModal, type Publishing } from './publish-modal';
import { VersionHistory } from './version-history';

interface TemplateAdminProps {
  /** The signed-in user's agency: shown first. */
  myAgencyId: string;
  /** A system administrator: may upload and revert; others only read. */
  canManage: boolean;
}

function TemplateActions({
  template,
  canManage,
  onHistory,
  onUpload,
}: {
  template: TemplateVersion;
  canManage: boolean;
  onHistory: () => void;
  onUpload: () => void;
}) {
  return (
    <Flex gap={8} wrap>
      <Button size="small" icon={<HistoryOutlined />} onClick={onHistory}>
        版本历史
      </Button>
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        href={templatePreviewUrl(template.code, template.version)}
        target="_blank"
        aria-label={`预览${template.title} PDF`}
      >
        预览
      </Button>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={templateJsonUrl(template.code, template.version)}
        download
        aria-label={`下载${template.title} JSON`}
      >
        JSON
      </Button>
      {canManage && (
        <Button size="small" type="primary" icon={<UploadOutlined />} onClick={onUpload}>
          上传新版本
        </Button>
      )}
    </Flex>
  );
}

function publishedMessage(published: TemplateVersionDetail): string {
  const done = `已发布${published.title}第 ${published.version} 版`;
  if (published.unfamiliarFields.length === 0) return done;
  return `${done}。注意：合并字段 ${published.unfamiliarFields.join('、')} 是内置模板没有用到的，案件数据可能不提供，打印时会留空。`;
}

/** 文书模板: the version in force of each 执法文书 for an agency, its history, upload and revert. */
export function TemplateAdmin({ myAgencyId, canManage }: TemplateAdminProps) {
  const [agencyId, setAgencyId] = useState(myAgencyId);
  const [revision, setRevision] = useState(0);
  const [historyOf, setHistoryOf] = useState<TemplateVersion>();
  const [publishing, setPublishing] = useState<Publishing>();
  const agencies = useRequest(fetchAgencyChoices, []);
  const inForce = useRequest(() => fetchTemplatesInForce(agencyId), [agencyId, revision]);
  const { message } = App.useApp();

  function published(detail: TemplateVersionDetail) {
    setPublishing(undefined);
    setRevision((count) => count + 1);
    if (detail.unfamiliarFields.length > 0) message.warning(publishedMessage(detail), 8);
    else message.success(publishedMessage(detail));
  }

  const columns: TableColumnsType<TemplateVersion> = [
    {
      title: '文书',
      key: 'title',
      render: (_, template) => (
        <Flex vertical>
          <Typography.Text strong>{template.title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {template.formNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '生效版本',
      key: 'version',
      render: (_, template) => (
        <Flex gap={8} align="center" wrap>
          <span>第 {template.version} 版</span>
          <OriginTag version={template} />
        </Flex>
      ),
    },
    {
      title: '发布',
      key: 'published',
      responsive: ['md'],
      render: (_, template) =>
        template.createdAt ? (
          <Flex vertical>
            <span>{template.createdBy}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatInstant(template.createdAt)}
            </Typography.Text>
          </Flex>
        ) : (
          '随系统提供'
        ),
    },
    { title: '修改说明', dataIndex: 'note', responsive: ['lg'], render: (note) => note ?? '—' },
    {
      title: '操作',
      key: 'actions',
      render: (_, template) => (
        <TemplateActions
          template={template}
          canManage={canManage}
          onHistory={() => setHistoryOf(template)}
          onUpload={() => setPublishing({ kind: 'upload', template })}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        各机构可以发布自己的文书模板版本，适用于本机构及下级机构：本机构的版本优先于上级机构的，
        上级机构的优先于全平台通用的，全平台通用的优先于系统内置的。每次修改都发布为新版本，
        旧版本保留，可以预览、下载和恢复；每份生成的文书都记录所用的版本。
      </Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 480 }}>
        <Form.Item label="查看机构" style={{ marginBottom: 0 }}>
          <AgencyTreeSelect
            agencies={agencies.data?.items ?? []}
            value={agencyId}
            allowClear={false}
            onChange={(value) => setAgencyId(value ?? myAgencyId)}
          />
        </Form.Item>
      </Form>
      {inForce.error && <Alert type="error" showIcon title={inForce.error.message} />}
      <Table<TemplateVersion>
        rowKey="code"
        size="middle"
        loading={inForce.loading}
        columns={columns}
        dataSource={inForce.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {historyOf && (
        <VersionHistory
          template={historyOf}
          agencyId={agencyId}
          canManage={canManage}
          revision={revision}
          onRevert={(version) => setPublishing({ kind: 'revert', template: historyOf, version })}
          onClose={() => setHistoryOf(undefined)}
        />
      )}
      {publishing && (
        <PublishModal
          publishing={publishing}
          agency={inForce.data?.agency ?? null}
          canPublishPlatformWide={inForce.data?.canPublishPlatformWide ?? false}
          onClose={() => setPublishing(undefined)}
          onPublished={published}
        />
      )}
    </Flex>
  );
}
