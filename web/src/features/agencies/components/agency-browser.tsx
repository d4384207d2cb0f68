import { Alert, App, Card, Col, Empty, Form, Input, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { useRequest } from '../../../lib/use-request';
import {
  createAgency,
  createUnit,
  fetchAgencies,
  updateAgency,
  type Agency,
  type AgencyFields,
  type UnitFields,
} from '../api';
import { AgencyDetail } from './agency-detail';
import { AgencyFormFields } from './agency-form-fields';
import { AgencyTree } from './agency-tree';

type Dialog = 'addChild' | 'edit' | 'addUnit';

function editableFields(agency: Agency): AgencyFields {
  return {
    name: agency.name,
    shortName: agency.shortName,
    kind: agency.kind,
    regionCode: agency.regionCode,
    address: agency.address ?? undefined,
    phone: agency.phone ?? undefined,
  };
}

/** The agency tree on the left, the chosen agency with its units on the right. */
export function AgencyBrowser({ canManage }: { canManage: boolean }) {
  const agencies = useRequest(fetchAgencies, []);
  const [selectedId, setSelectedId] = useState<string>();
  const [dialog, setDialog] = useState<Dialog>();
  const { message } = App.useApp();

  if (agencies.error) return <Alert type="error" showIcon title={agencies.error.message} />;
  if (!agencies.data) return <Spin />;

  const items = agencies.data.items;
  const selected = items.find((agency) => agency.id === selectedId) ?? items[0];
  if (!selected) return <Empty description="暂无可查看的执法机构" />;

  const addChild = async (fields: AgencyFields) => {
    const created = await createAgency(selected.id, fields);
    message.success(`已新增 ${created.name}`);
    setSelectedId(created.id);
    agencies.reload();
  };

  const edit = async (fields: AgencyFields) => {
    await updateAgency(selected.id, fields);
    message.success('已保存');
    agencies.reload();
  };

  const addUnit = async (fields: UnitFields) => {
    const created = await createUnit(selected.id, fields);
    message.success(`已新增 ${created.name}`);
    agencies.reload();
  };

  const close = () => setDialog(undefined);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={8}>
        <Card title="机构树">
          <AgencyTree agencies={items} selectedId={selected.id} onSelect={setSelectedId} />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <AgencyDetail
          agency={selected}
          canManage={canManage}
          onEdit={() => setDialog('edit')}
          onAddChild={() => setDialog('addChild')}
          onAddUnit={() => setDialog('addUnit')}
        />
      </Col>
      <FormModal<AgencyFields>
        title="新增下级机构"
        open={dialog === 'addChild'}
        onClose={close}
        onSubmit={addChild}
      >
        <Typography.Paragraph type="secondary">上级机构：{selected.name}</Typography.Paragraph>
        <AgencyFormFields />
      </FormModal>
      <FormModal<AgencyFields>
        title="编辑机构信息"
        open={dialog === 'edit'}
        initialValues={editableFields(selected)}
        onClose={close}
        onSubmit={edit}
      >
        <AgencyFormFields />
      </FormModal>
      <FormModal<UnitFields>
        title="新增内设机构"
        open={dialog === 'addUnit'}
        onClose={close}
        onSubmit={addUnit}
      >
        <Typography.Paragraph type="secondary">所属机构：{selected.name}</Typography.Paragraph>
        <Form.Item
          label="名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请输入名称' }]}
        >
          <Input placeholder="如：法制科、治超中队" />
        </Form.Item>
        <Form.Item
          label="类型"
          name="kind"
          rules={[{ required: true, whitespace: true, message: '请输入类型' }]}
        >
          <Input placeholder="如：科室、中队" />
        </Form.Item>
      </FormModal>
    </Row>
  );
}
