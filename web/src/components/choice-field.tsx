import { Form, Segmented, type SegmentedProps } from 'antd';
import type { NamePath } from 'antd/es/form/interface';

interface ChoiceFieldProps {
  label: string;
  name: NamePath;
  options: SegmentedProps['options'];
  /** The accessible name of the switch itself, where screen readers need it apart from the label. */
  ariaLabel?: string;
}

/** A form field choosing one of a few options, shown side by side across the form. */
export function ChoiceField({ label, name, options, ariaLabel }: ChoiceFieldProps) {
  return (
    <Form.Item label={label} name={name}>
      <Segmented aria-label={ariaLabel} block options={options} />
    </Form.Item>
  );
}
