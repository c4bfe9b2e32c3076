import ExcelJS from 'exceljs';

/** Reads and edits an exported item list the way a clerk would in Excel, by column titles. */
export class ItemWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: ExcelJS.Worksheet;
  readonly headerRow: number;
  private readonly columns: Map<string, number>;

  private constructor(workbook: ExcelJS.Workbook) {
    this.workbook = workbook;
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('workbook has no sheet');
    this.sheet = sheet;
    this.headerRow = this.findHeaderRow();
    this.columns = new Map();
    this.sheet.getRow(this.headerRow).eachCell((cell, col) => this.columns.set(String(cell.value), col));
  }

  static async read(file: string): Promise<ItemWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return new ItemWorkbook(workbook);
  }

  private findHeaderRow(): number {
    for (let r = 1; r <= 10; r++) {
      const values = (this.sheet.getRow(r).values as unknown[]).map(String);
      if (values.includes('序号') && values.includes('抽查事项')) return r;
    }
    throw new Error('no header row with 序号 and 抽查事项');
  }

  title(): string {
    return String(this.sheet.getRow(1).getCell(1).value ?? '');
  }

  /** Data rows below the header that have a 抽查事项. */
  itemRows(): number[] {
    const rows: number[] = [];
    for (let r = this.headerRow + 1; r <= this.sheet.rowCount; r++) {
      if (this.text(r, '抽查事项')) rows.push(r);
    }
    return rows;
  }

  col(title: string): number {
    const col = this.columns.get(title);
    if (col === undefined) throw new Error(`no column ${title}`);
    return col;
  }

  text(row: number, title: string): string {
    const value = this.sheet.getRow(row).getCell(this.col(title)).value;
    return value === null || value === undefined ? '' : String(value);
  }

  set(row: number, title: string, value: string | number): void {
    this.sheet.getRow(row).getCell(this.col(title)).value = value;
  }

  async write(file: string): Promise<void> {
    await this.workbook.xlsx.writeFile(file);
  }
}
