import { Button, Flex, Form, Input, Select } from 'antd';
import { recordObjectTypes, type RecordQuery } from '../api';
import { objectTypeLabels } from '../labels';

const objectTypeOptions = recordObjectTypes.map((type) => ({
  value: type,
  label: objectTypeLabels[type],
}));

interface RecordQueryFormProps {
  query: Partial<RecordQuery>;
  onSearch: (query: RecordQuery) => void;
}

export function RecordQueryForm({ query, onSearch }: RecordQueryFormProps) {
  return (
    <Form<RecordQuery>
      name="record-query"
      layout="vertical"
      initialValues={query}
      onFinish={(values) => onSearch({ ...values, objectId: values.objectId?.trim() || undefined })}
    >
      <Flex wrap gap={12} align="end">
        <Form.Item
          label="对象类型"
          name="objectType"
          rules={[{ required: true, message: '请选择对象类型' }]}
          style={{ flex: '1 1 180px', marginBottom: 0 }}
        >
          <Select options={objectTypeOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item label="对象编号" name="objectId" style={{ flex: '2 1 260px', marginBottom: 0 }}>
          <Input placeholder="不填则查看该类型的全部记录" allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查询
        </Button>
      </Flex>
    </Form>
  );
}
