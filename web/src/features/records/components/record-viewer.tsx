import { Alert, Card, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useRequest } from '../../../lib/use-request';
import { fetchRecords, recordObjectTypes, type RecordObjectType, type RecordQuery } from '../api';
import { RecordQueryForm } from './record-query-form';
import { RecordTimeline } from './record-timeline';

function isObjectType(value: string | null): value is RecordObjectType {
  return recordObjectTypes.some((type) => type === value);
}

/** The query lives in the address, so other pages can link to an object's records. */
function readQuery(params: URLSearchParams): Partial<RecordQuery> {
  const objectType = params.get('objectType');
  return {
    objectType: isObjectType(objectType) ? objectType : undefined,
    objectId: params.get('objectId') ?? undefined,
  };
}

function RecordResults({ query }: { query: RecordQuery }) {
  const records = useRequest(() => fetchRecords(query), [query.objectType, query.objectId]);
  if (records.error) return <Alert type="error" showIcon title={records.error.message} />;
  if (!records.data) return <Spin />;
  return (
    <Spin spinning={records.loading}>
      <RecordTimeline entries={records.data.items} />
    </Spin>
  );
}

export function RecordViewer() {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);

  function search(next: RecordQuery) {
    setParams(
      next.objectId
        ? { objectType: next.objectType, objectId: next.objectId }
        : { objectType: next.objectType },
    );
  }

  return (
    <Card>
      <RecordQueryForm key={params.toString()} query={query} onSearch={search} />
      <div style={{ marginTop: 24 }}>
        {query.objectType ? (
          <RecordResults query={{ objectType: query.objectType, objectId: query.objectId }} />
        ) : (
          <Typography.Text type="secondary">选择对象类型后查询其全过程记录。</Typography.Text>
        )}
      </div>
    </Card>
  );
}
