// Page model of the console's operations screen (`/coordination/operations`): incidents and channels.
import type { Page } from 'playwright-core';
import { LoginPage } from './login.page.ts';

export class OperationsPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  readonly detail = () => this.page.getByTestId('incident-detail');

  async logIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/connexion?next=%2Fcoordination%2Foperations`);
    await new LoginPage(this.page).logIn(email, password);
    await this.page.getByTestId('incidents').waitFor();
  }

  /** Opens the open incident whose card names this text. */
  async openIncident(text: string): Promise<void> {
    const card = this.page.getByTestId('incidents').getByTestId('incident-card').filter({ hasText: text });
    await card.getByRole('button', { name: 'Voir et mettre à jour' }).click();
    await this.page.getByTestId('incident-timeline').locator('li').first().waitFor();
  }

  async timelineSteps(): Promise<string[]> {
    return this.page.getByTestId('incident-timeline').locator('li > strong').allInnerTexts();
  }

  async status(): Promise<string> {
    return (await this.page.getByTestId('incident-status').textContent()) ?? '';
  }

  /** Resolves the incident shown, with a closing message for the public. */
  async resolve(publicText: string): Promise<void> {
    const form = this.page.getByTestId('incident-update');
    await form.getByLabel('Message au public (français)').fill(publicText);
    await form.getByRole('button', { name: 'Marquer résolu' }).click();
  }
}
