import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Segmented,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Evidence } from '../api';
import {
  createTranscript,
  signatureStatuses,
  signatureStatusLabels,
  subjectRelationLabels,
  subjectRelations,
  transcriptKindLabels,
  transcriptKinds,
  type NewTranscript,
  type QuestionAndAnswer,
  type SignatureStatus,
  type Transcript,
  type TranscriptKind,
  type TranscriptSubject,
} from '../investigation-api';
import { ActFormModal } from './investigation-shared';

interface TranscriptFormValues {
  kind: TranscriptKind;
  period: [Dayjs, Dayjs];
  place: string;
  officerIds: string[];
  recorderOfficerId: string;
  subject: TranscriptSubject;
  questions?: QuestionAndAnswer[];
  object?: string;
  description?: string;
  signature: SignatureStatus;
  witness?: { name: string; idNumber?: string };
  attachmentIds?: string[];
}

const kindOptions = transcriptKinds.map((value) => ({ value, label: transcriptKindLabels[value] }));
const relationOptions = subjectRelations.map((value) => ({
  value,
  label: subjectRelationLabels[value],
}));

const blankToUndefined = (text: string | undefined) => text?.trim() || undefined;

function toNewTranscript(values: TranscriptFormValues, correctsId: string | null): NewTranscript {
  const [started, ended] = values.period;
  const subject = {
    name: values.subject.name.trim(),
    relation: values.subject.relation,
    idNumber: blankToUndefined(values.subject.idNumber),
    phone: blankToUndefined(values.subject.phone),
    address: blankToUndefined(values.subject.address),
  };
  const fields = {
    startedAt: started.tz('Asia/Shanghai').format(),
    endedAt: ended.tz('Asia/Shanghai').format(),
    place: values.place.trim(),
    officerIds: values.officerIds,
    recorderOfficerId: values.recorderOfficerId,
    subject,
    signature: values.signature,
    witness: values.signature === 'signed' ? null : values.witness,
    correctsId,
    attachmentIds: values.attachmentIds ?? [],
  };
  switch (values.kind) {
    case 'inquiry':
      return { ...fields, kind: 'inquiry', questions: values.questions ?? [] };
    case 'site':
      return { ...fields, kind: 'site', description: values.description ?? '' };
    case 'survey':
      return {
        ...fields,
        kind: 'survey',
        object: values.object ?? '',
        description: values.description ?? '',
      };
  }
}

