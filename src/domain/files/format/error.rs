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
            Found::Null => f.write_str("een lege waarde (null)"),
            Found::Bool(b) => write!(f, "de waarde {b}"),
            Found::Number(n) => write!(f, "het getal {n}"),
            Found::Text(t) => write!(f, "de tekst “{t}”"),
            Found::List => f.write_str("een lijst"),
            Found::Object => f.write_str("een object"),
            Found::Other => f.write_str("een onverwachte waarde"),
        }
    }
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldProblem::Missing(name) => write!(f, "mist het verplichte onderdeel “{name}”"),
            FieldProblem::UnknownValue(value) => write!(f, "heeft een onbekende waarde “{value}”"),
            FieldProblem::WrongType(found) => {
                write!(f, "heeft een verkeerd soort waarde: {found}")
            }
            FieldProblem::InvalidValue(found) => write!(f, "heeft een ongeldige waarde: {found}"),
            FieldProblem::WrongLength(n) => {
                write!(f, "heeft een verkeerd aantal onderdelen ({n})")
            }
            FieldProblem::NotDateTime => f.write_str("is geen geldige datum of tijd"),
            FieldProblem::NotAVersion => f.write_str("ontbreekt of is geen versienummer"),
            FieldProblem::Other => f.write_str("klopt niet"),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const MB: usize = 1024 * 1024;
        match self {
            FileError::Empty => f.write_str("Het bestand is leeg."),
            FileError::TooLarge(bytes) => write!(
                f,
                "Het bestand is te groot ({} MB); een bestand van {SHORT_NAME} is hooguit {} MB.",
                bytes / MB,
                MAX_BYTES / MB
            ),
            FileError::NotText(at) => write!(
                f,
                "Dit is geen tekstbestand (onleesbare tekens vanaf byte {at}), dus geen bestand van {SHORT_NAME}."
            ),
            FileError::Damaged { line, column } => write!(
                f,
                "Het bestand is beschadigd: geen geldige JSON (regel {line}, kolom {column})."
            ),
            FileError::TooDeep { line, column } => write!(
                f,
                "Het bestand is te diep genest om te lezen (regel {line}, kolom {column})."
            ),
            FileError::NumberTooLarge { line, column } => write!(
                f,
                "Het bestand bevat een getal dat te groot is om te lezen (regel {line}, kolom {column})."
            ),
            FileError::NotOurs => write!(f, "Dit is geen bestand van {SHORT_NAME}."),
            FileError::OtherDeck(deck) => write!(
                f,
                "Dit bestand hoort bij een andere kaartenset (“{deck}”) dan deze app (“{NAMESPACE}”). Uitkomsten van verschillende kaartensets gaan niet samen: open het bestand in de app van die kaartenset. Er is niets veranderd."
            ),
            FileError::Newer(v) => write!(
                f,
                "Dit bestand is gemaakt door een nieuwere versie van de app (formaatversie {v}; deze app leest tot en met versie {}). Ververs de pagina om de nieuwste versie te laden.",
                VERSION
            ),
            FileError::Field {
                path,
                problem,
                position,
            } => {
                if path.is_empty() {
                    write!(f, "Het bestand {problem}")?;
                } else {
                    write!(f, "Het veld “{path}” {problem}")?;
                }
                match position {
                    Some(Position { line, column }) => {
                        write!(f, " (regel {line}, kolom {column}).")
                    }
                    None => f.write_str("."),
                }
            }
            FileError::DuplicateId(id) => {
                write!(f, "Het bestand bevat twee keer hetzelfde id “{id}”.")
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
        write!(f, "De gegevens konden niet worden omgezet naar een bestand van {SHORT_NAME}. Er is niets veranderd.")
    }
}

impl std::error::Error for WriteError {}

impl From<serde_json::Error> for WriteError {
    fn from(_: serde_json::Error) -> WriteError {
        WriteError
    }
}
