//! The file format: one versioned JSON document for localStorage and for exported files.
//!
//! - **Unknown fields are kept.** Every record (and the document itself) keeps the fields
//!   this build does not know in its `extra` ([`Extra`]) and writes them back, so a file
//!   from a newer version, or edited by hand, loses nothing when this version saves or
//!   exports it.
//! - **Older versions are migrated** by the named steps in [`migrate`], on the JSON value,
//!   before any record is read.
//! - **Errors are typed**: [`FileError`] and [`FieldProblem`], whose `Display` is the Dutch
//!   text for the user. A field error names the field's path (`scans[0].started`).
//!
//! Reading goes text → [`serde_json::Value`] (syntax errors are [`FileError::Damaged`]) →
//! header check → migrations → the records, read from the value by a small deserializer of
//! our own (`de`) whose error type tells the kind of problem and collects the path.
//!
//! ```
//! use ontwikkelkaarten::domain::files::format::{parse, FileError};
//! assert_eq!(parse(b""), Err(FileError::Empty));
//! assert!(matches!(parse(b"{\"format\":\"ontwikkelkaarten\",\"version\":99}"), Err(FileError::Newer(99))));
//! ```

mod de;
mod error;
pub mod migrate;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use error::{FieldProblem, FileError, Found, Position, WriteError};
pub use migrate::{migrate, Migration, MIGRATIONS};

use crate::domain::content::manifest::NAMESPACE;
use crate::domain::extra::Extra;
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

/// The document as written and read. Field order is the order in the file; fields this
/// build does not know follow, from `extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Document {
    /// Always `"ontwikkelkaarten"`.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("const" = "ontwikkelkaarten")))]
    pub format: String,
    /// The format version (this app writes 1).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(range(min = 1)))]
    pub version: u32,
    /// The deck the document belongs to, when it is not the standard deck: a
    /// consultancy's own deck writes its namespace here, and each deck refuses the other's
    /// files ([`FileError::OtherDeck`]). Absent means the standard deck.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
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
    /// Top-level fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Document {
    /// The document for a state (no export time: that is set by an export).
    pub fn from_state(state: &AppState) -> Document {
        Document {
            format: FORMAT.to_owned(),
            version: VERSION,
            deck: own_deck().map(str::to_owned),
            app_version: APP_VERSION.to_owned(),
            exported_at: None,
            last_export: state.last_export,
            reminder_snoozed_until: state.reminder_snoozed_until,
            suggestions: state.suggestions.clone(),
            scans: state.scans.clone(),
            draft: state.draft.clone(),
            plans: state.plans.clone(),
            extra: state.extra.clone(),
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
            extra: self.extra,
        }
    }

    /// The JSON text, pretty-printed for files people may open.
    pub fn to_pretty_json(&self) -> Result<String, WriteError> {
        Ok(serde_json::to_string_pretty(self)?)
    }

    /// The JSON text, compact for storage.
    pub fn to_json(&self) -> Result<String, WriteError> {
        Ok(serde_json::to_string(self)?)
    }
}

/// The versioned JSON document for a state: what localStorage holds.
///
/// ```
/// use ontwikkelkaarten::domain::files::format::{read_stored, write_stored};
/// use ontwikkelkaarten::domain::state::{AppState, Status};
/// let mut state = AppState::default();
/// state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
/// let json = write_stored(&state).unwrap();
/// assert_eq!(read_stored(&json).unwrap(), state);
/// ```
pub fn write_stored(state: &AppState) -> Result<String, WriteError> {
    Ok(serde_json::to_string(&StoredDocument::of(state))?)
}

/// What [`write_stored`] writes: the same fields as [`Document`] in the same order,
/// borrowed from the state instead of copied, because saving runs after every change
/// (a test checks that both write the same text).
#[derive(Serialize)]
struct StoredDocument<'a> {
    format: &'static str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    deck: Option<&'static str>,
    app_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_export: Option<NaiveDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reminder_snoozed_until: Option<NaiveDate>,
    suggestions: &'a BTreeMap<String, Mark>,
    scans: &'a [Scan],
    #[serde(skip_serializing_if = "Option::is_none")]
    draft: Option<&'a Draft>,
    plans: &'a [Plan],
    #[serde(flatten)]
    extra: &'a Extra,
}

