import { expect, type Locator, type Page } from '@playwright/test';

/** 检查结果: the results grid of a task, its side form, 批量设置 and the 公示 tab. */
export class ResultsPage {
  readonly page: Page;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly progress: Locator;
  readonly deadline: Locator;
  readonly form: Locator;

  constructor(page: Page) {
    this.page = page;
    this.grid = page.getByRole('grid', { name: '检查结果' });
    this.rows = this.grid.locator('[role="row"][data-id]');
    this.progress = page.getByTestId('entry-progress');
    this.deadline = page.getByTestId('entry-deadline');
    this.form = page.getByRole('form', { name: '录入检查结果' });
  }

  async open(url: string, taskId: number): Promise<void> {
    await this.page.goto(`${url}#/results/${taskId}`);
    await expect(this.rows.first()).toBeVisible();
  }

  /** The grid cell of one column in the n-th row (1-based). */
  cell(position: number, field: string): Locator {
    return this.rows.nth(position - 1).locator(`[data-field="${field}"]`);
  }

  /**
   * Ticks one row. The grid's checkbox is controlled by React state: on a loaded machine the new
   * state may render after Playwright's check() has already looked ("did not change its state",
   * though the row was ticked), so the click is followed by a waiting assertion instead.
   */
  async tick(position: number): Promise<void> {
    const box = this.rows.nth(position - 1).getByRole('checkbox');
    await expect(box).not.toBeChecked();
    await box.click();
    await expect(box).toBeChecked();
  }

  notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}
