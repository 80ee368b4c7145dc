//! The user's state and its versioned JSON document.
//!
//! The document is what localStorage holds (and later what export files hold):
//! `{"format":"ontwikkelkaarten","version":1,"suggestions":{"feedbackprocessen.03":{"status":"oppakken","note":"…"}}}`.
//!
//! ```
//! use ontwikkelkaarten::state::{AppState, Status};
//! let mut state = AppState::default();
//! state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
//! let json = state.to_json();
//! assert_eq!(AppState::from_json(&json).unwrap(), state);
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Card;

/// Marker every document of this app carries.
pub const FORMAT: &str = "ontwikkelkaarten";
/// The document version this build writes.
pub const VERSION: u32 = 1;
/// Longest note kept on a suggestion, in characters.
pub const NOTE_MAX_CHARS: usize = 1000;

/// How a team stands towards a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Already realised in the organisation.
    Gerealiseerd,
    /// The team wants to pick it up.
    Oppakken,
    /// Not now.
    NietNu,
}

impl Status {
    /// All statuses in the order the UI offers them.
    pub const ALL: [Status; 3] = [Status::Gerealiseerd, Status::Oppakken, Status::NietNu];

    /// The Dutch label on the button.
    pub fn label(self) -> &'static str {
        match self {
            Status::Gerealiseerd => "Al gerealiseerd",
            Status::Oppakken => "Oppakken",
            Status::NietNu => "Niet nu",
        }
    }

    /// A CSS-friendly name.
    pub fn key(self) -> &'static str {
        match self {
            Status::Gerealiseerd => "gerealiseerd",
            Status::Oppakken => "oppakken",
            Status::NietNu => "niet-nu",
        }
    }
}

/// What the user recorded for one suggestion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// The chosen status, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A short free-text note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Mark {
    fn is_empty(&self) -> bool {
        self.status.is_none() && self.note.is_empty()
    }
}

/// Everything the user has recorded. Marks for ids this build does not know are kept
/// untouched, so a file from a newer deck text never loses anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppState {
    /// Marks by suggestion id.
    pub suggestions: BTreeMap<String, Mark>,
}

/// Counts of marked suggestions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Marked "al gerealiseerd".
    pub gerealiseerd: usize,
    /// Marked "oppakken".
    pub oppakken: usize,
    /// Marked "niet nu".
    pub niet_nu: usize,
    /// Suggestions on the card.
    pub total: usize,
}

impl Tally {
    /// Suggestions with any status.
    pub fn marked(&self) -> usize {
        self.gerealiseerd + self.oppakken + self.niet_nu
    }
}

impl AppState {
    /// The mark for a suggestion, if anything is recorded.
    pub fn mark(&self, suggestion_id: &str) -> Option<&Mark> {
        self.suggestions.get(suggestion_id)
    }

    /// Sets or clears the status of a suggestion.
    pub fn set_status(&mut self, suggestion_id: &str, status: Option<Status>) {
        self.update(suggestion_id, |m| m.status = status);
    }

    /// Sets the note of a suggestion, cut to [`NOTE_MAX_CHARS`].
    pub fn set_note(&mut self, suggestion_id: &str, note: &str) {
        let note: String = note.chars().take(NOTE_MAX_CHARS).collect();
        self.update(suggestion_id, |m| m.note = note);
    }

    fn update(&mut self, suggestion_id: &str, change: impl FnOnce(&mut Mark)) {
        let mark = self
            .suggestions
            .entry(suggestion_id.to_owned())
            .or_default();
        change(mark);
        if mark.is_empty() {
            self.suggestions.remove(suggestion_id);
        }
    }

    /// How the suggestions of one card are marked.
    pub fn tally(&self, card: &Card) -> Tally {
        let mut tally = Tally {
            total: card.suggestions.len(),
            ..Tally::default()
        };
        for s in card.suggestions {
            match self.mark(s.id).and_then(|m| m.status) {
                Some(Status::Gerealiseerd) => tally.gerealiseerd += 1,
                Some(Status::Oppakken) => tally.oppakken += 1,
                Some(Status::NietNu) => tally.niet_nu += 1,
                None => {}
            }
        }
        tally
    }

    /// The versioned JSON document for this state.
    pub fn to_json(&self) -> String {
        let doc = DocumentOut {
            format: FORMAT,
            version: VERSION,
            suggestions: &self.suggestions,
        };
        serde_json::to_string(&doc).unwrap_or_default()
    }

    /// Reads a document, checking its format marker and version first.
    pub fn from_json(text: &str) -> Result<AppState, LoadError> {
        if text.trim().is_empty() {
            return Err(LoadError::Empty);
        }
        let header: Header = serde_json::from_str(text).map_err(|e| {
            if e.is_syntax() || e.is_eof() {
                LoadError::Damaged {
                    line: e.line(),
                    column: e.column(),
                }
            } else {
                LoadError::NotOurs
            }
        })?;
        if header.format.as_deref() != Some(FORMAT) {
            return Err(LoadError::NotOurs);
        }
        match header.version {
            Some(VERSION) => {}
            Some(v) if v > VERSION => return Err(LoadError::Newer(v)),
            _ => {
                return Err(LoadError::Field {
                    field: "version".into(),
                    problem: "ontbreekt of is geen geldig versienummer".into(),
                })
            }
        }
        let doc: DocumentIn = serde_json::from_str(text).map_err(|e| LoadError::Field {
            field: "suggestions".into(),
            problem: e.to_string(),
        })?;
        Ok(AppState {
            suggestions: doc
                .suggestions
                .into_iter()
                .filter(|(_, m)| !m.is_empty())
                .collect(),
        })
    }
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u32,
    suggestions: &'a BTreeMap<String, Mark>,
}

