// Page model of the public map (`/`) and of the shell around it.
import type { Page } from 'playwright-core';

export class MapPage {
  constructor(readonly page: Page) {}

  readonly header = () => this.page.locator('header.app-header');
  readonly legend = () => this.page.getByTestId('map-legend');
  readonly counts = () => this.page.getByTestId('coverage-counts');
  readonly siteMarkers = () => this.page.locator('.leaflet-marker-icon.site-marker');
  readonly languageSwitch = () => this.page.getByTestId('language-switch');

  /** Relays drawn on the map: single markers, plus the members of the groups of relays too close on screen. */
  async relaysDrawn(): Promise<number> {
    const groups = await this.page
      .locator('.leaflet-marker-icon.site-group .site-group__count')
      .allTextContents();
    return (await this.siteMarkers().count()) + groups.reduce((sum, n) => sum + Number(n), 0);
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
    await this.waitForNetwork();
  }

  /** The coverage data is drawn: the legend has its counts (folded away on a phone). */
  async waitForNetwork(): Promise<void> {
    await this.counts().waitFor({ state: 'attached', timeout: 30_000 });
  }

  async sitesInLegend(): Promise<number> {
    return Number(await this.counts().getAttribute('data-sites'));
  }

  async legendTitle(): Promise<string> {
    return (await this.legend().locator('summary').textContent()) ?? '';
  }
}
