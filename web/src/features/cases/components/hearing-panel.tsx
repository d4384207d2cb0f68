import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { todayInBeijing } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchOfficerChoices, type CaseStage } from '../api';
import {
  hearingAttendanceLabels,
  hearingAttendances,
  recordHearing,
  scheduleHearing,
  type CaseNotice,
  type Hearing,
  type HearingAgent,
  type HearingAttendance,
  type NewHearing,
} from '../notice-api';
import type { StepFormProps } from './act-fields';
import { ActButtons, ActFormModal, ActItem, PdfLink } from './investigation-shared';
import { serviceMethodOptions } from './notice-panel';

/** 第六十四条第五项: the party may bring one or two agents. */
const MAX_AGENTS = 2;

interface ScheduleValues extends Omit<NewHearing, 'noticeServedOn' | 'hearingOn'> {
  noticeServedOn: Dayjs;
  hearingOn: Dayjs;
}

function ScheduleForm({
  caseId,
  caseOfficerIds,
  open,
  onClose,
  onDone,
}: StepFormProps & {
  caseOfficerIds: readonly string[];
}) {
  const officers = useRequest(fetchOfficerChoices, [open]);
  const { message } = App.useApp();
  // 第六十四条第四项: the chair did not investigate the case.
  const chairOptions = (officers.data?.items ?? [])
    .filter((officer) => !caseOfficerIds.includes(officer.id))
    .map((officer) => ({ value: officer.id, label: `${officer.name}（${officer.agencyName}）` }));

  return (
    <ActFormModal<ScheduleValues>
      title="安排听证（听证通知书）"
      open={open}
      okText="登记听证安排"
      intro={
        <Typography.Paragraph type="secondary">
          听证通知书应当在举行听证七个工作日前送达当事人；主持人由非本案调查人员担任。
        </Typography.Paragraph>
      }
      initialValues={{
        noticeServedOn: dayjs(todayInBeijing()),
        noticeServiceMethod: 'direct',
        public: true,
        agents: [],
      }}
      onClose={onClose}
      onSubmit={async (values) => {
        await scheduleHearing(caseId, {
          ...values,
          noticeServedOn: values.noticeServedOn.format('YYYY-MM-DD'),
          hearingOn: values.hearingOn.format('YYYY-MM-DD'),
          agents: values.agents ?? [],
        });
        message.success('听证安排已登记');
        onDone();
      }}
    >
      <Form.Item label="听证通知书送达日期" name="noticeServedOn" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="送达方式" name="noticeServiceMethod">
        <Select options={serviceMethodOptions} />
      </Form.Item>
      <Form.Item
        label="举行听证日期"
        name="hearingOn"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="地点"
        name="place"
        rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label="听证主持人"
        name="chairOfficerId"
        rules={[{ required: true, message: '请选择听证主持人' }]}
        extra="本案执法人员不在可选之列"
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={chairOptions}
          loading={officers.loading}
        />
      </Form.Item>
      <Form.Item
        label="记录员"
        name="recorderName"
        rules={[{ required: true, whitespace: true, message: '请填写记录员' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item label="公开举行" name="public" valuePropName="checked">
        <Switch checkedChildren="公开" unCheckedChildren="不公开" />
      </Form.Item>
      <Form.Item noStyle dependencies={['public']}>
        {({ getFieldValue }) =>
          !getFieldValue('public') && (
            <Form.Item
              label="不公开的理由"
              name="closedReason"
              rules={[{ required: true, whitespace: true, message: '请写明不公开的理由' }]}
            >
              <Input maxLength={200} placeholder="涉及国家秘密、商业秘密或者个人隐私" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.List name="agents">
        {(fields, { add, remove }) => (
          <Form.Item label="委托代理人（最多二人）">
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input placeholder="姓名" maxLength={30} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'relation']}
                    rules={[{ required: true, whitespace: true, message: '请填写身份' }]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input placeholder="如：律师" maxLength={30} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 名代理人`}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              {fields.length < MAX_AGENTS && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                  添加代理人
                </Button>
              )}
            </Flex>
          </Form.Item>
        )}
      </Form.List>
    </ActFormModal>
  );
}

interface RecordValues {
  attendance: HearingAttendance;
  investigatorsStatement?: string;
  partyStatement?: string;
  crossExamination?: string;
  partySigned: boolean;
  refusalNote?: string;
  report: string;
}

function RecordForm({ caseId, open, onClose, onDone }: StepFormProps) {
  const { message } = App.useApp();
  return (
    <ActFormModal<RecordValues>
      title="听证笔录"
      open={open}
      okText="记录听证"
      initialValues={{ attendance: 'attended', partySigned: true }}
      onClose={onClose}
      onSubmit={async (values) => {
        const answer = await recordHearing(caseId, values);
        const outcome = answer.hearings[0]?.record?.outcomeLabel;
        message.success(outcome ? `已记录：${outcome}` : '已记录');
        onDone();
      }}
    >
      <Form.Item
        label="当事人到场情况"
        name="attendance"
        extra="无正当理由拒不出席或者未经许可中途退出的，视为放弃听证（第六十四条第六项）"
      >
        <Select
          options={hearingAttendances.map((value) => ({
            value,
            label: hearingAttendanceLabels[value],
          }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['attendance']}>
        {({ getFieldValue }) => {
          const heard = ['attended', 'leftWithoutPermission'].includes(getFieldValue('attendance'));
          const required = getFieldValue('attendance') === 'attended';
          return (
            heard && (
              <>
                {(
                  [
                    ['investigatorsStatement', '调查人员提出的违法事实、证据和处罚建议'],
                    ['partyStatement', '当事人的陈述、申辩和质证意见'],
                    ['crossExamination', '质证、辩论经过'],
                  ] as const
                ).map(([name, label]) => (
                  <Form.Item
                    key={name}
                    label={label}
                    name={name}
                    rules={
                      required
                        ? [{ required: true, whitespace: true, message: `请记录${label}` }]
                        : []
                    }
                  >
                    <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} />
                  </Form.Item>
                ))}
              </>
            )
          );
        }}
      </Form.Item>
      <Form.Item name="partySigned" valuePropName="checked">
        <Checkbox>当事人已核对笔录并签名</Checkbox>
      </Form.Item>
      <Form.Item noStyle dependencies={['partySigned']}>
        {({ getFieldValue }) =>
          !getFieldValue('partySigned') && (
            <Form.Item
              label="未签名的情况"
              name="refusalNote"
              rules={[
                { required: true, whitespace: true, message: '请注明拒绝签名或者未到场的情况' },
              ]}
            >
              <Input maxLength={500} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        label="听证主持人意见（听证报告）"
        name="report"
        rules={[{ required: true, whitespace: true, min: 4, message: '请写明主持人的意见' }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
    </ActFormModal>
  );
}

function HearingItem({ caseId, hearing }: { caseId: string; hearing: Hearing }) {
  const agents = hearing.agents.map((agent: HearingAgent) => `${agent.name}（${agent.relation}）`);
  return (
    <ActItem label={`听证 ${hearing.hearingOn}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          {hearing.hearingOn} {hearing.place}
        </Typography.Text>
        {hearing.record ? (
          <Tag color={hearing.record.outcome === 'held' ? 'success' : 'default'}>
            {hearing.record.outcomeLabel}
          </Tag>
        ) : (
          <Tag color="processing">待举行</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        主持人 {hearing.chairName} · 记录员 {hearing.recorderName} ·{' '}
        {hearing.public ? '公开' : `不公开（${hearing.closedReason ?? ''}）`} · 代理人{' '}
        {agents.join('、') || '无'} · 通知书 {hearing.noticeServedOn} 送达，最早可于{' '}
        {hearing.earliestHearingOn} 举行
      </Typography.Text>
      {hearing.record && <Typography.Text>主持人意见：{hearing.record.report}</Typography.Text>}
      <Flex gap={16} wrap>
        <PdfLink caseId={caseId} code="hearingNotice" itemId={hearing.id}>
          听证通知书
        </PdfLink>
        {hearing.record && (
          <PdfLink caseId={caseId} code="hearingRecord" itemId={hearing.id}>
            听证笔录
          </PdfLink>
        )}
      </Flex>
    </ActItem>
  );
}

interface HearingPanelProps {
  caseId: string;
  stage: CaseStage;
  notice: CaseNotice;
  caseOfficerIds: readonly string[];
  isCaseOfficer: boolean;
  myOfficerId: string | null;
  onChanged: () => void;
}

/** 听证 (行政处罚法第六十三条、第六十四条): once the party asked for one. */
export function HearingPanel({
  caseId,
  stage,
  notice,
  caseOfficerIds,
  isCaseOfficer,
  myOfficerId,
  onChanged,
}: HearingPanelProps) {
  const [scheduling, setScheduling] = useState(false);
  const [recording, setRecording] = useState(false);
  const latestNotice = notice.notices[0];
  const request = notice.responses.find(
    (response) => response.kind === 'hearingRequest' && response.noticeId === latestNotice?.id,
  );
  if (!request && notice.hearings.length === 0) return null;
  const current = notice.hearings.find((hearing) => hearing.requestId === request?.id);
  const open = stage === 'statementPeriod';
  const canSchedule =
    open &&
    isCaseOfficer &&
    request !== undefined &&
    (!current || current.record?.outcome === 'postponed');
  const pending = current && current.record === null ? current : undefined;
  const canRecord =
    open &&
    pending !== undefined &&
    pending.hearingOn <= todayInBeijing() &&
    (isCaseOfficer || myOfficerId === pending.chairOfficerId);

  return (
    <Card title="听证">
      {request && (
        <Typography.Paragraph>
          当事人于 {request.receivedOn} 要求听证：{request.content}
        </Typography.Paragraph>
      )}
      {notice.hearings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未安排听证" />
      ) : (
        <ul aria-label="听证" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {notice.hearings.map((hearing) => (
            <HearingItem key={hearing.id} caseId={caseId} hearing={hearing} />
          ))}
        </ul>
      )}
      {pending && pending.hearingOn > todayInBeijing() && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          听证定于 {pending.hearingOn} 举行，届时记录听证笔录。
        </Typography.Paragraph>
      )}
      {(canSchedule || canRecord) && (
        <div style={{ marginTop: 16 }}>
          <ActButtons>
            {canSchedule && (
              <Button type="primary" onClick={() => setScheduling(true)}>
                {current ? '重新安排听证' : '安排听证'}
              </Button>
            )}
            {canRecord && (
              <Button type="primary" onClick={() => setRecording(true)}>
                记录听证
              </Button>
            )}
          </ActButtons>
        </div>
      )}
      <ScheduleForm
        caseId={caseId}
        caseOfficerIds={caseOfficerIds}
        open={scheduling}
        onClose={() => setScheduling(false)}
        onDone={onChanged}
      />
      <RecordForm
        caseId={caseId}
        open={recording}
        onClose={() => setRecording(false)}
        onDone={onChanged}
      />
    </Card>
  );
}
