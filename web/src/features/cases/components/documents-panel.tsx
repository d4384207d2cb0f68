import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { filingRegisterUrl } from '../api';

/** 执法文书 generated from the case: for now the 立案登记表, as PDF to print or DOCX to edit. */
export function DocumentsPanel({ caseId }: { caseId: string }) {
  return (
    <Card title="执法文书">
      <Flex align="center" gap={8} wrap>
        <Typography.Text style={{ minWidth: 80 }}>立案登记表</Typography.Text>
        <Button
          icon={<FilePdfOutlined />}
          href={filingRegisterUrl(caseId, 'pdf')}
          download
          aria-label="下载立案登记表 PDF"
        >
          PDF
        </Button>
        <Button
          icon={<FileWordOutlined />}
          href={filingRegisterUrl(caseId, 'docx')}
          download
          aria-label="下载立案登记表 DOCX"
        >
          DOCX
        </Button>
      </Flex>
    </Card>
  );
}