#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(Deserialize)]
struct DocumentIn {
    #[serde(default)]
    suggestions: BTreeMap<String, Mark>,
}

/// Why a stored or imported document could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing in it.
    Empty,
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
    /// A field is missing or has the wrong type.
    Field {
        /// Which field.
        field: String,
        /// What is wrong with it.
        problem: String,
    },
}

impl LoadError {
    /// A Dutch explanation for the user.
    pub fn message(&self) -> String {
        match self {
            LoadError::Empty => "De gegevens zijn leeg.".into(),
            LoadError::Damaged { line, column } => format!(
                "De gegevens zijn beschadigd: geen geldige JSON (regel {line}, kolom {column})."
            ),
            LoadError::NotOurs => "Dit zijn geen gegevens van Ontwikkelkaarten.".into(),
            LoadError::Newer(v) => format!(
                "Deze gegevens zijn gemaakt door een nieuwere versie van de app (formaatversie {v}). Ververs de pagina om de nieuwste versie te laden."
            ),
            LoadError::Field { field, problem } => {
                format!("Het veld \u{201c}{field}\u{201d} klopt niet: {problem}.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::card_by_id;

    #[test]
    fn round_trip_keeps_everything_including_unknown_ids() {
        let mut state = AppState::default();
        state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
        state.set_note("feedbackprocessen.03", "In het MT van maart");
        state.set_status("gedeelde-visie.01", Some(Status::Gerealiseerd));
        state.set_note("bestaat-niet.99", "komt uit een nieuwere kaarttekst");
        let json = state.to_json();
        assert!(json.starts_with(r#"{"format":"ontwikkelkaarten","version":1,"#));
        assert_eq!(AppState::from_json(&json).unwrap(), state);
    }

    #[test]
    fn clearing_status_and_note_removes_the_entry() {
        let mut state = AppState::default();
        state.set_status("teamleren.01", Some(Status::NietNu));
        state.set_note("teamleren.01", "x");
        state.set_status("teamleren.01", None);
        assert!(state.mark("teamleren.01").is_some());
        state.set_note("teamleren.01", "");
        assert!(state.suggestions.is_empty());
    }

    #[test]
    fn notes_are_capped() {
        let mut state = AppState::default();
        state.set_note("teamleren.01", &"é".repeat(NOTE_MAX_CHARS + 50));
        assert_eq!(
            state.mark("teamleren.01").unwrap().note.chars().count(),
            NOTE_MAX_CHARS
        );
    }

    #[test]
    fn tally_counts_per_status() {
        let card = card_by_id("partners").unwrap();
        let mut state = AppState::default();
        state.set_status("partners.01", Some(Status::Gerealiseerd));
        state.set_status("partners.02", Some(Status::Gerealiseerd));
        state.set_status("partners.03", Some(Status::Oppakken));
        state.set_status("partners.04", Some(Status::NietNu));
        state.set_note("partners.05", "alleen een notitie");
        state.set_status("teamleren.01", Some(Status::Oppakken));
        let t = state.tally(card);
        assert_eq!(
            t,
            Tally {
                gerealiseerd: 2,
                oppakken: 1,
                niet_nu: 1,
                total: 9
            }
        );
        assert_eq!(t.marked(), 4);
    }

    #[test]
    fn damaged_json_reports_line_and_column() {
        let err =
            AppState::from_json("{\n  \"format\": \"ontwikkelkaarten\",\n  \"version\": 1,,\n}")
                .unwrap_err();
        assert_eq!(
            err,
            LoadError::Damaged {
                line: 3,
                column: 16
            }
        );
        assert!(err.message().contains("regel 3, kolom 16"));
        assert!(matches!(
            AppState::from_json(r#"{"format":"ontwikk"#),
            Err(LoadError::Damaged { .. })
        ));
    }

    #[test]
    fn foreign_newer_and_empty_documents_are_typed() {
        assert_eq!(AppState::from_json("  "), Err(LoadError::Empty));
        assert_eq!(AppState::from_json("[1,2]"), Err(LoadError::NotOurs));
        assert_eq!(
            AppState::from_json(r#"{"format":"iets-anders","version":1}"#),
            Err(LoadError::NotOurs)
        );
        assert_eq!(
            AppState::from_json(r#"{"format":"ontwikkelkaarten","version":7}"#),
            Err(LoadError::Newer(7))
        );
        assert!(matches!(
            AppState::from_json(r#"{"format":"ontwikkelkaarten"}"#),
            Err(LoadError::Field { ref field, .. }) if field == "version"
        ));
    }

    #[test]
    fn wrong_field_types_name_the_field() {
        let err = AppState::from_json(
            r#"{"format":"ontwikkelkaarten","version":1,"suggestions":{"a":{"status":"misschien"}}}"#,
        )
        .unwrap_err();
        assert!(matches!(err, LoadError::Field { ref field, .. } if field == "suggestions"));
        assert!(err.message().contains("suggestions"));
    }

    #[test]
    fn a_document_without_marks_is_an_empty_state() {
        assert_eq!(
            AppState::from_json(r#"{"format":"ontwikkelkaarten","version":1}"#),
            Ok(AppState::default())
        );
    }
}
