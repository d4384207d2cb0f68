import type { FormInstance } from 'antd';
import { ApiError } from './api-client';

type FieldName = readonly string[];

function startsWith(path: FieldName, prefix: FieldName): boolean {
  return prefix.length <= path.length && prefix.every((part, index) => part === path[index]);
}

/**
 * The form field an issue path (`party.idNumber`, `officerIds.0`, `reporter`) belongs to:
 * the deepest field the path falls in, else the first field inside the path.
 */
function fieldFor(path: FieldName, fields: readonly FieldName[]): FieldName | undefined {
  const containing = fields
    .filter((field) => startsWith(path, field))
    .sort((a, b) => b.length - a.length)[0];
  return containing ?? fields.find((field) => startsWith(field, path));
}

/**
 * Put the server's field issues (VALIDATION_FAILED details) next to the matching form
 * fields, nested fields included. Returns false when none matched, so the caller shows
 * the general message.
 */
export function showFieldIssues(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const fields = form.getFieldsError().map((field) => field.name.map(String));
  const errors = new Map<string, { name: FieldName; errors: string[] }>();
  for (const issue of error.details) {
    if (!issue.path) continue;
    const name = fieldFor(issue.path.split('.'), fields);
    if (!name) continue;
    const key = name.join('.');
    const entry = errors.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    errors.set(key, entry);
  }
  if (errors.size === 0) return false;
  form.setFields([...errors.values()].map(({ name, errors }) => ({ name: [...name], errors })));
  return true;
}
