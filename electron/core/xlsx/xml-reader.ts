import { SaxesParser } from 'saxes';

/** What a part's reader does with the XML, element names without their namespace prefix. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * An XML part fed as it inflates. Bytes are decoded as one stream, so a Chinese character split
 * between two chunks stays whole (decoding chunk by chunk turned it into U+FFFD). Malformed XML
 * throws from `write` or `end`, never only emits an event nobody awaits.
 */
export class XmlReader {
  private readonly parser = new SaxesParser({ position: false });
  private readonly decoder = new TextDecoder('utf-8');
  private failure: Error | null = null;

  constructor(handlers: XmlHandlers) {
    this.parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
    this.parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
    this.parser.on('text', (text) => handlers.text(text));
    this.parser.on('cdata', (text) => handlers.text(text));
    this.parser.on('error', (err) => {
      this.failure ??= err;
    });
  }

  write(chunk: Buffer): void {
    this.parser.write(this.decoder.decode(chunk, { stream: true }));
    this.check();
  }

  end(): void {
    const rest = this.decoder.decode();
    if (rest) this.parser.write(rest);
    this.parser.close();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

/** Parses a whole small part. */
export function readXml(bytes: Buffer, handlers: XmlHandlers): void {
  const reader = new XmlReader(handlers);
  reader.write(bytes);
  reader.end();
}

/** `x:row` and `row` alike: some systems write the spreadsheet namespace with a prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` → `id`), for the relationship ids. */
export function attributeOf(attributes: Record<string, string>, local: string): string | undefined {
  if (attributes[local] !== undefined) return attributes[local];
  for (const [key, value] of Object.entries(attributes)) if (key.endsWith(`:${local}`)) return value;
  return undefined;
}
