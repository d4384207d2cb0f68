import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatInstant } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchEvidence } from '../api';
import {
  signatureStatusLabels,
  subjectRelationLabels,
  type Transcript,
  type TranscriptKind,
} from '../investigation-api';
import { evidenceTypeLabels } from '../labels';
import { TranscriptFormModal } from './investigation-transcript-form';
import { ActButtons, ActItem, ActList, PdfLink, SectionButton } from './investigation-shared';

const documentCodes: Record<TranscriptKind, string> = {
  inquiry: 'inquiryRecord',
  site: 'siteRecord',
  survey: 'surveyRecord',
};

function TranscriptItem({
  caseId,
  transcript,
  all,
  canCorrect,
  onCorrect,
}: {
  caseId: string;
  transcript: Transcript;
  all: readonly Transcript[];
  canCorrect: boolean;
  onCorrect: () => void;
}) {
  const corrects = all.find((other) => other.id === transcript.correctsId);
  const correctedBy = all.find((other) => other.id === transcript.correctedById);
  return (
    <ActItem label={`${transcript.kindLabel}（${transcript.subject.name}）`}>
      <Flex gap={8} align="center" wrap>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {transcript.kindLabel}
        </Tag>
        <Typography.Text strong>
          {transcript.subject.name}（{subjectRelationLabels[transcript.subject.relation]}）
        </Typography.Text>
        {correctedBy && <Tag color="warning">已另作笔录更正</Tag>}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatInstant(transcript.startedAt)} 至 {formatInstant(transcript.endedAt)} ·{' '}
        {transcript.place}
      </Typography.Text>
      <Typography.Text style={{ fontSize: 13 }}>
        执法人员：
        {transcript.officers
          .map((officer) => `${officer.name}（证号 ${officer.certificateNumber || '无'}）`)
          .join('、')}
        ；记录人：{transcript.recorder.name}
      </Typography.Text>
      {transcript.questions && (
        <Typography.Paragraph
          ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}
          style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
        >
          {transcript.questions
            .map((pair) => `问：${pair.question}\n答：${pair.answer}`)
            .join('\n')}
        </Typography.Paragraph>
      )}
      {transcript.description && (
        <Typography.Paragraph
          ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}
          style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
        >
          {transcript.object ? `勘验对象：${transcript.object}\n` : ''}
          {transcript.description}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {signatureStatusLabels[transcript.signature]}
        {transcript.witness ? `，见证人：${transcript.witness.name}` : ''} · 证据种类：
        {evidenceTypeLabels[transcript.evidenceType]}
        {transcript.attachments.length > 0 &&
          ` · 附件：${transcript.attachments.map((a) => a.title).join('、')}`}
      </Typography.Text>
      {corrects && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          更正 {formatInstant(corrects.startedAt)} 的{corrects.kindLabel}
        </Typography.Text>
      )}
      <ActButtons>
        <PdfLink caseId={caseId} code={documentCodes[transcript.kind]} itemId={transcript.id}>
          {transcript.kindLabel} PDF
        </PdfLink>
        {canCorrect && (
          <Button size="small" icon={<EditOutlined />} onClick={onCorrect}>
            另作笔录更正
          </Button>
        )}
      </ActButtons>
    </ActItem>
  );
}

interface TranscriptSectionProps {
  caseId: string;
  transcripts: readonly Transcript[];
  caseOfficers: readonly { id: string; name: string }[];
  myOfficerId: string | null;
  /** A case officer while the case is 调查取证. */
  canWrite: boolean;
  onChanged: () => void;
}

/** 询问笔录、现场笔录、勘验笔录 of the case, and the form to make one. */
export function TranscriptSection({
  caseId,
  transcripts,
  caseOfficers,
  myOfficerId,
  canWrite,
  onChanged,
}: TranscriptSectionProps) {
  const [writing, setWriting] = useState<{ correcting: Transcript | null }>();
  const evidence = useRequest(
    () => (canWrite ? fetchEvidence(caseId) : Promise.resolve({ items: [] })),
    [caseId, canWrite, transcripts.length],
  );
  const { message } = App.useApp();

  return (
    <Flex vertical gap={12}>
      {canWrite && (
        <SectionButton icon={<FileAddOutlined />} onClick={() => setWriting({ correcting: null })}>
          制作笔录
        </SectionButton>
      )}
      <ActList label="笔录列表" empty="尚未制作笔录">
        {transcripts.map((transcript) => (
          <TranscriptItem
            key={transcript.id}
            caseId={caseId}
            transcript={transcript}
            all={transcripts}
            canCorrect={canWrite}
            onCorrect={() => setWriting({ correcting: transcript })}
          />
        ))}
      </ActList>
      <TranscriptFormModal
        caseId={caseId}
        open={writing !== undefined}
        caseOfficers={caseOfficers}
        myOfficerId={myOfficerId}
        evidence={evidence.data?.items ?? []}
        correcting={writing?.correcting ?? null}
        onClose={() => setWriting(undefined)}
        onDone={(created) => {
          message.success(`${created.kindLabel}已保存，并登记为证据`);
          onChanged();
        }}
      />
    </Flex>
  );
}
