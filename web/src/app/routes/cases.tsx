import { PageHeader } from '../../components/page-header';
import { CaseList } from '../../features/cases/components/case-list';

export function CasesRoute() {
  return (
    <>
      <PageHeader title="案件" />
      <CaseList />
    </>
  );
}
