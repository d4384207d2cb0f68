import { Alert, Button, Card, Collapse, Empty, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '@domain/case/penalty.js';
import { isAssessable } from '@domain/discretion/assessable.js';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import type { CaseStage, Party } from '../api';
import { fetchDiscretion, type DiscretionDeviation } from '../discretion-api';
import { AssessmentView } from './assessment-view';
import { DiscretionForm } from './discretion-form';

const stageLabels = { report: '调查终结报告拟罚款', decision: '处罚决定罚款' } as const;

function DeviationAlert({ deviation }: { deviation: DiscretionDeviation }) {
  const title = `${stageLabels[deviation.stage]} ${formatYuan(deviation.fineFen)}：${deviation.message}`;
  return (
    <Alert
      type={deviation.flagged ? 'warning' : 'success'}
      showIcon
      title={deviation.flagged ? `偏离提示：${title}` : title}
      description={deviation.deviationReason ? `书面理由：${deviation.deviationReason}` : undefined}
    />
  );
}

interface DiscretionPanelProps {
  caseId: string;
  stage: CaseStage;
  party: Party;
  plate: string | null;
  isCaseOfficer: boolean;
  /** Changes whenever the case does, so a saved report or decision refreshes the flags. */
  version: unknown;
}

/** The case's 裁量: what the report and the decision rest on, for officer and reviewer alike. */
export function DiscretionPanel({
  caseId,
  stage,
  party,
  plate,
  isCaseOfficer,
  version,
}: DiscretionPanelProps) {
  const loaded = useRequest(() => fetchDiscretion(caseId), [caseId, version]);
  const [editing, setEditing] = useState(false);
  const canAssess = isCaseOfficer && isAssessable(stage);
  const latest = loaded.data?.latest;
  return (
    <Card
      title="裁量"
      extra={
        canAssess && (
          <Button type={latest ? 'default' : 'primary'} onClick={() => setEditing(true)}>
            {latest ? '重新裁量' : '进行裁量'}
          </Button>
        )
      }
    >
      {loaded.loading && !loaded.data && <Spin />}
      {loaded.error && <Alert type="error" showIcon title={loaded.error.message} />}
      {loaded.data && (
        <Flex vertical gap={12}>
          {loaded.data.deviations.map((deviation) => (
            <DeviationAlert key={deviation.stage} deviation={deviation} />
          ))}
          {latest ? (
            <>
              <Typography.Text type="secondary">
                {latest.createdBy} 于 {formatInstant(latest.createdAt)} 保存
              </Typography.Text>
              <AssessmentView preview={latest} />
            </>
          ) : (
            <Empty description="尚未进行裁量：调查终结前，请按违法行为和情节进行裁量" />
          )}
          {loaded.data.history.length > 1 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'history',
                  label: `裁量记录（${loaded.data.history.length}次）`,
                  children: loaded.data.history.map((entry) => (
                    <div key={entry.id}>
                      {formatInstant(entry.createdAt)} {entry.createdBy}：{entry.tierName ?? '—'}
                      ，建议
                      {formatYuan(entry.suggestedFineFen)}
                    </div>
                  )),
                },
              ]}
            />
          )}
        </Flex>
      )}
      {editing && (
        <DiscretionForm
          caseId={caseId}
          party={party}
          plate={plate}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={loaded.reload}
        />
      )}
    </Card>
  );
}
