import { AppError } from '../domain/app-error.js';

/** SQLSTATE 23505: a unique constraint refused the row. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '23505';
}

/** A `.catch` handler that turns a unique-constraint refusal into a CONFLICT for people. */
export function conflictOnDuplicate(message: string) {
  return (error: unknown): never => {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', message);
    throw error;
  };
}
