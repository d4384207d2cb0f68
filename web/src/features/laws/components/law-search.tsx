import { Alert, Empty, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useRequest } from '../../../lib/use-request';
import { searchLaws, type LawSearchHit } from '../api';
import { MarkedSnippet } from './marked-snippet';

const emptyResult = Promise.resolve({ items: [] as LawSearchHit[] });

/** 条文检索: words (two characters or more, e.g. 超限) in the versions in force on `on`. */
export function LawSearch({ on, onOpen }: { on: string; onOpen: (hit: LawSearchHit) => void }) {
  const [query, setQuery] = useState('');
  const result = useRequest(() => (query ? searchLaws(query, on) : emptyResult), [query, on]);

  return (
    <>
      <Input.Search
        placeholder="查找条文中的词语，如 超限、营运；多个词用空格分开"
        enterButton="查找"
        allowClear
        onSearch={(value) => setQuery(value.trim())}
        style={{ marginBottom: 12 }}
      />
      {result.error && <Alert type="error" showIcon title={result.error.message} />}
      {query && !result.error && (
        <List
          loading={result.loading}
          dataSource={result.data?.items ?? []}
          locale={{ emptyText: <Empty description={`没有找到含「${query}」的条文`} /> }}
          renderItem={(hit) => (
            <List.Item
              key={`${hit.lawId}-${hit.articleNumber}`}
              onClick={() => onOpen(hit)}
              style={{ cursor: 'pointer' }}
            >
              <List.Item.Meta
                title={<Typography.Link>{hit.citationLabel}</Typography.Link>}
                description={<MarkedSnippet snippet={hit.snippet} />}
              />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
