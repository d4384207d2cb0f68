import { Alert, Spin } from 'antd';
import { allowedActions } from '@domain/case/case-stage.js';
import { useMe } from '../../../lib/session';
import { useRequest } from '../../../lib/use-request';
import type { PenaltyCase } from '../api';
import { fetchDecision } from '../decision-api';
import { fetchNotice } from '../notice-api';
import { fetchReview } from '../review-api';
import { DecisionPanel } from './decision-panel';
import { HearingPanel } from './hearing-panel';
import { NoticePanel } from './notice-panel';
import { ReportPanel } from './review-report-panel';
import { ReviewPanel } from './review-panel';

interface ReviewToDecisionProps {
  penaltyCase: PenaltyCase;
  /** After any step: the case (its stage) is read again, which reloads these panels. */
  onChanged: () => void;
}

/**
 * From 调查终结 to the decision: the report, 告知 and 陈述申辩, 听证, 法制审核 and 集体讨论, and
 * the head's decision. Each panel shows only the steps the user's roles allow.
 */
export function ReviewToDecisionSteps({ penaltyCase, onChanged }: ReviewToDecisionProps) {
  const me = useMe();
  const caseId = penaltyCase.id;
  // The case object changes after every step, so each view is read again.
  const review = useRequest(() => fetchReview(caseId), [caseId, penaltyCase]);
  const notice = useRequest(() => fetchNotice(caseId), [caseId, penaltyCase]);
  const decision = useRequest(() => fetchDecision(caseId), [caseId, penaltyCase]);

  const error = review.error ?? notice.error ?? decision.error;
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!review.data || !notice.data || !decision.data) return <Spin />;

  const stage = penaltyCase.stage;
  const caseOfficerIds = penaltyCase.officers.map((officer) => officer.id);
  const isCaseOfficer =
    me.roles.includes('officer') && me.officerId !== null && caseOfficerIds.includes(me.officerId);
  const isHead = me.roles.includes('approver');
  const reported = review.data.reports.length > 0;
  const noticeStarted =
    notice.data.notices.length > 0 ||
    (reported && allowedActions(stage).includes('servePriorNotice'));
  // 法制审核 may have lowered the notified penalty; the decision must not exceed what it passed.
  const proposal =
    review.data.legalReviews[0]?.proposal ??
    notice.data.notices[0]?.proposal ??
    review.data.reports[0]?.proposal ??
    null;

  return (
    <>
      <ReportPanel
        caseId={caseId}
        stage={stage}
        review={review.data}
        isCaseOfficer={isCaseOfficer}
        isHead={isHead}
        onChanged={onChanged}
      />
      {noticeStarted && (
        <NoticePanel
          caseId={caseId}
          stage={stage}
          notice={notice.data}
          isCaseOfficer={isCaseOfficer}
          onChanged={onChanged}
        />
      )}
      <HearingPanel
        caseId={caseId}
        stage={stage}
        notice={notice.data}
        caseOfficerIds={caseOfficerIds}
        isCaseOfficer={isCaseOfficer}
        // A chair records the hearing only with an officer's account.
        myOfficerId={me.roles.includes('officer') ? me.officerId : null}
        onChanged={onChanged}
      />
      <ReviewPanel
        caseId={caseId}
        stage={stage}
        review={review.data}
        isCaseOfficer={isCaseOfficer}
        isHead={isHead}
        isReviewer={me.roles.includes('legalReviewer')}
        onChanged={onChanged}
      />
      <DecisionPanel
        caseId={caseId}
        stage={stage}
        decision={decision.data}
        proposal={proposal}
        isHead={isHead}
        onChanged={onChanged}
      />
    </>
  );
}
