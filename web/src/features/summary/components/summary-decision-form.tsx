import { FilePdfOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Result,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ChoiceField } from '../../../components/choice-field';
import { ActionErrorAlert, useSubmit } from '../../../components/action-error';
import { useMe } from '../../../lib/session';
import { useRequest } from '../../../lib/use-request';
import {
  collectionGroundLabels,
  collectionGrounds,
  createSummaryDecision,
  enforcementCategories,
  enforcementCategoryLabels,
  fetchAgencyRegion,
  fetchFormNumberRanges,
  fetchOfficerChoices,
  formatYuan,
  summaryDecisionUrl,
  summaryFineLimitFen,
  type CollectionGround,
  type EnforcementCategory,
  type NewSummaryDecision,
  type Party,
  type SummaryDecision,
} from '../api';

type PenaltyChoice = 'fine' | 'warning';

interface FormValues {
  rangeId: string;
  formNumber: number;
  colleagueIds: string[];
  category: EnforcementCategory;
  party: Party;
  place: string;
  areaCode: string;
  actAt: Dayjs;
  decidedAt: Dayjs;
  facts: string;
  factsConfirmed: boolean;
  violatedProvision: string;
  legalBasis: string;
  penalty: PenaltyChoice;
  fineYuan?: number;
  statement?: string;
  partyRefusedToSign: boolean;
  reconsiderationBody: string;
  litigationCourt: string;
  collect: boolean;
  collectionGround?: CollectionGround;
  partyRequested?: boolean;
  receiptNumber?: string;
}

/** The remedy organs rarely change for one officer: the form remembers the last ones used. */
const REMEDY_KEY = 'zhifa.summary.remedies';

function rememberedRemedies(): Partial<FormValues> {
  try {
    return JSON.parse(localStorage.getItem(REMEDY_KEY) ?? '{}') as Partial<FormValues>;
  } catch {
    return {};
  }
}

const required = (message: string) => ({ required: true, whitespace: true, message });

function toDecision(values: FormValues): NewSummaryDecision {
  const fineFen = values.penalty === 'fine' ? Math.round((values.fineYuan ?? 0) * 100) : 0;
  return {
    rangeId: values.rangeId,
    formNumber: values.formNumber,
    colleagueIds: values.colleagueIds,
    category: values.category,
    party: values.party,
    place: values.place.trim(),
    areaCode: values.areaCode.trim(),
    actAt: values.actAt.toISOString(),
    decidedAt: values.decidedAt.toISOString(),
    facts: values.facts.trim(),
    factsConfirmed: values.factsConfirmed,
    violatedProvision: values.violatedProvision.trim(),
    legalBasis: values.legalBasis.trim(),
    penaltyKinds: [values.penalty],
    fineFen,
    statement: values.statement?.trim() || null,
    partyRefusedToSign: values.partyRefusedToSign,
    reconsiderationBody: values.reconsiderationBody.trim(),
    litigationCourt: values.litigationCourt.trim(),
    collection:
      values.collect && values.collectionGround
        ? {
            ground: values.collectionGround,
            partyRequested: values.partyRequested ?? false,
            receiptNumber: values.receiptNumber?.trim() || null,
          }
        : null,
  };
}

