import { useState } from 'react';

/** Whether a form's values differ from what they were when the form opened. */
export function useEdited(values: unknown): boolean {
  const [initial] = useState(() => JSON.stringify(values));
  return JSON.stringify(values) !== initial;
}
