import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Form, type FormListFieldData } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { todayInBeijing } from '../../../lib/date-time';

/** What a dialog of one step of a case is given by its panel. */
export interface StepFormProps {
  caseId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** Acts are recorded after they happen: no date after today in Beijing. */
export const afterTodayInBeijing = (date: Dayjs) => date.isAfter(todayInBeijing(), 'day');

/** A required calendar date, not after today unless `future`. */
export function DateField({
  name,
  label,
  future,
}: {
  name: string;
  label: string;
  future?: boolean;
}) {
  return (
    <Form.Item label={label} name={name} rules={[{ required: true, message: '请选择日期' }]}>
      <DatePicker
        style={{ width: '100%' }}
        disabledDate={future ? undefined : afterTodayInBeijing}
      />
    </Form.Item>
  );
}

/** The law a dialog applies, above its fields. */
export function InfoAlert({ title }: { title: ReactNode }) {
  return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={title} />;
}

interface RowsFieldProps {
  name: string;
  label: string;
  /** The refusal when no row is given. */
  emptyMessage: string;
  addText: string;
  /** The accessible name of the delete button of the row at `index`, from 0. */
  deleteLabel: (index: number) => string;
  initialValue?: unknown[];
  newRow?: unknown;
  /** The fields of one row. */
  children: (field: FormListFieldData, index: number) => ReactNode;
}

/** A list of one-line rows, at least one, each with its delete button, added one at a time. */
export function RowsField({
  name,
  label,
  emptyMessage,
  addText,
  deleteLabel,
  initialValue,
  newRow,
  children,
}: RowsFieldProps) {
  return (
    <Form.List
      name={name}
      initialValue={initialValue}
      rules={[
        {
          validator: async (_rule, items: unknown[] | undefined) => {
            if (!items || items.length === 0) throw new Error(emptyMessage);
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                {children(field, index)}
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={deleteLabel(index)}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newRow)} block>
              {addText}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
