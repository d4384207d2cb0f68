import { Alert, App, Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRequest } from '../../../lib/use-request';
import type { Party } from '../api';
import {
  electronicChannelLabels,
  fetchServices,
  recordAddressConfirmation,
  recordService,
  type AddressConfirmation,
  type ServableDocument,
  type ServiceRecord,
} from '../service-api';
import { ActButtons, ActItem, DueTag, PdfLink } from './investigation-shared';
import { AddressConfirmationModal, ServiceFormModal } from './service-forms';

const listStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;

function DocumentStatus({ document }: { document: ServableDocument }) {
  if (document.servedOn) return <Tag color="success">{document.servedOn} 送达</Tag>;
  return (
    <Tag color="warning">
      未送达{document.failedAttempts > 0 ? `（未能送达 ${document.failedAttempts} 次）` : ''}
    </Tag>
  );
}

function ServiceItem({ caseId, service }: { caseId: string; service: ServiceRecord }) {
  return (
    <ActItem label={`${service.documentTitle} ${service.methodLabel}`}>
      <Flex gap={8} align="center" wrap>
        <Tag color={service.outcome === 'served' ? 'blue' : 'default'}>{service.methodLabel}</Tag>
        <Typography.Text strong>{service.documentTitle}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        受送达人 {service.recipient} · 送达人 {service.servers.map((s) => s.name).join('、')} ·{' '}
        {service.outcome === 'served'
          ? `送达日期 ${service.servedOn ?? ''}`
          : `${service.actedOn} 未能送达：${service.failureReason ?? ''}`}
      </Typography.Text>
      {service.outcome === 'served' && (
        <PdfLink caseId={caseId} code="serviceReceipt" itemId={service.id}>
          送达回证
        </PdfLink>
      )}
    </ActItem>
  );
}

function ConfirmationItem({ confirmation }: { confirmation: AddressConfirmation }) {
  const addresses = confirmation.electronicAddresses
    .map((target) => `${electronicChannelLabels[target.channel]} ${target.address}`)
    .join('；');
  return (
    <ActItem label={`送达地址确认书 ${confirmation.signedOn}`}>
      <Typography.Text>
        {confirmation.recipient} 于 {confirmation.signedOn} 签署
        {confirmation.postalAddress ? `，送达地址：${confirmation.postalAddress}` : ''}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {confirmation.consentsToElectronic ? `同意电子送达：${addresses}` : '不同意电子送达'}
      </Typography.Text>
    </ActItem>
  );
}

interface ServicePanelProps {
  caseId: string;
  party: Party;
  caseOfficers: readonly { id: string; name: string }[];
  /** The user may record service (an officer, while the case file is open). */
  canHandle: boolean;
  /** Changes whenever the case does, so the panel reloads. */
  version: unknown;
  onChanged: () => void;
}

/** 送达: what must reach the party, how each attempt went, and the party's address consent. */
export function ServicePanel({
  caseId,
  party,
  caseOfficers,
  canHandle,
  version,
  onChanged,
}: ServicePanelProps) {
  const loaded = useRequest(() => fetchServices(caseId), [caseId, version]);
  const [serving, setServing] = useState<ServableDocument>();
  const [confirming, setConfirming] = useState(false);
  const { message } = App.useApp();
  const overview = loaded.data;
  const confirmation = overview?.addressConfirmations.at(-1);

  function changed(text: string) {
    message.success(text);
    onChanged();
  }

  return (
    <Card
      title="送达"
      extra={canHandle && <Button onClick={() => setConfirming(true)}>登记送达地址确认书</Button>}
    >
      {loaded.error && <Alert type="error" showIcon title={loaded.error.message} />}
      {!overview && !loaded.error && <Spin />}
      {overview && (
        <Flex vertical gap={16}>
          {overview.decisionServiceDue && (
            <Alert
              type="warning"
              showIcon
              title={
                <Flex gap={8} align="center" wrap>
                  当事人不在场的，决定书应当在七个工作日内送达（
                  {overview.decisionServiceDue.article}）
                  <DueTag due={overview.decisionServiceDue.date} label="送达期限" />
                </Flex>
              }
            />
          )}
          {overview.documents.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无需要送达的文书" />
          ) : (
            <ul aria-label="需要送达的文书" style={listStyle}>
              {overview.documents.map((document) => (
                <ActItem key={`${document.code}-${document.itemId ?? ''}`} label={document.title}>
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text strong>{document.title}</Typography.Text>
                    <DocumentStatus document={document} />
                  </Flex>
                  {canHandle && !document.servedOn && (
                    <ActButtons>
                      <Button type="primary" onClick={() => setServing(document)}>
                        登记送达
                      </Button>
                    </ActButtons>
                  )}
                </ActItem>
              ))}
            </ul>
          )}
          {overview.services.length > 0 && (
            <div>
              <Typography.Title level={5}>送达记录</Typography.Title>
              <ul aria-label="送达记录" style={listStyle}>
                {overview.services.map((service) => (
                  <ServiceItem key={service.id} caseId={caseId} service={service} />
                ))}
              </ul>
            </div>
          )}
          {overview.addressConfirmations.length > 0 && (
            <div>
              <Typography.Title level={5}>送达地址确认书</Typography.Title>
              <ul aria-label="送达地址确认书" style={listStyle}>
                {overview.addressConfirmations.map((item) => (
                  <ConfirmationItem key={item.id} confirmation={item} />
                ))}
              </ul>
            </div>
          )}
        </Flex>
      )}
      <ServiceFormModal
        document={serving}
        party={party}
        caseOfficers={caseOfficers}
        confirmation={confirmation}
        onClose={() => setServing(undefined)}
        onSubmit={async (service) => {
          await recordService(caseId, service);
          changed(service.outcome === 'served' ? '已登记送达' : '已登记未能送达的情况');
        }}
      />
      <AddressConfirmationModal
        open={confirming}
        party={party}
        onClose={() => setConfirming(false)}
        onSubmit={async (values) => {
          await recordAddressConfirmation(caseId, values);
          changed('已登记送达地址确认书');
        }}
      />
    </Card>
  );
}
