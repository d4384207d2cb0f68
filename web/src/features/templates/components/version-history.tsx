import { DownloadOutlined, FilePdfOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Grid, List, Tag, Typography } from 'antd';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import {
  fetchTemplateVersions,
  templateJsonUrl,
  templatePreviewUrl,
  type TemplateVersion,
} from '../api';
import { OriginTag } from './origin-tag';

interface VersionHistoryProps {
  template: TemplateVersion;
  agencyId: string | undefined;
  canManage: boolean;
  /** Changes whenever a version is published, so the list loads again. */
  revision: number;
  onRevert: (version: TemplateVersion) => void;
  onClose: () => void;
}

function VersionActions({
  version,
  canRevert,
  onRevert,
}: {
  version: TemplateVersion;
  canRevert: boolean;
  onRevert: () => void;
}) {
  const name = `第 ${version.version} 版`;
  return (
    <Flex gap={8} wrap>
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        href={templatePreviewUrl(version.code, version.version)}
        target="_blank"
        aria-label={`预览${name} PDF`}
      >
        预览
      </Button>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={templateJsonUrl(version.code, version.version)}
        download
        aria-label={`下载${name} JSON`}
      >
        JSON
      </Button>
      {canRevert && (
        <Button size="small" icon={<RollbackOutlined />} onClick={onRevert}>
          恢复为此版本
        </Button>
      )}
    </Flex>
  );
}

function VersionItem(props: {
  version: TemplateVersion;
  canManage: boolean;
  onRevert: () => void;
}) {
  const { version } = props;
  return (
    <List.Item>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>第 {version.version} 版</Typography.Text>
          <OriginTag version={version} />
          {version.inForce && <Tag color="green">生效中</Tag>}
          {version.revertedFrom !== null && (
            <Typography.Text type="secondary">恢复自第 {version.revertedFrom} 版</Typography.Text>
          )}
        </Flex>
        {version.note && (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>{version.note}</Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {version.createdAt
            ? `${version.createdBy ?? ''} 发布于 ${formatInstant(version.createdAt)}`
            : '随系统提供'}
        </Typography.Text>
        <VersionActions
          version={version}
          canRevert={props.canManage && !version.inForce}
          onRevert={props.onRevert}
        />
      </Flex>
    </List.Item>
  );
}

/** 版本历史: every version that applies to the agency, newest first, the built-in one last. */
export function VersionHistory({
  template,
  agencyId,
  canManage,
  revision,
  onRevert,
  onClose,
}: VersionHistoryProps) {
  const narrow = Grid.useBreakpoint().sm === false;
  const versions = useRequest(
    () => fetchTemplateVersions(template.code, agencyId),
    [template.code, agencyId, revision],
  );
  return (
    <Drawer
      open
      title={`${template.title}：版本历史`}
      size={narrow ? '100%' : 560}
      onClose={onClose}
    >
      {versions.error && <Alert type="error" showIcon title={versions.error.message} />}
      <List
        loading={versions.loading}
        dataSource={versions.data?.items ?? []}
        rowKey={(version) => version.version}
        renderItem={(version) => (
          <VersionItem version={version} canManage={canManage} onRevert={() => onRevert(version)} />
        )}
      />
    </Drawer>
  );
}
