import { App, Button, Card, Flex, Form, Input, Modal, Select, Table } from 'antd';
import { useState } from 'react';
import { ChoiceField } from '../../../components/choice-field';
import {
  decideRecusal,
  requestRecusal,
  type NewRecusal,
  type PenaltyCase,
  type Recusal,
  type RecusalRequester,
} from '../api';
import { recusalRequesterLabels } from '../labels';
import { ActionErrorAlert, useSubmit } from './action-error';
import { ReasonModal } from './reason-modal';
import { RecusalStatusTag } from './tags';

const requesterOptions = (['party', 'officer'] as const).map((value) => ({
  value,
  label: recusalRequesterLabels[value],
}));

function RecusalRequestModal({
  penaltyCase,
  open,
  onClose,
  onDone,
}: {
  penaltyCase: PenaltyCase;
  open: boolean;
  onClose: () => void;
  onDone: (updated: PenaltyCase) => void;
}) {
  const [form] = Form.useForm<NewRecusal>();
  const submit = useSubmit(form);

  async function save(values: NewRecusal) {
    let updated: PenaltyCase | undefined;
    const ok = await submit.run(async () => {
      updated = await requestRecusal(penaltyCase.id, { ...values, reason: values.reason.trim() });
    });
    if (ok && updated) {
      onDone(updated);
      onClose();
    }
  }

  return (
    <Modal
      title="申请回避"
      open={open}
      okText="提交申请"
      cancelText="取消"
      confirmLoading={submit.submitting}
      onOk={() => form.submit()}
      onCancel={() => {
        submit.clearError();
        onClose();
      }}
      destroyOnHidden
    >
      <ActionErrorAlert error={submit.error} />
      <Form<NewRecusal>
        form={form}
        layout="vertical"
        initialValues={{ requestedBy: 'party' satisfies RecusalRequester }}
        onFinish={(values) => void save(values)}
        preserve={false}
      >
        <Form.Item
          label="申请回避的执法人员"
          name="officerId"
          rules={[{ required: true, message: '请选择申请回避的执法人员' }]}
        >
          <Select
            placeholder="请选择本案执法人员"
            options={penaltyCase.officers.map((officer) => ({
              value: officer.id,
              label: officer.name,
            }))}
          />
        </Form.Item>
        <ChoiceField
          label="申请人"
          name="requestedBy"
          ariaLabel="申请人"
          options={requesterOptions}
        />
        <Form.Item
          label="回避理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明回避理由' },
            { min: 4, message: '请写明回避理由（至少4个字）' },
          ]}
          extra="执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避"
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RecusalPanelProps {
  penaltyCase: PenaltyCase;
  /** Names of officers no longer on the case (a granted recusal takes them off). */
  officerNames: ReadonlyMap<string, string>;
  canRequest: boolean;
  canDecide: boolean;
  onChanged: (updated: PenaltyCase) => void;
}

/** 回避 (行政处罚法第四十三条): requests on this case and the head's decisions. */
export function RecusalPanel({
  penaltyCase,
  officerNames,
  canRequest,
  canDecide,
  onChanged,
}: RecusalPanelProps) {
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{ recusal: Recusal; granted: boolean }>();
  const { message } = App.useApp();
  const nameOf = (officerId: string) =>
    penaltyCase.officers.find((officer) => officer.id === officerId)?.name ??
    officerNames.get(officerId) ??
    '（已不在本案）';

  return (
    <Card
      title="回避申请"
      extra={
        canRequest && (
          <Button size="small" onClick={() => setRequesting(true)}>
            申请回避
          </Button>
        )
      }
    >
      <Table<Recusal>
        rowKey="id"
        size="small"
        dataSource={penaltyCase.recusals}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '没有回避申请' }}
        columns={[
          { title: '执法人员', dataIndex: 'officerId', render: (id: string) => nameOf(id) },
          {
            title: '申请人',
            dataIndex: 'requestedBy',
            render: (by: RecusalRequester) => recusalRequesterLabels[by],
          },
          { title: '理由', dataIndex: 'reason' },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: Recusal['status']) => <RecusalStatusTag status={status} />,
          },
          ...(canDecide
            ? [
                {
                  title: '决定',
                  key: 'decide',
                  render: (_: unknown, recusal: Recusal) =>
                    recusal.status === 'pending' && (
                      <Flex gap={8}>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setDeciding({ recusal, granted: true })}
                        >
                          同意回避
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setDeciding({ recusal, granted: false })}
                        >
                          不同意
                        </Button>
                      </Flex>
                    ),
                },
              ]
            : []),
        ]}
      />
      <RecusalRequestModal
        penaltyCase={penaltyCase}
        open={requesting}
        onClose={() => setRequesting(false)}
        onDone={(updated) => {
          message.success('已提交回避申请，由负责人决定；决定作出前不停止调查');
          onChanged(updated);
        }}
      />
      <ReasonModal
        open={deciding !== undefined}
        title={deciding?.granted ? '同意回避' : '不同意回避'}
        okText={deciding?.granted ? '同意回避' : '不同意回避'}
        label="决定理由"
        intro={
          deciding?.granted && (
            <p>同意后，{nameOf(deciding.recusal.officerId)}将不再担任本案执法人员。</p>
          )
        }
        onClose={() => setDeciding(undefined)}
        onSubmit={async (reason) => {
          if (!deciding) return;
          const updated = await decideRecusal(deciding.recusal.id, {
            granted: deciding.granted,
            reason,
          });
          message.success(deciding.granted ? '已同意回避' : '已决定不同意回避');
          onChanged(updated);
        }}
      />
    </Card>
  );
}
