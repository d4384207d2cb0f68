import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { allowedActions } from '@domain/case/case-stage.js';
import { todayInBeijing } from '../../../lib/date-time';
import type { CaseStage } from '../api';
import {
  discussionConclusionLabels,
  discussionConclusions,
  giveLegalReviewOpinion,
  minimumDiscussionParticipants,
  recordCollectiveDiscussion,
  requestCollectiveDiscussion,
  requestLegalReview,
  reviewOpinionLabels,
  reviewOpinions,
  type CaseReview,
  type CollectiveDiscussion,
  type LegalReviewRound,
  type NewDiscussion,
  type ReviewOpinion,
} from '../review-api';
import {
  PenaltyFields,
  proposalFormValues,
  toProposal,
  type PenaltyFormValues,
} from './decision-penalty-fields';
import type { StepFormProps } from './act-fields';
import { ActButtons, ActFormModal, ActItem, PdfLink } from './investigation-shared';
import { ReasonModal } from './reason-modal';

const opinionColors: Record<ReviewOpinion, string> = {
  approved: 'success',
  rejected: 'error',
  returned: 'warning',
};
const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

function RoundItem({ caseId, round }: { caseId: string; round: LegalReviewRound }) {
  return (
    <ActItem label={`第${round.round}轮法制审核`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          第{round.round}轮：{round.proposal.summary}
        </Typography.Text>
        {round.opinion ? (
          <Tag color={opinionColors[round.opinion.opinion]}>{round.opinion.opinionLabel}</Tag>
        ) : (
          <Tag color="processing">待审核</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        提请说明：{round.submission}
      </Typography.Text>
      {round.opinion && (
        <>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
            {round.opinion.comments}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            审核人员 {round.opinion.reviewerName} · {round.opinion.reviewedOn}
          </Typography.Text>
          <PdfLink caseId={caseId} code="legalReviewOpinion" itemId={round.id}>
            法制审核意见书
          </PdfLink>
        </>
      )}
    </ActItem>
  );
}

function DiscussionItem({
  caseId,
  discussion,
}: {
  caseId: string;
  discussion: CollectiveDiscussion;
}) {
  return (
    <ActItem label={`集体讨论 ${discussion.heldOn}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>
          {discussion.heldOn} {discussion.place}
        </Typography.Text>
        <Tag color="purple">{discussion.conclusionLabel}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        参加：{discussion.participants.map((p) => `${p.name}（${p.position}）`).join('、')} · 记录人{' '}
        {discussion.recorderName}
      </Typography.Text>
      <Typography.Text>{discussion.conclusionText}</Typography.Text>
      <PdfLink caseId={caseId} code="collectiveDiscussionRecord" itemId={discussion.id}>
        案件集体讨论记录
      </PdfLink>
    </ActItem>
  );
}

interface SubmitValues {
  submission: string;
  revise: boolean;
  proposal: PenaltyFormValues;
}

interface OpinionValues {
  opinion: ReviewOpinion;
  comments: string;
  legalProfessionCertificate?: string;
}

interface DiscussionValues extends Omit<NewDiscussion, 'heldOn'> {
  heldOn: Dayjs;
}

function DiscussionForm({ caseId, open, onClose, onDone }: StepFormProps) {
  const { message } = App.useApp();
  return (
    <ActFormModal<DiscussionValues>
      title="记录集体讨论"
      open={open}
      okText="记录"
      initialValues={{
        heldOn: dayjs(todayInBeijing()),
        conclusion: 'penalty',
        participants: [{}, {}] as DiscussionValues['participants'],
      }}
      onClose={onClose}
      onSubmit={async (values) => {
        await recordCollectiveDiscussion(caseId, {
          ...values,
          heldOn: values.heldOn.format('YYYY-MM-DD'),
        });
        message.success('集体讨论已记录');
        onDone();
      }}
    >
      <Form.Item label="讨论日期" name="heldOn" rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        label="地点"
        name="place"
        rules={[{ required: true, whitespace: true, message: '请填写地点' }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.List name="participants">
        {(fields, { add, remove }) => (
          <Form.Item
            label={`参加的负责人及其意见（至少 ${minimumDiscussionParticipants} 人）`}
            required
          >
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`参加人 ${index + 1}`}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`删除参加人 ${index + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Form.Item
                    label="姓名"
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                  >
                    <Input maxLength={30} />
                  </Form.Item>
                  <Form.Item
                    label="职务"
                    name={[field.name, 'position']}
                    rules={[{ required: true, whitespace: true, message: '请填写职务' }]}
                  >
                    <Input maxLength={30} />
                  </Form.Item>
                  <Form.Item
                    label="意见"
                    name={[field.name, 'opinion']}
                    rules={[{ required: true, whitespace: true, message: '请记录意见' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
                添加参加人
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item label="讨论结论" name="conclusion">
        <Select
          options={discussionConclusions.map((value) => ({
            value,
            label: discussionConclusionLabels[value],
          }))}
        />
      </Form.Item>
      <Form.Item
        label="集体讨论决定"
        name="conclusionText"
        rules={[{ required: true, whitespace: true, min: 4, message: '请写明集体讨论决定' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Form.Item
        label="记录人"
        name="recorderName"
        rules={[{ required: true, whitespace: true, message: '请填写记录人' }]}
      >
        <Input maxLength={30} />
      </Form.Item>
    </ActFormModal>
  );
}

interface ReviewPanelProps {
  caseId: string;
  stage: CaseStage;
  review: CaseReview;
  isCaseOfficer: boolean;
  isHead: boolean;
  isReviewer: boolean;
  onChanged: () => void;
}

/** 法制审核 (行政处罚法第五十八条) and 集体讨论 (第五十七条第二款) before the decision. */
export function ReviewPanel({
  caseId,
  stage,
  review,
  isCaseOfficer,
  isHead,
  isReviewer,
  onChanged,
}: ReviewPanelProps) {
  const [submitting, setSubmitting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [convening, setConvening] = useState(false);
  const [recording, setRecording] = useState(false);
  const { message } = App.useApp();
  const actions = allowedActions(stage);
  const need = review.legalReviewNeed;
  const lastRound = review.legalReviews[0];
  const canSubmit = isCaseOfficer && actions.includes('requestLegalReview');
  const canReview = isReviewer && stage === 'legalReview';
  const canConvene = (isCaseOfficer || isHead) && actions.includes('requestCollectiveDiscussion');
  const canRecord = isHead && stage === 'collectiveDiscussion';
  if (!need && review.legalReviews.length === 0 && review.discussions.length === 0) return null;

  return (
    <Card title="法制审核与集体讨论">
      <Flex vertical gap={12}>
        {need && (
          <Alert
            type={need.required ? 'warning' : 'info'}
            showIcon
            title={
              need.required ? '本案须经法制审核后才能作出决定' : '本案不属于须经法制审核的情形'
            }
            description={need.required ? need.reasons.join('；') : undefined}
          />
        )}
        {review.legalReviews.length > 0 && (
          <ul aria-label="法制审核" style={listStyle}>
            {review.legalReviews.map((round) => (
              <RoundItem key={round.id} caseId={caseId} round={round} />
            ))}
          </ul>
        )}
        {review.discussionRequired && review.discussions.length === 0 && (
          <Alert
            type="warning"
            showIcon
            title="情节复杂或者重大违法行为，须由负责人集体讨论决定（行政处罚法第五十七条第二款）"
          />
        )}
        {review.discussions.length > 0 && (
          <ul aria-label="集体讨论" style={listStyle}>
            {review.discussions.map((discussion) => (
              <DiscussionItem key={discussion.id} caseId={caseId} discussion={discussion} />
            ))}
          </ul>
        )}
        {(canSubmit || canReview || canConvene || canRecord) && (
          <ActButtons>
            {canSubmit && (
              <Button
                type={need?.required ? 'primary' : 'default'}
                onClick={() => setSubmitting(true)}
              >
                {lastRound ? '重新提交法制审核' : '提交法制审核'}
              </Button>
            )}
            {canReview && (
              <Button type="primary" onClick={() => setReviewing(true)}>
                出具审核意见
              </Button>
            )}
            {canConvene && <Button onClick={() => setConvening(true)}>提交集体讨论</Button>}
            {canRecord && (
              <Button type="primary" onClick={() => setRecording(true)}>
                记录集体讨论
              </Button>
            )}
          </ActButtons>
        )}
      </Flex>
      <ActFormModal<SubmitValues>
        title="提交法制审核"
        open={submitting}
        okText="提交"
        initialValues={{
          revise: false,
          proposal: lastRound ? proposalFormValues(lastRound.proposal) : { kinds: [] },
        }}
        onClose={() => setSubmitting(false)}
        onSubmit={async (values) => {
          await requestLegalReview(caseId, {
            submission: values.submission.trim(),
            ...(values.revise ? { proposal: toProposal(values.proposal) } : {}),
          });
          message.success('已提交法制审核');
          onChanged();
        }}
      >
        <Form.Item
          label="提请说明"
          name="submission"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明提请审核的说明' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="revise" valuePropName="checked">
          <Checkbox>按审核意见调整处理意见（不得重于告知的处罚）</Checkbox>
        </Form.Item>
        <Form.Item noStyle dependencies={['revise']}>
          {({ getFieldValue }) =>
            getFieldValue('revise') && <PenaltyFields prefix={['proposal']} />
          }
        </Form.Item>
      </ActFormModal>
      <ActFormModal<OpinionValues>
        title={`法制审核意见（第${lastRound?.round ?? 1}轮）`}
        open={reviewing}
        okText="出具意见"
        intro={
          lastRound && (
            <Typography.Paragraph type="secondary">
              拟作出的决定：{lastRound.proposal.summary}
              。审核内容：执法主体、执法人员资格、程序、事实证据、适用依据、裁量基准、文书等。
            </Typography.Paragraph>
          )
        }
        initialValues={{ opinion: 'approved' }}
        onClose={() => setReviewing(false)}
        onSubmit={async (values) => {
          await giveLegalReviewOpinion(caseId, {
            opinion: values.opinion,
            comments: values.comments.trim(),
            ...(values.legalProfessionCertificate?.trim()
              ? { legalProfessionCertificate: values.legalProfessionCertificate.trim() }
              : {}),
          });
          message.success('审核意见已出具');
          onChanged();
        }}
      >
        <Form.Item label="审核意见" name="opinion">
          <Radio.Group
            aria-label="审核意见"
            optionType="button"
            options={reviewOpinions.map((value) => ({ value, label: reviewOpinionLabels[value] }))}
          />
        </Form.Item>
        <Form.Item
          label="具体意见"
          name="comments"
          rules={[{ required: true, whitespace: true, min: 4, message: '请写明具体审核意见' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item
          label="法律职业资格证书编号"
          name="legalProfessionCertificate"
          extra="初次从事法制审核的人员须填写（行政处罚法第五十八条第二款）"
        >
          <Input maxLength={40} />
        </Form.Item>
      </ActFormModal>
      <ReasonModal
        open={convening}
        title="提交集体讨论"
        okText="提交"
        label="提交集体讨论的理由"
        onClose={() => setConvening(false)}
        onSubmit={async (reason) => {
          await requestCollectiveDiscussion(caseId, reason);
          message.success('已提交负责人集体讨论');
          onChanged();
        }}
      />
      <DiscussionForm
        caseId={caseId}
        open={recording}
        onClose={() => setRecording(false)}
        onDone={onChanged}
      />
    </Card>
  );
}