impl<'a> StoredDocument<'a> {
    fn of(state: &'a AppState) -> StoredDocument<'a> {
        StoredDocument {
            format: FORMAT,
            version: VERSION,
            deck: own_deck(),
            app_version: APP_VERSION,
            last_export: state.last_export,
            reminder_snoozed_until: state.reminder_snoozed_until,
            suggestions: &state.suggestions,
            scans: &state.scans,
            draft: state.draft.as_ref(),
            plans: &state.plans,
            extra: &state.extra,
        }
    }
}

/// Reads a stored document, checking format marker, version and every field.
pub fn read_stored(text: &str) -> Result<AppState, FileError> {
    parse_str(text).map(Document::into_state)
}

/// Reads a document from raw bytes: validates everything before anything is used.
pub fn parse(bytes: &[u8]) -> Result<Document, FileError> {
    if bytes.len() > MAX_BYTES {
        return Err(FileError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FileError::NotText(e.valid_up_to()))?;
    parse_str(text)
}

/// Reads a document from text; a field error names the field's path (`scans[0].started`)
/// and, where it can be found, its line and column.
pub fn parse_str(text: &str) -> Result<Document, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value = parse_json(text)?;
    let version = header(&value, text)?;
    let value = migrate(version, value)?;
    let doc = Document::deserialize(de::ValueDe(&value)).map_err(|p| p.into_file_error(text))?;
    check_ids(&doc)?;
    Ok(doc)
}

/// The JSON value of the text. Syntax first, so damage is reported as damage.
fn parse_json(text: &str) -> Result<Value, FileError> {
    serde_json::from_str(text).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.is_eof() {
            return FileError::Damaged { line, column };
        }
        // A value can fail where the syntax is fine; only a syntax check tells them apart.
        if let Err(syntax) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
            return FileError::Damaged {
                line: syntax.line(),
                column: syntax.column(),
            };
        }
        // Valid JSON a value cannot hold: a number beyond a 64-bit float, reported on its
        // last digit, or nesting deeper than 128, reported on the opening bracket.
        let at = text
            .split('\n')
            .nth(line.saturating_sub(1))
            .and_then(|l| l.as_bytes().get(column.saturating_sub(1)));
        if at.is_some_and(u8::is_ascii_digit) {
            FileError::NumberTooLarge { line, column }
        } else {
            FileError::TooDeep { line, column }
        }
    })
}

/// This build's deck as a document names it: `None` for the standard deck.
fn own_deck() -> Option<&'static str> {
    (NAMESPACE != FORMAT).then_some(NAMESPACE)
}

