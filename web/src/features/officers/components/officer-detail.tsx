import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Spin } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useRequest } from '../../../lib/use-request';
import { fetchOfficer } from '../api';
import { CertificatePanel } from './certificate-panel';
import { EligibilityCheck } from './eligibility-check';
import { OfficerProfile } from './officer-profile';

export function OfficerDetail({ officerId, canManage }: { officerId: string; canManage: boolean }) {
  const officer = useRequest(() => fetchOfficer(officerId), [officerId]);
  const navigate = useNavigate();

  if (officer.error) {
    return (
      <>
        <PageHeader title="执法人员" />
        <Alert type="error" showIcon title={officer.error.message} />
      </>
    );
  }
  if (!officer.data) return <Spin />;

  const { data } = officer;
  return (
    <>
      <PageHeader
        title={`执法人员：${data.name}`}
        actions={
          <Button
            icon={<HistoryOutlined />}
            onClick={() =>
              navigate(`/records?objectType=officer&objectId=${encodeURIComponent(data.id)}`)
            }
          >
            全过程记录
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <OfficerProfile officer={data} />
        </Col>
        <Col xs={24} xl={16}>
          <CertificatePanel officer={data} canManage={canManage} onChanged={officer.reload} />
        </Col>
        <Col xs={24} xl={8}>
          <EligibilityCheck
            officerId={data.id}
            defaultAreaCode={data.certificates[0]?.areaCodes[0]}
          />
        </Col>
      </Row>
    </>
  );
}
