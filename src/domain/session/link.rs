//! The two links of a team session, both in the URL fragment (never sent to a server):
//!
//! - the **invitation** (`#/meedoen/<payload>`) the join screen shows as a QR code: the
//!   session's code, its name and whether members may add theirs;
//! - a member's **result** (`#/antwoord/<payload>`), sent back to the facilitator: the
//!   16 answers in 6 bytes, so that the whole link stays short enough for a QR code a
//!   laptop camera reads off a phone screen.
//!
//! Both payloads are bytes in base64url, starting with a version byte and ending with a
//! 16-bit checksum, so that a link cut off or changed on the way is told apart from a
//! link of a newer version.
//!
//! A result without a name is 19 bytes, 26 characters:
//!
//! ```
//! use ontwikkelkaarten::domain::session::{ResultLink, SessionCode};
//! use ontwikkelkaarten::domain::scan::Answer;
//! let link = ResultLink {
//!     session: SessionCode::parse("K7M-2QX"),
//!     id: 0x00AB_CDEF,
//!     day: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
//!     answers: [Some(Answer::Score(4)); 16],
//!     name: String::new(),
//! };
//! let payload = link.encode();
//! assert_eq!(payload.len(), 26);
//! assert_eq!(ResultLink::decode(&payload), Ok(link));
//! ```

use chrono::NaiveDate;

use super::SessionCode;
use crate::domain::files::share::{base64url, from_base64url, LinkError};
use crate::domain::scan::{Answer, STATEMENTS};

/// The version this build writes, of both links. A version names the byte layout and,
/// for a result, the statements in the order their answers are packed.
pub const LINK_VERSION: u8 = 1;

/// The most bytes (UTF-8) of a name a link carries: 40 letters of a Latin name, fewer with
/// accents or emoji, so that a link with a name stays under 200 characters.
pub const NAME_LIMIT: usize = 40;

/// The address part before an invitation's payload.
pub const JOIN_PREFIX: &str = "#/meedoen/";
/// The address part before a result's payload.
pub const RESULT_PREFIX: &str = "#/antwoord/";

/// Bit 0 of the flags: the link names a session. Bit 1: it carries a name.
const HAS_SESSION: u8 = 1;
const HAS_NAME: u8 = 2;
/// In an invitation, bit 0 of the flags: members may add their name.
const NAMES_ALLOWED: u8 = 1;

/// The answers of all statements in a result, in [`STATEMENTS`] order.
pub type Answers = [Option<Answer>; 16];

/// An invitation to a team session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    /// The session.
    pub code: SessionCode,
    /// Its name, as the facilitator typed it (empty when only the code was typed).
    pub name: String,
    /// Whether members may add their name.
    pub names_allowed: bool,
}

/// A member's result, as carried by a result link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLink {
    /// The session it was made for; `None` for a scan made outside a session.
    pub session: Option<SessionCode>,
    /// A random 24-bit id, so the same result read twice counts once.
    pub id: u32,
    /// The day the scan was finished.
    pub day: NaiveDate,
    /// The answers, in statement order; `None` for a skipped statement.
    pub answers: Answers,
    /// The member's name when the session allows one and it was given; else empty.
    pub name: String,
}

/// Days are counted from here, in two bytes (until 2199).
fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default()
}

/// Fletcher-16 over the bytes.
fn checksum(bytes: &[u8]) -> [u8; 2] {
    let (mut a, mut b) = (0u16, 0u16);
    for &byte in bytes {
        a = (a + u16::from(byte)) % 255;
        b = (b + a) % 255;
    }
    [b as u8, a as u8]
}

/// The bytes with their checksum, as base64url.
fn seal(mut bytes: Vec<u8>) -> String {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum);
    base64url(&bytes)
}

/// The bytes of a sealed payload without version and checksum, after checking both.
fn open(payload: &str) -> Result<Vec<u8>, LinkError> {
    let payload = payload.trim();
    let bytes = from_base64url(payload).ok_or(LinkError::Damaged)?;
    let Some((&version, _)) = bytes.split_first() else {
        return Err(LinkError::Damaged);
    };
    if bytes.len() < 3 {
        return Err(LinkError::Damaged);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 2);
    if checksum(body) != sum {
        return Err(LinkError::Damaged);
    }
    match version {
        LINK_VERSION => Ok(body[1..].to_vec()),
        v if v > LINK_VERSION => Err(LinkError::Newer),
        _ => Err(LinkError::Damaged),
    }
}

