//! Sharing one scan as a link: the scan travels in the URL fragment (after `#`), which
//! browsers never send to a server.

use super::format::{parse_str, Document, FileError, WriteError};
use crate::domain::scan::Scan;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url (padding and whitespace tolerated); `None` on any other character.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for ch in text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
    {
        let value = match ch {
            b'A'..=b'Z' => ch - b'A',
            b'a'..=b'z' => ch - b'a' + 26,
            b'0'..=b'9' => ch - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The fragment payload for a scan.
pub fn encode_scan(scan: &Scan) -> Result<String, WriteError> {
    let mut doc = Document::from_state(&crate::domain::state::AppState::default());
    doc.scans.push(scan.clone());
    Ok(base64url(doc.to_json()?.as_bytes()))
}

/// The link that opens `scan` read-only: the address of this page (`page_href`, whatever
/// its fragment) with the scan in the fragment.
pub fn share_url(page_href: &str, scan: &Scan) -> Result<String, WriteError> {
    let base = page_href.split('#').next().unwrap_or_default();
    let payload = encode_scan(scan)?;
    Ok(format!(
        "{base}{}",
        crate::domain::route::Route::Shared { payload }.href()
    ))
}

/// Why a shared link does not open, for the person who tapped it: whatever went wrong
/// inside, a link is either damaged on the way or made by a newer version. The file
/// reader's details ("regel 1, kolom 609") mean nothing to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Cut off or changed on the way, typically by a chat or mail app that shortened or
    /// wrapped the long link.
    Damaged,
    /// Made by a newer version of the app than this one.
    Newer,
}

/// What a link carries: the advice when it does not open depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A whole scan, shared to be looked at (`#/gedeeld/…`).
    SharedScan,
    /// An invitation to a team session (`#/meedoen/…`).
    Invitation,
    /// A member's result for a team session (`#/antwoord/…`).
    Result,
}

/// The message for a damaged link, ending in what to ask its sender for.
#[cfg(not(feature = "en"))]
macro_rules! damaged {
    ($ask:literal, $ask_en:literal) => {
        concat!(
            "De link is beschadigd of niet compleet. Dat gebeurt vaak als een chat- of mailprogramma een lange link afknipt of opsplitst. Vraag de afzender om de link opnieuw te sturen, of om ",
            $ask
        )
    };
}

/// The message for a damaged link, ending in what to ask its sender for.
#[cfg(feature = "en")]
macro_rules! damaged {
    ($ask_nl:literal, $ask:literal) => {
        concat!(
            "The link is damaged or incomplete. This often happens when a chat or email app cuts off or splits a long link. Ask the sender to send the link again, or to ",
            $ask
        )
    };
}

impl LinkError {
    /// What happened and what to do, in plain Dutch, for a link to a shared scan.
    pub fn message(self) -> &'static str {
        self.about(LinkKind::SharedScan)
    }

    /// What happened and what to do, in plain Dutch, for a link of kind `kind`.
    pub fn about(self, kind: LinkKind) -> &'static str {
        match (self, kind) {
            (LinkError::Newer, _) => tr!(
                "Deze link is gemaakt met een nieuwere versie van de app. Laad de pagina opnieuw om de nieuwste versie te krijgen en open de link dan nog eens.",
                "This link was made with a newer version of the app. Reload the page to get the latest version, then open the link again."
            ),
            (LinkError::Damaged, LinkKind::SharedScan) => damaged!(
                "de scan als bestand te sturen (Exporteren als bestand); dat bestand lees je in bij Bestanden.",
                "send the scan as a file (Export as file); you can import that file under Files."
            ),
            (LinkError::Damaged, LinkKind::Invitation) => damaged!("de QR-code nog eens te laten zien.", "show the QR code again."),
            (LinkError::Damaged, LinkKind::Result) => damaged!(
                "de QR-code te laten zien, of de scan als bestand te sturen.",
                "show the QR code, or to send the scan as a file."
            ),
        }
    }
}

impl From<FileError> for LinkError {
    fn from(e: FileError) -> LinkError {
        match e {
            FileError::Newer(_) => LinkError::Newer,
            _ => LinkError::Damaged,
        }
    }
}

/// The scan in a shared link, fully validated like an imported file.
pub fn decode_scan(payload: &str) -> Result<Scan, LinkError> {
    Ok(read_payload(payload)?)
}

