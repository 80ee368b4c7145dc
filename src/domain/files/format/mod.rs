//! The file format: one versioned JSON document for localStorage and for exported files.
//!
//! ```
//! use ontwikkelkaarten::domain::files::format::{parse, FileError};
//! assert_eq!(parse(b""), Err(FileError::Empty));
//! assert!(matches!(parse(b"{\"format\":\"ontwikkelkaarten\",\"version\":99}"), Err(FileError::Newer(99))));
//! ```

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::domain::journey::Plan;
use crate::domain::scan::{Draft, Scan};
use crate::domain::state::{AppState, Mark};

/// Marker every document of this app carries.
pub const FORMAT: &str = "ontwikkelkaarten";
/// The format version this build writes. Every earlier version keeps loading through
/// [`migrate`]; `tests/fixtures/format-v<N>.json` holds an example of each.
pub const VERSION: u32 = 1;
/// The app's version, written into every document.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Largest file the importer reads.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The document as written and read. Field order is the order in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Always `"ontwikkelkaarten"`.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("const" = "ontwikkelkaarten")))]
    pub format: String,
    /// The format version (this app writes 1).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(range(min = 1)))]
    pub version: u32,
    /// Version of the app that wrote the document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// When the file was exported (local time); absent in localStorage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<NaiveDateTime>,
    /// When everything was last exported on the device that wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_export: Option<NaiveDateTime>,
    /// Until when the export reminder is snoozed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_snoozed_until: Option<NaiveDate>,
    /// Marks on card suggestions, by suggestion id.
    #[serde(default)]
    pub suggestions: BTreeMap<String, Mark>,
    /// Finished scans (and team results).
    #[serde(default)]
    pub scans: Vec<Scan>,
    /// A scan in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// Journey plans.
    #[serde(default)]
    pub plans: Vec<Plan>,
}

impl Document {
    /// The document for a state (no export time: that is set by an export).
    pub fn from_state(state: &AppState) -> Document {
        Document {
            format: FORMAT.to_owned(),
            version: VERSION,
            app_version: APP_VERSION.to_owned(),
            exported_at: None,
            last_export: state.last_export,
            reminder_snoozed_until: state.reminder_snoozed_until,
            suggestions: state.suggestions.clone(),
            scans: state.scans.clone(),
            draft: state.draft.clone(),
            plans: state.plans.clone(),
        }
    }

    /// The state this document describes.
    pub fn into_state(self) -> AppState {
        AppState {
            suggestions: self.suggestions,
            scans: self.scans,
            draft: self.draft,
            plans: self.plans,
            last_export: self.last_export,
            reminder_snoozed_until: self.reminder_snoozed_until,
        }
    }

