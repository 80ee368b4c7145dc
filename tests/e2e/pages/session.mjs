// The team session: starting one, the invitation on the big screen, collecting the
// members' results, and a member's way back to the facilitator.
import { readFile } from 'node:fs/promises';
import { AppPage } from './app.mjs';

export class SessionsPage extends AppPage {
  async open() {
    return super.open('#/teamsessie');
  }

  /** Starts a session; resolves once its page shows. */
  async start({ team, name, minimum, namesAllowed = false }) {
    await this.main.getByLabel('Team', { exact: true }).fill(team);
    await this.main.getByLabel('Naam van de sessie').fill(name);
    if (minimum !== undefined) await this.main.getByLabel('Minimaal aantal deelnemers voor een teambeeld').fill(String(minimum));
    if (namesAllowed) await this.press(this.main.getByLabel('Deelnemers mogen hun naam toevoegen'));
    await this.press(this.main.getByRole('button', { name: 'Start de sessie' }));
    await this.main.getByRole('heading', { level: 2, name: 'Uitkomsten verzamelen' }).waitFor();
  }

  /** A member types the code read aloud. */
  async joinWithCode(code) {
    await this.main.getByLabel('Code van de sessie').fill(code);
    await this.press(this.main.getByRole('button', { name: 'Meedoen', exact: true }));
  }

  get codeError() {
    return this.main.getByText(/^Dat is geen code van een sessie/);
  }
}

export class TeamSessionPage extends AppPage {
  /** "N binnen", and how many are still needed (a live status line). */
  get counter() {
    return this.main.getByRole('status').filter({ hasText: / binnen/ });
  }

  /** The code read aloud, "K7M-2QX". */
  async code() {
    const line = await this.main.getByText(/^Code: /).textContent();
    return line.replace('Code: ', '').trim();
  }

  /** Copies the invitation link (for a chat); resolves to the text on the clipboard. */
  async copyInvitation() {
    const panel = this.main.getByRole('heading', { level: 2, name: 'Uitnodigen' }).locator('xpath=..');
    await this.press(panel.getByRole('button', { name: 'Kopieer link' }));
    await panel.getByText('✓ Link gekopieerd').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  get invitationQr() {
    return this.main.getByRole('img', { name: 'QR-code om mee te doen aan de sessie' });
  }

  /** Pastes a text (a chat, a mail) into the collecting box and adds its links. */
  async paste(text) {
    await this.main.getByLabel('Plak hier de berichten met links').fill(text);
    await this.press(this.main.getByRole('button', { name: 'Links toevoegen' }));
  }

  async importFiles(files) {
    await this.main.getByLabel('Scanbestanden kiezen').setInputFiles(files);
  }

  /** What collecting last said. The report is a status line of its own; it has no name,
   * so its class tells it from the counter. */
  get report() {
    return this.main.locator('.collect-report');
  }

  async startCamera() {
    await this.press(this.main.getByRole('button', { name: 'Scan QR-codes met de camera' }));
  }

  async stopCamera() {
    await this.press(this.main.getByRole('button', { name: 'Camera uit' }));
  }

  /** "Toch toevoegen" for a result made for another session. */
  async addAnyway() {
    await this.press(this.main.getByRole('button', { name: 'Toch toevoegen' }).first());
  }

  get members() {
    return this.main.getByRole('listitem').filter({ hasText: /^Deelnemer \d+/ });
  }

  /** The team table on the screen (the print block holds another, for paper only). */
  get teamTable() {
    return this.main.getByRole('table', { name: /^Per dimensie, over de deelnemers/ });
  }

  /** The team figures as shown: per dimension row, [mean, median, min, max, n]. */
  async figures() {
    return this.teamTable.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  }

  get waitingNotice() {
    return this.main.getByText(/^Nog \d+ (uitkomst|uitkomsten) nodig\./);
  }

  async showOnBigScreen() {
    await this.press(this.main.getByRole('link', { name: 'Toon op het grote scherm' }));
  }

  /** Exports the session; resolves to the file's text. */
  async exportText({ withAnswers = false } = {}) {
    await this.main.getByLabel('Met de losse antwoorden van iedere deelnemer').setChecked(withAnswers);
    const download = await this.download(this.main.getByRole("button", { name: "Sessie exporteren" }));
    return readFile(await download.path(), "utf8");
  }
}

export class InviteScreen extends AppPage {
  get qr() {
    return this.main.getByRole('img', { name: 'QR-code om mee te doen aan de teamsessie' });
  }

  get code() {
    return this.main.getByLabel(/^Code /);
  }

  async ready() {
    await this.page.waitForSelector('svg[data-qr-version]');
  }
}

/** A member's result page, with the panel that sends it back. */
export class SendPanel extends AppPage {
  get panel() {
    return this.main.getByRole('region', { name: 'Stuur naar de begeleider' });
  }

  /** Copies the result link; resolves to the text on the clipboard. */
  async copyLink() {
    await this.press(this.panel.getByRole('button', { name: 'Kopieer link' }));
    await this.panel.getByText('✓ Link gekopieerd').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async showQr() {
    await this.press(this.panel.getByRole('button', { name: 'Toon als QR-code' }));
    await this.qr.waitFor();
  }

  get qr() {
    return this.panel.getByRole('img', { name: 'QR-code met je uitkomst' });
  }
}
