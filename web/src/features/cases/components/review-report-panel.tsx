import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { allowedActions } from '@domain/case/case-stage.js';
import { ChoiceField } from '../../../components/choice-field';
import { todayInBeijing } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchEvidence, type CaseStage } from '../api';
import {
  reopenInvestigation,
  submitInvestigationReport,
  type Article58Facts,
  type CaseReview,
  type InvestigationReport,
  type ProposedOutcome,
} from '../review-api';
import { formatYuan } from '@domain/case/penalty.js';
import { formatCitation, type Citation } from '@domain/law/citation.js';
import { fetchDiscretion, type DiscretionAssessment } from '../discretion-api';
import {
  PenaltyFields,
  proposalFormValues,
  toProposal,
  type PenaltyFormValues,
} from './decision-penalty-fields';
import type { StepFormProps } from './act-fields';
import { ActButtons, ActFormModal, ActItem, PdfLink } from './investigation-shared';
import { ReasonModal } from './reason-modal';

const article58Labels: Record<keyof Article58Facts, string> = {
  majorPublicInterest: '涉及重大公共利益',
  majorRightsOfPartyOrThirdParty: '直接关系当事人或者第三人重大权益（经过听证程序的须审核）',
  complexOrSeveralLegalRelations: '案件情况疑难复杂、涉及多个法律关系',
  requiredByOtherLawOrRegulation: '法律、法规规定应当进行法制审核的其他情形',
};
const article58Keys = Object.keys(article58Labels) as (keyof Article58Facts)[];

interface ReportFormValues {
  reportDate: Dayjs;
  facts: string;
  evidenceIds: string[];
  violatedProvision?: string;
  penaltyBasis?: string;
  proposedOutcome: ProposedOutcome;
  proposal: PenaltyFormValues;
  article58: (keyof Article58Facts)[];
  complexOrMajor: boolean;
  opinion: string;
  deviationReason?: string;
}

/** The report starts from the case's 裁量: its provisions, kinds and suggested fine. */
function fromAssessment(assessment: DiscretionAssessment | undefined): Partial<ReportFormValues> {
  if (!assessment) return { proposedOutcome: 'penalty', proposal: { kinds: ['fine'] } };
  const cite = (list: Citation[]) => list.map(formatCitation).join('、');
  return {
    proposedOutcome: assessment.outcome,
    violatedProvision: cite(assessment.rule.violated),
    penaltyBasis: cite(assessment.rule.penaltyBasis),
    proposal: proposalFormValues({
      kinds: assessment.kinds,
      fineFen: assessment.suggestedFineFen,
      illegalGainsFen: 0,
      illegalPropertyValueFen: 0,
    }),
  };
}

function outsideRange(assessment: DiscretionAssessment | undefined, fineYuan: unknown): boolean {
  const range = assessment?.rangeFen;
  if (!range || typeof fineYuan !== 'number') return false;
  const fen = Math.round(fineYuan * 100);
  return fen < range.minFen || fen > range.maxFen;
}

