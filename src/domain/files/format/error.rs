//! Why a document could not be read or written: typed values whose `Display` is the Dutch
//! text the app shows. Nothing here looks at the text of a serde or serde_json message.

use std::fmt;

use super::{MAX_BYTES, VERSION};
use crate::domain::content::manifest::{NAMESPACE, SHORT_NAME};

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
    /// Valid JSON, but nested deeper than the reader follows (128 levels).
    TooDeep {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but with a number beyond what a 64-bit float holds (`1e400`).
    NumberTooLarge {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but not a document of this app.
    NotOurs,
    /// A document of another deck (its namespace): a consultancy's own deck and the
    /// standard one never mix.
    OtherDeck(String),
    /// Written by a newer version of the app.
    Newer(u32),
    /// A field is missing or has the wrong type or value.
    Field {
        /// Where: `scans[0].started`; empty for the document itself.
        path: String,
        /// What is wrong.
        problem: FieldProblem,
        /// Where in the text, when it could be found.
        position: Option<Position>,
    },
    /// Two records in one file share an id.
    DuplicateId(String),
}

/// A place in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    /// A required part is missing (its name).
    Missing(String),
    /// A word the format does not know, such as a status `"misschien"`.
    UnknownValue(String),
    /// A value of the wrong kind: text where a number belongs, a list for a date.
    WrongType(Found),
    /// A value of the right kind that is not allowed, such as an answer of 9.
    InvalidValue(Found),
    /// A list with the wrong number of parts (how many it has).
    WrongLength(usize),
    /// Text that is not a valid date or time.
    NotDateTime,
    /// The format version is missing or not a whole number from 1.
    NotAVersion,
    /// Anything else a record refuses.
    Other,
}

/// The value found where the problem is, as far as it helps the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// Text (cut to 60 characters).
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
    /// Something else.
    Other,
}

