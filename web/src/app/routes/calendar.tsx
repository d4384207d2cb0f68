import { PageHeader } from '../../components/page-header';
import { WorkdayCalendar } from '../../features/calendar/components/workday-calendar';
import { useMe } from '../../lib/session';

export function CalendarRoute() {
  const me = useMe();
  return (
    <>
      <PageHeader title="工作日历" />
      <WorkdayCalendar canLoadSchedules={me.roles.includes('systemAdmin')} />
    </>
  );
}
