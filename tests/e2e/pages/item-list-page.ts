import { expect, type Locator, type Page } from '@playwright/test';

/** The 事项清单 screen as a clerk sees it: the table, the search box, the detail panel, the forms. */
export class ItemListPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly searchBox: Locator;
  readonly showRetired: Locator;
  readonly detail: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByRole('grid', { name: '随机抽查事项清单' });
    this.rows = this.grid.locator('[role="row"][data-id]');
    this.count = page.getByTestId('item-count');
    this.searchBox = page.getByRole('searchbox', { name: '搜索抽查事项' });
    this.showRetired = page.getByRole('switch', { name: '显示已停用' });
    this.detail = page.getByRole('dialog', { name: '抽查事项详情' });
  }

  async waitForList(): Promise<void> {
    await expect(this.count).toHaveText(/共 \d+ 项/);
    await expect(this.rows.first()).toBeVisible();
  }

  /** The texts of one column, top to bottom. */
  column(field: 'seq' | 'name' | 'target' | 'category' | 'level' | 'ratio'): Locator {
    return this.rows.locator(`[data-field="${field}"]`);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name, exact: true }) });
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`^(共|找到) ${n} 项$`));
    await expect(this.rows).toHaveCount(n);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  /** Opens an item's detail panel by clicking its name in the table. */
  async open(name: string): Promise<Locator> {
    await this.grid.getByRole('gridcell', { name, exact: true }).click();
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
    return this.detail;
  }

  async closeDetail(): Promise<void> {
    // Esc on the drawer itself: a page-level key press right after a click can land before focus moves in.
    await this.detail.press('Escape');
    await expect(this.detail).toBeHidden();
  }

  detailButton(name: string): Locator {
    return this.detail.getByRole('button', { name, exact: true });
  }

  /** The 新增 / 编辑 form dialog. */
  form(): ItemForm {
    return new ItemForm(this.page.getByRole('dialog', { name: /(新增|编辑)抽查事项/ }));
  }

  toolbarButton(name: '新增' | '导出 Excel' | '打印清单 (PDF)' | '从 Excel 导入'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** The snackbar's latest message. */
  notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}

/** The item form: fields by their Chinese labels, and the reasons the core gave for refusing. */
export class ItemForm {
  readonly dialog: Locator;

  constructor(dialog: Locator) {
    this.dialog = dialog;
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  async choose(label: '事项类别' | '事项级别', option: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).click();
    await this.dialog.page().getByRole('option', { name: option, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: '保存', exact: true }).click();
  }
}
