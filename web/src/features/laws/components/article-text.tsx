import { Typography } from 'antd';
import type { LawArticle } from '../api';

/** One 条: its label, then each 款 as a paragraph with its 项 indented below it. */
export function ArticleText({ article }: { article: LawArticle }) {
  return (
    <div id={`article-${article.number}`} style={{ marginBottom: 12, scrollMarginTop: 72 }}>
      {article.paragraphs.map((paragraph, index) => (
        <div key={index}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {index === 0 && <Typography.Text strong>{article.label} </Typography.Text>}
            {paragraph.text}
          </Typography.Paragraph>
          {paragraph.items.map((item) => (
            <Typography.Paragraph key={item} style={{ marginBottom: 4, paddingLeft: '2em' }}>
              {item}
            </Typography.Paragraph>
          ))}
        </div>
      ))}
    </div>
  );
}
