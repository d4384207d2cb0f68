import { Alert, App, Button, Card, Descriptions, Flex, Grid, Result, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import {
  approveFiling,
  dismissCase,
  fetchCase,
  fetchOfficerChoices,
  returnFiling,
  type CaseStage,
  type Party,
  type PenaltyCase,
} from '../api';
import { categoryLabels, harmCategoryLabels } from '../labels';
import { ActionErrorAlert, useSubmit } from './action-error';
import { ArchivePanel } from './archive-panel';
import { CaseDeadlinesCard } from './case-deadlines';
import { CaseTimeline } from './case-timeline';
import { DiscretionPanel } from './discretion-panel';
import { DocumentsPanel } from './documents-panel';
import { EvidencePanel } from './evidence-panel';
import { ExecutionPanel } from './execution-panel';
import { InvestigationPanel } from './investigation-panel';
import { NextActionsCard } from './next-actions';
import { ReasonModal } from './reason-modal';
import { RecusalPanel } from './recusal-panel';
import { ReviewToDecisionSteps } from './review-steps';
import { ServicePanel } from './service-panel';
import { TransferPanel } from './transfer-panel';
import { CaseStageTag } from './tags';

/** Stages after which nobody asks for a recusal any more. */
const endedStages: readonly CaseStage[] = ['closed', 'archived', 'dismissed', 'transferred'];

/** Stages from the decision on: something is served to the party, then executed. */
const decidedStages: readonly CaseStage[] = [
  'decided',
  'served',
  'executing',
  'closed',
  'archived',
];

/** Stages in which a case is closed, or ended another way, and then archived. */
const closingStages: readonly CaseStage[] = [
  'served',
  'executing',
  'closed',
  'archived',
  'dismissed',
  'transferred',
];

/** Stages before 立案 is approved: no evidence yet, and no number for the documents. */
const beforeFiling: readonly CaseStage[] = ['lead', 'filingPending'];

function partyItems(party: Party) {
  if (party.kind === 'organisation') {
    return [
      { key: 'partyName', label: '当事人（单位）', children: party.name },
      { key: 'creditCode', label: '统一社会信用代码', children: party.creditCode },
      { key: 'legalRep', label: '法定代表人', children: party.legalRepresentative },
      { key: 'partyAddress', label: '单位地址', children: party.address },
      { key: 'partyPhone', label: '联系电话', children: party.phone ?? '—' },
    ];
  }
  return [
    { key: 'partyName', label: '当事人（公民）', children: party.name },
    { key: 'idNumber', label: '居民身份证号', children: party.idNumber },
    { key: 'partyAddress', label: '住址', children: party.address },
    { key: 'partyPhone', label: '联系电话', children: party.phone ?? '—' },
  ];
}

function CaseDescriptions({ penaltyCase }: { penaltyCase: PenaltyCase }) {
  // Labels above values on phones, where a label column would squeeze both.
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Descriptions
      bordered
      layout={narrow ? 'vertical' : 'horizontal'}
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      items={[
        { key: 'cause', label: '案由', children: penaltyCase.cause, span: 'filled' },
        { key: 'category', label: '执法门类', children: categoryLabels[penaltyCase.category] },
        { key: 'agency', label: '承办机构', children: penaltyCase.agencyName },
        { key: 'area', label: '违法行为发生地', children: penaltyCase.actAreaCode },
        { key: 'harm', label: '危害后果', children: harmCategoryLabels[penaltyCase.harmCategory] },
        { key: 'actEnd', label: '违法行为（终了）日期', children: penaltyCase.actEndDate },
        { key: 'discovery', label: '发现日期', children: penaltyCase.discoveryDate },
        { key: 'filing', label: '立案日期', children: penaltyCase.filingDate ?? '—' },
        ...partyItems(penaltyCase.party),
        {
          key: 'officers',
          label: '执法人员',
          span: 'filled',
          children: penaltyCase.officers.map((officer) => officer.name).join('、') || '—',
        },
      ]}
    />
  );
}

