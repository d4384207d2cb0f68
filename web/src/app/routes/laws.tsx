import { Alert, Card, DatePicker, Form, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { fetchLaws, type LawSearchHit } from '../../features/laws/api';
import { LawBrowser } from '../../features/laws/components/law-browser';
import { LawSearch } from '../../features/laws/components/law-search';
import { todayInBeijing } from '../../lib/date-time';
import { useRequest } from '../../lib/use-request';

/** 法律法规库: search the texts, or read one law by chapter, as in force on a chosen date. */
export function LawsRoute() {
  const [on, setOn] = useState(todayInBeijing());
  const [tab, setTab] = useState('search');
  const [lawId, setLawId] = useState<string>();
  const [focusArticle, setFocusArticle] = useState<number>();
  const laws = useRequest(fetchLaws, []);

  function open(hit: LawSearchHit) {
    setLawId(hit.lawId);
    setFocusArticle(hit.articleNumber);
    setTab('browse');
  }

  return (
    <>
      <PageHeader
        title="法律法规库"
        actions={
          <Form.Item label="适用日期" style={{ marginBottom: 0 }}>
            <DatePicker
              value={dayjs(on)}
              allowClear={false}
              onChange={(value) => value && setOn(value.format('YYYY-MM-DD'))}
            />
          </Form.Item>
        }
      />
      {laws.error && <Alert type="error" showIcon title={laws.error.message} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'search', label: '条文检索', children: <LawSearch on={on} onOpen={open} /> },
            {
              key: 'browse',
              label: '按章节浏览',
              children: (
                <LawBrowser
                  laws={laws.data?.items ?? []}
                  lawId={lawId}
                  on={on}
                  focusArticle={focusArticle}
                  onLawChange={(id) => {
                    setLawId(id);
                    setFocusArticle(undefined);
                  }}
                />
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
