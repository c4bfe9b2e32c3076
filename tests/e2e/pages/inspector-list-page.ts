import { expect, type Locator, type Page } from '@playwright/test';
import { ImportWizard } from './import-wizard.ts';

/** The 执法人员名录库 screen as a clerk sees it. */
export class InspectorListPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly detail: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByRole('grid', { name: '执法检查人员名录' });
    this.rows = this.grid.locator('[role="row"][data-id]');
    this.count = page.getByTestId('inspector-count');
    this.detail = page.getByRole('dialog', { name: '执法检查人员详情' });
  }

  toolbarButton(name: '导入人员' | '新增' | '导入回避关系' | '导出 Excel' | '下载导入模板'): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name, exact: true }) });
  }

  async openImport(button: '导入人员' | '导入回避关系', title: string): Promise<ImportWizard> {
    await this.toolbarButton(button).click();
    const wizard = new ImportWizard(this.page, title);
    await expect(wizard.dialog).toBeVisible();
    return wizard;
  }

  async open(name: string): Promise<Locator> {
    await this.grid.getByRole('gridcell', { name, exact: true }).click();
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
    return this.detail;
  }

  async closeDetail(): Promise<void> {
    await this.detail.getByRole('button', { name: '关闭' }).click();
    await expect(this.detail).toBeHidden();
  }

  notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}
