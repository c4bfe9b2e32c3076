import { expect, type Locator, type Page } from '@playwright/test';

type CountKey = 'new' | 'updated' | 'unchanged' | 'flagged' | 'rejected' | 'skipped' | 'hinted';

/** The import wizard dialog: file, column mapping, values, preview, import. */
export class ImportWizard {
  readonly page: Page;
  readonly dialog: Locator;
  readonly headline: Locator;
  readonly previewTable: Locator;
  readonly notImported: Locator;
  readonly hinted: Locator;
  readonly progress: Locator;

  constructor(page: Page, title: string) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: title });
    this.headline = this.dialog.getByTestId('import-headline');
    this.previewTable = this.dialog.getByRole('table', { name: '预览的行' });
    this.notImported = this.dialog.getByRole('table', { name: '不导入的行' });
    this.hinted = this.dialog.getByRole('table', { name: '有提示的行' });
    this.progress = this.dialog.getByRole('status', { name: '导入进度' });
  }

  /** Step 1: 选择文件… and the file chooser. */
  async chooseFile(file: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.button('选择文件…').click();
    await (await choosing).setFiles(file);
    await expect(this.button('下一步：核对取值')).toBeVisible();
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** Step 2: the select of one field (its accessible name starts with the field's label). */
  column(label: string): Locator {
    return this.dialog.getByRole('combobox', { name: new RegExp(`^${label}`) });
  }

  async mapColumn(label: string, header: string): Promise<void> {
    await this.column(label).click();
    await this.page.getByRole('option', { name: header, exact: true }).click();
  }

  /**
   * Step 3: every written value of the enumerated columns, read from the whole file. A file with
   * no such column goes straight on to the preview, which the same run serves.
   */
  async values(): Promise<void> {
    await this.button('下一步：核对取值').click();
    await expect(this.dialog.getByTestId('values-hint').or(this.headline)).toBeVisible({ timeout: 30_000 });
  }

  /** The table of one enumerated column in step 3 (its field key: riskClass, regStatus, status…). */
  valueTable(field: string): Locator {
    return this.dialog.getByTestId(`values-${field}`);
  }

  /** The row of one written value in the value step's table. */
  valueRow(field: string, raw: string): Locator {
    return this.valueTable(field).locator(`tr[data-value="${raw}"]`);
  }

  async chooseValue(field: string, raw: string, value: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: `“${raw}”导入为` }).click();
    await this.page.getByRole('option', { name: value, exact: true }).click();
    await expect(this.valueRow(field, raw)).toContainText('已修改');
  }

  /** Steps 3 and 4: through the values (as proposed, unless already there) to the preview. */
  async preview(): Promise<void> {
    if (await this.button('下一步：核对取值').isVisible()) await this.values();
    if (!(await this.headline.isVisible())) await this.button('下一步：预览').click();
    await expect(this.headline).toContainText('现在还没有写入任何数据', { timeout: 30_000 });
  }

  count(key: CountKey): Locator {
    return this.dialog.getByTestId(`import-count-${key}`);
  }

  async expectCounts(counts: Partial<Record<CountKey, number>>): Promise<void> {
    for (const [key, n] of Object.entries(counts)) await expect(this.count(key as CountKey)).toHaveText(new RegExp(` ${n}$`));
  }

  /** One row of the preview table, by its row number in the file. */
  previewRow(row: number): Locator {
    return this.previewTable.locator(`tr[data-row="${row}"]`);
  }

  async confirm(): Promise<void> {
    await this.button('确认导入').click();
    await expect(this.headline).toContainText('导入完成', { timeout: 30_000 });
  }

  async finish(): Promise<void> {
    await this.button('完成').click();
    await expect(this.dialog).toBeHidden();
  }
}

/** The cells of a preview row marked as wrong, each with its reason as the hover text. */
export function problemCells(row: Locator): Locator {
  return row.locator('td[data-problem="true"]');
}
