// Team session links made the way the app makes them (src/domain/session/link.rs), for
// tests and the benchmark that need many members' results without as many phones.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const STATEMENTS = ['gedeelde-visie', 'leren-op-de-werkvloer', 'teamleren', 'feedbackprocessen', 'partners', 'kwaliteitscultuur', 'eigenaarschap', 'structuur-en-beleid']
  .flatMap((d) => [`${d}.u1`, `${d}.u2`]);

function base64url(bytes) {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function seal(bytes) {
  let a = 0;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 255;
    b = (b + a) % 255;
  }
  return base64url([...bytes, b, a]);
}

/** The 30 bits of a session code such as 'K7M-2QX'. */
export function codeBits(code) {
  return [...code.replace('-', '')].reduce((bits, ch) => bits * 32 + ALPHABET.indexOf(ch), 0);
}

/** An invitation to session `code` on `base`, with the session's `name`. */
export function invitationLink(base, { code, name = '', namesAllowed = false }) {
  const bits = codeBits(code);
  const bytes = [1, namesAllowed ? 1 : 0, (bits >>> 24) & 255, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255, ...Buffer.from(name, 'utf8')];
  return `${base}#/meedoen/${seal(bytes)}`;
}

/**
 * A result link on `base` for session `code`: `answers` 16 values (1–5, 0 "weet ik niet",
 * null skipped), result `id` (24 bits), filled in on `day` (ISO date), version `version`.
 */
export function resultLink(base, { code, id, answers, day = '2026-11-29', name = '', version = 1 }) {
  const bytes = [version, (code ? 1 : 0) | (name ? 2 : 0)];
  if (code) {
    const bits = codeBits(code);
    bytes.push((bits >>> 24) & 255, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255);
  }
  bytes.push((id >>> 16) & 255, (id >>> 8) & 255, id & 255);
  const days = Math.round((Date.parse(day) - Date.parse('2020-01-01')) / 86400000);
  bytes.push((days >>> 8) & 255, days & 255);
  let packed = 0n;
  for (const a of answers) packed = (packed << 3n) | BigInt(a === null ? 7 : a);
  for (let i = 5; i >= 0; i--) bytes.push(Number((packed >> BigInt(8 * i)) & 255n));
  bytes.push(...Buffer.from(name, 'utf8'));
  return `${base}#/antwoord/${seal(bytes)}`;
}

/** The same link as a newer version of the app would write it (version byte raised, the
 * checksum right again). */
export function newerVersionLink(link) {
  const [base, payload] = link.split('#/antwoord/');
  const bytes = [...Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64')];
  bytes[0] += 1;
  return `${base}#/antwoord/${seal(bytes.slice(0, -2))}`;
}

/** A session as the facilitator's device keeps it (localStorage `ontwikkelkaarten.teamsessies`). */
export function storedSessions(sessions) {
  return JSON.stringify({ format: 'ontwikkelkaarten', version: 1, teamsessies: sessions });
}
