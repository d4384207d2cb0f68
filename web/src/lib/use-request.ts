import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { ApiError } from './api-client';

export interface RequestState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Load again with the same inputs, e.g. after a change was saved. */
  reload: () => void;
}

/**
 * Runs `load` when `deps` change and keeps the latest answer. An answer that arrives
 * after the inputs changed again is dropped, so a slow request never overwrites a newer one.
 */
export function useRequest<T>(load: () => Promise<T>, deps: DependencyList): RequestState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [reloadCount, setReloadCount] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (!current) return;
        setError(
          reason instanceof ApiError
            ? reason
            : new ApiError(0, { code: 'CLIENT_ERROR', message: '加载失败，请刷新页面重试' }),
        );
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `deps` names what it depends on.
  }, [...deps, reloadCount]);

  const reload = useCallback(() => setReloadCount((count) => count + 1), []);
  return { data, error, loading, reload };
}
