import { expect, type Locator, type Page } from '@playwright/test';
import { TaskDetailPage } from './task-detail-page.ts';

/**
 * The witnessed draw on a task's page, as the clerk and the 监督人 go through it: 开始抽取, the
 * commitment, the 监督人's digits and public value, the confirmation; then the record's seed proof.
 */
export class DrawWitnessPage {
  readonly page: Page;
  readonly detail: TaskDetailPage;
  readonly commitment: Locator;
  readonly witnessForm: Locator;
  readonly digits: Locator;
  readonly publicValue: Locator;
  readonly openNotice: Locator;

  constructor(page: Page) {
    this.page = page;
    this.detail = new TaskDetailPage(page);
    this.commitment = this.detail.ceremony.getByTestId('commitment');
    this.witnessForm = this.detail.ceremony.getByRole('form', { name: '监督人输入随机数' });
    this.digits = this.witnessForm.getByRole('textbox', { name: '监督人随机数' });
    this.publicValue = this.witnessForm.getByRole('textbox', { name: '公开随机值（可不填）' });
    this.openNotice = this.detail.ceremony.getByRole('region', { name: '未完成的开始抽取' });
  }

  async open(url: string, taskId: number): Promise<void> {
    await this.detail.open(url, taskId);
  }

  /** The step the stepper above the draw shows as current (核对候选范围, 监督人输入随机数, 抽取结果). */
  activeStep(): Locator {
    return this.detail.ceremony.locator('.MuiStepLabel-label.Mui-active');
  }

  /** 操作人 and 监督人 of the draw form (also while a start is open, when they are filled from it). */
  person(label: '操作人' | '监督人'): Locator {
    return this.detail.ceremony.getByRole('textbox', { name: label, exact: true });
  }

  async fillPeople(operator: string, witness: string): Promise<void> {
    await this.person('操作人').fill(operator);
    await this.person('监督人').fill(witness);
  }

  /** 开始抽取 clicked: the confirmation that says what cannot be undone. */
  async askToStart(operator: string, witness: string): Promise<Locator> {
    await this.fillPeople(operator, witness);
    await this.detail.button('开始抽取').click();
    const confirm = this.page.getByRole('dialog', { name: '确认开始抽取' });
    await expect(confirm).toBeVisible();
    return confirm;
  }

  /** 开始抽取, confirmed, and the commitment it shows (64 hex digits, read off the screen). */
  async start(operator: string, witness: string): Promise<string> {
    const confirm = await this.askToStart(operator, witness);
    await confirm.getByRole('button', { name: '开始抽取' }).click();
    await expect(confirm).toBeHidden();
    return this.shownCommitment();
  }

  /** The eight groups as shown, joined. */
  async shownCommitment(): Promise<string> {
    const groups = this.commitment.locator('code');
    await expect(groups).toHaveCount(8);
    return (await groups.allTextContents()).join('');
  }

  /** The 监督人's part: digits, an optional public value, 完成抽取; returns the confirmation dialog. */
  async witness(digits: string, publicValue = ''): Promise<Locator> {
    await this.digits.fill(digits);
    if (publicValue) await this.publicValue.fill(publicValue);
    await this.witnessForm.getByRole('button', { name: '完成抽取' }).click();
    return this.page.getByRole('dialog', { name: '确认抽取' });
  }

  /** The record's facts about the seed: 种子来源, 承诺值, 秘密随机数 … */
  fact(testId: string): Locator {
    return this.detail.ceremony.getByTestId(testId);
  }
}
