import { XmlReader } from './xml-reader.ts';

/**
 * The workbook's shared strings, in order. A rich-text string is the text of its runs; phonetic
 * guides (<rPh>, the readings Japanese Excel adds above a name) are not part of what the cell
 * shows and are left out.
 */
export async function readSharedStrings(chunks: AsyncIterable<Buffer>): Promise<string[]> {
  const strings: string[] = [];
  let text: string[] = [];
  let inString = false;
  let inText = false;
  let phonetic = 0;
  const reader = new XmlReader({
    open(name) {
      if (name === 'si') {
        inString = true;
        text = [];
      } else if (name === 't' && inString && phonetic === 0) {
        inText = true;
      } else if (name === 'rPh') {
        phonetic += 1;
      }
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        strings.push(text.join(''));
        inString = false;
      }
    },
    text(value) {
      if (inText) text.push(value);
    },
  });
  for await (const chunk of chunks) reader.write(chunk);
  reader.end();
  return strings;
}