    /// The JSON text, pretty-printed for files people may open.
    pub fn to_pretty_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The JSON text, compact for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Why a stored or imported document could not be read. Every variant names the real cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Nothing in it.
    Empty,
    /// Larger than [`MAX_BYTES`].
    TooLarge(usize),
    /// Not text: invalid UTF-8 at this byte.
    NotText(usize),
    /// Not valid JSON; line and column of the first problem.
    Damaged {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but not a document of this app.
    NotOurs,
    /// Written by a newer version of the app.
    Newer(u32),
    /// A field is missing, unknown or has the wrong type or value.
    Field {
        /// Where: `scans[0].started`.
        path: String,
        /// What is wrong, in Dutch.
        problem: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Two records in one file share an id.
    DuplicateId(String),
}

impl FileError {
    /// A Dutch explanation for the user.
    pub fn message(&self) -> String {
        match self {
            FileError::Empty => "Het bestand is leeg.".into(),
            FileError::TooLarge(bytes) => format!(
                "Het bestand is te groot ({} MB); een bestand van Ontwikkelkaarten is hooguit {} MB.",
                bytes / (1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
            FileError::NotText(at) => format!(
                "Dit is geen tekstbestand (onleesbare tekens vanaf byte {at}), dus geen bestand van Ontwikkelkaarten."
            ),
            FileError::Damaged { line, column } => format!(
                "Het bestand is beschadigd: geen geldige JSON (regel {line}, kolom {column})."
            ),
            FileError::NotOurs => "Dit is geen bestand van Ontwikkelkaarten.".into(),
            FileError::Newer(v) => format!(
                "Dit bestand is gemaakt door een nieuwere versie van de app (formaatversie {v}; deze app leest tot en met versie {VERSION}). Ververs de pagina om de nieuwste versie te laden."
            ),
            FileError::Field {
                path,
                problem,
                line,
                column,
            } if path.is_empty() => {
                format!("Een veld {problem} (regel {line}, kolom {column}).")
            }
            FileError::Field {
                path,
                problem,
                line,
                column,
            } => format!("Het veld “{path}” {problem} (regel {line}, kolom {column})."),
            FileError::DuplicateId(id) => {
                format!("Het bestand bevat twee keer hetzelfde id “{id}”.")
            }
        }
    }
}

#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: serde_json::Value,
    #[serde(default)]
    version: serde_json::Value,
}

/// Brings an older document up to [`VERSION`]. Version 1 is the first format, so there is
/// nothing to do yet; a change of format adds a step here (from N to N+1) and a fixture
/// `tests/fixtures/format-v<N>.json` that must keep loading.
pub fn migrate(version: u32, text: &str) -> Result<std::borrow::Cow<'_, str>, FileError> {
    match version {
        VERSION => Ok(std::borrow::Cow::Borrowed(text)),
        _ => Err(FileError::Field {
            path: "version".into(),
            problem: format!("heeft een onbekende waarde {version}"),
            line: 1,
            column: 1,
        }),
    }
}

/// Describes a serde error in Dutch.
fn problem(message: &str) -> String {
    let quoted = |prefix: &str| {
        message
            .split_once(prefix)
            .and_then(|(_, rest)| rest.split('`').next())
            .map(str::to_owned)
    };
    if let Some(field) = quoted("missing field `") {
        format!("mist het verplichte onderdeel “{field}”")
    } else if let Some(field) = quoted("unknown field `") {
        format!("bevat een onbekend onderdeel “{field}”")
    } else if let Some(value) = quoted("unknown variant `") {
        format!("heeft een onbekende waarde “{value}”")
    } else if message.contains("invalid type") {
        "heeft een verkeerd soort waarde".into()
    } else if message.contains("input contains invalid characters")
        || message.contains("premature end of input")
        || message.contains("input is out of range")
        || message.contains("input is not enough")
        || message.contains("trailing input")
        || message.contains("no possible date")
    {
        "is geen geldige datum of tijd".into()
    } else if message.contains("recursion limit") {
        "is te diep genest".into()
    } else if message.contains("invalid value") || message.contains("out of range") {
        "heeft een ongeldige waarde".into()
    } else if message.contains("tussen 0 en 5") {
        "heeft een antwoord buiten 0 tot en met 5".into()
    } else {
        "klopt niet".into()
    }
}

/// Reads a document from raw bytes: validates everything before anything is used.
pub fn parse(bytes: &[u8]) -> Result<Document, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotText(e.valid_up_to()))?;
    parse_str(text)
}

/// Reads a document from text; a field error names the field's path (`scans[0].started`).
pub fn parse_str(text: &str) -> Result<Document, FileError> {
    read(text, |text| {
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let inner = e.inner();
            FileError::Field {
                path: e.path().to_string(),
                problem: problem(&inner.to_string()),
                line: inner.line(),
                column: inner.column(),
            }
        })
    })
}

/// Reads what the app stored itself, with the same checks as [`parse_str`]; a field error
/// gives line and column but no path. It leaves the path tracking, a large part of the
/// code, to the import pages, out of the wasm every page needs.
pub fn parse_stored(text: &str) -> Result<Document, FileError> {
    read(text, |text| {
        serde_json::from_str(text).map_err(|e| FileError::Field {
            path: String::new(),
            problem: problem(&e.to_string()),
            line: e.line(),
            column: e.column(),
        })
    })
}

/// The checks both readers share: empty, damaged, not ours, newer, migration, ids.
fn read(
    text: &str,
    deserialize: impl FnOnce(&str) -> Result<Document, FileError>,
) -> Result<Document, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    // Syntax first, so damage is reported as damage.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(if e.is_syntax() || e.is_eof() {
            FileError::Damaged {
                line: e.line(),
                column: e.column(),
            }
        } else {
            FileError::NotOurs
        });
    }
    let header: Header = serde_json::from_str(text).map_err(|_| FileError::NotOurs)?;
    if header.format.as_str() != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    let version = match header.version.as_u64() {
        Some(v) if v > u64::from(VERSION) => {
            return Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v >= 1 => v as u32,
        _ => {
            return Err(FileError::Field {
                path: "version".into(),
                problem: "ontbreekt of is geen versienummer".into(),
                line: 1,
                column: 1,
            })
        }
    };
    let text = migrate(version, text)?;
    let doc = deserialize(&text)?;
    check_ids(&doc)?;
    Ok(doc)
}

