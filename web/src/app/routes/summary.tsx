import { Tabs } from 'antd';
import { PageHeader } from '../../components/page-header';
import { FormNumberRanges } from '../../features/summary/components/form-number-ranges';
import { SummaryDecisionForm } from '../../features/summary/components/summary-decision-form';
import { SummaryDecisionList } from '../../features/summary/components/summary-decision-list';
import { SummaryStatistics } from '../../features/summary/components/summary-statistics';
import { useMe } from '../../lib/session';

/** 简易程序: officers decide on the spot from their own numbered forms; heads issue and oversee. */
export function SummaryRoute() {
  const me = useMe();
  const isOfficer = me.roles.includes('officer') && me.officerId !== null;
  const canIssue = me.roles.includes('approver') || me.roles.includes('systemAdmin');
  const canFile = isOfficer || me.roles.includes('approver');
  const tabs = [
    ...(isOfficer ? [{ key: 'decide', label: '当场处罚', children: <SummaryDecisionForm /> }] : []),
    {
      key: 'decisions',
      label: isOfficer ? '我的决定与备案' : '决定与备案',
      children: <SummaryDecisionList mine={isOfficer} canFile={canFile} />,
    },
    {
      key: 'ranges',
      label: isOfficer ? '我的号段' : '号段',
      children: <FormNumberRanges canIssue={canIssue} mine={isOfficer && !canIssue} />,
    },
    ...(isOfficer ? [] : [{ key: 'statistics', label: '统计', children: <SummaryStatistics /> }]),
  ];
  return (
    <>
      <PageHeader title="简易程序（当场处罚）" />
      <Tabs items={tabs} destroyOnHidden />
    </>
  );
}
