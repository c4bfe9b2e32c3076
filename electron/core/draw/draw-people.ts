import { fieldError } from '../errors.ts';

/** Who is present at a draw: the 操作人 who runs it and the 监督人 who witnesses it. */
export interface DrawPeople {
  operator: string;
  witness: string;
}

/** Both named, and not the same person: a witness who is the operator witnesses nothing. */
export function checkPeople(people: DrawPeople): DrawPeople {
  const operator = people.operator.trim();
  const witness = people.witness.trim();
  const fields: Record<string, string> = {};
  if (!operator) fields.operator = '请填写操作人';
  if (!witness) fields.witness = '请填写监督人';
  else if (witness === operator) fields.witness = '监督人不能与操作人为同一人';
  if (Object.keys(fields).length > 0) throw fieldError(fields);
  return { operator, witness };
}
