import { Alert, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AgencyTreeSelect, type AgencyChoice } from '../../../components/agency-tree-select';
import { createLead, leadSources, type Lead, type LeadSource, type Reporter } from '../api';
import { leadSourceLabels } from '../labels';
import { ActionErrorAlert, useSubmit } from './action-error';

export interface AgencyWithRegion extends AgencyChoice {
  regionCode: string;
}

interface LeadFormValues {
  agencyId: string;
  source: LeadSource;
  receivedAt: Dayjs;
  cause: string;
  summary: string;
  place?: string;
  areaCode: string;
  reporter?: Reporter;
}

interface LeadFormProps {
  agencies: readonly AgencyWithRegion[];
  defaultAgencyId: string;
  onCreated: (lead: Lead) => void;
}

const sourceOptions = leadSources.map((source) => ({
  value: source,
  label: leadSourceLabels[source],
}));

const areaCodeRules = [
  { required: true, message: '请输入行政区划代码' },
  { pattern: /^\d{6}$/, message: '行政区划代码应为6位数字' },
];

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** 举报人 is asked for only when the lead came from a complaint or report. */
function ReporterFields() {
  const source = Form.useWatch<LeadSource | undefined>('source');
  if (source !== 'report') return null;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title="举报人信息受保护，仅登记人、负责人和监督人员可见"
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        label="举报人姓名"
        name={['reporter', 'name']}
        rules={[{ required: true, whitespace: true, message: '请输入举报人姓名' }]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label="举报人电话"
        name={['reporter', 'phone']}
        rules={[{ pattern: /^[0-9+\- ]{7,20}$/, message: '联系电话格式不正确' }]}
      >
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item label="举报人地址" name={['reporter', 'address']}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
    </>
  );
}

/** 线索登记: one column, so it works on a phone at the roadside. */
export function LeadForm({ agencies, defaultAgencyId, onCreated }: LeadFormProps) {
  const [form] = Form.useForm<LeadFormValues>();
  const submit = useSubmit(form);
  const regionOf = (agencyId: string | undefined) =>
    agencies.find((agency) => agency.id === agencyId)?.regionCode;

  async function save(values: LeadFormValues) {
    const reporter =
      values.source === 'report' && values.reporter
        ? {
            name: values.reporter.name.trim(),
            phone: blankToUndefined(values.reporter.phone),
            address: blankToUndefined(values.reporter.address),
          }
        : null;
    let created: Lead | undefined;
    const ok = await submit.run(async () => {
      created = await createLead({
        agencyId: values.agencyId,
        source: values.source,
        receivedAt: values.receivedAt.toISOString(),
        cause: values.cause.trim(),
        summary: values.summary.trim(),
        place: blankToUndefined(values.place) ?? null,
        areaCode: values.areaCode,
        reporter,
      });
    });
    if (ok && created) onCreated(created);
  }

  return (
    <Card style={{ maxWidth: 640 }}>
      <ActionErrorAlert error={submit.error} />
      <Form<LeadFormValues>
        form={form}
        name="lead"
        layout="vertical"
        initialValues={{
          agencyId: defaultAgencyId,
          receivedAt: dayjs(),
          areaCode: regionOf(defaultAgencyId),
        }}
        onFinish={(values) => void save(values)}
        scrollToFirstError
      >
        <Form.Item
          label="所属机构"
          name="agencyId"
          rules={[{ required: true, message: '请选择所属机构' }]}
        >
          <AgencyTreeSelect
            agencies={agencies}
            allowClear={false}
            onChange={(agencyId: string) => {
              const region = regionOf(agencyId);
              if (region && !form.isFieldTouched('areaCode'))
                form.setFieldValue('areaCode', region);
            }}
          />
        </Form.Item>
        <Form.Item
          label="案件来源"
          name="source"
          rules={[{ required: true, message: '请选择案件来源' }]}
        >
          <Select options={sourceOptions} placeholder="请选择" />
        </Form.Item>
        <ReporterFields />
        <Form.Item
          label="受案时间"
          name="receivedAt"
          rules={[{ required: true, message: '请选择受案时间' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          label="案由"
          name="cause"
          rules={[
            { required: true, whitespace: true, message: '请输入案由' },
            { min: 4, message: '案由至少4个字' },
          ]}
        >
          <Input maxLength={100} placeholder="如：未按规定携带道路运输证" />
        </Form.Item>
        <Form.Item
          label="案件基本情况"
          name="summary"
          rules={[
            { required: true, whitespace: true, message: '请简要写明案件基本情况' },
            { min: 10, message: '请简要写明案件基本情况（至少10个字）' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item label="违法地点" name="place">
          <Input maxLength={120} placeholder="如：G207国道K1234处" />
        </Form.Item>
        <Form.Item
          label="行政区划代码"
          name="areaCode"
          rules={areaCodeRules}
          extra="违法地点所在的县级行政区划代码，6位数字"
        >
          <Input inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting} block>
          登记线索
        </Button>
      </Form>
    </Card>
  );
}
