import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useRequest } from '../../../lib/use-request';
import { searchOfficers, type OfficerChoice } from '../api';

function optionLabel(officer: OfficerChoice): string {
  const certificate = officer.certificateNumber ? ` · ${officer.certificateNumber}` : '';
  return `${officer.name}（${officer.agencyName}${certificate}）`;
}

/** Find an officer by name, ID number or certificate number; works as a Form.Item child. */
export function OfficerPicker(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const [query, setQuery] = useState('');
  const officers = useRequest(() => searchOfficers(query), [query]);
  return (
    <Select<string>
      placeholder="输入姓名或执法证号查找"
      allowClear
      {...props}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={officers.loading}
      notFoundContent={officers.loading ? '查找中…' : '未找到执法人员'}
      options={(officers.data?.items ?? []).map((officer) => ({
        value: officer.id,
        label: optionLabel(officer),
      }))}
    />
  );
}
