// Page model of the coordination area: the review list (`/coordination`) and an intervention.
import type { Page } from 'playwright-core';

export class CoordinationPage {
  constructor(readonly page: Page) {}

  readonly rows = () => this.page.getByTestId('intervention-row');
  readonly statusFilter = (label: string) =>
    this.page.getByRole('group', { name: /Statut|Status/ }).getByRole('button', { name: label, exact: true });
  readonly exportButton = () => this.page.getByTestId('export-interventions.csv');
  readonly detail = () => this.page.getByTestId('intervention-detail');
  readonly detailStatus = () => this.detail().locator('header').getByTestId('status-label');
  readonly reviewComment = () => this.page.getByTestId('review-comment');
  readonly reviewHistory = () => this.page.getByTestId('review-history');

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/coordination`);
    await this.waitForList();
  }

  /** The list has answered: rows, or the empty state. */
  async waitForList(): Promise<void> {
    await this.page.locator('[data-testid="intervention-row"], .coord-status--empty').first().waitFor();
  }

  async filterByStatus(label: string): Promise<void> {
    await this.statusFilter(label).click();
    await this.page.locator('.coord-chip[aria-pressed="true"]', { hasText: label }).waitFor();
    await this.waitForList();
  }

  /** The status words of the rows shown. */
  async rowStatuses(): Promise<string[]> {
    return this.rows().getByTestId('status-label').allInnerTexts();
  }

  async openRow(summary: string): Promise<void> {
    await this.rows().filter({ hasText: summary }).click();
    await this.detail().locator('h1').waitFor();
  }

  async requestChanges(comment: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Demander une correction' }).click();
    await this.page.getByLabel('Ce qu’il faut corriger').fill(comment);
    await this.page.getByRole('button', { name: 'Envoyer la demande' }).click();
  }

  async approve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Valider' }).click();
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('link', { name: /Retour à la liste/ }).click();
    await this.waitForList();
  }
}
