//! Reads records from a parsed [`serde_json::Value`], with errors that are typed values.
//!
//! serde reports every problem through the error type of the deserializer it runs on:
//! `missing_field`, `unknown_variant`, `invalid_type`, `invalid_value`, `custom`. Here that
//! type is [`Problem`], so the kind of problem is known without reading any message, and
//! the lists and objects below add the path (`scans[0].started`) while the error travels
//! up. [`locate`] then finds that path in the text for a line and column.

use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::error::{FieldProblem, FileError, Position};

/// One step of a path: an index in a list or a name in an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Segment {
    /// `[3]`
    Index(usize),
    /// `.started`
    Key(String),
}

/// What went wrong where, while the error travels up.
#[derive(Debug)]
pub(super) struct Problem {
    problem: FieldProblem,
    /// Innermost step first: each level adds its own on the way up.
    path: Vec<Segment>,
}

impl Problem {
    fn new(problem: FieldProblem) -> Problem {
        Problem {
            problem,
            path: Vec::new(),
        }
    }

    fn at(mut self, segment: Segment) -> Problem {
        self.path.push(segment);
        self
    }

    /// The path as people read it: `scans[0].answers.teamleren.u1`.
    fn path_text(&self) -> String {
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
                Segment::Key(key) if out.is_empty() => out.push_str(key),
                Segment::Key(key) => {
                    out.push('.');
                    out.push_str(key);
                }
            }
        }
        out
    }

    /// The error for the user, with the place of the field in `text` when it is found.
    pub(super) fn into_file_error(mut self, text: &str) -> FileError {
        let path = self.path_text();
        self.path.reverse();
        FileError::Field {
            path,
            problem: self.problem,
            position: locate(text, &self.path),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path_text(), self.problem)
    }
}

impl std::error::Error for Problem {}

impl de::Error for Problem {
    fn custom<T: fmt::Display>(_: T) -> Problem {
        Problem::new(FieldProblem::Other)
    }

    fn invalid_type(unexpected: de::Unexpected<'_>, _: &dyn de::Expected) -> Problem {
        Problem::new(FieldProblem::WrongType(unexpected.into()))
    }

    fn invalid_value(unexpected: de::Unexpected<'_>, _: &dyn de::Expected) -> Problem {
        Problem::new(FieldProblem::InvalidValue(unexpected.into()))
    }

    fn invalid_length(len: usize, _: &dyn de::Expected) -> Problem {
        Problem::new(FieldProblem::WrongLength(len))
    }

    fn unknown_variant(variant: &str, _: &'static [&'static str]) -> Problem {
        Problem::new(FieldProblem::UnknownValue(variant.to_owned()))
    }

    fn missing_field(field: &'static str) -> Problem {
        Problem::new(FieldProblem::Missing(field.to_owned()))
    }
}

/// A deserializer over a borrowed JSON value.
#[derive(Clone, Copy)]
pub(super) struct ValueDe<'de>(pub &'de Value);

impl<'de> Deserializer<'de> for ValueDe<'de> {
    type Error = Problem;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => visitor.visit_u64(u),
                (None, Some(i)) => visitor.visit_i64(i),
                (None, None) => visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => {
                let mut seq = Items(items.iter().enumerate());
                let out = visitor.visit_seq(&mut seq)?;
                match seq.0.len() {
                    0 => Ok(out),
                    _ => Err(de::Error::invalid_length(items.len(), &"fewer")),
                }
            }
            Value::Object(map) => {
                let mut entries = Entries {
                    entries: map.iter(),
                    value: None,
                };
                let out = visitor.visit_map(&mut entries)?;
                match entries.entries.len() {
                    0 => Ok(out),
                    _ => Err(de::Error::invalid_length(map.len(), &"fewer")),
                }
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    /// Only chrono's dates and times read text through `deserialize_str` (strings, keys and
    /// enums go through their own methods), and they refuse text with a custom error. So a
    /// custom error raised by visiting the text itself is text that is no date or time: a
    /// distinction by structure, not by the words of chrono's message.
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Problem> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s).map_err(|mut e: Problem| {
                if e.path.is_empty() && e.problem == FieldProblem::Other {
                    e.problem = FieldProblem::NotDateTime;
                }
                e
            }),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Problem> {
        match self.0 {
            Value::String(s) => visitor.visit_enum(BorrowedStrDeserializer::new(s)),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Problem> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

/// The elements of a list, each adding its index to an error.
struct Items<'de>(std::iter::Enumerate<std::slice::Iter<'de, Value>>);

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Problem;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Problem> {
        match self.0.next() {
            Some((i, item)) => seed
                .deserialize(ValueDe(item))
                .map(Some)
                .map_err(|e: Problem| e.at(Segment::Index(i))),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

/// The entries of an object, each adding its name to an error.
struct Entries<'de> {
    entries: serde_json::map::Iter<'de>,
    value: Option<(&'de String, &'de Value)>,
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = Problem;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Problem> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
            .map_err(|e: Problem| e.at(Segment::Key(key.clone())))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Problem> {
        let (key, value) = self
            .value
            .take()
            .ok_or_else(|| Problem::new(FieldProblem::Other))?;
        seed.deserialize(ValueDe(value))
            .map_err(|e: Problem| e.at(Segment::Key(key.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

/// Where the value at `path` (outermost step first) is in `text`, which must be valid JSON:
/// the walk reads the text again, skips everything off the path, and stops with an error at
/// the value (just after a plain value, just inside a list or an object), which serde_json
/// marks with its line and column.
pub(super) fn locate(text: &str, path: &[Segment]) -> Option<Position> {
    let mut json = serde_json::Deserializer::from_str(text);
    match (Find { path }).deserialize(&mut json) {
        Ok(()) => None,
        Err(e) => Some(Position {
            line: e.line(),
            column: e.column(),
        }),
    }
}

/// Follows the rest of a path into a value.
struct Find<'a> {
    path: &'a [Segment],
}

impl<'de> DeserializeSeed<'de> for Find<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, json: D) -> Result<(), D::Error> {
        match self.path.split_first() {
            None => json.deserialize_any(Here),
            Some((first, rest)) => json.deserialize_any(Step { first, rest }),
        }
    }
}

/// The end of the walk: refuses whatever it is given, so that serde_json reports the
/// position there (after a plain value, or just inside a list or an object).
struct Here;

impl<'de> Visitor<'de> for Here {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("nothing: the walk ends here")
    }
}

/// One step into a list or an object. Reaching a plain value instead stops the walk with an
/// error there, the nearest place to report.
struct Step<'a> {
    first: &'a Segment,
    rest: &'a [Segment],
}

impl<'de> Visitor<'de> for Step<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list or an object")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        loop {
            let more = if *self.first == Segment::Index(index) {
                seq.next_element_seed(Find { path: self.rest })?.is_some()
            } else {
                seq.next_element::<IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if matches!(self.first, Segment::Key(k) if *k == key) {
                map.next_value_seed(Find { path: self.rest })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
