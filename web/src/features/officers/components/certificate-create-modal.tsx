import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/form-modal';
import { addCertificate, categories, type NewCertificate } from '../api';
import { categoryLabels } from '../labels';

type CertificateFields = Omit<NewCertificate, 'validFrom' | 'validTo'> & {
  validity: [Dayjs, Dayjs];
};

const categoryOptions = categories.map((category) => ({
  value: category,
  label: categoryLabels[category],
}));

interface CertificateCreateModalProps {
  officerId: string;
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}

export function CertificateCreateModal({
  officerId,
  open,
  onClose,
  onCreated,
}: CertificateCreateModalProps) {
  async function save({ validity, ...fields }: CertificateFields) {
    await addCertificate(officerId, {
      ...fields,
      validFrom: validity[0].format('YYYY-MM-DD'),
      validTo: validity[1].format('YYYY-MM-DD'),
    });
    onCreated();
  }

  return (
    <FormModal<CertificateFields> title="新增执法证" open={open} onClose={onClose} onSubmit={save}>
      <Form.Item
        label="执法证号"
        name="number"
        rules={[{ required: true, whitespace: true, message: '请输入执法证号' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        label="发证机关"
        name="issuer"
        rules={[{ required: true, whitespace: true, message: '请输入发证机关' }]}
      >
        <Input placeholder="如：湖南省人民政府" />
      </Form.Item>
      <Form.Item
        label="执法门类"
        name="categories"
        rules={[{ required: true, message: '请至少选择一个执法门类' }]}
      >
        <Select mode="multiple" options={categoryOptions} placeholder="可多选" />
      </Form.Item>
      <Form.Item
        label="执法区域名称"
        name="areaName"
        rules={[{ required: true, whitespace: true, message: '请输入执法区域名称' }]}
      >
        <Input placeholder="如：长沙市" />
      </Form.Item>
      <Form.Item
        label="执法区域代码"
        name="areaCodes"
        rules={[{ required: true, message: '请至少输入一个行政区划代码' }]}
        extra="输入6位行政区划代码后按回车，可输入多个"
      >
        <Select mode="tags" open={false} tokenSeparators={[',', '，', ' ']} />
      </Form.Item>
      <Form.Item
        label="有效期"
        name="validity"
        rules={[{ required: true, message: '请选择有效期' }]}
      >
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="最近年审年度" name="lastVerifiedYear">
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
