import {
  Alert,
  App,
  Button,
  Checkbox,
  Divider,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Select,
  Spin,
  Typography,
} from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { showFieldIssues } from '../../../lib/form-errors';
import { useRequest } from '../../../lib/use-request';
import { fetchEvidence, type Party } from '../api';
import {
  exemptionListLabels,
  fetchViolationChoices,
  flagFacts,
  mandatoryMitigations,
  quantityFacts,
  saveDiscretion,
  tryDiscretion,
  type DiscretionInput,
  type DiscretionTrial,
  type MandatoryMitigation,
  type QuantityFact,
} from '../discretion-api';
import { AssessmentView } from './assessment-view';

/** Money facts are entered in 元 and sent in 分. */
const moneyFacts = new Set<QuantityFact>(['illegalGainsFen', 'damageFen']);

interface FormValues {
  violationCode?: string;
  plate?: string;
  quantities?: Partial<Record<QuantityFact, number | null>>;
  flags?: string[];
  partyAge?: number | null;
  mentalCapacity: 'full' | 'partial' | 'none';
  mitigations?: MandatoryMitigation[];
  exemptionCode?: string;
  evidenceFor?: Record<string, string[]>;
}

function toInput(values: FormValues): DiscretionInput | null {
  if (!values.violationCode) return null;
  const quantities = Object.entries(values.quantities ?? {})
    .filter((entry): entry is [QuantityFact, number] => typeof entry[1] === 'number')
    .map(([fact, value]) => [fact, moneyFacts.has(fact) ? Math.round(value * 100) : value]);
  const exemption = values.exemptionCode
    ? {
        entryCode: values.exemptionCode,
        confirmations: Object.entries(values.evidenceFor ?? {})
          .filter(([, ids]) => ids && ids.length > 0)
          .map(([conditionCode, evidenceIds]) => ({ conditionCode, evidenceIds })),
      }
    : undefined;
  return {
    violationCode: values.violationCode,
    ...(values.plate?.trim() ? { plate: values.plate.trim() } : {}),
    quantities: Object.fromEntries(quantities),
    flags: Object.fromEntries((values.flags ?? []).map((flag) => [flag, true])),
    partyAge: values.partyAge ?? null,
    mentalCapacity: values.mentalCapacity,
    mitigations: values.mitigations ?? [],
    ...(exemption ? { exemption } : {}),
  };
}

