import { Tag } from 'antd';

/** 施行期间 of a version, and whether it is the one applied today. */
export function VersionPeriod(props: {
  effectiveFrom: string;
  effectiveTo: string | null;
  inForce: boolean;
}) {
  const period = props.effectiveTo
    ? `${props.effectiveFrom} 至 ${props.effectiveTo}`
    : `${props.effectiveFrom} 起`;
  return (
    <>
      {period} {props.inForce && <Tag color="green">施行中</Tag>}
    </>
  );
}