/// Checks that the value is a document of this app and of its deck, that this build can
/// read, and returns its format version.
fn header(value: &Value, text: &str) -> Result<u32, FileError> {
    let Value::Object(document) = value else {
        return Err(FileError::NotOurs);
    };
    if document.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    let deck = document
        .get("deck")
        .and_then(Value::as_str)
        .unwrap_or(FORMAT);
    if deck != NAMESPACE {
        return Err(FileError::OtherDeck(deck.chars().take(80).collect()));
    }
    match document.get("version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(VERSION) => {
            Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v >= 1 => Ok(v as u32),
        _ => Err(FileError::Field {
            path: "version".into(),
            problem: FieldProblem::NotAVersion,
            position: de::locate(text, &[de::Segment::Key("version".into())]),
        }),
    }
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
    use crate::domain::state::Status;

    fn doc(body: &str) -> String {
        format!(r#"{{"format":"ontwikkelkaarten","version":1{body}}}"#)
    }

    fn field_error(text: &str) -> (String, FieldProblem, Option<Position>) {
        match parse_str(text) {
            Err(FileError::Field {
                path,
                problem,
                position,
            }) => (path, problem, position),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn saving_writes_exactly_what_a_document_of_the_state_writes() {
        let mut state = AppState::default();
        state.set_status("teamleren.01", Some(crate::domain::state::Status::Oppakken));
        state.last_export = chrono::NaiveDate::from_ymd_opt(2026, 1, 5)
            .unwrap()
            .and_hms_opt(9, 0, 0);
        state.extra.insert("bron", serde_json::json!({"x": [1]}));
        state.start_scan(
            "s".into(),
            Default::default(),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 6)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
        );
        let written = write_stored(&state).unwrap();
        assert_eq!(written, Document::from_state(&state).to_json().unwrap());
        assert!(written.contains(r#""draft":"#) && written.ends_with(r#""bron":{"x":[1]}}"#));
        assert_eq!(read_stored(&written).unwrap(), state);
    }

    #[test]
    fn a_file_of_another_deck_is_refused_with_its_name() {
        let other =
            br#"{"format":"ontwikkelkaarten","deck":"adviesbureau-kompas","version":1,"scans":[]}"#;
        let error = parse(other).unwrap_err();
        assert_eq!(error, FileError::OtherDeck("adviesbureau-kompas".into()));
        assert!(error
            .message()
            .starts_with("Dit bestand hoort bij een andere kaartenset (“adviesbureau-kompas”) dan deze app (“ontwikkelkaarten”)."));
        // Naming the standard deck is the same as naming none; this build writes none.
        let named = br#"{"format":"ontwikkelkaarten","deck":"ontwikkelkaarten","version":1}"#;
        assert!(parse(named).is_ok());
        let written = write_stored(&AppState::default()).unwrap();
        assert!(!written.contains("\"deck\""), "{written}");
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
        for text in [
            r#"{"format":"ontwikkelkaarten"}"#,
            r#"{"format":"ontwikkelkaarten","version":"1"}"#,
            r#"{"format":"ontwikkelkaarten","version":0}"#,
            r#"{"format":"ontwikkelkaarten","version":1.5}"#,
        ] {
            let (path, problem, _) = field_error(text);
            assert_eq!(
                (path.as_str(), problem),
                ("version", FieldProblem::NotAVersion)
            );
        }
        assert_eq!(
            parse(&vec![b' '; MAX_BYTES + 1]),
            Err(FileError::TooLarge(MAX_BYTES + 1))
        );
    }

    #[test]
    fn field_errors_say_which_field_and_where() {
        let text = doc(r#","scans":[{"id":"a","label":"x","started":"2026-02-30T09:00:00"}]"#);
        let err = parse_str(&text).unwrap_err();
        assert_eq!(
            err,
            FileError::Field {
                path: "scans[0].started".into(),
                problem: FieldProblem::NotDateTime,
                position: Some(Position {
                    line: 1,
                    column: 103
                }),
            }
        );
        assert_eq!(
            err.to_string(),
            "Het veld “scans[0].started” is geen geldige datum of tijd (regel 1, kolom 103)."
        );
        assert_eq!(err.message(), err.to_string());

        let (path, problem, _) = field_error(&doc(
            r#","scans":[{"id":"a","started":"2026-01-05T09:00:00"}]"#,
        ));
        assert_eq!(
            (path.as_str(), problem),
            ("scans[0]", FieldProblem::Missing("label".into()))
        );

        let err = parse_str(&doc(r#","scans":[{"id":"a","label":"","started":"2026-01-05T09:00:00","answers":{"teamleren.u1":9}}]"#)).unwrap_err();
        assert!(
            matches!(&err, FileError::Field { path, problem: FieldProblem::InvalidValue(Found::Number(n)), .. } if path == "scans[0].answers.teamleren.u1" && n == "9"),
            "{err:?}"
        );
        assert!(
            err.to_string()
                .contains("heeft een ongeldige waarde: het getal 9"),
            "{err}"
        );

        let err = parse_str(&doc(r#","suggestions":{"a":{"status":"misschien"}}"#)).unwrap_err();
        assert!(
            matches!(&err, FileError::Field { path, problem: FieldProblem::UnknownValue(v), .. } if path == "suggestions.a.status" && v == "misschien"),
            "{err:?}"
        );
        assert!(
            err.to_string().starts_with(
                "Het veld “suggestions.a.status” heeft een onbekende waarde “misschien”"
            ),
            "{err}"
        );
    }

    #[test]
    fn each_kind_of_field_problem_is_typed_with_its_path() {
        let plan = |body: &str| {
            doc(&format!(
                r#","plans":[{{"id":"p","name":"x","template":"leeg","start":"2026-01-05","weeks":4{body}}}]"#
            ))
        };
        let cases = [
            (
                plan(r#","weeks":"vier""#),
                "plans[0].weeks",
                FieldProblem::WrongType(Found::Text("vier".into())),
            ),
            (
                plan(r#","team":{"a":1}"#),
                "plans[0].team",
                FieldProblem::WrongType(Found::Object),
            ),
            (
                plan(
                    r#","measures":[{"id":"m","name":"x","baseline":1,"values":[["2026-01-05",1,2]]}]"#,
                ),
                "plans[0].measures[0].values[0]",
                FieldProblem::WrongLength(3),
            ),
            (
                plan(
                    r#","measures":[{"id":"m","name":"x","baseline":1,"values":[["2026-13-05",1]]}]"#,
                ),
                "plans[0].measures[0].values[0][0]",
                FieldProblem::NotDateTime,
            ),
            (
                plan(
                    r#","sessions":[{"id":"s","kind":"offsite","date":"2026-01-05","title":"x","start_time":"25:00"}]"#,
                ),
                "plans[0].sessions[0].start_time",
                FieldProblem::NotDateTime,
            ),
            (
                plan(r#","sessions":[{"id":"s","kind":"feest","date":"2026-01-05","title":"x"}]"#),
                "plans[0].sessions[0].kind",
                FieldProblem::UnknownValue("feest".into()),
            ),
            (
                plan(r#","weeks":-1"#),
                "plans[0].weeks",
                FieldProblem::InvalidValue(Found::Number("-1".into())),
            ),
            (
                plan(r#","actions":[{"id":"a","text":"x","status":null,"created":"2026-01-05"}]"#),
                "plans[0].actions[0].status",
                FieldProblem::WrongType(Found::Null),
            ),
            (
                plan(r#","budget":{"per_kind":{"offsite":true}}"#),
                "plans[0].budget.per_kind.offsite",
                FieldProblem::WrongType(Found::Bool(true)),
            ),
            (
                doc(
                    r#","scans":[{"id":"t","label":"","started":"2026-01-05T09:00:00","team":{"members":2,"dimensions":{"teamleren":{"n":2,"mean":30,"median":30,"min":20}}}}]"#,
                ),
                "scans[0].team.dimensions.teamleren",
                FieldProblem::Missing("max".into()),
            ),
            (
                doc(r#","draft":{"scan":[],"position":0}"#),
                "draft.scan",
                FieldProblem::WrongType(Found::List),
            ),
        ];
        for (text, path, problem) in cases {
            let (p, found, position) = field_error(&text);
            assert_eq!((p.as_str(), &found), (path, &problem), "{text}");
            assert!(position.is_some(), "{text}");
        }
    }

    #[test]
    fn the_position_points_at_the_field_on_its_own_line() {
        let text = "{\n \"format\": \"ontwikkelkaarten\",\n \"version\": 1,\n \"scans\": [\n  {\"id\": \"a\", \"label\": \"\",\n   \"started\": \"gisteren\"}\n ]\n}";
        let (_, _, position) = field_error(text);
        assert_eq!(
            position,
            Some(Position {
                line: 6,
                column: 24
            })
        );
    }

    #[test]
    fn valid_json_beyond_the_readers_limits_is_typed() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            parse_str(&deep),
            Err(FileError::TooDeep {
                line: 1,
                column: 128
            })
        );
        let huge = doc(
            r#","scans":[{"id":"a","label":"","started":"2026-01-05T09:00:00","answers":{"x":1e400}}]"#,
        );
        assert!(
            matches!(
                parse_str(&huge),
                Err(FileError::NumberTooLarge { line: 1, .. })
            ),
            "{:?}",
            parse_str(&huge)
        );
        // Damage wins over a number that is too large, wherever it is.
        assert!(matches!(
            parse_str(r#"{"a": 1e400, "b": ]"#),
            Err(FileError::Damaged {
                line: 1,
                column: 19
            })
        ));
        let (path, problem, _) =
            field_error(r#"{"format":"ontwikkelkaarten","version":18446744073709551616}"#);
        assert_eq!(
            (path.as_str(), problem),
            ("version", FieldProblem::NotAVersion)
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

    #[test]
    fn unknown_top_level_fields_are_kept_not_refused() {
        let parsed = parse_str(&doc(r#","extra":1,"bron":{"x":[1,"a"]}"#)).unwrap();
        assert_eq!(parsed.extra.get("extra"), Some(serde_json::json!(1)));
        assert_eq!(
            parsed.extra.get("bron"),
            Some(serde_json::json!({"x": [1, "a"]}))
        );
        let written = parsed.to_json().unwrap();
        assert!(
            written.ends_with(r#","bron":{"x":[1,"a"]},"extra":1}"#),
            "{written}"
        );
        assert_eq!(parse_str(&written).unwrap(), parsed);
    }

    // Moved from `state`: the stored document of a state.

    #[test]
    fn stored_round_trip_keeps_everything_including_unknown_ids() {
        let mut state = AppState::default();
        state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
        state.set_note("feedbackprocessen.03", "In het MT van maart");
        state.set_status("gedeelde-visie.01", Some(Status::Gerealiseerd));
        state.set_note("bestaat-niet.99", "komt uit een nieuwere kaarttekst");
        let json = write_stored(&state).unwrap();
        assert!(json.starts_with(r#"{"format":"ontwikkelkaarten","version":1,"#));
        assert_eq!(read_stored(&json).unwrap(), state);
    }

    #[test]
    fn a_draft_and_a_plan_survive_a_save_and_load() {
        let at = |hour| {
            NaiveDate::from_ymd_opt(2026, 11, 2)
                .unwrap()
                .and_hms_opt(hour, 0, 0)
                .unwrap()
        };
        let mut state = AppState::default();
        state.start_scan("scan-1".into(), Default::default(), at(9));
        state.answer_current(Some(crate::domain::scan::Answer::Score(4)));
        state.answer_current(Some(crate::domain::scan::Answer::DontKnow));
        // Like closing the tab half-way.
        assert_eq!(read_stored(&write_stored(&state).unwrap()).unwrap(), state);
        state.finish_scan(at(10));
        let mut n = 0;
        state
            .plans
            .push(crate::domain::journey::templates::instantiate(
                crate::domain::journey::templates::template_by_id("mt-journey").unwrap(),
                "MT",
                at(9).date(),
                10,
                &mut || {
                    n += 1;
                    format!("id-{n}")
                },
            ));
        state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
        let plan_id = state.plans[0].id.clone();
        assert!(state.action_from_suggestion(
            &plan_id,
            "feedbackprocessen.03",
            "a1".into(),
            at(9).date()
        ));
        state.last_export = Some(at(11));
        state.reminder_snoozed_until = Some(at(11).date());
        assert_eq!(read_stored(&write_stored(&state).unwrap()).unwrap(), state);
    }

    #[test]
    fn damaged_json_reports_line_and_column() {
        let err = read_stored("{\n  \"format\": \"ontwikkelkaarten\",\n  \"version\": 1,,\n}")
            .unwrap_err();
        assert_eq!(
            err,
            FileError::Damaged {
                line: 3,
                column: 16
            }
        );
        assert!(err.to_string().contains("regel 3, kolom 16"));
        assert!(matches!(
            read_stored(r#"{"format":"ontwikk"#),
            Err(FileError::Damaged { .. })
        ));
    }

    #[test]
    fn foreign_newer_and_empty_documents_are_typed() {
        assert_eq!(read_stored("  "), Err(FileError::Empty));
        assert_eq!(read_stored("[1,2]"), Err(FileError::NotOurs));
        assert_eq!(
            read_stored(r#"{"format":"iets-anders","version":1}"#),
            Err(FileError::NotOurs)
        );
        assert_eq!(
            read_stored(r#"{"format":"ontwikkelkaarten","version":7}"#),
            Err(FileError::Newer(7))
        );
    }

    #[test]
    fn a_document_without_marks_is_an_empty_state() {
        assert_eq!(
            read_stored(r#"{"format":"ontwikkelkaarten","version":1}"#),
            Ok(AppState::default())
        );
    }

    #[test]
    fn every_message_is_a_dutch_sentence() {
        let errors = [
            FileError::Empty,
            FileError::TooLarge(6 * 1024 * 1024),
            FileError::NotText(3),
            FileError::Damaged { line: 1, column: 2 },
            FileError::TooDeep { line: 1, column: 2 },
            FileError::NumberTooLarge { line: 1, column: 2 },
            FileError::NotOurs,
            FileError::Newer(2),
            FileError::DuplicateId("a".into()),
            FileError::Field {
                path: String::new(),
                problem: FieldProblem::Missing("format".into()),
                position: None,
            },
            FileError::Field {
                path: "plans[0]".into(),
                problem: FieldProblem::Other,
                position: Some(Position { line: 4, column: 2 }),
            },
        ];
        for e in errors {
            let text = e.to_string();
            assert!(
                text.starts_with(char::is_uppercase) && text.ends_with('.'),
                "{text}"
            );
        }
        assert_eq!(
            FileError::Field {
                path: String::new(),
                problem: FieldProblem::Missing("format".into()),
                position: None,
            }
            .to_string(),
            "Het bestand mist het verplichte onderdeel “format”."
        );
        assert!(WriteError
            .to_string()
            .starts_with("De gegevens konden niet"));
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

    /// Every record keeps unknown fields, so the schema must allow them on every object
    /// with named properties: a record added without `extra` fails here.
    #[test]
    fn the_schema_allows_unknown_fields_on_every_record() {
        let schema = serde_json::to_value(schemars::schema_for!(Document)).unwrap();
        let mut records = vec![("Document", &schema)];
        for (name, def) in schema["$defs"].as_object().unwrap() {
            if def.get("properties").is_some() {
                records.push((name, def));
            }
        }
        assert!(records.len() >= 14, "{}", records.len());
        for (name, record) in records {
            assert_eq!(
                record["additionalProperties"],
                serde_json::Value::Bool(true),
                "{name}"
            );
        }
    }
}
