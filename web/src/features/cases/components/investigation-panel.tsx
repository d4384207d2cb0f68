import { EllipsisOutlined } from '@ant-design/icons';
import { Alert, Badge, Card, Spin, Tabs } from 'antd';
import type { CaseStage } from '../api';
import { useRequest } from '../../../lib/use-request';
import { fetchInvestigation, type Investigation } from '../investigation-api';
import { CorrectionSection } from './investigation-corrections';
import { MeasureSection } from './investigation-measures';
import { PreservationSection } from './investigation-preservations';
import { TranscriptSection } from './investigation-transcripts';

interface InvestigationPanelProps {
  caseId: string;
  stage: CaseStage;
  caseOfficers: readonly { id: string; name: string }[];
  /** The user is one of this case's officers (and holds the officer role). */
  isCaseOfficer: boolean;
  /** The user holds the approver role; a head who is a case officer may not approve (查处分离). */
  isApprover: boolean;
  myOfficerId: string | null;
}

/** What is still waiting for someone: shown as a count on each tab. */
function pendingCounts(investigation: Investigation) {
  return {
    preservations: investigation.preservations.filter(
      (p) => p.status === 'requested' || (p.status === 'approved' && p.handling === null),
    ).length,
    measures: investigation.measures.filter((m) =>
      ['requested', 'approved', 'awaitingApproval', 'inForce', 'mustLift'].includes(m.status),
    ).length,
  };
}

/**
 * 调查取证: 笔录, 先行登记保存, 查封、扣押 and 责令改正 of the case. New ones only while the case is
 * being investigated; decisions, implementation and lifting of earlier ones until it is archived.
 */
export function InvestigationPanel({
  caseId,
  stage,
  caseOfficers,
  isCaseOfficer,
  isApprover,
  myOfficerId,
}: InvestigationPanelProps) {
  const loaded = useRequest(() => fetchInvestigation(caseId), [caseId]);
  const investigating = stage === 'investigating';
  const open = stage !== 'archived';
  const approverOnCase = caseOfficers.some((officer) => officer.id === myOfficerId);
  const canApprove = isApprover && !approverOnCase && open;
  const investigation = loaded.data;

  return (
    <Card title="调查取证">
      {loaded.error && <Alert type="error" showIcon title={loaded.error.message} />}
      {!investigation && !loaded.error && <Spin />}
      {isApprover && approverOnCase && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="您是本案执法人员，本案的先行登记保存和行政强制措施须由其他负责人审批（查处分离）。"
        />
      )}
      {investigation && (
        <Tabs
          // On a phone the tabs overflow into this button, which would otherwise be named “ellipsis”.
          more={{ icon: <EllipsisOutlined aria-label="更多" /> }}
          items={[
            {
              key: 'transcripts',
              label: `笔录（${investigation.transcripts.length}）`,
              children: (
                <TranscriptSection
                  caseId={caseId}
                  transcripts={investigation.transcripts}
                  caseOfficers={caseOfficers}
                  myOfficerId={myOfficerId}
                  canWrite={isCaseOfficer && investigating}
                  onChanged={loaded.reload}
                />
              ),
            },
            {
              key: 'preservations',
              label: (
                <Badge
                  count={pendingCounts(investigation).preservations}
                  size="small"
                  offset={[8, 0]}
                >
                  先行登记保存
                </Badge>
              ),
              children: (
                <PreservationSection
                  caseId={caseId}
                  preservations={investigation.preservations}
                  canRequest={isCaseOfficer && investigating}
                  canHandle={isCaseOfficer && open}
                  canApprove={canApprove}
                  onChanged={loaded.reload}
                />
              ),
            },
            {
              key: 'measures',
              label: (
                <Badge count={pendingCounts(investigation).measures} size="small" offset={[8, 0]}>
                  查封、扣押
                </Badge>
              ),
              children: (
                <MeasureSection
                  caseId={caseId}
                  measures={investigation.measures}
                  canRequest={isCaseOfficer && investigating}
                  canAct={isCaseOfficer && open}
                  canApprove={canApprove}
                  onChanged={loaded.reload}
                />
              ),
            },
            {
              key: 'corrections',
              label: `责令改正（${investigation.correctionOrders.length}）`,
              children: (
                <CorrectionSection
                  caseId={caseId}
                  orders={investigation.correctionOrders}
                  canIssue={isCaseOfficer && investigating}
                  onChanged={loaded.reload}
                />
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
