// Page model of the technician area (`/technicien/*`): log in, save records, read the sync state.
import type { Page } from 'playwright-core';
import { LoginPage } from './login.page.ts';

// The browser globals page functions use (this Node project has no DOM types).
declare const navigator: { serviceWorker: { controller: object | null } };
declare const document: { querySelector(s: string): { getAttribute(a: string): string | null } | null };

export class TechnicianPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  readonly pill = () => this.page.getByTestId('sync-pill');
  readonly interventions = () => this.page.getByTestId('intervention-item');
  readonly installations = () => this.page.getByTestId('installation-item');

  async logIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/connexion?next=%2Ftechnicien`);
    await new LoginPage(this.page).logIn(email, password);
    await this.page.getByTestId('technician-home').waitFor();
  }

  /** The service worker controls the page: reloads and reopenings work offline. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
  }

  /** A sync has completed at least once on this device (reference data, cursor). */
  async waitForSync(): Promise<void> {
    await this.page.waitForFunction(
      () => !!document.querySelector('[data-testid=sync-pill]')?.getAttribute('data-last-sync'),
      undefined,
      { timeout: 60_000 },
    );
  }

  async pending(): Promise<number> {
    return Number(await this.pill().getAttribute('data-pending'));
  }

  async rejected(): Promise<number> {
    return Number(await this.pill().getAttribute('data-rejected'));
  }

  /** Fills and saves the new-intervention form; resolves once the device confirmed the save. */
  async createIntervention(input: {
    kind: string;
    summary: string;
    photo?: { name: string; buffer: Buffer };
    /** Ticks "Panne en cours" (power and fibre-cut entries only). */
    outageInProgress?: boolean;
    /** Picks a place from the device's reference data: typed text, then the first result of that type naming `name`. */
    place?: { search: string; type: string; name: string };
    /** Runs on the filled form just before saving (screenshots). */
    before?: (page: Page) => Promise<void>;
  }): Promise<void> {
    await this.page.getByRole('link', { name: 'Nouvelle', exact: true }).last().click();
    const form = this.page.getByTestId('intervention-form');
    await form.waitFor();
    await form.getByRole('radio', { name: input.kind }).check();
    if (input.outageInProgress) await form.getByTestId('outage-in-progress').getByRole('checkbox').check();
    if (input.place) {
      await form.getByRole('searchbox', { name: /^Lieu/ }).fill(input.place.search);
      await form
        .locator('.place-option')
        .filter({ has: this.page.locator('.place__type', { hasText: new RegExp(`^${input.place.type}$`) }) })
        .filter({ hasText: input.place.name })
        .first()
        .click();
      await form.getByTestId('place-chosen').waitFor();
    }
    await form.getByLabel('Résumé').fill(input.summary);
    if (input.photo) {
      await form.getByTestId('photo-input').setInputFiles({ ...input.photo, mimeType: 'image/png' });
      await form.getByTestId('photo-thumbs').locator('img').waitFor();
    }
    await input.before?.(this.page);
    await form.getByTestId('save').click();
    await this.page.getByTestId('saved-notice').waitFor();
  }

  async createInstallation(serial: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Installations', exact: true }).click();
    await this.page.getByRole('link', { name: 'Nouvelle installation' }).click();
    const form = this.page.getByTestId('installation-form');
    await form.waitFor();
    await form.getByLabel('Numéro de série ONT').fill(serial);
    await form.getByTestId('save').click();
    await this.page.getByTestId('saved-notice').waitFor();
  }
}