/// At most [`NAME_LIMIT`] bytes (whole characters), trimmed, on one line.
pub fn clean_name(name: &str) -> String {
    let line = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut end = 0;
    for (at, ch) in line.char_indices() {
        if at + ch.len_utf8() > NAME_LIMIT {
            break;
        }
        end = at + ch.len_utf8();
    }
    line[..end].trim().to_owned()
}

fn name_from(bytes: &[u8]) -> Result<String, LinkError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| LinkError::Damaged)
}

impl Invitation {
    /// The payload after [`JOIN_PREFIX`].
    pub fn encode(&self) -> String {
        let mut bytes = vec![LINK_VERSION, 0];
        if self.names_allowed {
            bytes[1] |= NAMES_ALLOWED;
        }
        bytes.extend_from_slice(&self.code.bits().to_be_bytes());
        bytes.extend_from_slice(clean_name(&self.name).as_bytes());
        seal(bytes)
    }

    /// Reads a payload, or just a typed code such as `K7M-2QX`.
    pub fn decode(payload: &str) -> Result<Invitation, LinkError> {
        if let Some(code) = SessionCode::parse(&crate::domain::route::decode(payload)) {
            return Ok(Invitation {
                code,
                name: String::new(),
                names_allowed: false,
            });
        }
        let body = open(payload)?;
        let [flags, a, b, c, d, name @ ..] = body.as_slice() else {
            return Err(LinkError::Damaged);
        };
        Ok(Invitation {
            code: SessionCode::from_bits(u32::from_be_bytes([*a, *b, *c, *d])),
            name: name_from(name)?,
            names_allowed: flags & NAMES_ALLOWED != 0,
        })
    }

    /// The whole link, on the page at `page_href` (whatever its fragment).
    pub fn url(&self, page_href: &str) -> String {
        format!("{}{JOIN_PREFIX}{}", base_of(page_href), self.encode())
    }

    /// What a member sees as the session's name: its name, or "Teamsessie K7M-2QX".
    pub fn title(&self) -> String {
        if self.name.trim().is_empty() {
            trf!("Teamsessie {}", "Team session {}", self.code)
        } else {
            self.name.clone()
        }
    }
}

/// The address without its fragment.
pub fn base_of(page_href: &str) -> &str {
    page_href.split('#').next().unwrap_or_default()
}

impl ResultLink {
    /// The payload after [`RESULT_PREFIX`].
    pub fn encode(&self) -> String {
        let name = clean_name(&self.name);
        let mut flags = 0;
        if self.session.is_some() {
            flags |= HAS_SESSION;
        }
        if !name.is_empty() {
            flags |= HAS_NAME;
        }
        let mut bytes = vec![LINK_VERSION, flags];
        if let Some(code) = self.session {
            bytes.extend_from_slice(&code.bits().to_be_bytes());
        }
        bytes.extend_from_slice(&self.id.to_be_bytes()[1..]);
        let days = (self.day - epoch())
            .num_days()
            .clamp(0, i64::from(u16::MAX)) as u16;
        bytes.extend_from_slice(&days.to_be_bytes());
        // 16 answers of 3 bits: 1–5 on the scale, 0 "weet ik niet", 7 skipped.
        let packed = self.answers.iter().fold(0u64, |acc, answer| {
            (acc << 3) | answer.map_or(7, |a| u64::from(u8::from(a)))
        });
        bytes.extend_from_slice(&packed.to_be_bytes()[2..]);
        bytes.extend_from_slice(name.as_bytes());
        seal(bytes)
    }

    /// Reads a payload; every part is checked, so a damaged link never becomes a result.
    pub fn decode(payload: &str) -> Result<ResultLink, LinkError> {
        let body = open(payload)?;
        let (&flags, mut rest) = body.split_first().ok_or(LinkError::Damaged)?;
        if flags & !(HAS_SESSION | HAS_NAME) != 0 {
            return Err(LinkError::Damaged);
        }
        let mut take = |n: usize| -> Result<&[u8], LinkError> {
            if rest.len() < n {
                return Err(LinkError::Damaged);
            }
            let (head, tail) = rest.split_at(n);
            rest = tail;
            Ok(head)
        };
        let session = if flags & HAS_SESSION != 0 {
            let b = take(4)?;
            Some(SessionCode::from_bits(u32::from_be_bytes([
                b[0], b[1], b[2], b[3],
            ])))
        } else {
            None
        };
        let b = take(3)?;
        let id = u32::from_be_bytes([0, b[0], b[1], b[2]]);
        let b = take(2)?;
        let day = epoch() + chrono::Duration::days(i64::from(u16::from_be_bytes([b[0], b[1]])));
        let b = take(6)?;
        let packed = u64::from_be_bytes([0, 0, b[0], b[1], b[2], b[3], b[4], b[5]]);
        let mut answers: Answers = [None; 16];
        for (i, slot) in answers.iter_mut().enumerate() {
            let value = ((packed >> (3 * (15 - i))) & 7) as u8;
            *slot = match value {
                7 => None,
                v => Some(Answer::try_from(v).map_err(|_| LinkError::Damaged)?),
            };
        }
        let name = name_from(rest)?;
        if (flags & HAS_NAME != 0) == name.is_empty() {
            return Err(LinkError::Damaged);
        }
        Ok(ResultLink {
            session,
            id,
            day,
            answers,
            name,
        })
    }

