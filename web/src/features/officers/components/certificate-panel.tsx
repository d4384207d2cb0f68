import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal';
import { errorMessage } from '../../../lib/api-client';
import { todayInBeijing } from '../../../lib/date-time';
import { changeCertificate, type Certificate, type CertificateChange, type Officer } from '../api';
import { CertificateCreateModal } from './certificate-create-modal';
import { CertificateTable, type CertificateAction } from './certificate-table';

const statusChanges: Record<
  Exclude<CertificateAction, 'verify'>,
  { change: CertificateChange; verb: string }
> = {
  suspend: { change: { status: 'suspended' }, verb: '暂扣' },
  restore: { change: { status: 'valid' }, verb: '恢复' },
  revoke: { change: { status: 'revoked' }, verb: '注销' },
};

interface CertificatePanelProps {
  officer: Officer;
  canManage: boolean;
  onChanged: () => void;
}

/** The officer's certificates, and for managers: add, annual verification, suspend, revoke. */
export function CertificatePanel({ officer, canManage, onChanged }: CertificatePanelProps) {
  const [adding, setAdding] = useState(false);
  const [verifying, setVerifying] = useState<Certificate>();
  const { message, modal } = App.useApp();

  async function save(certificate: Certificate, change: CertificateChange, done: string) {
    await changeCertificate(certificate.id, change);
    message.success(done);
    onChanged();
  }

  function act(certificate: Certificate, action: CertificateAction) {
    if (action === 'verify') {
      setVerifying(certificate);
      return;
    }
    const { change, verb } = statusChanges[action];
    modal.confirm({
      title: `${verb}执法证 ${certificate.number}？`,
      content: action === 'revoke' ? '注销后不能恢复。' : undefined,
      okText: verb,
      okButtonProps: { danger: action !== 'restore' },
      cancelText: '取消',
      onOk: () =>
        save(certificate, change, `已${verb}`).catch((error: unknown) =>
          message.error(errorMessage(error)),
        ),
    });
  }

  return (
    <Card
      title="执法证"
      extra={
        canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增执法证
          </Button>
        )
      }
    >
      <CertificateTable
        certificates={officer.certificates}
        onAction={canManage ? act : undefined}
      />
      <CertificateCreateModal
        officerId={officer.id}
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={() => {
          message.success('已新增执法证');
          onChanged();
        }}
      />
      <FormModal<{ lastVerifiedYear: number }>
        title={`登记年审：${verifying?.number ?? ''}`}
        open={verifying !== undefined}
        initialValues={{ lastVerifiedYear: Number(todayInBeijing().slice(0, 4)) }}
        onClose={() => setVerifying(undefined)}
        onSubmit={async ({ lastVerifiedYear }) => {
          if (verifying) await save(verifying, { lastVerifiedYear }, '已登记年审');
        }}
      >
        <Form.Item
          label="年审通过年度"
          name="lastVerifiedYear"
          rules={[{ required: true, message: '请输入年度' }]}
        >
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
