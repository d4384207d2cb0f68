import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { agencyKindLabels, type Agency } from '../api';
import { UnitTable } from './unit-table';

interface AgencyDetailProps {
  agency: Agency;
  canManage: boolean;
  onEdit: () => void;
  onAddChild: () => void;
  onAddUnit: () => void;
}

export function AgencyDetail({
  agency,
  canManage,
  onEdit,
  onAddChild,
  onAddUnit,
}: AgencyDetailProps) {
  return (
    <Card
      title={agency.name}
      extra={
        canManage && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            编辑
          </Button>
        )
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'shortName', label: '简称', children: agency.shortName },
          {
            key: 'kind',
            label: '机构类别',
            children: agencyKindLabels[agency.kind] ?? agency.kind,
          },
          { key: 'regionCode', label: '行政区划代码', children: agency.regionCode },
          { key: 'phone', label: '联系电话', children: agency.phone ?? '—' },
          { key: 'address', label: '地址', children: agency.address ?? '—', span: 'filled' },
        ]}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          内设机构
        </Typography.Title>
        {canManage && (
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined />} onClick={onAddUnit}>
              新增内设机构
            </Button>
            <Button icon={<ApartmentOutlined />} onClick={onAddChild}>
              新增下级机构
            </Button>
          </Flex>
        )}
      </Flex>
      <UnitTable units={agency.units} />
    </Card>
  );
}
