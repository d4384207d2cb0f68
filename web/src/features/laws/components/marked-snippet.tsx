import { Typography } from 'antd';
import type { LawSearchHit } from '../api';

/** A search hit's snippet with each match highlighted. */
export function MarkedSnippet({ snippet }: { snippet: LawSearchHit['snippet'] }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, length } of snippet.marks) {
    if (start < at) continue;
    parts.push({ text: snippet.text.slice(at, start), marked: false });
    parts.push({ text: snippet.text.slice(start, start + length), marked: true });
    at = start + length;
  }
  parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </Typography.Text>
  );
}
