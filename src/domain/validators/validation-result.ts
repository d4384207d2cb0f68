export type ValidationResult<T> = { ok: true; value: T } | { ok: false; message: string };

export function valid<T>(value: T): ValidationResult<T> {
  return { ok: true, value };
}

export function invalid<T>(message: string): ValidationResult<T> {
  return { ok: false, message };
}
