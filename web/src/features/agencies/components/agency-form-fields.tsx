import { Form, Input, Select } from 'antd';
import { agencyKindLabels, agencyKinds } from '../api';

const kindOptions = agencyKinds.map((kind) => ({ value: kind, label: agencyKindLabels[kind] }));

/** The fields of an agency, shared by the create and edit dialogs. */
export function AgencyFormFields() {
  return (
    <>
      <Form.Item
        label="机构名称"
        name="name"
        rules={[{ required: true, whitespace: true, message: '请输入机构名称' }]}
      >
        <Input placeholder="如：长沙市交通运输综合行政执法支队" />
      </Form.Item>
      <Form.Item
        label="简称"
        name="shortName"
        rules={[{ required: true, whitespace: true, message: '请输入简称' }]}
      >
        <Input placeholder="如：长沙支队" />
      </Form.Item>
      <Form.Item
        label="机构类别"
        name="kind"
        rules={[{ required: true, message: '请选择机构类别' }]}
      >
        <Select options={kindOptions} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        label="行政区划代码"
        name="regionCode"
        rules={[
          { required: true, message: '请输入行政区划代码' },
          { pattern: /^\d{6}$/, message: '行政区划代码为6位数字，如 430100' },
        ]}
      >
        <Input inputMode="numeric" maxLength={6} placeholder="如：430100" />
      </Form.Item>
      <Form.Item label="地址" name="address">
        <Input />
      </Form.Item>
      <Form.Item label="联系电话" name="phone">
        <Input inputMode="tel" />
      </Form.Item>
    </>
  );
}