impl From<serde::de::Unexpected<'_>> for Found {
    fn from(unexpected: serde::de::Unexpected<'_>) -> Found {
        use serde::de::Unexpected as U;
        match unexpected {
            U::Unit | U::Option => Found::Null,
            U::Bool(b) => Found::Bool(b),
            U::Unsigned(n) => Found::Number(n.to_string()),
            U::Signed(n) => Found::Number(n.to_string()),
            U::Float(n) => Found::Number(n.to_string()),
            U::Str(text) => {
                let mut cut: String = text.chars().take(60).collect();
                if cut.len() < text.len() {
                    cut.push('…');
                }
                Found::Text(cut)
            }
            U::Char(c) => Found::Text(c.to_string()),
            U::Seq => Found::List,
            U::Map => Found::Object,
            _ => Found::Other,
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str(tr!("een lege waarde (null)", "an empty value (null)")),
            Found::Bool(b) => f.write_str(&trf!("de waarde {b}", "the value {b}")),
            Found::Number(n) => f.write_str(&trf!("het getal {n}", "the number {n}")),
            Found::Text(t) => f.write_str(&trf!("de tekst “{t}”", "the text “{t}”")),
            Found::List => f.write_str(tr!("een lijst", "a list")),
            Found::Object => f.write_str(tr!("een object", "an object")),
            Found::Other => f.write_str(tr!("een onverwachte waarde", "an unexpected value")),
        }
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldProblem::Missing(name) => f.write_str(&trf!(
                "mist het verplichte onderdeel “{name}”",
                "is missing the required part “{name}”"
            )),
            FieldProblem::UnknownValue(value) => f.write_str(&trf!(
                "heeft een onbekende waarde “{value}”",
                "has an unknown value “{value}”"
            )),
            FieldProblem::WrongType(found) => f.write_str(&trf!(
                "heeft een verkeerd soort waarde: {found}",
                "has the wrong kind of value: {found}"
            )),
            FieldProblem::InvalidValue(found) => f.write_str(&trf!(
                "heeft een ongeldige waarde: {found}",
                "has an invalid value: {found}"
            )),
            FieldProblem::WrongLength(n) => f.write_str(&trf!(
                "heeft een verkeerd aantal onderdelen ({n})",
                "has the wrong number of parts ({n})"
            )),
            FieldProblem::NotDateTime => f.write_str(tr!(
                "is geen geldige datum of tijd",
                "is not a valid date or time"
            )),
            FieldProblem::NotAVersion => f.write_str(tr!(
                "ontbreekt of is geen versienummer",
                "is missing or is not a version number"
            )),
            FieldProblem::Other => f.write_str(tr!("klopt niet", "is not valid")),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MB: usize = 1024 * 1024;
        match self {
            FileError::Empty => f.write_str(tr!("Het bestand is leeg.", "The file is empty.")),
            FileError::TooLarge(bytes) => f.write_str(&trf!(
                "Het bestand is te groot ({} MB); een bestand van {SHORT_NAME} is hooguit {} MB.",
                "The file is too large ({} MB); a file from {SHORT_NAME} is at most {} MB.",
                bytes / MB,
                MAX_BYTES / MB
            )),
            FileError::NotText(at) => f.write_str(&trf!(
                "Dit is geen tekstbestand (onleesbare tekens vanaf byte {at}), dus geen bestand van {SHORT_NAME}.",
                "This is not a text file (unreadable characters from byte {at}), so it is not a file from {SHORT_NAME}."
            )),
            FileError::Damaged { line, column } => f.write_str(&trf!(
                "Het bestand is beschadigd: geen geldige JSON (regel {line}, kolom {column}).",
                "The file is damaged: it is not valid JSON (line {line}, column {column})."
            )),
            FileError::TooDeep { line, column } => f.write_str(&trf!(
                "Het bestand is te diep genest om te lezen (regel {line}, kolom {column}).",
                "The file is nested too deeply to read (line {line}, column {column})."
            )),
            FileError::NumberTooLarge { line, column } => f.write_str(&trf!(
                "Het bestand bevat een getal dat te groot is om te lezen (regel {line}, kolom {column}).",
                "The file contains a number too large to read (line {line}, column {column})."
            )),
            FileError::NotOurs => f.write_str(&trf!(
                "Dit is geen bestand van {SHORT_NAME}.",
                "This is not a file from {SHORT_NAME}."
            )),
            FileError::OtherDeck(deck) => f.write_str(&trf!(
                "Dit bestand hoort bij een andere kaartenset (“{deck}”) dan deze app (“{NAMESPACE}”). Uitkomsten van verschillende kaartensets gaan niet samen: open het bestand in de app van die kaartenset. Er is niets veranderd.",
                "This file belongs to a different card deck (“{deck}”) from this app (“{NAMESPACE}”). Results from different decks cannot be combined: open the file in that deck’s app. Nothing has changed."
            )),
            FileError::Newer(v) => f.write_str(&trf!(
                "Dit bestand is gemaakt door een nieuwere versie van de app (formaatversie {v}; deze app leest tot en met versie {}). Ververs de pagina om de nieuwste versie te laden.",
                "This file was made by a newer version of the app (format version {v}; this app reads up to version {}). Refresh the page to load the latest version.",
                VERSION
            )),
            FileError::Field {
                path,
                problem,
                position,
            } => {
                if path.is_empty() {
                    f.write_str(&trf!("Het bestand {problem}", "The file {problem}"))?;
                } else {
                    f.write_str(&trf!("Het veld “{path}” {problem}", "The field “{path}” {problem}"))?;
                }
                match position {
                    Some(Position { line, column }) => {
                        f.write_str(&trf!(" (regel {line}, kolom {column}).", " (line {line}, column {column})."))
                    }
                    None => f.write_str("."),
                }
            }
            FileError::DuplicateId(id) => {
                f.write_str(&trf!(
                    "Het bestand bevat twee keer hetzelfde id “{id}”.",
                    "The file contains the same id “{id}” twice."
                ))
            }
        }
    }
}

impl std::error::Error for FileError {}

impl FileError {
    /// The Dutch explanation for the user (the same as `to_string()`).
    pub fn message(&self) -> String {
        self.to_string()
    }
}

/// Why a document could not be written as JSON. With the app's own types this does not
/// happen (every map has text keys), but serialising is fallible, so it is a value too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteError;

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&trf!(
            "De gegevens konden niet worden omgezet naar een bestand van {SHORT_NAME}. Er is niets veranderd.",
            "The data could not be turned into a file for {SHORT_NAME}. Nothing has changed."
        ))
    }
}

impl std::error::Error for WriteError {}

impl From<serde_json::Error> for WriteError {
    fn from(_: serde_json::Error) -> WriteError {
        WriteError
    }
}
