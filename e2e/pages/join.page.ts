// Page model of the guided eligibility flow on the public map (`/`, client/join).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { MapPage } from './map.page.ts';

export type Step =
  | 'intent'
  | 'place'
  | 'result'
  | 'help'
  | 'subContact'
  | 'subDetails'
  | 'subConsent'
  | 'intKind'
  | 'intHome'
  | 'intSky'
  | 'intContact'
  | 'intConsent'
  | 'done';

export class JoinPage {
  constructor(readonly page: Page) {}

  /** A new tab on the public map, once the network is drawn. */
  static async open(context: BrowserContext, baseUrl: string): Promise<JoinPage> {
    const page = await context.newPage();
    await new MapPage(page).open(baseUrl);
    return new JoinPage(page);
  }

  readonly panel = () => this.page.getByTestId('join-panel');
  readonly verdict = () => this.page.getByTestId('verdict');
  readonly options = () => this.page.getByTestId('options');
  readonly asOf = () => this.page.getByTestId('result-as-of');
  readonly suggestions = () => this.page.getByTestId('address-suggestions').getByRole('button');
  readonly confirmation = () => this.page.getByTestId('confirmation');

  async waitForStep(step: Step): Promise<void> {
    await this.page.locator(`[data-testid="join-panel"][data-step="${step}"]`).waitFor({ timeout: 15_000 });
  }

  async chooseIntent(intent: 'connect' | 'help' | 'collectivity' | 'curious'): Promise<void> {
    await this.page.getByTestId(`intent-${intent}`).click();
    await this.waitForStep('place');
  }

  /** Types like a person: the autocomplete is debounced. */
  async typeAddress(query: string): Promise<void> {
    await this.page.getByLabel('Adresse', { exact: true }).pressSequentially(query, { delay: 20 });
  }

  async searchAndPick(query: string, label: string): Promise<void> {
    await this.typeAddress(query);
    await this.suggestions().filter({ hasText: label }).first().click();
    await this.waitForStep('result');
  }

  async verdictOf(): Promise<string | null> {
    await this.verdict().waitFor({ timeout: 15_000 });
    return this.verdict().getAttribute('data-verdict');
  }

  async next(): Promise<void> {
    await this.page.getByTestId('next').click();
  }

  async fillContact(c: { name?: string; email?: string; phone?: string }): Promise<void> {
    if (c.name !== undefined) await this.page.getByTestId('contact-name').fill(c.name);
    if (c.email !== undefined) await this.page.getByTestId('contact-email').fill(c.email);
    if (c.phone !== undefined) await this.page.getByTestId('contact-phone').fill(c.phone);
  }

  async consent(): Promise<void> {
    await this.page.getByTestId('consent').check();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('submit').click();
  }

  /** What the person reads, spaces folded (French puts no-break spaces before « : ? ! »). */
  async read(locator: Locator = this.panel()): Promise<string> {
    return (await locator.innerText()).replace(/\s+/g, ' ').trim();
  }
}
