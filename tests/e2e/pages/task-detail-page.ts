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

  /**
   * The one-click draw: fills 操作人 and 监督人, ticks 一键抽取, presses it and confirms. (The
   * witnessed draw has its own page, draw-witness-page.ts.) Missing or identical names are
   * refused on the screen before the confirmation is asked.
   */
  async draw(operator: string, witness: string): Promise<void> {
    await this.ceremony.getByRole('textbox', { name: '操作人' }).fill(operator);
    await this.ceremony.getByRole('textbox', { name: '监督人', exact: true }).fill(witness);
    await this.ceremony.getByRole('checkbox', { name: '不使用监督人随机数（一键抽取）' }).check();
    await this.button('一键抽取').click();
    const confirm = this.page.getByRole('dialog', { name: '确认抽取' });
    if (
      await confirm.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      )
    )
      await confirm.getByRole('button', { name: '一键抽取' }).click();
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