function PartyFields() {
  const kind = Form.useWatch<Party['kind'] | undefined>(['party', 'kind']);
  return (
    <>
      <ChoiceField
        label="当事人类型"
        name={['party', 'kind']}
        options={[
          { value: 'citizen', label: '公民' },
          { value: 'organisation', label: '法人或其他组织' },
        ]}
      />
      <Form.Item
        label={kind === 'organisation' ? '单位名称' : '姓名'}
        name={['party', 'name']}
        rules={[required('请填写当事人')]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      {kind === 'organisation' ? (
        <>
          <Form.Item
            label="统一社会信用代码"
            name={['party', 'creditCode']}
            rules={[required('请填写统一社会信用代码'), { len: 18, message: '应为18位' }]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="法定代表人"
            name={['party', 'legalRepresentative']}
            rules={[required('请填写法定代表人')]}
          >
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label="居民身份证号"
          name={['party', 'idNumber']}
          rules={[
            required('请填写居民身份证号'),
            { pattern: /^\d{17}[\dXx]$/, message: '居民身份证号应为18位，最后一位可为X' },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item label="住址" name={['party', 'address']} rules={[required('请填写住址')]}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
      <Form.Item label="联系电话" name={['party', 'phone']}>
        <Input inputMode="tel" maxLength={20} autoComplete="off" />
      </Form.Item>
    </>
  );
}

function PenaltyFields() {
  const penalty = Form.useWatch<PenaltyChoice | undefined>('penalty');
  const partyKind = Form.useWatch<Party['kind'] | undefined>(['party', 'kind']) ?? 'citizen';
  const collect = Form.useWatch<boolean | undefined>('collect');
  const limit = summaryFineLimitFen[partyKind];
  return (
    <>
      <ChoiceField
        label="处罚种类"
        name="penalty"
        options={[
          { value: 'fine', label: '罚款' },
          { value: 'warning', label: '警告' },
        ]}
      />
      {penalty === 'fine' && (
        <Form.Item
          label="罚款金额（元）"
          name="fineYuan"
          rules={[{ required: true, message: '请填写罚款金额' }]}
          extra={`简易程序对${partyKind === 'citizen' ? '公民' : '法人或者其他组织'}罚款不超过 ${formatYuan(limit)}（行政处罚法第五十一条）`}
        >
          <InputNumber min={0.01} precision={2} inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
      )}
      {penalty === 'fine' && (
        <Form.Item label="当场收缴罚款" name="collect" valuePropName="checked">
          <Switch />
        </Form.Item>
      )}
      {penalty === 'fine' && collect && (
        <>
          <Form.Item
            label="当场收缴的情形"
            name="collectionGround"
            rules={[{ required: true, message: '请选择当场收缴的情形' }]}
          >
            <Select
              options={collectionGrounds.map((ground) => ({
                value: ground,
                label: collectionGroundLabels[ground],
              }))}
            />
          </Form.Item>
          <Form.Item name="partyRequested" valuePropName="checked">
            <Checkbox>当事人提出当场缴纳</Checkbox>
          </Form.Item>
          <Form.Item
            label="财政部门专用票据号码"
            name="receiptNumber"
            extra="当场收缴罚款必须出具专用票据（行政处罚法第七十条）"
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        </>
      )}
    </>
  );
}

function Issued({ decision, onNext }: { decision: SummaryDecision; onNext: () => void }) {
  return (
    <Result
      status="success"
      title={`已作出当场处罚决定 ${decision.documentNumber}`}
      subTitle={`${decision.penaltyLabel}。请将决定书当场交付当事人，并于 ${decision.filingDeadline} 前报所属执法部门备案。`}
      extra={
        <Flex vertical gap={8}>
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            href={summaryDecisionUrl(decision.id, 'pdf')}
            download
            block
          >
            打印当场行政处罚决定书
          </Button>
          <Button onClick={onNext} block>
            填写下一张
          </Button>
        </Flex>
      }
    />
  );
}

/**
 * 当场处罚 on a phone: pick a number of one's own range, fill in the party, the facts and the
 * penalty, and print the pre-numbered 当场行政处罚决定书.
 */
export function SummaryDecisionForm() {
  const me = useMe();
  const [form] = Form.useForm<FormValues>();
  const submit = useSubmit(form);
  const [issued, setIssued] = useState<SummaryDecision>();
  const [round, setRound] = useState(0);
  const ranges = useRequest(() => fetchFormNumberRanges({ mine: true }), [round]);
  const officers = useRequest(fetchOfficerChoices, []);
  const agency = useRequest(() => fetchAgencyRegion(me.agencyId), [me.agencyId]);
  const usable = (ranges.data?.items ?? []).filter((range) => range.nextNumber !== null);

  if (issued) {
    return (
      <Issued
        decision={issued}
        onNext={() => {
          setIssued(undefined);
          setRound((count) => count + 1);
        }}
      />
    );
  }
  if (ranges.data && usable.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title="您没有可用的预编号决定书"
        description="当场处罚须使用发放给本人的预编号当场行政处罚决定书，请联系负责人发放号段。"
      />
    );
  }
  const first = usable[0];
  const now = dayjs();

  async function save(values: FormValues) {
    let made: SummaryDecision | undefined;
    const ok = await submit.run(async () => {
      made = await createSummaryDecision(toDecision(values));
    });
    if (ok && made) {
      localStorage.setItem(
        REMEDY_KEY,
        JSON.stringify({
          reconsiderationBody: values.reconsiderationBody,
          litigationCourt: values.litigationCourt,
        }),
      );
      setIssued(made);
    }
  }

  return (
    <Card>
      <ActionErrorAlert error={submit.error} />
      {first && agency.data && (
        <Form<FormValues>
          key={round}
          form={form}
          layout="vertical"
          scrollToFirstError
          onFinish={(values) => void save(values)}
          initialValues={{
            rangeId: first.id,
            formNumber: first.nextNumber ?? undefined,
            colleagueIds: [],
            category: 'transportAdministration',
            party: { kind: 'citizen' } as Party,
            areaCode: agency.data.regionCode,
            actAt: now,
            decidedAt: now,
            factsConfirmed: false,
            penalty: 'fine',
            partyRefusedToSign: false,
            collect: false,
            ...rememberedRemedies(),
          }}
        >
          <Typography.Title level={5}>决定书编号</Typography.Title>
          <Form.Item label="号段" name="rangeId" rules={[{ required: true }]}>
            <Select
              options={usable.map((range) => ({
                value: range.id,
                label: `${range.label}（剩 ${range.remaining} 张）`,
              }))}
              onChange={(rangeId: string) =>
                form.setFieldValue(
                  'formNumber',
                  usable.find((range) => range.id === rangeId)?.nextNumber,
                )
              }
            />
          </Form.Item>
          <Form.Item
            label="决定书编号（与手中决定书印制的编号一致）"
            name="formNumber"
            rules={[{ required: true, message: '请填写决定书编号' }]}
          >
            <InputNumber min={1} precision={0} inputMode="numeric" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            label="共同执法人员"
            name="colleagueIds"
            rules={[{ required: true, message: '执法人员不得少于两人，请选择共同执法的人员' }]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={(officers.data?.items ?? [])
                .filter((officer) => officer.id !== me.officerId)
                .map((officer) => ({ value: officer.id, label: officer.name }))}
            />
          </Form.Item>

          <Typography.Title level={5}>当事人</Typography.Title>
          <PartyFields />

          <Typography.Title level={5}>违法事实与依据</Typography.Title>
          <Form.Item label="执法门类" name="category">
            <Select
              options={enforcementCategories.map((category) => ({
                value: category,
                label: enforcementCategoryLabels[category],
              }))}
            />
          </Form.Item>
          <Form.Item label="违法时间" name="actAt" rules={[{ required: true }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label="违法地点" name="place" rules={[required('请填写违法地点')]}>
            <Input maxLength={120} />
          </Form.Item>
          <Form.Item
            label="地点的行政区划代码"
            name="areaCode"
            rules={[{ pattern: /^\d{6}$/, message: '应为6位数字' }]}
          >
            <Input inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Form.Item label="违法事实" name="facts" rules={[required('请写明违法事实')]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
          <Form.Item
            label="违反的规定"
            name="violatedProvision"
            rules={[required('请写明违反的法律条款')]}
          >
            <Input maxLength={200} placeholder="如：《中华人民共和国道路运输条例》第三十一条" />
          </Form.Item>
          <Form.Item label="处罚依据" name="legalBasis" rules={[required('请写明处罚依据')]}>
            <Input maxLength={200} placeholder="如：《中华人民共和国道路运输条例》第六十八条" />
          </Form.Item>
          <Form.Item name="factsConfirmed" valuePropName="checked">
            <Checkbox>违法事实确凿，已出示执法证件、告知当事人事实理由依据和权利</Checkbox>
          </Form.Item>
          <Form.Item label="当事人陈述申辩及复核情况" name="statement">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>

          <Typography.Title level={5}>处罚</Typography.Title>
          <PenaltyFields />
          <Form.Item label="决定时间" name="decidedAt" rules={[{ required: true }]}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item
            label="受理行政复议的机关"
            name="reconsiderationBody"
            rules={[required('请填写受理行政复议的机关')]}
          >
            <Input maxLength={60} placeholder="如：某某县人民政府" />
          </Form.Item>
          <Form.Item
            label="受理行政诉讼的人民法院"
            name="litigationCourt"
            rules={[required('请填写受理行政诉讼的人民法院')]}
          >
            <Input maxLength={60} placeholder="如：某某县人民法院" />
          </Form.Item>
          <Form.Item name="partyRefusedToSign" valuePropName="checked">
            <Checkbox>当事人拒绝签收（在决定书上注明）</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.submitting} block size="large">
            作出当场处罚决定
          </Button>
        </Form>
      )}
    </Card>
  );
}