type Deciding = 'return' | 'dismiss';

/** 立案审批 by the head: approve and number, send back, or refuse with reasons. */
function FilingDecision({
  penaltyCase,
  onChanged,
}: {
  penaltyCase: PenaltyCase;
  onChanged: (updated: PenaltyCase) => void;
}) {
  const [deciding, setDeciding] = useState<Deciding>();
  const approval = useSubmit();
  const { modal, message } = App.useApp();

  function confirmApproval() {
    modal.confirm({
      title: '批准立案',
      content: `批准后案件编号立案，进入调查取证。本案执法人员：${penaltyCase.officers
        .map((officer) => officer.name)
        .join('、')}。`,
      okText: '批准立案',
      cancelText: '取消',
      onOk: async () => {
        let approved: PenaltyCase | undefined;
        const ok = await approval.run(async () => {
          approved = await approveFiling(penaltyCase.id);
        });
        if (ok && approved) {
          message.success(`已批准立案，案号：${approved.caseNumber ?? '—'}`);
          onChanged(approved);
        }
      },
    });
  }

  return (
    <Card title="立案审批">
      <ActionErrorAlert error={approval.error} />
      <Flex gap={8} wrap>
        <Button type="primary" loading={approval.submitting} onClick={confirmApproval}>
          批准立案
        </Button>
        <Button onClick={() => setDeciding('return')}>退回</Button>
        <Button danger onClick={() => setDeciding('dismiss')}>
          不予立案
        </Button>
      </Flex>
      <ReasonModal
        open={deciding !== undefined}
        title={deciding === 'return' ? '退回立案申请' : '不予立案'}
        okText={deciding === 'return' ? '退回' : '确认不予立案'}
        danger={deciding === 'dismiss'}
        label={deciding === 'return' ? '退回理由' : '不予立案理由'}
        onClose={() => setDeciding(undefined)}
        onSubmit={async (reason) => {
          const updated =
            deciding === 'return'
              ? await returnFiling(penaltyCase.id, reason)
              : await dismissCase(penaltyCase.id, reason);
          message.success(deciding === 'return' ? '已退回立案申请' : '已决定不予立案');
          onChanged(updated);
        }}
      />
    </Card>
  );
}

interface CaseDetailProps {
  caseId: string;
  canHandle: boolean;
  canApprove: boolean;
  canSeeRecords: boolean;
  /** The signed-in user's officer, to tell whether they are one of this case's officers. */
  myOfficerId: string | null;
}