    /// The whole link, on the page at `page_href` (whatever its fragment).
    pub fn url(&self, page_href: &str) -> String {
        format!("{}{RESULT_PREFIX}{}", base_of(page_href), self.encode())
    }

    /// The answers by statement id, as a scan keeps them.
    pub fn answer_map(&self) -> std::collections::BTreeMap<String, Answer> {
        STATEMENTS
            .iter()
            .zip(self.answers)
            .filter_map(|(s, a)| Some((s.id.to_owned(), a?)))
            .collect()
    }

    /// The answers of a scan, in statement order.
    pub fn answers_of(map: &std::collections::BTreeMap<String, Answer>) -> Answers {
        let mut answers: Answers = [None; 16];
        for (slot, statement) in answers.iter_mut().zip(STATEMENTS) {
            *slot = map.get(statement.id).copied();
        }
        answers
    }
}

/// What a pasted text held: every result link in it, read or not.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// The links that could be read, in the order they appear.
    pub results: Vec<ResultLink>,
    /// Why the others could not.
    pub problems: Vec<LinkError>,
}

/// Finds every result link in a text (a whole chat or mail: anything that is not a link
/// is ignored). A link's address may be anything; what counts is `#/antwoord/` and the
/// payload after it, also when a mail program escaped the `#` (`%23`).
pub fn find_results(text: &str) -> Found {
    let mut found = Found::default();
    let marker = "/antwoord/";
    let mut from = 0;
    while let Some(at) = text[from..].find(marker) {
        let start = from + at;
        let before = &text[..start];
        let after = &text[start + marker.len()..];
        from = start + marker.len();
        if !(before.ends_with('#') || before.to_ascii_lowercase().ends_with("%23")) {
            continue;
        }
        let payload: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .collect();
        match ResultLink::decode(&payload) {
            Ok(result) => found.results.push(result),
            Err(problem) => found.problems.push(problem),
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn sample(name: &str) -> ResultLink {
        let mut answers: Answers = [None; 16];
        for (i, slot) in answers.iter_mut().enumerate() {
            *slot = match i % 8 {
                0 => None,
                1 => Some(Answer::DontKnow),
                n => Some(Answer::Score((n % 5 + 1) as u8)),
            };
        }
        ResultLink {
            session: SessionCode::parse("K7M-2QX"),
            id: 0x0012_3456,
            day: day(),
            answers,
            name: name.into(),
        }
    }

    #[test]
    fn a_result_round_trips_with_and_without_name_and_session() {
        for name in ["", "Sanne de Vries", "Zoë 👩‍💼"] {
            for session in [None, SessionCode::parse("ZZZ-ZZZ")] {
                let link = ResultLink {
                    session,
                    ..sample(name)
                };
                assert_eq!(ResultLink::decode(&link.encode()), Ok(link));
            }
        }
    }

    /// The figures the README gives: a host address of 67 characters.
    #[test]
    fn a_whole_link_stays_under_200_characters_and_fits_a_small_qr_code() {
        let host = "https://www.adviesbureau-voorbeeld.nl/leiderschap/ontwikkelkaarten/";
        assert_eq!(host.len(), 67);
        let plain = sample("").url(host);
        assert_eq!(plain.len(), 104, "{plain}");
        let version = |url: &str| crate::domain::qr::qr_path(url).unwrap().version;
        assert_eq!(version(&plain), 6);
        for long in [
            "Maximiliaan".repeat(5),
            "Zoë Ångström-Çelik ".repeat(4),
            "👩‍💼".repeat(20),
        ] {
            let named = sample(&long).url(host);
            assert!(named.len() <= 157, "{} tekens: {named}", named.len());
            assert!(version(&named) <= 9, "QR version {}", version(&named));
        }
        assert_eq!(clean_name(&"Maximiliaan".repeat(5)).len(), NAME_LIMIT);
        assert_eq!(clean_name("Zoë Ångström"), "Zoë Ångström");
        let emoji = clean_name(&"👩‍💼".repeat(20));
        assert!(emoji.len() <= NAME_LIMIT && !emoji.is_empty());
    }

    #[test]
    fn every_answer_value_survives_packing() {
        for value in [None, Some(Answer::DontKnow)]
            .into_iter()
            .chain((1..=5).map(|n| Some(Answer::Score(n))))
        {
            let link = ResultLink {
                answers: [value; 16],
                ..sample("")
            };
            assert_eq!(
                ResultLink::decode(&link.encode()).unwrap().answers,
                [value; 16]
            );
        }
    }

    #[test]
    fn a_cut_or_changed_link_is_damaged_and_a_newer_one_says_so() {
        let payload = sample("Sanne").encode();
        for cut in 1..payload.len() {
            assert_eq!(
                ResultLink::decode(&payload[..cut]),
                Err(LinkError::Damaged),
                "cut at {cut}"
            );
        }
        let mut changed = payload.clone().into_bytes();
        changed[10] = if changed[10] == b'A' { b'B' } else { b'A' };
        assert_eq!(
            ResultLink::decode(std::str::from_utf8(&changed).unwrap()),
            Err(LinkError::Damaged)
        );
        assert_eq!(ResultLink::decode("!!"), Err(LinkError::Damaged));
        assert_eq!(ResultLink::decode(""), Err(LinkError::Damaged));
        let mut newer = vec![LINK_VERSION + 1, 0, 1, 2, 3];
        let sum = checksum(&newer);
        newer.extend_from_slice(&sum);
        assert_eq!(
            ResultLink::decode(&base64url(&newer)),
            Err(LinkError::Newer)
        );
        assert_eq!(
            Invitation::decode(&base64url(&newer)),
            Err(LinkError::Newer)
        );
    }

    #[test]
    fn an_invitation_round_trips_and_a_typed_code_is_one_too() {
        let invitation = Invitation {
            code: SessionCode::parse("K7M-2QX").unwrap(),
            name: "MT Zuid — nulmeting".into(),
            names_allowed: true,
        };
        assert_eq!(
            Invitation::decode(&invitation.encode()),
            Ok(invitation.clone())
        );
        let url = invitation.url("https://example.nl/app/?lang=nl#/teamsessie/K7M2QX");
        assert!(url.starts_with("https://example.nl/app/?lang=nl#/meedoen/"));
        let typed = Invitation::decode("k7m-2qx").unwrap();
        assert_eq!(typed.code, invitation.code);
        assert_eq!(typed.title(), "Teamsessie K7M-2QX");
        assert_eq!(invitation.title(), "MT Zuid — nulmeting");
        assert_eq!(
            Invitation::decode("K7M%2D2QX").unwrap().code,
            invitation.code
        );
    }

    #[test]
    fn links_are_found_in_a_chat_and_the_rest_is_ignored() {
        let a = sample("").url("https://example.nl/app/");
        let b = ResultLink {
            id: 7,
            ..sample("Ahmed")
        }
        .url("http://localhost:8080/");
        let broken = &b[..b.len() - 5];
        let chat = format!(
            "[09:12] Sanne: hier is de mijne {a}\n[09:13] Ahmed: {b} (sorry, laat)\n\
             [09:14] Piet: de app zegt #/kaart/feedbackprocessen\n\
             [09:15] Kees: <{}>\n[09:16] Joke: {broken}\n",
            a.replace('#', "%23")
        );
        let found = find_results(&chat);
        assert_eq!(found.results.len(), 3);
        assert_eq!(found.results[1].name, "Ahmed");
        assert_eq!(found.problems, vec![LinkError::Damaged]);
        assert_eq!(find_results("Goedemorgen allemaal!"), Found::default());
    }

    #[test]
    fn names_are_cleaned_to_one_short_line() {
        assert_eq!(clean_name("  Sanne \n de  Vries "), "Sanne de Vries");
        assert_eq!(clean_name(&"a".repeat(60)).len(), NAME_LIMIT);
        assert_eq!(clean_name(&"é".repeat(30)).len(), NAME_LIMIT);
    }

    #[test]
    fn the_answer_map_follows_the_statements() {
        let link = sample("");
        let map = link.answer_map();
        assert_eq!(map.len(), 14);
        assert_eq!(ResultLink::answers_of(&map), link.answers);
    }
}
