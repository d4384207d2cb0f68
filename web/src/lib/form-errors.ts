import type { FormInstance } from 'antd';
import { ApiError } from './api-client';

/**
 * Put the server's field issues (VALIDATION_FAILED details) next to the matching form
 * fields. Returns false when none matched, so the caller shows the general message.
 */
export function showFieldIssues(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const fieldNames = new Set(Object.keys(form.getFieldsValue() as object));
  const issues = error.details.filter((issue) => fieldNames.has(issue.path.split('.')[0] ?? ''));
  if (issues.length === 0) return false;
  form.setFields(
    issues.map((issue) => ({
      name: issue.path.split('.')[0] ?? issue.path,
      errors: [issue.message],
    })),
  );
  return true;
}
