import { Alert, App, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../lib/api-client';
import { showFieldIssues } from '../lib/form-errors';

function isRuleViolation(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 422 && error.details.length > 0;
}

/**
 * Why the server refused: for a legal rule (422 RULE_VIOLATED) every article-citing
 * sentence, one per line, so the officer sees all that must change; otherwise the message.
 */
export function ActionErrorAlert({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  // On a phone the submit button is far below; bring the reasons into view.
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [error]);
  if (error === undefined || error === null) return null;
  return <div ref={ref}>{alertFor(error)}</div>;
}

function alertFor(error: unknown) {
  if (isRuleViolation(error)) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title="依法不能办理，原因如下："
        description={
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {error.details.map((detail, index) => (
              <li key={`${detail.path}-${index}`} data-rule={detail.path}>
                {detail.message}
              </li>
            ))}
          </ol>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(error)}
      style={{ marginBottom: 16 }}
    />
  );
}

export interface SubmitState {
  submitting: boolean;
  /** The refusal to show in an ActionErrorAlert; field issues go on the fields instead. */
  error: unknown;
  clearError: () => void;
  /** Run the request; resolves to true when it succeeded. */
  run: (request: () => Promise<unknown>) => Promise<boolean>;
}

/** Submitting state for a form or action: field issues on the fields, refusals in an alert. */
export function useSubmit(form?: FormInstance): SubmitState {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>();
  const { message } = App.useApp();

  async function run(request: () => Promise<unknown>): Promise<boolean> {
    setSubmitting(true);
    setError(undefined);
    try {
      await request();
      return true;
    } catch (caught) {
      if (!isRuleViolation(caught) && form && showFieldIssues(form, caught)) {
        message.error('请按提示修改后重新提交');
      } else {
        setError(caught);
      }
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  return { submitting, error, clearError: () => setError(undefined), run };
}
