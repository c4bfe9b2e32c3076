import { expect, type Locator, type Page } from '@playwright/test';

type CountKey = 'new' | 'updated' | 'unchanged' | 'flagged' | 'rejected' | 'skipped';

/** The import wizard dialog: file, column mapping, preview, import. */
export class ImportWizard {
  readonly page: Page;
  readonly dialog: Locator;
  readonly headline: Locator;
  readonly previewTable: Locator;
  readonly notImported: Locator;
  readonly progress: Locator;

  constructor(page: Page, title: string) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: title });
    this.headline = this.dialog.getByTestId('import-headline');
    this.previewTable = this.dialog.getByRole('table', { name: '预览的行' });
    this.notImported = this.dialog.getByRole('table', { name: '不导入的行' });
    this.progress = this.dialog.getByRole('status', { name: '导入进度' });
  }

  /** Step 1: 选择文件… and the file chooser. */
  async chooseFile(file: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.button('选择文件…').click();
    await (await choosing).setFiles(file);
    await expect(this.button('下一步：预览')).toBeVisible();
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

  async preview(): Promise<void> {
    await this.button('下一步：预览').click();
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
