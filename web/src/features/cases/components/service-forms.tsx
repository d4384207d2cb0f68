import { Alert, DatePicker, Flex, Form, Input, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { pickerTodayInBeijing } from '../../../lib/date-time';
import type { Party } from '../api';
import {
  electronicChannelLabels,
  electronicChannels,
  PUBLIC_NOTICE_DAYS,
  serviceMethodLabels,
  serviceMethods,
  type AddressConfirmation,
  type ElectronicAddress,
  type NewService,
  type ServableDocument,
  type ServiceMethod,
  type ServiceOutcome,
} from '../service-api';
import { afterTodayInBeijing, DateField, InfoAlert, RowsField } from './act-fields';
import { ActFormModal } from './investigation-shared';

const required = (message: string) => [{ required: true, whitespace: true, message }];
const isoDate = (date: Dayjs) => date.format('YYYY-MM-DD');

const methodOptions = serviceMethods.map((value) => ({ value, label: serviceMethodLabels[value] }));
const channelOptions = electronicChannels.map((value) => ({
  value,
  label: electronicChannelLabels[value],
}));

/** What the date of the act is called for each method. */
const actedOnLabels: Record<ServiceMethod, string> = {
  direct: '送达日期',
  leftAtAddress: '留置日期',
  post: '寄出日期',
  electronic: '系统显示发送成功的日期',
  publicNotice: '发出公告的日期',
};

/** Methods that can be tried and fail; 留置 and 公告 count as served once carried out. */
const mayFail: readonly ServiceMethod[] = ['direct', 'post', 'electronic'];

interface ServiceValues {
  method: ServiceMethod;
  recipient: string;
  actedOn: Dayjs;
  outcome: ServiceOutcome;
  failureReason?: string;
  serverOfficerIds: string[];
  note?: string;
  place?: string;
  signer?: string;
  signerRelation?: string;
  refusalReason?: string;
  witnesses?: string[];
  postalAddress?: string;
  trackingNumber?: string;
  receivedOn?: Dayjs;
  /** Index into the confirmed electronic addresses. */
  electronicTarget?: number;
  medium?: string;
}

function toNewService(
  document: ServableDocument,
  values: ServiceValues,
  confirmed: readonly ElectronicAddress[],
): NewService {
  const outcome = mayFail.includes(values.method) ? values.outcome : 'served';
  const common = {
    documentCode: document.code,
    documentItemId: document.itemId,
    recipient: values.recipient.trim(),
    actedOn: isoDate(values.actedOn),
    outcome,
    failureReason: outcome === 'failed' ? values.failureReason?.trim() : undefined,
    serverOfficerIds: values.serverOfficerIds,
    note: values.note?.trim() || undefined,
  };
  switch (values.method) {
    case 'direct':
      return {
        ...common,
        method: 'direct',
        place: values.place ?? '',
        signer: values.signer?.trim() || undefined,
        signerRelation: values.signerRelation?.trim() || undefined,
      };
    case 'leftAtAddress':
      return {
        ...common,
        method: 'leftAtAddress',
        place: values.place ?? '',
        refusalReason: values.refusalReason ?? '',
        witnesses: values.witnesses ?? [],
      };
    case 'post':
      return {
        ...common,
        method: 'post',
        postalAddress: values.postalAddress ?? '',
        trackingNumber: values.trackingNumber ?? '',
        receivedOn: values.receivedOn ? isoDate(values.receivedOn) : undefined,
      };
    case 'electronic': {
      const target = confirmed[values.electronicTarget ?? -1];
      return {
        ...common,
        method: 'electronic',
        channel: target?.channel ?? 'email',
        address: target?.address ?? '',
      };
    }
    case 'publicNotice':
      return { ...common, method: 'publicNotice', medium: values.medium ?? '' };
  }
}

/** The fields only the chosen method has. */
function MethodFields({ confirmed }: { confirmed: readonly ElectronicAddress[] }) {
  const form = Form.useFormInstance<ServiceValues>();
  const method = Form.useWatch('method', form) ?? 'direct';
  const outcome = Form.useWatch('outcome', form) ?? 'served';
  const failed = mayFail.includes(method) && outcome === 'failed';
  return (
    <>
      <DateField name="actedOn" label={actedOnLabels[method]} />
      {mayFail.includes(method) && (
        <Form.Item label="结果" name="outcome">
          <Radio.Group
            aria-label="送达结果"
            options={[
              { value: 'served', label: '送达成功' },
              { value: 'failed', label: '未能送达' },
            ]}
          />
        </Form.Item>
      )}
      {failed && (
        <Form.Item label="未能送达的原因" name="failureReason" rules={required('请写明原因')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            maxLength={500}
            placeholder="如：查无此人，邮件退回"
          />
        </Form.Item>
      )}
      {(method === 'direct' || method === 'leftAtAddress') && (
        <Form.Item label="送达地点" name="place" rules={required('请填写送达地点')}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      {method === 'direct' && !failed && (
        <Flex gap={8} wrap>
          <Form.Item
            label="签收人"
            name="signer"
            rules={required('请填写签收人')}
            style={{ flex: '1 1 160px' }}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item label="与受送达人的关系" name="signerRelation" style={{ flex: '1 1 160px' }}>
            <Input maxLength={50} placeholder="本人、同住成年家属、法定代表人……" />
          </Form.Item>
        </Flex>
      )}
      {method === 'leftAtAddress' && (
        <>
          <Form.Item label="拒收事由" name="refusalReason" rules={required('请写明拒收事由')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
          <Form.Item
            label="见证人"
            name="witnesses"
            extra="基层组织或者所在单位的代表，输入姓名后回车；无见证人的，须以拍照、录像记录送达过程（民事诉讼法第八十九条）"
          >
            <Select mode="tags" open={false} placeholder="如：城关镇居委会 李四" />
          </Form.Item>
        </>
      )}
      {method === 'post' && (
        <>
          <Form.Item label="邮寄地址" name="postalAddress" rules={required('请填写邮寄地址')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="邮件单号" name="trackingNumber" rules={required('请填写邮件单号')}>
            <Input maxLength={50} />
          </Form.Item>
          {!failed && (
            <Form.Item
              label="回执上的收件日期"
              name="receivedOn"
              rules={[{ required: true, message: '请选择收件日期；未收到回执的，收到后再登记' }]}
              extra="以回执上注明的收件日期为送达日期"
            >
              <DatePicker style={{ width: '100%' }} disabledDate={afterTodayInBeijing} />
            </Form.Item>
          )}
        </>
      )}
      {method === 'electronic' && <ElectronicTarget confirmed={confirmed} />}
      {method === 'publicNotice' && (
        <>
          <InfoAlert
            title={`只有其他方式无法送达时才能公告送达；自发出公告之日起经过${PUBLIC_NOTICE_DAYS}日，即视为送达（民事诉讼法第九十五条）。`}
          />
          <Form.Item label="公告方式" name="medium" rules={required('请填写公告方式')}>
            <Input maxLength={200} placeholder="如：本局公告栏、清水县交通运输局门户网站" />
          </Form.Item>
        </>
      )}
    </>
  );
}

function ElectronicTarget({ confirmed }: { confirmed: readonly ElectronicAddress[] }) {
  if (confirmed.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="当事人没有签署同意电子送达的送达地址确认书，不能电子送达（行政处罚法第六十一条第二款）。请先登记送达地址确认书，或者改用其他方式。"
      />
    );
  }
  return (
    <Form.Item
      label="发送至"
      name="electronicTarget"
      rules={[{ required: true, message: '请选择当事人确认的电子送达地址' }]}
    >
      <Select
        options={confirmed.map((target, index) => ({
          value: index,
          label: `${electronicChannelLabels[target.channel]}：${target.address}`,
        }))}
      />
    </Form.Item>
  );
}

interface ServiceFormModalProps {
  document: ServableDocument | undefined;
  party: Party;
  caseOfficers: readonly { id: string; name: string }[];
  confirmation: AddressConfirmation | undefined;
  onClose: () => void;
  onSubmit: (service: NewService) => Promise<unknown>;
}

/** 登记送达 of one document: the method first, then what that method needs. */
export function ServiceFormModal({
  document,
  party,
  caseOfficers,
  confirmation,
  onClose,
  onSubmit,
}: ServiceFormModalProps) {
  const confirmed = confirmation?.consentsToElectronic ? confirmation.electronicAddresses : [];
  return (
    <ActFormModal<ServiceValues>
      title={`登记送达：${document?.title ?? ''}`}
      open={document !== undefined}
      okText="登记"
      initialValues={{
        method: 'direct',
        recipient: party.name,
        actedOn: pickerTodayInBeijing(),
        outcome: 'served',
        place: party.address,
        signer: party.name,
        postalAddress: confirmation?.postalAddress ?? party.address,
        serverOfficerIds: caseOfficers.map((officer) => officer.id),
      }}
      onClose={onClose}
      onSubmit={async (values) => {
        if (document) await onSubmit(toNewService(document, values, confirmed));
      }}
    >
      <Form.Item label="送达方式" name="method" rules={[{ required: true }]}>
        <Select options={methodOptions} />
      </Form.Item>
      <Form.Item label="受送达人" name="recipient" rules={required('请填写受送达人')}>
        <Input maxLength={100} />
      </Form.Item>
      <MethodFields confirmed={confirmed} />
      <Form.Item
        label="送达人"
        name="serverOfficerIds"
        rules={[{ required: true, message: '请选择送达人' }]}
      >
        <Select
          mode="multiple"
          options={caseOfficers.map((officer) => ({ value: officer.id, label: officer.name }))}
        />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
    </ActFormModal>
  );
}

interface ConfirmationValues {
  recipient: string;
  signedOn: Dayjs;
  postalAddress?: string;
  phone?: string;
  consentsToElectronic: boolean;
  electronicAddresses?: ElectronicAddress[];
}

/** 送达地址确认书 as the party signed it; consent to 电子送达 lists where to send. */
export function AddressConfirmationModal({
  open,
  party,
  onClose,
  onSubmit,
}: {
  open: boolean;
  party: Party;
  onClose: () => void;
  onSubmit: (values: {
    recipient: string;
    signedOn: string;
    postalAddress?: string;
    phone?: string;
    consentsToElectronic: boolean;
    electronicAddresses: ElectronicAddress[];
  }) => Promise<unknown>;
}) {
  return (
    <ActFormModal<ConfirmationValues>
      title="登记送达地址确认书"
      open={open}
      okText="登记"
      intro={
        <InfoAlert title="电子送达须经当事人同意并签订确认书（行政处罚法第六十一条第二款）。登记后不可更改，如有变化请重新登记。" />
      }
      initialValues={{
        recipient: party.name,
        signedOn: pickerTodayInBeijing(),
        postalAddress: party.address,
        phone: party.phone,
        consentsToElectronic: false,
      }}
      onClose={onClose}
      onSubmit={(values) =>
        onSubmit({
          recipient: values.recipient.trim(),
          signedOn: isoDate(values.signedOn),
          postalAddress: values.postalAddress?.trim() || undefined,
          phone: values.phone?.trim() || undefined,
          consentsToElectronic: values.consentsToElectronic,
          electronicAddresses: values.consentsToElectronic
            ? (values.electronicAddresses ?? [])
            : [],
        })
      }
    >
      <Form.Item label="受送达人" name="recipient" rules={required('请填写受送达人')}>
        <Input maxLength={100} />
      </Form.Item>
      <DateField name="signedOn" label="签署日期" />
      <Form.Item label="送达地址" name="postalAddress">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="联系电话" name="phone">
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label="同意电子送达" name="consentsToElectronic" valuePropName="checked">
        <Switch checkedChildren="同意" unCheckedChildren="不同意" />
      </Form.Item>
      <Form.Item
        noStyle
        shouldUpdate={(prev, next) => prev.consentsToElectronic !== next.consentsToElectronic}
      >
        {({ getFieldValue }) =>
          getFieldValue('consentsToElectronic') ? <ElectronicAddressesField /> : null
        }
      </Form.Item>
    </ActFormModal>
  );
}

function ElectronicAddressesField() {
  return (
    <RowsField
      name="electronicAddresses"
      label="电子送达地址"
      emptyMessage="请至少填写一个电子送达地址"
      addText="添加地址"
      deleteLabel={(index) => `删除第 ${index + 1} 个地址`}
      initialValue={[{ channel: 'email', address: '' }]}
      newRow={{ channel: 'email', address: '' }}
    >
      {(field) => (
        <>
          <Form.Item name={[field.name, 'channel']} noStyle>
            <Select options={channelOptions} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name={[field.name, 'address']}
            rules={required('请填写地址或号码')}
            style={{ flex: '1 1 200px', marginBottom: 0 }}
          >
            <Input maxLength={120} placeholder="邮箱、手机号码或传真号码" />
          </Form.Item>
        </>
      )}
    </RowsField>
  );
}
