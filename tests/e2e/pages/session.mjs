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
    await this.main.getByLabel(this.t('Naam van de sessie', 'Session name')).fill(name);
    if (minimum !== undefined) await this.main.getByLabel(this.t('Minimaal aantal deelnemers voor een teambeeld', 'Minimum number of participants for a team view')).fill(String(minimum));
    if (namesAllowed) await this.press(this.main.getByLabel(this.t('Deelnemers mogen hun naam toevoegen', 'Participants may add their name')));
    await this.press(this.main.getByRole('button', { name: this.t('Start de sessie', 'Start the session') }));
    await this.main.getByRole('heading', { level: 2, name: this.t('Uitkomsten verzamelen', 'Collect results') }).waitFor();
  }

  /** A member types the code read aloud. */
  async joinWithCode(code) {
    await this.main.getByLabel(this.t('Code van de sessie', 'Session code')).fill(code);
    await this.press(this.main.getByRole('button', { name: this.t('Meedoen', 'Join'), exact: true }));
  }

  get codeError() {
    return this.main.getByText(this.t(/^Dat is geen code van een sessie/, /^That is not a session code/));
  }
}

export class TeamSessionPage extends AppPage {
  /** "N binnen" ("N in"), and how many are still needed (a live status line). The English
   * is anchored: " in" alone is part of many a status text. */
  get counter() {
    return this.main.getByRole('status').filter({ hasText: this.t(/ binnen/, /^\d+ in\b/) });
  }

  /** The code read aloud, "K7M-2QX" (its line reads "Code: " in both languages). */
  async code() {
    const line = await this.main.getByText(/^Code: /).textContent();
    return line.replace('Code: ', '').trim();
  }

  /** Copies the invitation link (for a chat); resolves to the text on the clipboard. */
  async copyInvitation() {
    const panel = this.main.getByRole('heading', { level: 2, name: this.t('Uitnodigen', 'Invite') }).locator('xpath=..');
    await this.press(panel.getByRole('button', { name: this.t('Kopieer link', 'Copy link') }));
    await panel.getByText(this.t('✓ Link gekopieerd', '✓ Link copied')).waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  get invitationQr() {
    return this.main.getByRole('img', { name: this.t('QR-code om mee te doen aan de sessie', 'QR code to join the session') });
  }

  /** Pastes a text (a chat, a mail) into the collecting box and adds its links. */
  async paste(text) {
    await this.main.getByLabel(this.t('Plak hier de berichten met links', 'Paste the messages with links here')).fill(text);
    await this.press(this.main.getByRole('button', { name: this.t('Links toevoegen', 'Add links') }));
  }

  async importFiles(files) {
    await this.main.getByLabel(this.t('Scanbestanden kiezen', 'Choose scan files')).setInputFiles(files);
  }

  /** What collecting last said. The report is a status line of its own; it has no name,
   * so its class tells it from the counter. */
  get report() {
    return this.main.locator('.collect-report');
  }

  async startCamera() {
    await this.press(this.main.getByRole('button', { name: this.t('Scan QR-codes met de camera', 'Scan QR codes with the camera') }));
  }

  async stopCamera() {
    await this.press(this.main.getByRole('button', { name: this.t('Camera uit', 'Camera off') }));
  }

  /** "Toch toevoegen" ("Add anyway") for a result made for another session. */
  async addAnyway() {
    await this.press(this.main.getByRole('button', { name: this.t('Toch toevoegen', 'Add anyway') }).first());
  }

  get members() {
    return this.main.getByRole('listitem').filter({ hasText: this.t(/^Deelnemer \d+/, /^Participant \d+/) });
  }

  /** The team table on the screen (the print block holds another, for paper only). */
  get teamTable() {
    return this.main.getByRole('table', { name: this.t(/^Per dimensie, over de deelnemers/, /^Per dimension, across the participants/) });
  }

  /** The team figures as shown: per dimension row, [mean, median, min, max, n]. */
  async figures() {
    return this.teamTable.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  }

  get waitingNotice() {
    return this.main.getByText(this.t(/^Nog \d+ (uitkomst|uitkomsten) nodig\./, /^Still \d+ (result|results) needed\./));
  }

  async showOnBigScreen() {
    await this.press(this.main.getByRole('link', { name: this.t('Toon op het grote scherm', 'Show on the big screen') }));
  }

  /** Exports the session; resolves to the file's text. */
  async exportText({ withAnswers = false } = {}) {
    await this.main.getByLabel(this.t('Met de losse antwoorden van iedere deelnemer', "With each participant's individual answers")).setChecked(withAnswers);
    const download = await this.download(this.main.getByRole("button", { name: this.t('Sessie exporteren', 'Export session') }));
    return readFile(await download.path(), "utf8");
  }
}

export class InviteScreen extends AppPage {
  get qr() {
    return this.main.getByRole('img', { name: this.t('QR-code om mee te doen aan de teamsessie', 'QR code to join the team session') });
  }

  /** The code, named "Code K 7 M …" in both languages. */
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
    return this.main.getByRole('region', { name: this.t('Stuur naar de begeleider', 'Send to the facilitator') });
  }

  /** Copies the result link; resolves to the text on the clipboard. */
  async copyLink() {
    await this.press(this.panel.getByRole('button', { name: this.t('Kopieer link', 'Copy link') }));
    await this.panel.getByText(this.t('✓ Link gekopieerd', '✓ Link copied')).waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async showQr() {
    await this.press(this.panel.getByRole('button', { name: this.t('Toon als QR-code', 'Show as QR code') }));
    await this.qr.waitFor();
  }

  get qr() {
    return this.panel.getByRole('img', { name: this.t('QR-code met je uitkomst', 'QR code with your result') });
  }
}
