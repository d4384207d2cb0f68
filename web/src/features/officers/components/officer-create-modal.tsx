import { Form, Input, Select } from 'antd';
import { AgencyTreeSelect, type AgencyChoice } from '../../../components/agency-tree-select';
import { FormModal } from '../../../components/form-modal';
import { createOfficer, type NewOfficer, type Officer } from '../api';

export interface AgencyWithUnits extends AgencyChoice {
  units: readonly { id: string; name: string }[];
}

interface OfficerCreateModalProps {
  open: boolean;
  agencies: readonly AgencyWithUnits[];
  onClose: () => void;
  onCreated: (officer: Officer) => void;
}

/** The agency, then one of its units; changing the agency clears the unit. */
function AgencyAndUnitFields({ agencies }: { agencies: readonly AgencyWithUnits[] }) {
  const form = Form.useFormInstance<NewOfficer>();
  const agencyId = Form.useWatch('agencyId', form);
  const units = agencies.find((agency) => agency.id === agencyId)?.units ?? [];
  return (
    <>
      <Form.Item
        label="所属机构"
        name="agencyId"
        rules={[{ required: true, message: '请选择所属机构' }]}
      >
        <AgencyTreeSelect
          agencies={agencies}
          onChange={() => form.setFieldValue('unitId', undefined)}
        />
      </Form.Item>
      <Form.Item label="内设机构" name="unitId">
        <Select
          placeholder={agencyId ? '可不选' : '请先选择所属机构'}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
          disabled={units.length === 0}
          allowClear
        />
      </Form.Item>
    </>
  );
}

export function OfficerCreateModal({
  open,
  agencies,
  onClose,
  onCreated,
}: OfficerCreateModalProps) {
  return (
    <FormModal<NewOfficer>
      title="新增执法人员"
      open={open}
      onClose={onClose}
      onSubmit={async (officer) => onCreated(await createOfficer(officer))}
    >
      <AgencyAndUnitFields agencies={agencies} />
      <Form.Item
        label="姓名"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="居民身份证号"
        name="idNumber"
        rules={[
          { required: true, message: '请输入居民身份证号' },
          { pattern: /^\d{17}[\dXx]$/, message: '居民身份证号应为18位，最后一位可为X' },
        ]}
      >
        <Input maxLength={18} autoComplete="off" />
      </Form.Item>
      <Form.Item label="手机号" name="phone">
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
