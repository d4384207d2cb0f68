import { Alert, App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { todayInBeijing } from '../../../lib/date-time';
import { saveYearSchedule, type YearSchedule } from '../api';
import { parseScheduleLines, type LineProblem } from '../schedule-lines';

interface LoadFields {
  year: number;
  lines: string;
}

const example = ['2027-01-01,元旦,holiday', '2027-02-07,春节调休,workday'].join('\n');

function ProblemList({ problems }: { problems: readonly LineProblem[] }) {
  return (
    <Alert
      type="error"
      showIcon
      title="以下各行需要更正"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((problem) => (
            <li key={problem.line}>
              第 {problem.line} 行：{problem.message}
            </li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

interface ScheduleLoadFormProps {
  loadedYears: readonly number[];
  onLoaded: (year: number) => void;
}

/** Load a year's 国务院办公厅 holiday notice, pasted one date per line. */
export function ScheduleLoadForm({ loadedYears, onLoaded }: ScheduleLoadFormProps) {
  const [problems, setProblems] = useState<LineProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const { message, modal } = App.useApp();

  async function save(year: number, schedule: YearSchedule) {
    setSaving(true);
    try {
      await saveYearSchedule(year, schedule);
      message.success(`已加载 ${year} 年节假日安排`);
      onLoaded(year);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  function submit({ year, lines }: LoadFields) {
    const parsed = parseScheduleLines(lines, year);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    if (!loadedYears.includes(year)) {
      void save(year, parsed.schedule);
      return;
    }
    modal.confirm({
      title: `替换 ${year} 年的节假日安排？`,
      content: '该年度已有安排，保存后将以本次粘贴的内容为准。',
      okText: '替换',
      cancelText: '取消',
      onOk: () => save(year, parsed.schedule),
    });
  }

  return (
    <Form<LoadFields>
      name="schedule-load"
      layout="vertical"
      initialValues={{ year: Number(todayInBeijing().slice(0, 4)) + 1 }}
      onFinish={submit}
    >
      {problems.length > 0 && <ProblemList problems={problems} />}
      <Form.Item label="年度" name="year" rules={[{ required: true, message: '请输入年度' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="节假日与调休安排"
        name="lines"
        rules={[{ required: true, message: '请粘贴节假日安排' }]}
        extra="每行一天：日期,名称,类型。类型 holiday 为放假，workday 为调休上班。"
      >
        <Input.TextArea rows={8} placeholder={example} spellCheck={false} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        保存
      </Button>
    </Form>
  );
}
