import { formatCitation, parseCitation, type Citation } from '@domain/law/citation.js';
import { Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { apiClient, errorMessage } from '../lib/api-client';

interface CitedText {
  found: boolean;
  text: string;
  lawTitle: string;
  versionDate: string;
}

interface CitationTextProps {
  /** A Citation, or its text such as 道路运输条例第六十三条第一项. */
  citation: Citation | string;
  /** The date whose version applies (e.g. the act's date); today when omitted. */
  on?: string;
}

/**
 * A citation shown as a link-styled label; hovering or tapping it shows the article's words
 * from the laws library, in the version in force on `on`.
 */
export function CitationText({ citation, on }: CitationTextProps) {
  const parsed = typeof citation === 'string' ? parseCitation(citation) : citation;
  const ref = parsed ? formatCitation(parsed) : String(citation);
  const [cited, setCited] = useState<CitedText>();
  const [problem, setProblem] = useState<string>();

  function load(open: boolean) {
    if (!open || cited) return;
    apiClient.get<{ items: CitedText[] }>('/api/laws/cite', { ref, on }).then(
      ({ items }) => setCited(items[0]),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }

  return (
    <Popover
      trigger={['hover', 'click']}
      onOpenChange={load}
      title={ref}
      content={<CitedWords cited={cited} problem={problem} />}
    >
      <Typography.Link>{ref}</Typography.Link>
    </Popover>
  );
}

function CitedWords({ cited, problem }: { cited: CitedText | undefined; problem?: string }) {
  if (problem) return <Typography.Text type="danger">{problem}</Typography.Text>;
  if (!cited) return <Spin size="small" />;
  if (!cited.found) {
    return (
      <Typography.Text type="secondary">
        法律法规库中没有这一条文（或该日期没有有效的版本）
      </Typography.Text>
    );
  }
  return (
    <div style={{ maxWidth: 'min(480px, 80vw)', whiteSpace: 'pre-wrap' }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{cited.text}</Typography.Paragraph>
      <Typography.Text type="secondary">
        {cited.lawTitle}（{cited.versionDate} 版本）
      </Typography.Text>
    </div>
  );
}
