// Members' exported scan files, as a facilitator receives them, for the team view's tests.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The ids of the 16 statements, in deck order. */
export const STATEMENTS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid']
  .flatMap((d) => [`${d}.u1`, `${d}.u2`]);

/**
 * A member's exported scan file, as a file to pick ({ name, mimeType, buffer }): every
 * statement answered `base`, the two feedback statements as given.
 */
export function memberPayload(name, respondent, base, feedback) {
  const answers = Object.fromEntries(STATEMENTS.map((s) => [s, base]));
  answers['feedbackprocessen.u1'] = feedback[0];
  answers['feedbackprocessen.u2'] = feedback[1];
  const doc = {
    format: 'ontwikkelkaarten', version: 1, app_version: '0.1.0', exported_at: '2026-11-20T10:00:00',
    suggestions: {}, plans: [],
    scans: [{ id: `scan-${name}`, label: 'Nulmeting', respondent, role: '', organisation: 'MT Noord', started: '2026-11-20T09:00:00', finished: '2026-11-20T09:06:00', answers }],
  };
  return { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) };
}

/** Writes that file into `dir` and resolves to its path. */
export async function memberFile(dir, name, respondent, base, feedback) {
  const { name: file, buffer } = memberPayload(name, respondent, base, feedback);
  const path = join(dir, file);
  await writeFile(path, buffer);
  return path;
}