/** 一问一答, added one pair at a time: on a phone each pair is a card with two boxes. */
function QuestionsField() {
  return (
    <Form.List
      name="questions"
      rules={[
        {
          validator: async (_rule, pairs: unknown[] | undefined) => {
            if (!pairs || pairs.length === 0) throw new Error('请至少记录一问一答');
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="询问记录" required>
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                title={`第 ${index + 1} 问`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 问`}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Form.Item
                  label="问"
                  name={[field.name, 'question']}
                  rules={[{ required: true, whitespace: true, message: '请填写问题' }]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                </Form.Item>
                <Form.Item
                  label="答"
                  name={[field.name, 'answer']}
                  rules={[{ required: true, whitespace: true, message: '请填写回答' }]}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2000} />
                </Form.Item>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ question: '', answer: '' })}
              block
              size="large"
            >
              添加一问一答
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}

function ContentFields() {
  return (
    <Form.Item noStyle dependencies={['kind']}>
      {({ getFieldValue }) => {
        const kind = getFieldValue('kind') as TranscriptKind;
        if (kind === 'inquiry') return <QuestionsField />;
        return (
          <>
            {kind === 'survey' && (
              <Form.Item
                label="勘验对象"
                name="object"
                rules={[{ required: true, whitespace: true, message: '请填写勘验对象' }]}
              >
                <Input maxLength={200} placeholder="如：湘N12345号货车车厢" />
              </Form.Item>
            )}
            <Form.Item
              label={kind === 'survey' ? '勘验情况' : '现场情况'}
              name="description"
              rules={[
                { required: true, whitespace: true, message: '请写明所见情况' },
                { min: 4, message: '至少4个字' },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} showCount />
            </Form.Item>
          </>
        );
      }}
    </Form.Item>
  );
}

function SignatureFields() {
  return (
    <>
      <Form.Item label="签名情况" name="signature">
        <Radio.Group aria-label="签名情况">
          <Flex vertical gap={4}>
            {signatureStatuses.map((value) => (
              <Radio key={value} value={value}>
                {signatureStatusLabels[value]}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item noStyle dependencies={['signature']}>
        {({ getFieldValue }) =>
          getFieldValue('signature') !== 'signed' && (
            <>
              <Form.Item
                label="见证人姓名"
                name={['witness', 'name']}
                rules={[{ required: true, whitespace: true, message: '请填写见证人' }]}
                extra="当事人拒绝签名或者不在场的，由见证人签名（行政强制法第十八条）"
              >
                <Input maxLength={30} />
              </Form.Item>
              <Form.Item label="见证人身份证号" name={['witness', 'idNumber']}>
                <Input maxLength={18} />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
    </>
  );
}

interface TranscriptFormModalProps {
  caseId: string;
  open: boolean;
  caseOfficers: readonly { id: string; name: string }[];
  myOfficerId: string | null;
  evidence: readonly Evidence[];
  /** The 笔录 to correct: the new one has its kind and person, and names it. */
  correcting: Transcript | null;
  onClose: () => void;
  onDone: (created: Transcript) => void;
}

/** 制作笔录 on a phone at the roadside: one column, the pairs added as the talk goes on. */
export function TranscriptFormModal({
  caseId,
  open,
  caseOfficers,
  myOfficerId,
  evidence,
  correcting,
  onClose,
  onDone,
}: TranscriptFormModalProps) {
  const now = dayjs();
  const officerOptions = caseOfficers.map((officer) => ({
    value: officer.id,
    label: officer.name,
  }));
  const initialValues: Partial<TranscriptFormValues> = {
    kind: correcting?.kind ?? 'inquiry',
    period: [now.subtract(30, 'minute'), now],
    place: correcting?.place,
    officerIds: caseOfficers.map((officer) => officer.id),
    recorderOfficerId: myOfficerId ?? undefined,
    subject: correcting?.subject ?? { name: '', relation: 'party' },
    questions: [{ question: '', answer: '' }],
    signature: 'signed',
  };

  return (
    <ActFormModal<TranscriptFormValues>
      title={correcting ? `更正${correcting.kindLabel}` : '制作笔录'}
      open={open}
      okText="保存笔录"
      initialValues={initialValues}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            correcting
              ? '笔录保存后不能修改。更正将另作一份笔录，并注明更正的是哪一份，原笔录保留不变。'
              : '笔录保存后不能修改；如需更正，请另作笔录。执法人员不得少于两人，并应出示执法证件。'
          }
        />
      }
      onClose={onClose}
      onSubmit={async (values) => {
        onDone(await createTranscript(caseId, toNewTranscript(values, correcting?.id ?? null)));
      }}
    >
      <Form.Item label="笔录种类" name="kind">
        <Segmented
          aria-label="笔录种类"
          options={kindOptions}
          block
          disabled={correcting !== null}
        />
      </Form.Item>
      <Form.Item
        label="起止时间"
        name="period"
        rules={[{ required: true, message: '请选择起止时间' }]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item
        label="地点"
        name="place"
        rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        label="在场执法人员"
        name="officerIds"
        rules={[{ required: true, message: '请选择在场的执法人员' }]}
        extra="不得少于两人；笔录上印出各人的执法证件号码"
      >
        <Select mode="multiple" options={officerOptions} />
      </Form.Item>
      <Form.Item
        label="记录人"
        name="recorderOfficerId"
        rules={[{ required: true, message: '请选择记录人' }]}
      >
        <Select options={officerOptions} />
      </Form.Item>
      <Typography.Title level={5}>被询问人 / 在场人</Typography.Title>
      <Form.Item
        label="姓名"
        name={['subject', 'name']}
        rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label="与本案关系" name={['subject', 'relation']}>
        <Select options={relationOptions} />
      </Form.Item>
      <Form.Item label="身份证号" name={['subject', 'idNumber']}>
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item label="联系电话" name={['subject', 'phone']}>
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Form.Item label="住址" name={['subject', 'address']}>
        <Input maxLength={120} />
      </Form.Item>
      <ContentFields />
      <SignatureFields />
      <Form.Item label="附件（已登记的证据）" name="attachmentIds">
        <Select
          mode="multiple"
          placeholder="如现场照片、出示的证件"
          options={evidence.map((item) => ({ value: item.id, label: item.title }))}
          optionFilterProp="label"
        />
      </Form.Item>
    </ActFormModal>
  );
}