function ReportForm({ caseId, open, onClose, onDone }: StepFormProps) {
  const evidence = useRequest(() => fetchEvidence(caseId), [caseId, open]);
  const discretion = useRequest(() => fetchDiscretion(caseId), [caseId, open]);
  const assessment = discretion.data?.latest?.assessment;
  const { message } = App.useApp();
  const evidenceOptions = (evidence.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.typeLabel}：${item.title}`,
  }));

  async function save(values: ReportFormValues) {
    await submitInvestigationReport(caseId, {
      reportDate: values.reportDate.format('YYYY-MM-DD'),
      facts: values.facts.trim(),
      evidenceIds: values.evidenceIds ?? [],
      violatedProvision: values.violatedProvision?.trim() ?? '',
      penaltyBasis: values.penaltyBasis?.trim() ?? '',
      proposedOutcome: values.proposedOutcome,
      proposal:
        values.proposedOutcome === 'penalty'
          ? toProposal(values.proposal)
          : { kinds: [], fineFen: 0, illegalGainsFen: 0, illegalPropertyValueFen: 0 },
      article58: Object.fromEntries(
        article58Keys.map((key) => [key, values.article58.includes(key)]),
      ) as unknown as Article58Facts,
      complexOrMajor: values.complexOrMajor,
      opinion: values.opinion.trim(),
      ...(values.deviationReason?.trim() ? { deviationReason: values.deviationReason.trim() } : {}),
    });
    message.success('调查终结报告已提交，案件进入调查终结');
    onDone();
  }

  return (
    <ActFormModal<ReportFormValues>
      title="调查终结报告"
      open={open && !discretion.loading}
      okText="提交报告"
      initialValues={{
        reportDate: dayjs(todayInBeijing()),
        ...fromAssessment(assessment),
        article58: [],
        complexOrMajor: false,
        evidenceIds: [],
      }}
      onClose={onClose}
      onSubmit={save}
    >
      {assessment ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`按裁量结果填写：${assessment.tier?.name ?? '法定幅度'}，建议${
            assessment.outcome === 'noPenalty'
              ? '不予处罚'
              : formatYuan(assessment.suggestedFineFen)
          }`}
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="本案尚未进行裁量，建议先在“裁量”中按违法行为和情节裁量"
        />
      )}
      <Form.Item label="调查终结日期" name="reportDate" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        label="调查认定的违法事实"
        name="facts"
        rules={[
          { required: true, whitespace: true, min: 10, message: '请写明违法事实（至少10个字）' },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item label="证据" name="evidenceIds" extra="从本案已登记的证据中选择">
        <Select
          mode="multiple"
          options={evidenceOptions}
          loading={evidence.loading}
          placeholder="选择认定事实所依据的证据"
          optionFilterProp="label"
        />
      </Form.Item>
      <ChoiceField
        label="处理建议"
        name="proposedOutcome"
        ariaLabel="处理建议"
        options={[
          { value: 'penalty', label: '给予行政处罚' },
          { value: 'noPenalty', label: '不予行政处罚' },
        ]}
      />
      <Form.Item noStyle dependencies={['proposedOutcome']}>
        {({ getFieldValue }) =>
          getFieldValue('proposedOutcome') === 'penalty' && (
            <>
              <Form.Item
                label="违反的法律规定"
                name="violatedProvision"
                rules={[{ required: true, whitespace: true, message: '请写明违反的法律规定' }]}
              >
                <Input maxLength={500} placeholder="如：《中华人民共和国道路运输条例》第二十四条" />
              </Form.Item>
              <Form.Item
                label="处罚依据"
                name="penaltyBasis"
                rules={[{ required: true, whitespace: true, message: '请写明处罚依据' }]}
              >
                <Input maxLength={500} placeholder="如：《中华人民共和国道路运输条例》第六十三条" />
              </Form.Item>
              <PenaltyFields prefix={['proposal']} />
              <Form.Item noStyle dependencies={[['proposal', 'fineYuan']]}>
                {() =>
                  outsideRange(assessment, getFieldValue(['proposal', 'fineYuan'])) && (
                    <Form.Item
                      label="超出裁量基准范围的理由"
                      name="deviationReason"
                      extra="罚款超出裁量范围的，须书面说明理由，并经法制审核"
                      rules={[{ required: true, whitespace: true, min: 4, message: '请写明理由' }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item label="法制审核情形（行政处罚法第五十八条）" name="article58">
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={article58Keys.map((key) => ({ value: key, label: article58Labels[key] }))}
        />
      </Form.Item>
      <Form.Item name="complexOrMajor" valuePropName="checked">
        <Checkbox>情节复杂或者重大违法行为，须负责人集体讨论（第五十七条第二款）</Checkbox>
      </Form.Item>
      <Form.Item
        label="承办人意见"
        name="opinion"
        rules={[{ required: true, whitespace: true, min: 4, message: '请写明处理意见' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </ActFormModal>
  );
}

function ReportItem({
  caseId,
  report,
  current,
}: {
  caseId: string;
  report: InvestigationReport;
  current: boolean;
}) {
  return (
    <ActItem label={`调查终结报告 ${report.reportDate}`}>
      <Typography.Text strong>
        {report.reportDate} 调查终结{current ? '' : '（已补充调查，被新报告取代）'}
      </Typography.Text>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.facts}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        证据：{report.evidence.map((item) => item.title).join('、') || '—'}
      </Typography.Text>
      <div>
        <Tag color={report.proposedOutcome === 'penalty' ? 'orange' : 'green'}>
          {report.proposedOutcome === 'penalty'
            ? `建议：${report.proposal.summary}`
            : '建议不予处罚'}
        </Tag>
        {report.complexOrMajor && <Tag color="purple">须集体讨论</Tag>}
      </div>
      <PdfLink caseId={caseId} code="investigationReport" itemId={report.id}>
        案件调查终结报告
      </PdfLink>
    </ActItem>
  );
}

interface ReportPanelProps {
  caseId: string;
  stage: CaseStage;
  review: CaseReview;
  isCaseOfficer: boolean;
  isHead: boolean;
  onChanged: () => void;
}

/** 调查终结 (行政处罚法第五十七条): the report, and 补充调查 back to the investigation. */
export function ReportPanel({
  caseId,
  stage,
  review,
  isCaseOfficer,
  isHead,
  onChanged,
}: ReportPanelProps) {
  const [writing, setWriting] = useState(false);
  const [reopening, setReopening] = useState(false);
  const { message } = App.useApp();
  const canReport = isCaseOfficer && allowedActions(stage).includes('closeInvestigation');
  const canReopen =
    (isCaseOfficer || isHead) && allowedActions(stage).includes('reopenInvestigation');

  return (
    <Card title="调查终结">
      {review.reports.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未提交调查终结报告" />
      ) : (
        <ul aria-label="调查终结报告" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {review.reports.map((report, index) => (
            <ReportItem key={report.id} caseId={caseId} report={report} current={index === 0} />
          ))}
        </ul>
      )}
      {(canReport || canReopen) && (
        <div style={{ marginTop: 16 }}>
          <ActButtons>
            {canReport && (
              <Button type="primary" onClick={() => setWriting(true)}>
                提交调查终结报告
              </Button>
            )}
            {canReopen && <Button onClick={() => setReopening(true)}>补充调查</Button>}
          </ActButtons>
        </div>
      )}
      <ReportForm
        caseId={caseId}
        open={writing}
        onClose={() => setWriting(false)}
        onDone={onChanged}
      />
      <ReasonModal
        open={reopening}
        title="补充调查"
        okText="退回调查取证"
        label="补充调查的理由"
        intro={<p>案件将回到调查取证阶段；补充调查后须重新提交调查终结报告。</p>}
        onClose={() => setReopening(false)}
        onSubmit={async (reason) => {
          await reopenInvestigation(caseId, reason);
          message.success('已退回调查取证');
          onChanged();
        }}
      />
    </Card>
  );
}
