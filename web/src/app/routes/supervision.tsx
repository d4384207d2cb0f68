import { PageHeader } from '../../components/page-header';
import { DeadlineBoardView } from '../../features/supervision/components/deadline-board';

export function SupervisionRoute() {
  return (
    <>
      <PageHeader title="督办" />
      <DeadlineBoardView />
    </>
  );
}