export function CaseDetail({
  caseId,
  canHandle,
  canApprove,
  canSeeRecords,
  myOfficerId,
}: CaseDetailProps) {
  const loaded = useRequest(() => fetchCase(caseId), [caseId]);
  const [changed, setChanged] = useState<PenaltyCase>();
  const officers = useRequest(fetchOfficerChoices, []);
  const officerNames = useMemo(
    () => new Map((officers.data?.items ?? []).map((officer) => [officer.id, officer.name])),
    [officers.data],
  );

  if (loaded.error) {
    return loaded.error.status === 404 ? (
      <Result status="404" title="没有找到该案件" subTitle="案件不存在，或不在您的管辖范围内。" />
    ) : (
      <Alert type="error" showIcon title={loaded.error.message} />
    );
  }
  const penaltyCase = changed?.id === caseId ? changed : loaded.data;
  if (!penaltyCase) return <Spin />;
  const onCase = penaltyCase.officers.some((officer) => officer.id === myOfficerId);
  const isCaseOfficer = canHandle && onCase;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {penaltyCase.caseNumber ?? '待编号'}
          </Typography.Title>
          <CaseStageTag stage={penaltyCase.stage} />
        </Flex>
        <Flex gap={16} wrap>
          <Link to={`/leads/${penaltyCase.leadId}`}>查看线索</Link>
          {canSeeRecords && (
            <Link to={`/records?objectType=case&objectId=${penaltyCase.id}`}>全过程记录</Link>
          )}
        </Flex>
      </Flex>
      {penaltyCase.stage === 'filingPending' && !canApprove && (
        <Alert type="info" showIcon title="已提交立案申请，等待负责人审批。" />
      )}
      {penaltyCase.stage === 'lead' && (
        <Alert
          type="warning"
          showIcon
          title="立案申请已被负责人退回。"
          description={
            canHandle ? (
              <Link to={`/leads/${penaltyCase.leadId}`}>回到线索，修改后重新申请立案</Link>
            ) : undefined
          }
        />
      )}
      {canApprove && penaltyCase.stage === 'filingPending' && (
        <FilingDecision penaltyCase={penaltyCase} onChanged={setChanged} />
      )}
      <NextActionsCard actions={penaltyCase.nextActions} />
      <CaseDeadlinesCard deadlines={penaltyCase.deadlines} />
      <Card title="案件信息">
        <CaseDescriptions penaltyCase={penaltyCase} />
      </Card>
      {!beforeFiling.includes(penaltyCase.stage) && (
        <EvidencePanel
          caseId={penaltyCase.id}
          canAdd={isCaseOfficer && penaltyCase.stage === 'investigating'}
        />
      )}
      {!beforeFiling.includes(penaltyCase.stage) && (
        <InvestigationPanel
          caseId={penaltyCase.id}
          stage={penaltyCase.stage}
          caseOfficers={penaltyCase.officers}
          isCaseOfficer={isCaseOfficer}
          isApprover={canApprove}
          myOfficerId={myOfficerId}
        />
      )}
      {!beforeFiling.includes(penaltyCase.stage) && (
        <DiscretionPanel
          caseId={penaltyCase.id}
          stage={penaltyCase.stage}
          party={penaltyCase.party}
          plate={penaltyCase.plate}
          isCaseOfficer={isCaseOfficer}
          version={penaltyCase}
        />
      )}
      {!beforeFiling.includes(penaltyCase.stage) && (
        <ReviewToDecisionSteps
          penaltyCase={penaltyCase}
          onChanged={() => void fetchCase(caseId).then(setChanged)}
        />
      )}
      {decidedStages.includes(penaltyCase.stage) && (
        <ServicePanel
          caseId={penaltyCase.id}
          party={penaltyCase.party}
          caseOfficers={penaltyCase.officers}
          canHandle={canHandle && penaltyCase.stage !== 'archived'}
          version={penaltyCase}
          onChanged={() => void fetchCase(caseId).then(setChanged)}
        />
      )}
      {decidedStages.includes(penaltyCase.stage) && (
        <ExecutionPanel
          caseId={penaltyCase.id}
          stage={penaltyCase.stage}
          canHandle={canHandle}
          canApprove={canApprove}
          version={penaltyCase}
          onChanged={() => void fetchCase(caseId).then(setChanged)}
        />
      )}
      <TransferPanel
        caseId={penaltyCase.id}
        stage={penaltyCase.stage}
        isCaseOfficer={isCaseOfficer}
        canDecide={canApprove && !onCase}
        onChanged={() => void fetchCase(caseId).then(setChanged)}
      />
      {closingStages.includes(penaltyCase.stage) && (
        <ArchivePanel
          caseId={penaltyCase.id}
          stage={penaltyCase.stage}
          isCaseOfficer={isCaseOfficer}
          canDecide={canApprove && !onCase}
          canArchive={canHandle || canApprove}
          canAnnotate={canHandle || canApprove || canSeeRecords}
          onChanged={() => void fetchCase(caseId).then(setChanged)}
        />
      )}
      {penaltyCase.caseNumber && <DocumentsPanel caseId={penaltyCase.id} version={penaltyCase} />}
      <RecusalPanel
        penaltyCase={penaltyCase}
        officerNames={officerNames}
        canRequest={canHandle && !endedStages.includes(penaltyCase.stage)}
        canDecide={canApprove}
        onChanged={setChanged}
      />
      <CaseTimeline caseId={penaltyCase.id} version={penaltyCase} />
    </Flex>
  );
}