fn read_payload(payload: &str) -> Result<Scan, FileError> {
    let bytes = from_base64url(payload).ok_or(FileError::NotOurs)?;
    let text =
        String::from_utf8(bytes).map_err(|e| FileError::NotText(e.utf8_error().valid_up_to()))?;
    let doc = parse_str(&text)?;
    match <[Scan; 1]>::try_from(doc.scans) {
        Ok([scan]) => Ok(scan),
        Err(_) => Err(FileError::NotOurs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scan::Answer;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url(&bytes);
            assert!(text
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(base64url(b"Ma"), "TWE");
        assert_eq!(from_base64url("TWE="), Some(b"Ma".to_vec()));
        assert_eq!(from_base64url("T*E"), None);
    }

    #[test]
    fn the_share_url_replaces_the_fragment_of_the_page() {
        let mut state = crate::domain::state::AppState::default();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        state.start_scan("s1".into(), Default::default(), at);
        state.finish_scan(at);
        let scan = &state.scans[0];
        let url = share_url(
            "https://example.nl/kaarten/?lang=nl#/scan/resultaat/s1",
            scan,
        )
        .unwrap();
        let payload = url
            .strip_prefix("https://example.nl/kaarten/?lang=nl#/gedeeld/")
            .unwrap_or_else(|| panic!("{url}"));
        assert_eq!(decode_scan(payload).as_ref(), Ok(scan));
    }

    #[test]
    fn a_scan_survives_the_link_and_garbage_is_refused() {
        let mut state = crate::domain::state::AppState::default();
        state.start_scan(
            "s1".into(),
            crate::domain::state::ScanInfo {
                label: "Nulmeting <script>".into(),
                ..Default::default()
            },
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        );
        state.answer_current(Some(Answer::Score(2)));
        state.finish_scan(
            chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
                .unwrap()
                .and_hms_opt(9, 5, 0)
                .unwrap(),
        );
        let scan = state.scans[0].clone();
        let payload = encode_scan(&scan).unwrap();
        assert!(payload.len() < 1500, "{}", payload.len());
        assert_eq!(decode_scan(&payload), Ok(scan));
        assert_eq!(read_payload("!!!"), Err(FileError::NotOurs));
        assert!(decode_scan(&base64url(b"{\"format\":1")).is_err());
        assert!(decode_scan(&base64url(&[0xff, 0xfe])).is_err());
        assert_eq!(
            decode_scan(&base64url(
                crate::domain::files::format::write_stored(&state)
                    .unwrap()
                    .as_bytes()
            )),
            Ok(state.scans[0].clone())
        );
    }

    fn a_finished_scan(label: &str) -> Scan {
        let mut state = crate::domain::state::AppState::default();
        let at = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        state.start_scan(
            "s1".into(),
            crate::domain::state::ScanInfo {
                label: label.into(),
                ..Default::default()
            },
            at,
        );
        for _ in 0..16 {
            state.answer_current(Some(Answer::Score(4)));
        }
        state.finish_scan(at);
        state.scans.remove(0)
    }

    #[test]
    fn a_link_cut_off_anywhere_is_called_damaged_in_plain_words() {
        let payload = encode_scan(&a_finished_scan("Nulmeting — één")).unwrap();
        // Chat apps cut long links at arbitrary places, also inside a multi-byte letter.
        for keep in [
            1,
            10,
            payload.len() / 2,
            payload.len() - 3,
            payload.len() - 1,
        ] {
            assert_eq!(
                decode_scan(&payload[..keep]),
                Err(LinkError::Damaged),
                "cut at {keep}"
            );
        }
        // Some add an ellipsis where they cut.
        let shortened = format!("{}…", &payload[..600]);
        assert_eq!(decode_scan(&shortened), Err(LinkError::Damaged));
        let message = LinkError::Damaged.message();
        assert!(message.contains("beschadigd of niet compleet"), "{message}");
        assert!(
            !message.contains("regel") && !message.contains("kolom"),
            "{message}"
        );
    }

    #[test]
    fn garbage_and_other_documents_are_damaged_links_too() {
        assert_eq!(decode_scan("!!!"), Err(LinkError::Damaged));
        assert_eq!(decode_scan(""), Err(LinkError::Damaged));
        assert_eq!(
            decode_scan(&base64url(b"geen scan maar tekst")),
            Err(LinkError::Damaged)
        );
        assert_eq!(decode_scan(&base64url(b"[1,2,3]")), Err(LinkError::Damaged));
        // A whole export without a scan in it.
        let empty = Document::from_state(&crate::domain::state::AppState::default());
        assert_eq!(
            decode_scan(&base64url(empty.to_json().unwrap().as_bytes())),
            Err(LinkError::Damaged)
        );
    }

    #[test]
    fn a_link_from_a_newer_version_says_so() {
        let payload = encode_scan(&a_finished_scan("Later")).unwrap();
        let json = String::from_utf8(from_base64url(&payload).unwrap()).unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        value["version"] = serde_json::json!(99);
        let newer = base64url(value.to_string().as_bytes());
        assert_eq!(decode_scan(&newer), Err(LinkError::Newer));
        assert!(LinkError::Newer.message().contains("nieuwere versie"));
    }

    #[test]
    fn a_damaged_link_asks_for_what_its_sender_can_give() {
        let asks = |kind| {
            LinkError::Damaged
                .about(kind)
                .split(", of om ")
                .nth(1)
                .unwrap()
        };
        // Only a shared scan's reader is sent to the files page; a member shows the QR code.
        assert!(asks(LinkKind::SharedScan).contains("Bestanden"));
        assert_eq!(
            asks(LinkKind::Invitation),
            "de QR-code nog eens te laten zien."
        );
        assert!(asks(LinkKind::Result).starts_with("de QR-code te laten zien"));
        for kind in [LinkKind::SharedScan, LinkKind::Invitation, LinkKind::Result] {
            assert!(LinkError::Damaged
                .about(kind)
                .starts_with("De link is beschadigd"));
            assert_eq!(LinkError::Newer.about(kind), LinkError::Newer.message());
        }
        assert_eq!(
            LinkError::Damaged.message(),
            LinkError::Damaged.about(LinkKind::SharedScan)
        );
    }
}
