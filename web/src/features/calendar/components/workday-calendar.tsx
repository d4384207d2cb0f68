import { Alert, Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { todayInBeijing } from '../../../lib/date-time';
import { useRequest } from '../../../lib/use-request';
import { fetchCalendarYears } from '../api';
import { CalendarYearsTable } from './calendar-years-table';
import { ScheduleLoadForm } from './schedule-load-form';
import { WorkdayCalculator } from './workday-calculator';
import { YearScheduleTable } from './year-schedule-table';

/** 工作日历: loaded years, one year's schedule, the deadline calculator, loading a new year. */
export function WorkdayCalendar({ canLoadSchedules }: { canLoadSchedules: boolean }) {
  const years = useRequest(fetchCalendarYears, []);
  const [chosenYear, setChosenYear] = useState<number>();
  /** Bumped after a load, so the schedule shown is fetched again even for the same year. */
  const [loadCount, setLoadCount] = useState(0);
  const items = years.data?.items ?? [];
  const thisYear = Number(todayInBeijing().slice(0, 4));
  const shownYear =
    chosenYear ?? items.find((item) => item.year === thisYear)?.year ?? items.at(-1)?.year;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card title="工作日计算">
          <WorkdayCalculator />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="已加载年度">
          {years.error && (
            <Alert type="error" showIcon title={years.error.message} style={{ marginBottom: 16 }} />
          )}
          <CalendarYearsTable
            years={items}
            loading={years.loading}
            selectedYear={shownYear}
            onSelect={setChosenYear}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={shownYear ? `${shownYear} 年节假日与调休` : '节假日与调休'}>
          {shownYear ? (
            <YearScheduleTable key={loadCount} year={shownYear} />
          ) : (
            <Empty description="请先选择年度" />
          )}
        </Card>
      </Col>
      {canLoadSchedules && (
        <Col xs={24} lg={12}>
          <Card title="加载年度节假日安排">
            <ScheduleLoadForm
              loadedYears={items.map((item) => item.year)}
              onLoaded={(year) => {
                setChosenYear(year);
                setLoadCount((count) => count + 1);
                years.reload();
              }}
            />
          </Card>
        </Col>
      )}
    </Row>
  );
}
