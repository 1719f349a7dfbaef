/** A data problem located by file, line of that file (the header is line 1) and column. */
export interface DataError {
  file: string;
  row: number;
  column: string;
  message: string;
}

export function formatError(e: DataError): string {
  return `${e.file}:${e.row}:${e.column}: ${e.message}`;
}

export class DataValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`${errors.length} data error(s):\n${errors.map(formatError).join('\n')}`);
    this.name = 'DataValidationError';
  }
}
