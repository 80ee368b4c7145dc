//! The interface's language, chosen when the wasm is built: Dutch by default, English with
//! the `en` feature. Every interface text is written once with both wordings beside each
//! other, `tr!("Opslaan", "Save")`, and the compiler keeps only the built language's. So
//! each language's first download holds its own text and no other (the page loads the
//! build of the language the user chose, see `public/shell.js`), and nothing is looked up
//! at run time.
//!
//! `trf!` is `format!` with one format string per language: `trf!("{n} stellingen",
//! "{n} statements")`. The deck's own texts (cards, statements, templates) come from
//! `content/<lang>/`, selected in the same way.

/// The language this build speaks: `"nl"` or `"en"`, as in `<html lang>`.
#[cfg(not(feature = "en"))]
pub const LANG: &str = "nl";
/// The language this build speaks: `"nl"` or `"en"`, as in `<html lang>`.
#[cfg(feature = "en")]
pub const LANG: &str = "en";

/// True in the English build.
pub const ENGLISH: bool = cfg!(feature = "en");

/// One interface text in both languages: `tr!("Dutch", "English")` is the built language's.
#[cfg(not(feature = "en"))]
#[macro_export]
macro_rules! tr {
    ($nl:literal, $en:literal $(,)?) => {
        $nl
    };
}

/// One interface text in both languages: `tr!("Dutch", "English")` is the built language's.
#[cfg(feature = "en")]
#[macro_export]
macro_rules! tr {
    ($nl:literal, $en:literal $(,)?) => {
        $en
    };
}

/// `format!` with a format string per language: `trf!("{n} van {m}", "{n} of {m}")`.
#[cfg(not(feature = "en"))]
#[macro_export]
macro_rules! trf {
    ($nl:literal, $en:literal $(, $($arg:tt)*)?) => {
        format!($nl $(, $($arg)*)?)
    };
}

/// `format!` with a format string per language: `trf!("{n} van {m}", "{n} of {m}")`.
#[cfg(feature = "en")]
#[macro_export]
macro_rules! trf {
    ($nl:literal, $en:literal $(, $($arg:tt)*)?) => {
        format!($en $(, $($arg)*)?)
    };
}
