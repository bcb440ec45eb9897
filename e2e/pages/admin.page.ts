// Page model of the administration area (`/administration/*`): people, zones, and a one-time password.
import type { Page } from 'playwright-core';
import { LoginPage } from './login.page.ts';

export class AdminPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  readonly person = (name: string) => this.page.getByTestId('person').filter({ hasText: name });
  readonly zone = (name: string) => this.page.getByTestId('zone').filter({ hasText: name });

  async logIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/connexion?next=%2Fadministration`);
    await new LoginPage(this.page).logIn(email, password);
    await this.page.getByTestId('admin-people').waitFor();
  }

  async openPeople(): Promise<void> {
    await this.page.getByRole('link', { name: 'Personnes', exact: true }).click();
    await this.page.getByTestId('person').first().waitFor();
  }

  /** Creates an account with a generated password; returns the password shown once. */
  async createTechnician(name: string, email: string): Promise<string> {
    const form = this.page.getByTestId('create-user-form');
    await form.getByLabel('Nom', { exact: true }).fill(name);
    await form.getByLabel('Adresse e-mail').fill(email);
    await form.getByLabel('Rôle').selectOption('technician');
    await form.getByLabel('Généré maintenant, affiché une seule fois').check();
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    const password = await this.page.getByTestId('credential-value').innerText();
    await this.person(name).waitFor();
    return password.trim();
  }

  /**
   * Draws a new zone as a box of corners around a relay (the map centred on it), ticks one
   * technician, saves; resolves once the zone is listed.
   */
  async drawZoneAround(
    site: { id: string; name: string },
    zoneName: string,
    technicianName: string,
  ): Promise<void> {
    await this.page.getByRole('link', { name: 'Zones', exact: true }).click();
    await this.page.getByTestId('admin-zones').waitFor();
    await this.page.getByRole('button', { name: 'Nouvelle zone' }).click();
    const editor = this.page.getByTestId('zone-editor');
    await editor.getByLabel('Nom de la zone').fill(zoneName);
    await editor.getByLabel('Centrer la carte sur un relais').selectOption(site.id);
    const map = this.page.getByTestId('zone-map');
    await map.scrollIntoViewIfNeeded();
    // The map frames the whole network first, then centres on the relay: wait for the relay's marker
    // to sit at the centre before tapping.
    await this.page.waitForFunction(
      (title) => {
        const doc = (globalThis as unknown as { document: DocumentLike }).document;
        const mapBox = doc.querySelector('[data-testid=zone-map]')?.getBoundingClientRect();
        const marker = doc.querySelector(`.leaflet-marker-icon[title="${title}"]`)?.getBoundingClientRect();
        if (!mapBox || !marker) return false;
        const dx = marker.x + marker.width / 2 - (mapBox.x + mapBox.width / 2);
        const dy = marker.y + marker.height / 2 - (mapBox.y + mapBox.height / 2);
        return Math.hypot(dx, dy) < 30;
      },
      site.name,
      { timeout: 20_000 },
    );
    // The legend card is open on wide screens: fold it so every tap lands on the map.
    const legend = map.locator('details[open] > summary');
    if (await legend.count()) await legend.first().click();
    const box = await map.boundingBox();
    if (!box) throw new Error('zone map not shown');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [
      [-130, -100],
      [130, -100],
      [130, 100],
      [-130, 100],
    ] as const) {
      await this.page.mouse.click(cx + dx, cy + dy);
    }
    await editor.getByTestId('zone-corners').filter({ hasText: '4 sommets' }).waitFor();
    await editor.getByLabel(technicianName, { exact: false }).check();
    await editor.getByRole('button', { name: 'Enregistrer la zone' }).click();
    await this.page.getByText('Zone enregistrée.').waitFor();
    await this.zone(zoneName).waitFor();
  }

  /** Disables an account from its card (accepting the confirmation). */
  async disable(name: string): Promise<void> {
    const card = this.person(name);
    await card.getByText(`Actions pour ${name}`).click();
    this.page.once('dialog', (d) => void d.accept());
    await card.getByRole('button', { name: 'Désactiver' }).click();
    await card.getByTestId('person-state').filter({ hasText: 'Désactivé' }).waitFor();
  }
}

interface DocumentLike {
  querySelector(
    s: string,
  ): { getBoundingClientRect(): { x: number; y: number; width: number; height: number } } | null;
}
