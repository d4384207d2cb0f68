import { Form, InputNumber, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import {
  penaltyKindLabels,
  penaltyKinds,
  type PenaltyKind,
  type PenaltyProposal,
} from '../review-api';

/** Amounts are typed in yuan; the server keeps fen. */
export interface PenaltyFormValues {
  kinds: PenaltyKind[];
  fineYuan?: number | null;
  illegalGainsYuan?: number | null;
  illegalPropertyValueYuan?: number | null;
}

const kindOptions = penaltyKinds.map((value) => ({ value, label: penaltyKindLabels[value] }));

/** Which amount each money penalty needs. */
const amountFields = [
  ['fine', 'fineYuan', '罚款金额（元）'],
  ['illegalGainsConfiscation', 'illegalGainsYuan', '没收违法所得（元）'],
  ['illegalPropertyConfiscation', 'illegalPropertyValueYuan', '没收非法财物价值（元）'],
] as const;

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);
export const toYuan = (fen: number) => (fen > 0 ? fen / 100 : null);

/** The amount to enter for each money penalty among `chosen`, named under `prefix`. */
export function amountItems(chosen: readonly (PenaltyKind | undefined)[], prefix: string[] = []) {
  return amountFields
    .filter(([kind]) => chosen.includes(kind))
    .map(([, field, label]) => (
      <Form.Item
        key={field}
        label={label}
        name={[...prefix, field]}
        rules={[{ required: true, message: `请填写${label.replace('（元）', '')}` }]}
      >
        <InputNumber min={0.01} precision={2} style={{ width: '100%' }} addonAfter="元" />
      </Form.Item>
    ));
}

export function toProposal(values: PenaltyFormValues): PenaltyProposal {
  return {
    kinds: values.kinds,
    fineFen: values.kinds.includes('fine') ? toFen(values.fineYuan) : 0,
    illegalGainsFen: values.kinds.includes('illegalGainsConfiscation')
      ? toFen(values.illegalGainsYuan)
      : 0,
    illegalPropertyValueFen: values.kinds.includes('illegalPropertyConfiscation')
      ? toFen(values.illegalPropertyValueYuan)
      : 0,
  };
}

export function proposalFormValues(proposal: PenaltyProposal): PenaltyFormValues {
  return {
    kinds: [...proposal.kinds],
    fineYuan: toYuan(proposal.fineFen),
    illegalGainsYuan: toYuan(proposal.illegalGainsFen),
    illegalPropertyValueYuan: toYuan(proposal.illegalPropertyValueFen),
  };
}

/**
 * 处罚种类 (行政处罚法第九条) and, for the money penalties chosen, their amounts. `prefix` nests
 * the fields in the form's values (e.g. `['proposal']`).
 */
export function PenaltyFields({
  prefix = [],
  required = true,
}: {
  prefix?: string[];
  required?: boolean;
}) {
  const path = (name: string): NamePath => [...prefix, name];
  return (
    <>
      <Form.Item
        label="处罚种类"
        name={path('kinds')}
        rules={required ? [{ required: true, message: '请选择处罚种类' }] : []}
      >
        <Select mode="multiple" options={kindOptions} placeholder="可多选" />
      </Form.Item>
      <Form.Item noStyle dependencies={[path('kinds')]}>
        {({ getFieldValue }) => {
          const chosen = (getFieldValue(path('kinds')) as PenaltyKind[] | undefined) ?? [];
          return amountItems(chosen, prefix);
        }}
      </Form.Item>
    </>
  );
}
