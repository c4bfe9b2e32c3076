import { expect, type Locator, type Page } from '@playwright/test';

/** One task's page: its terms and the draw ceremony, as a clerk sees them. */
export class TaskDetailPage {
  readonly page: Page;
  readonly ceremony: Locator;
  readonly drawnTable: Locator;
  readonly drawnRows: Locator;
  readonly seed: Locator;
  readonly poolHash: Locator;
  readonly voided: Locator;

  constructor(page: Page) {
    this.page = page;
    this.ceremony = page.getByRole('region', { name: '随机抽取' });
    this.drawnTable = this.ceremony.getByRole('table', { name: '抽中的检查对象' });
    this.drawnRows = this.drawnTable.locator('tbody tr');
    this.seed = this.ceremony.getByTestId('draw-seed');
    this.poolHash = this.ceremony.getByTestId('draw-pool-hash');
    this.voided = page.getByRole('region', { name: '已作废的抽取' });
  }

  async open(url: string, taskId: number): Promise<void> {
    await this.page.goto(`${url}#/tasks/${taskId}`);
    await expect(this.ceremony).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  /** Fills 操作人 and 监督人 and presses 开始抽取. */
  async draw(operator: string, witness: string): Promise<void> {
    await this.ceremony.getByRole('textbox', { name: '操作人' }).fill(operator);
    await this.ceremony.getByRole('textbox', { name: '监督人' }).fill(witness);
    await this.button('开始抽取').click();
  }

  /** Opens 复核 and returns the dialog, once the core has answered. */
  async verify(): Promise<Locator> {
    await this.button('复核').click();
    const dialog = this.page.getByRole('dialog', { name: /^复核抽取记录/ });
    await expect(dialog.getByTestId('verify-summary')).toBeVisible();
    return dialog;
  }

  /** The inspector chips of one drawn entity, by its position in the list. */
  team(position: number): Locator {
    return this.drawnRows.nth(position - 1).locator('.MuiChip-root');
  }

  notice(): Locator {
    return this.page.locator('.MuiSnackbar-root');
  }
}
