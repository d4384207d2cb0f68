import { Alert, App, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { todayInBeijing } from '../../../lib/date-time';
import { categories, checkEligibility, type Category, type Eligibility } from '../api';
import { categoryLabels } from '../labels';

interface QuestionFields {
  category: Category;
  areaCode: string;
  date: Dayjs;
}

const categoryOptions = categories.map((category) => ({
  value: category,
  label: categoryLabels[category],
}));

function EligibilityAnswer({ answer }: { answer: Eligibility }) {
  const reasons = answer.reasons.length > 0 && (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {answer.reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
  if (answer.allowed) {
    return (
      <Alert
        type="success"
        showIcon
        title={`可以执法${answer.certificateNumber ? `（执法证 ${answer.certificateNumber}）` : ''}`}
        description={reasons}
      />
    );
  }
  return <Alert type="error" showIcon title="不可执法" description={reasons} />;
}

/** 可否执法: may this officer act in this field, in this area, on this day? */
export function EligibilityCheck({
  officerId,
  defaultAreaCode,
}: {
  officerId: string;
  defaultAreaCode?: string;
}) {
  const [answer, setAnswer] = useState<Eligibility>();
  const [checking, setChecking] = useState(false);
  const { message } = App.useApp();

  async function check({ category, areaCode, date }: QuestionFields) {
    setChecking(true);
    try {
      setAnswer(
        await checkEligibility(officerId, {
          category,
          areaCode: areaCode.trim(),
          date: date.format('YYYY-MM-DD'),
        }),
      );
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setChecking(false);
    }
  }

  return (
    <Card title="可否执法">
      <Form<QuestionFields>
        name="eligibility"
        layout="vertical"
        initialValues={{ areaCode: defaultAreaCode, date: dayjs(todayInBeijing()) }}
        onValuesChange={() => setAnswer(undefined)}
        onFinish={check}
      >
        <Form.Item
          label="执法门类"
          name="category"
          rules={[{ required: true, message: '请选择执法门类' }]}
        >
          <Select options={categoryOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          label="区域代码"
          name="areaCode"
          rules={[{ required: true, whitespace: true, message: '请输入行政区划代码' }]}
        >
          <Input inputMode="numeric" placeholder="如：430100" />
        </Form.Item>
        <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={checking}>
          检查
        </Button>
      </Form>
      {answer && (
        <div style={{ marginTop: 16 }} role="status">
          <EligibilityAnswer answer={answer} />
        </div>
      )}
    </Card>
  );
}
