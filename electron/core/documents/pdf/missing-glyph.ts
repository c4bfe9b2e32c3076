import { AppError } from '../../errors.ts';

/** “X”（U+2A6D6）: a character as the clerk sees it, and its code to search for or report. */
export function characterLabel(character: string): string {
  const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `“${character}”（U+${code}）`;
}

const WHAT_TO_DO = '请安装含有该字的字体（如 Windows 自带的“宋体-ExtB”），或把该字改为常用写法后重新生成。';

/**
 * A character that neither a role's font nor any fallback font has. Printing on would leave a gap
 * where the character belongs (a name missing a character), so the document is refused instead.
 */
export class MissingGlyphError extends AppError {
  readonly character: string;

  constructor(character: string) {
    super(`无法打印字符${characterLabel(character)}：本机没有包含该字的字体。${WHAT_TO_DO}`, {
      cause: `no embedded or fallback font has U+${character.codePointAt(0)!.toString(16).toUpperCase()}`,
    });
    this.character = character;
  }
}

/** The parts of an entity a document prints that a clerk can correct in the roster. */
export interface EntityText {
  name: string;
  address?: string | null | undefined;
  legalRep?: string | null | undefined;
}

const FIELDS = [
  ['name', '名称'],
  ['address', '地址'],
  ['legalRep', '法定代表人'],
] as const;

/**
 * The missing character told as the clerk can act on it: which entity, which of its fields.
 * `where` says in English, for the log, which document it was.
 */
export function missingGlyphOfEntity(err: MissingGlyphError, entity: EntityText, where = `entity "${entity.name}"`): AppError {
  const field = FIELDS.find(([key]) => entity[key]?.includes(err.character))?.[1];
  const place = field ? `${field}中的字符` : '文书中的字符';
  return new AppError(`无法打印“${entity.name}”${place}${characterLabel(err.character)}：本机没有包含该字的字体。${WHAT_TO_DO}`, {
    cause: `${where}: ${err.logCause ?? err.message}`,
  });
}

/** For a document holding many entities (a 公示, a combined PDF): the first entity whose text holds the character. */
export function missingGlyphAmong(err: MissingGlyphError, entities: readonly EntityText[]): AppError {
  const entity = entities.find((e) => FIELDS.some(([key]) => e[key]?.includes(err.character)));
  return entity ? missingGlyphOfEntity(err, entity) : err;
}
