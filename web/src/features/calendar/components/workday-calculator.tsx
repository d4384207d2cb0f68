import { App, Button, DatePicker, Flex, Form, InputNumber, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { todayInBeijing, weekdayLabel } from '../../../lib/date-time';
import { addWorkdays, type WorkdaySum } from '../api';

interface CalculatorFields {
  from: Dayjs;
  days: number;
}

/** 期限计算: a date plus N working days, on the official calendar. */
export function WorkdayCalculator() {
  const [answer, setAnswer] = useState<WorkdaySum>();
  const [calculating, setCalculating] = useState(false);
  const { message } = App.useApp();

  async function calculate({ from, days }: CalculatorFields) {
    setCalculating(true);
    try {
      setAnswer(await addWorkdays(from.format('YYYY-MM-DD'), days));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setCalculating(false);
    }
  }

  return (
    <Form<CalculatorFields>
      name="workday-calculator"
      layout="vertical"
      initialValues={{ from: dayjs(todayInBeijing()), days: 5 }}
      onValuesChange={() => setAnswer(undefined)}
      onFinish={calculate}
    >
      <Flex wrap gap={12} align="end">
        <Form.Item
          label="起算日期"
          name="from"
          rules={[{ required: true, message: '请选择日期' }]}
          style={{ flex: '1 1 160px', marginBottom: 0 }}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          label="工作日数"
          name="days"
          rules={[{ required: true, message: '请输入天数' }]}
          style={{ flex: '1 1 120px', marginBottom: 0 }}
        >
          <InputNumber
            min={1}
            max={3650}
            precision={0}
            suffix="个工作日"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={calculating}>
          计算
        </Button>
      </Flex>
      {answer && (
        <Flex role="status" wrap gap={8} align="center" style={{ marginTop: 16 }}>
          <Typography.Text>到期日：</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {answer.date}（{weekdayLabel(answer.date)}）
          </Typography.Text>
          {answer.provisional && <Tag color="warning">暂定（该年度未加载节假日安排）</Tag>}
        </Flex>
      )}
    </Form>
  );
}