interface DiscretionFormProps {
  caseId: string;
  party: Party;
  plate: string | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * 裁量 in the field: choose the violation, answer the facts its ranges and tiers ask about, and
 * watch the engine's explanation and suggestion change as you type; then save it for the case.
 */
export function DiscretionForm({
  caseId,
  party,
  plate,
  open,
  onClose,
  onSaved,
}: DiscretionFormProps) {
  const [form] = Form.useForm<FormValues>();
  const narrow = Grid.useBreakpoint().md === false;
  const violations = useRequest(fetchViolationChoices, []);
  const evidence = useRequest(() => fetchEvidence(caseId), [caseId, open]);
  const [trial, setTrial] = useState<DiscretionTrial>();
  const [trialError, setTrialError] = useState<string>();
  const [trying, setTrying] = useState(false);
  const [saving, setSaving] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const { message } = App.useApp();

  useEffect(() => () => clearTimeout(timer.current), []);

  function scheduleTrial() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runTrial(), 400);
  }

  async function runTrial() {
    const input = toInput(form.getFieldsValue(true) as FormValues);
    if (!input) return;
    setTrying(true);
    try {
      setTrial(await tryDiscretion(caseId, input));
      setTrialError(undefined);
    } catch (error) {
      setTrialError(errorMessage(error));
    } finally {
      setTrying(false);
    }
  }

  async function save(values: FormValues) {
    const input = toInput(values);
    if (!input) return;
    setSaving(true);
    try {
      await saveDiscretion(caseId, input);
      message.success('已保存裁量结果');
      onSaved();
      onClose();
    } catch (error) {
      if (!showFieldIssues(form, error)) message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  const evidenceOptions = (evidence.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.typeLabel}：${item.title}`,
  }));
  const exemptionCode = Form.useWatch('exemptionCode', form);
  const entry = trial?.exemptionEntries.find((candidate) => candidate.code === exemptionCode);

  return (
    <Drawer
      title="裁量"
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 720}
      destroyOnHidden
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()}>
          保存裁量结果
        </Button>
      }
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        name="discretion"
        initialValues={{ mentalCapacity: 'full', plate: plate ?? undefined }}
        onValuesChange={scheduleTrial}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="violationCode"
          label="违法行为"
          rules={[{ required: true, message: '请选择违法行为' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={violations.loading}
            placeholder="输入关键词查找，如“超限”“客运”"
            options={(violations.data ?? []).map((v) => ({
              value: v.code,
              label: `${v.name}（${v.code}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="plate" label="涉案车辆号牌" extra="用于查询当事人车辆此前的同类违法">
          <Input placeholder="如 湘A12345" maxLength={10} />
        </Form.Item>
        {trial && trial.factsUsed.quantities.length > 0 && (
          <Flex gap={12} wrap>
            {trial.factsUsed.quantities
              .filter((fact) => fact !== 'priorViolations')
              .map((fact) => (
                <Form.Item key={fact} name={['quantities', fact]} label={quantityFacts[fact].label}>
                  <InputNumber
                    min={0}
                    addonAfter={quantityFacts[fact].unit}
                    style={{ width: 200 }}
                  />
                </Form.Item>
              ))}
          </Flex>
        )}
        {trial && trial.factsUsed.flags.length > 0 && (
          <Form.Item name="flags" label="情节">
            <Checkbox.Group
              options={trial.factsUsed.flags.map((flag) => ({
                value: flag,
                label: flagFacts[flag],
              }))}
            />
          </Form.Item>
        )}
        <Divider titlePlacement="start">法定从轻、减轻和不予处罚情形</Divider>
        {party.kind === 'citizen' && (
          <Form.Item
            name="partyAge"
            label="当事人违法时年龄"
            extra="不满十四周岁的不予处罚，已满十四周岁不满十八周岁的从轻或者减轻处罚（行政处罚法第三十条）"
          >
            <InputNumber min={0} max={150} addonAfter="周岁" />
          </Form.Item>
        )}
        {party.kind === 'citizen' && (
          <Form.Item name="mentalCapacity" label="辨认、控制能力（行政处罚法第三十一条）">
            <Radio.Group
              options={[
                { value: 'full', label: '正常' },
                { value: 'partial', label: '尚未完全丧失' },
                { value: 'none', label: '不能辨认或者不能控制' },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="mitigations" label="应当从轻或者减轻处罚的情形（行政处罚法第三十二条）">
          <Checkbox.Group
            style={{ flexDirection: 'column' }}
            options={(Object.keys(mandatoryMitigations) as MandatoryMitigation[])
              .filter((key) => key !== 'minor')
              .map((key) => ({ value: key, label: mandatoryMitigations[key].label }))}
          />
        </Form.Item>
        {trial && trial.exemptionEntries.length > 0 && (
          <>
            <Form.Item name="exemptionCode" label="适用清单事项（首违不罚等）">
              <Select
                allowClear
                placeholder="不适用"
                options={trial.exemptionEntries.map((e) => ({
                  value: e.code,
                  label: `${exemptionListLabels[e.list]}：${e.matter}`,
                }))}
              />
            </Form.Item>
            {entry && (
              <Flex vertical gap={4}>
                <Typography.Text type="secondary">
                  以下条件须同时满足，每项须选择证明它的证据：
                </Typography.Text>
                {entry.conditions.map((condition) =>
                  condition.kind === 'firstViolation' ? (
                    <Alert
                      key={condition.code}
                      type={trial.priorCases.length === 0 ? 'success' : 'error'}
                      showIcon
                      title={`${condition.text}：${
                        trial.priorCases.length === 0
                          ? '系统查询，管辖范围内无同类违法记录'
                          : `已有同类违法（${trial.priorCases.map((c) => c.caseNumber ?? '').join('、')}）`
                      }`}
                    />
                  ) : (
                    <Form.Item
                      key={condition.code}
                      name={['evidenceFor', condition.code]}
                      label={condition.text}
                    >
                      <Select mode="multiple" placeholder="选择证据" options={evidenceOptions} />
                    </Form.Item>
                  ),
                )}
              </Flex>
            )}
          </>
        )}
      </Form>
      <Divider titlePlacement="start">裁量结果 {trying && <Spin size="small" />}</Divider>
      {trialError && <Alert type="error" showIcon title={trialError} />}
      {trial && !trialError && <AssessmentView preview={trial} />}
      {!trial && !trialError && (
        <Typography.Text type="secondary">选择违法行为后即显示裁量结果</Typography.Text>
      )}
    </Drawer>
  );
}
