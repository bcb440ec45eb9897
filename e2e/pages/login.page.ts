// Page model of `/connexion`.
import type { Page } from 'playwright-core';

export class LoginPage {
  constructor(readonly page: Page) {}

  readonly error = () => this.page.getByTestId('login-error');

  async logIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel(/Adresse e-mail|Email address/).fill(email);
    await this.page.getByLabel(/Mot de passe|Password/).fill(password);
    await this.page.getByRole('button', { name: /Se connecter|Log in/ }).click();
  }
}
