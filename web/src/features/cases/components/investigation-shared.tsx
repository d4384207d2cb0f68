import { DeleteOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Grid, Input, Modal, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { todayInBeijing } from '../../../lib/date-time';
import { caseDocumentUrl } from '../documents-api';
import type { ListedItem } from '../investigation-api';
import { ActionErrorAlert, useSubmit } from './action-error';

/** Phones get full-width buttons and dialogs. */
export function useNarrow(): boolean {
  return Grid.useBreakpoint().sm === false;
}

interface ActFormModalProps<Values> {
  title: string;
  open: boolean;
  okText: string;
  danger?: boolean;
  intro?: ReactNode;
  initialValues?: Partial<Values>;
  onClose: () => void;
  /** Send the act; a legal refusal stays in the dialog with every article it cites. */
  onSubmit: (values: Values) => Promise<unknown>;
  children: ReactNode;
}

/**
 * A dialog for one act of the investigation: one column, full screen width on a phone, field
 * issues on the fields and legal refusals listed above them.
 */
export function ActFormModal<Values extends object>({
  title,
  open,
  okText,
  danger,
  intro,
  initialValues,
  onClose,
  onSubmit,
  children,
}: ActFormModalProps<Values>) {
  const [form] = Form.useForm<Values>();
  const submit = useSubmit(form);
  const narrow = useNarrow();

  async function save(values: Values) {
    if (await submit.run(() => onSubmit(values))) onClose();
  }

  return (
    <Modal
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger }}
      confirmLoading={submit.submitting}
      onOk={() => form.submit()}
      onCancel={() => {
        submit.clearError();
        onClose();
      }}
      width={narrow ? '100%' : 640}
      style={narrow ? { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 } : undefined}
      destroyOnHidden
    >
      {intro}
      <ActionErrorAlert error={submit.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void save(values)}
        preserve={false}
        scrollToFirstError
      >
        {children}
      </Form>
    </Modal>
  );
}

/** The 物品清单 of a preservation or a measure: one card per item, added one at a time. */
export function ListedItemsField({ label }: { label: string }) {
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_rule, items: unknown[] | undefined) => {
            if (!items || items.length === 0) throw new Error('请至少列明一项物品');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`第 ${index + 1} 项`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 项`}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  label="名称"
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写物品名称' }]}
                >
                  <Input maxLength={100} placeholder="如：湘N12345号货车" />
                </Form.Item>
                <Form.Item label="规格型号" name={[field.name, 'specification']}>
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item
                  label="数量"
                  name={[field.name, 'quantity']}
                  rules={[{ required: true, whitespace: true, message: '请填写数量' }]}
                >
                  <Input maxLength={30} placeholder="如：1辆、3张" />
                </Form.Item>
                <Form.Item label="备注" name={[field.name, 'note']} style={{ marginBottom: 0 }}>
                  <Input maxLength={200} />
                </Form.Item>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
              添加物品
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

export function ListedItemsView({ items }: { items: readonly ListedItem[] }) {
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {items.map((item, index) => (
        <li key={index}>
          {[item.name, item.specification, item.quantity, item.note].filter(Boolean).join('　')}
        </li>
      ))}
    </ol>
  );
}

/** The printable form of one item, as PDF. */
export function PdfLink({
  caseId,
  code,
  itemId,
  children,
}: {
  caseId: string;
  code: string;
  itemId: string;
  children: ReactNode;
}) {
  return (
    <Typography.Link href={caseDocumentUrl(caseId, { code, itemId }, 'pdf')} download>
      {/* Hidden from screen readers, which would read the icon's English name first. */}
      <FilePdfOutlined aria-hidden /> {children}
    </Typography.Link>
  );
}

/** A due date, red once passed and orange in its last three days. */
export function DueTag({ due, label }: { due: string; label: string }) {
  const today = todayInBeijing();
  const daysLeft = dayjs(due).diff(dayjs(today), 'day');
  const color = daysLeft < 0 ? 'error' : daysLeft <= 3 ? 'warning' : 'default';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {label} {due}
      {daysLeft < 0 ? '（已逾期）' : ''}
    </Tag>
  );
}

/** A list item with a little space below, shared by every list of the panel. */
export function ActItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li
      aria-label={label}
      style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex vertical gap={6}>
        {children}
      </Flex>
    </li>
  );
}

/** The button that starts a section's act: large, full width on a phone. */
export function SectionButton({
  icon,
  onClick,
  children,
}: {
  icon?: ReactNode;
  onClick: () => void;
  children: ReactNode;
}) {
  const narrow = useNarrow();
  return (
    <Button
      type="primary"
      icon={icon}
      size="large"
      block={narrow}
      onClick={onClick}
      style={narrow ? undefined : { alignSelf: 'flex-start' }}
    >
      {children}
    </Button>
  );
}

/** A section's named list of acts, or a quiet note when it has none. */
export function ActList({
  label,
  empty,
  children,
}: {
  label: string;
  empty: string;
  children: readonly ReactNode[];
}) {
  if (children.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {children}
    </ul>
  );
}

/** Buttons below an item: side by side on a computer, each full width on a phone. */
export function ActButtons({ children }: { children: ReactNode }) {
  const narrow = useNarrow();
  return (
    <Flex gap={8} wrap vertical={narrow}>
      {children}
    </Flex>
  );
}
