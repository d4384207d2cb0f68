import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ChoiceField } from '../../../components/choice-field';
import {
  categories,
  harmCategories,
  proposeFiling,
  type Category,
  type HarmCategory,
  type Lead,
  type Party,
  type PenaltyCase,
} from '../api';
import { categoryLabels, harmCategoryLabels } from '../labels';
import { ActionErrorAlert, useSubmit } from './action-error';
import { OfficerSelect } from './officer-select';

type PartyKind = Party['kind'];

interface PartyFormValues {
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

interface FilingFormValues {
  cause: string;
  category: Category;
  actAreaCode: string;
  actEndDate: Dayjs;
  discoveryDate: Dayjs;
  harmCategory: HarmCategory;
  limitationException?: string;
  party: PartyFormValues;
  officerIds: string[];
}

const categoryOptions = categories.map((value) => ({ value, label: categoryLabels[value] }));
const harmOptions = harmCategories.map((value) => ({ value, label: harmCategoryLabels[value] }));
const partyKindOptions = [
  { value: 'citizen', label: '公民' },
  { value: 'organisation', label: '单位' },
];
const phoneRule = { pattern: /^[0-9+\- ]{7,20}$/, message: '联系电话格式不正确' };
const required = (message: string) => ({ required: true, whitespace: true, message });

function trimmed(value: string | undefined): string {
  return (value ?? '').trim();
}

function optional(value: string | undefined): string | undefined {
  return trimmed(value) || undefined;
}

function toParty(values: PartyFormValues): Party {
  if (values.kind === 'organisation') {
    return {
      kind: 'organisation',
      name: trimmed(values.name),
      creditCode: trimmed(values.creditCode).toUpperCase(),
      legalRepresentative: trimmed(values.legalRepresentative),
      address: trimmed(values.address),
      phone: optional(values.phone),
    };
  }
  return {
    kind: 'citizen',
    name: trimmed(values.name),
    idNumber: trimmed(values.idNumber).toUpperCase(),
    address: trimmed(values.address),
    phone: optional(values.phone),
  };
}

/** 当事人: a citizen or an organisation, switched with a segmented control. */
function PartyFields() {
  const kind = Form.useWatch<PartyKind | undefined>(['party', 'kind']);
  return (
    <>
      <ChoiceField
        label="当事人类型"
        name={['party', 'kind']}
        ariaLabel="当事人类型"
        options={partyKindOptions}
      />
      {kind === 'organisation' ? (
        <>
          <Form.Item label="单位名称" name={['party', 'name']} rules={[required('请填写单位名称')]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="统一社会信用代码"
            name={['party', 'creditCode']}
            rules={[
              required('请填写统一社会信用代码'),
              { len: 18, message: '统一社会信用代码应为18位' },
            ]}
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
          <Form.Item
            label="单位地址"
            name={['party', 'address']}
            rules={[required('请填写单位地址')]}
          >
            <Input maxLength={120} autoComplete="off" />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            label="姓名"
            name={['party', 'name']}
            rules={[required('请填写当事人姓名'), { min: 2, message: '当事人姓名至少2个字' }]}
          >
            <Input maxLength={30} autoComplete="off" />
          </Form.Item>
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
          <Form.Item
            label="住址"
            name={['party', 'address']}
            rules={[required('请填写当事人住址')]}
          >
            <Input maxLength={120} autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Form.Item label="联系电话" name={['party', 'phone']} rules={[phoneRule]}>
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
    </>
  );
}

function initialValues(lead: Lead, returned: PenaltyCase | undefined, myOfficerId: string | null) {
  if (returned) {
    return {
      cause: returned.cause,
      category: returned.category,
      actAreaCode: returned.actAreaCode,
      actEndDate: dayjs(returned.actEndDate),
      discoveryDate: dayjs(returned.discoveryDate),
      harmCategory: returned.harmCategory,
      party: returned.party,
      officerIds: returned.officers.map((officer) => officer.id),
    };
  }
  return {
    cause: lead.cause,
    actAreaCode: lead.areaCode,
    discoveryDate: dayjs(lead.receivedAt).tz('Asia/Shanghai'),
    harmCategory: 'none' as const,
    party: { kind: 'citizen' as const },
    officerIds: myOfficerId ? [myOfficerId] : [],
  };
}

interface FilingFormProps {
  lead: Lead;
  /** A proposal sent back by the head (stage 线索): its facts fill the form again. */
  returned?: PenaltyCase;
  myOfficerId: string | null;
  onProposed: (penaltyCase: PenaltyCase) => void;
}

/** 申请立案: the facts the filing rules check, the party, and at least two officers. */
export function FilingForm({ lead, returned, myOfficerId, onProposed }: FilingFormProps) {
  const [form] = Form.useForm<FilingFormValues>();
  const submit = useSubmit(form);

  async function save(values: FilingFormValues) {
    let proposed: PenaltyCase | undefined;
    const ok = await submit.run(async () => {
      proposed = await proposeFiling(lead.id, {
        cause: values.cause.trim(),
        category: values.category,
        actAreaCode: values.actAreaCode,
        actEndDate: values.actEndDate.format('YYYY-MM-DD'),
        discoveryDate: values.discoveryDate.format('YYYY-MM-DD'),
        harmCategory: values.harmCategory,
        limitationException: optional(values.limitationException) ?? null,
        party: toParty(values.party),
        officerIds: values.officerIds,
      });
    });
    if (ok && proposed) onProposed(proposed);
  }

  return (
    <Card title={returned ? '重新申请立案' : '申请立案'} style={{ maxWidth: 640 }}>
      <ActionErrorAlert error={submit.error} />
      <Form<FilingFormValues>
        form={form}
        name="filing"
        layout="vertical"
        initialValues={initialValues(lead, returned, myOfficerId)}
        onFinish={(values) => void save(values)}
        scrollToFirstError
      >
        <Form.Item
          label="案由"
          name="cause"
          rules={[required('请输入案由'), { min: 4, message: '案由至少4个字' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          label="执法门类"
          name="category"
          rules={[{ required: true, message: '请选择执法门类' }]}
        >
          <Select options={categoryOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item
          label="违法行为发生地代码"
          name="actAreaCode"
          rules={[
            { required: true, message: '请输入违法行为发生地的行政区划代码' },
            { pattern: /^\d{6}$/, message: '行政区划代码应为6位数字' },
          ]}
          extra="决定管辖和执法人员的执法区域"
        >
          <Input inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Form.Item
          label="违法行为（终了）日期"
          name="actEndDate"
          rules={[{ required: true, message: '请选择违法行为发生或终了的日期' }]}
          extra="连续或者继续状态的违法行为，填行为终了之日"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="发现日期"
          name="discoveryDate"
          dependencies={['actEndDate']}
          rules={[
            { required: true, message: '请选择发现日期' },
            ({ getFieldValue }) => ({
              validator(_, value: Dayjs | undefined) {
                const actEnd = getFieldValue('actEndDate') as Dayjs | undefined;
                if (!value || !actEnd || !value.isBefore(actEnd, 'day')) return Promise.resolve();
                return Promise.reject(new Error('发现日期不能早于违法行为（终了）日期'));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="危害后果" name="harmCategory" extra="决定追责时效是二年还是五年">
          <Select options={harmOptions} />
        </Form.Item>
        <Form.Item
          label="时效例外依据"
          name="limitationException"
          rules={[{ min: 4, message: '时效例外依据至少4个字' }]}
          extra="选填：法律另有规定的时效，写明法律及条款"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
        <PartyFields />
        <Form.Item
          label="执法人员"
          name="officerIds"
          rules={[
            {
              validator: (_, value: string[] | undefined) =>
                (value?.length ?? 0) >= 2
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error('执法人员不得少于两人（行政处罚法第四十二条），请再指定执法人员'),
                    ),
            },
          ]}
          extra="须持有本门类、本区域有效执法证"
        >
          <OfficerSelect agencyId={lead.agencyId} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting} block>
          提交立案审批
        </Button>
      </Form>
    </Card>
  );
}
