import { Alert, Button, Modal, Typography } from 'antd';

export interface TemporaryPassword {
  username: string;
  password: string;
}

/** Shown once: the server keeps only a hash, so this is the only chance to pass it on. */
export function TemporaryPasswordModal({
  shown,
  onClose,
}: {
  shown: TemporaryPassword | undefined;
  onClose: () => void;
}) {
  return (
    <Modal
      title="临时密码"
      open={shown !== undefined}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
      mask={{ closable: false }}
      destroyOnHidden
    >
      {shown && (
        <>
          <Typography.Paragraph>
            用户 <Typography.Text strong>{shown.username}</Typography.Text> 的临时密码：
          </Typography.Paragraph>
          <Typography.Paragraph>
            <Typography.Text
              code
              copyable={{ tooltips: ['复制', '已复制'] }}
              style={{ fontSize: 18 }}
            >
              {shown.password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title="临时密码只显示这一次，请当面或通过安全渠道交给本人。本人首次登录时须修改密码。"
          />
        </>
      )}
    </Modal>
  );
}
