import { apiClient } from '../../lib/api-client';

export interface Todo {
  kind: string;
  title: string;
  dueDate: string | null;
  /** An address inside the app, e.g. /officers/123. */
  link: string;
}

export function fetchTodos(): Promise<{ items: Todo[] }> {
  return apiClient.get('/api/todos');
}
