import { Tag } from 'antd';
import { templateOriginLabels, type TemplateVersion } from '../api';

const originColors = { builtin: 'default', platform: 'blue', agency: 'purple' } as const;

/** Where a version comes from: built-in, platform-wide, or the agency that published it. */
export function OriginTag({ version }: { version: Pick<TemplateVersion, 'origin' | 'agency'> }) {
  return (
    <Tag color={originColors[version.origin]} style={{ marginInlineEnd: 0 }}>
      {version.agency?.name ?? templateOriginLabels[version.origin]}
    </Tag>
  );
}