/// Ids must be unique within their list, or merging could not tell records apart.
fn check_ids(doc: &Document) -> Result<(), FileError> {
    fn unique<'a>(ids: impl Iterator<Item = &'a str>) -> Result<(), FileError> {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                return Err(FileError::DuplicateId(id.to_owned()));
            }
        }
        Ok(())
    }
    unique(doc.scans.iter().map(|s| s.id.as_str()))?;
    unique(doc.plans.iter().map(|p| p.id.as_str()))?;
    for plan in &doc.plans {
        unique(plan.sessions.iter().map(|s| s.id.as_str()))?;
        unique(plan.actions.iter().map(|a| a.id.as_str()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(r#"{{"format":"ontwikkelkaarten","version":1{body}}}"#)
    }

    #[test]
    fn every_kind_of_bad_input_gets_its_own_error() {
        assert_eq!(parse(b""), Err(FileError::Empty));
        assert_eq!(parse(b"  \n "), Err(FileError::Empty));
        assert_eq!(parse(&[b'{', 0xff, 0xfe]), Err(FileError::NotText(1)));
        assert_eq!(
            parse(b"{\"format\": "),
            Err(FileError::Damaged {
                line: 1,
                column: 11
            })
        );
        assert_eq!(parse(b"[1,2,3]"), Err(FileError::NotOurs));
        assert_eq!(parse(b"\"ontwikkelkaarten\""), Err(FileError::NotOurs));
        assert_eq!(parse(br#"{"format":"iets"}"#), Err(FileError::NotOurs));
        assert_eq!(
            parse(br#"{"format":"ontwikkelkaarten","version":2}"#),
            Err(FileError::Newer(2))
        );
        assert!(
            matches!(parse(br#"{"format":"ontwikkelkaarten"}"#), Err(FileError::Field { ref path, .. }) if path == "version")
        );
        assert!(matches!(
            parse(br#"{"format":"ontwikkelkaarten","version":"1"}"#),
            Err(FileError::Field { .. })
        ));
        assert_eq!(
            parse(&vec![b' '; MAX_BYTES + 1]),
            Err(FileError::TooLarge(MAX_BYTES + 1))
        );
    }

    #[test]
    fn field_errors_say_which_field_and_where() {
        let text = doc(r#","scans":[{"id":"a","label":"x","started":"2026-02-30T09:00:00"}]"#);
        let err = parse_str(&text).unwrap_err();
        let FileError::Field {
            path,
            problem,
            line,
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_eq!(path, "scans[0].started");
        assert_eq!(problem, "is geen geldige datum of tijd");
        assert_eq!(*line, 1);
        assert!(err
            .message()
            .starts_with("Het veld “scans[0].started” is geen geldige datum of tijd"));

        let err = parse_str(&doc(
            r#","scans":[{"id":"a","started":"2026-01-05T09:00:00"}]"#,
        ))
        .unwrap_err();
        assert!(
            err.message()
                .contains("mist het verplichte onderdeel “label”"),
            "{}",
            err.message()
        );

        let err = parse_str(&doc(r#","scans":[{"id":"a","label":"","started":"2026-01-05T09:00:00","answers":{"teamleren.u1":9}}]"#)).unwrap_err();
        assert!(
            matches!(err, FileError::Field { ref path, .. } if path == "scans[0].answers.teamleren.u1"),
            "{err:?}"
        );

        let err = parse_str(&doc(r#","suggestions":{"a":{"status":"misschien"}}"#)).unwrap_err();
        assert!(
            err.message().contains("onbekende waarde “misschien”"),
            "{}",
            err.message()
        );

        let err = parse_str(&doc(r#","extra":1"#)).unwrap_err();
        assert!(
            err.message().contains("onbekend onderdeel “extra”"),
            "{}",
            err.message()
        );
    }

    #[test]
    fn deep_nesting_and_huge_numbers_are_errors_not_crashes() {
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse_str(&deep).is_err());
        let huge = doc(
            r#","scans":[{"id":"a","label":"","started":"2026-01-05T09:00:00","answers":{"x":1e400}}]"#,
        );
        assert!(parse_str(&huge).is_err());
        assert!(
            parse_str(r#"{"format":"ontwikkelkaarten","version":18446744073709551616}"#).is_err()
        );
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let text = doc(
            r#","scans":[{"id":"a","label":"","started":"2026-01-05T09:00:00"},{"id":"a","label":"","started":"2026-01-06T09:00:00"}]"#,
        );
        assert_eq!(parse_str(&text), Err(FileError::DuplicateId("a".into())));
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        assert!(parse_str(&format!("\u{feff}{}", doc(""))).is_ok());
    }
}

/// The JSON Schema in `public/` is generated from these types; this test fails when they
/// drift apart. Regenerate with `UPDATE_SCHEMA=1 cargo test schema`.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema {
    use super::Document;

    #[test]
    fn schema_in_public_matches_the_types() {
        let mut schema = schemars::schema_for!(Document);
        schema.insert("$id".into(), "ontwikkelkaarten.schema.json".into());
        schema.insert(
            "description".into(),
            "Bestand van Ontwikkelkaarten: markeringen op kaartsuggesties, scans en reisplannen."
                .into(),
        );
        let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/ontwikkelkaarten.schema.json"
        );
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(path, &generated).unwrap();
        }
        let shipped = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            shipped == generated,
            "public/ontwikkelkaarten.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test schema"
        );
    }
}
