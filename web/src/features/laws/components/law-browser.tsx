import { Alert, Empty, Select, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useRequest } from '../../../lib/use-request';
import { fetchLawText, lawKindLabels, type Law, type LawText } from '../api';
import { ArticleText } from './article-text';

interface LawBrowserProps {
  laws: Law[];
  lawId: string | undefined;
  on: string;
  /** The article to scroll to once the text is shown. */
  focusArticle: number | undefined;
  onLawChange: (lawId: string) => void;
}

/** 浏览: one law's version in force on `on`, chapter by chapter. */
export function LawBrowser({ laws, lawId, on, focusArticle, onLawChange }: LawBrowserProps) {
  const text = useRequest(
    () => (lawId ? fetchLawText(lawId, on) : Promise.resolve(undefined)),
    [lawId, on],
  );
  useEffect(() => {
    if (focusArticle && text.data) {
      document.getElementById(`article-${focusArticle}`)?.scrollIntoView({ block: 'start' });
    }
  }, [focusArticle, text.data]);

  return (
    <>
      <Select
        showSearch
        optionFilterProp="label"
        placeholder="选择法律法规"
        value={lawId}
        onChange={onLawChange}
        style={{ width: '100%', marginBottom: 12 }}
        options={Object.entries(lawKindLabels).map(([kind, label]) => ({
          label,
          options: laws
            .filter((law) => law.kind === kind)
            .map((law) => ({ value: law.id, label: law.title })),
        }))}
      />
      {!lawId && <Empty description="请选择一部法律法规" />}
      {text.error && <Alert type="error" showIcon title={text.error.message} />}
      {lawId && text.loading && <Skeleton active />}
      {lawId && !text.loading && text.data && <LawTextView text={text.data} />}
    </>
  );
}

function LawTextView({ text }: { text: LawText }) {
  const { version } = text;
  return (
    <>
      <Typography.Title level={4}>{version.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        版本日期 {version.versionDate}，{version.effectiveFrom} 起适用
        {version.effectiveTo ? `，至 ${version.effectiveTo}` : ''}
      </Typography.Paragraph>
      {text.chapters.map((chapter, c) => (
        <section key={chapter.title ?? c}>
          {chapter.title && <Typography.Title level={5}>{chapter.title}</Typography.Title>}
          {chapter.sections.map((section, s) => (
            <div key={section.title ?? s}>
              {section.title && (
                <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
                  {section.title}
                </Typography.Text>
              )}
              {section.articles.map((article) => (
                <ArticleText key={article.number} article={article} />
              ))}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
