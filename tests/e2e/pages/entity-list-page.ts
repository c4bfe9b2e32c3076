import { expect, type Locator, type Page } from '@playwright/test';
import { ImportWizard } from './import-wizard.ts';

/** The 检查对象名录库 screen as a clerk sees it. */
export class EntityListPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly searchBox: Locator;
  readonly detail: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByRole('grid', { name: '检查对象名录' });
    this.rows = this.grid.locator('[role="row"][data-id]');
    this.count = page.getByTestId('entity-count');
    this.searchBox = page.getByRole('searchbox', { name: '搜索市场主体' });
    this.detail = page.getByRole('dialog', { name: '检查对象详情' });
  }

  toolbarButton(name: '导入名录' | '新增' | '导出 Excel' | '下载导入模板' | '管理名录'): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  async expectCount(text: string): Promise<void> {
    await expect(this.count).toHaveText(text);
  }

  /** The texts of one column on the page shown, top to bottom. */
  column(field: 'code' | 'name' | 'legalRep' | 'address' | 'area' | 'entityType' | 'regStatus' | 'riskClass' | 'rosters'): Locator {
    return this.rows.locator(`[data-field="${field}"]`);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name, exact: true }) });
  }

  async openImport(): Promise<ImportWizard> {
    await this.toolbarButton('导入名录').click();
    const wizard = new ImportWizard(this.page, '导入检查对象名录');
    await expect(wizard.dialog).toBeVisible();
    return wizard;
  }

  /** Chooses a value in one of the filter selects (名录, 所属区域, …); '全部' clears it. */
  async filter(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async open(name: string): Promise<Locator> {
    await this.grid.getByRole('gridcell', { name, exact: true }).click();
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible();
    return this.detail;
  }

  form(): Locator {
    return this.page.getByRole('dialog', { name: /(新增|编辑)市场主体/ });
  }

  notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}
