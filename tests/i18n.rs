//! The interface's texts in both languages, read from the source: every `tr!("nl", "en")`
//! and `trf!(…)` pair in `src/` (see `src/i18n.rs`). The compiler checks each build's own
//! half; these tests check what it cannot: that the English half is English, that one Dutch
//! text has one translation everywhere, and that both halves of a `trf!` take the same
//! values.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A pair as found: the file, the Dutch and the English.
struct Pair {
    file: String,
    nl: String,
    en: String,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// A string literal starting at `at` (its opening quote): its contents and the index after it.
fn literal(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(at) != Some(&b'"') {
        return None;
    }
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some((text[at + 1..i].to_owned(), i + 1)),
            _ => i += 1,
        }
    }
    None
}

fn skip_space(text: &str, mut at: usize) -> usize {
    while text[at..].starts_with(|c: char| c.is_whitespace()) {
        at += text[at..].chars().next().unwrap().len_utf8();
    }
    at
}

/// Every pair in `src/`, outside `src/i18n.rs` (which defines the macros).
fn pairs() -> Vec<Pair> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for path in files {
        if path.ends_with("i18n.rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let file = path.strip_prefix(root).unwrap().display().to_string();
        for start in ["tr!(", "trf!("] {
            for (at, _) in text.match_indices(start) {
                let first = skip_space(&text, at + start.len());
                let Some((nl, after)) = literal(&text, first) else {
                    continue;
                };
                let comma = skip_space(&text, after);
                if !text[comma..].starts_with(',') {
                    continue;
                }
                let second = skip_space(&text, comma + 1);
                let Some((en, _)) = literal(&text, second) else {
                    panic!("{file}: a {start} without an English string after {nl:?}");
                };
                found.push(Pair {
                    file: file.clone(),
                    nl,
                    en,
                });
            }
        }
    }
    found
}

#[test]
fn the_interface_has_hundreds_of_texts_in_both_languages() {
    let pairs = pairs();
    assert!(pairs.len() > 700, "found only {} pairs", pairs.len());
    let distinct: BTreeSet<_> = pairs.iter().map(|p| &p.nl).collect();
    assert!(
        distinct.len() > 600,
        "found only {} Dutch texts",
        distinct.len()
    );
}

/// Words that are Dutch and not English (as whole words, so "de" in "decide" is not one).
const DUTCH: &[&str] = &[
    "de",
    "het",
    "een",
    "van",
    "niet",
    "voor",
    "met",
    "zijn",
    "jullie",
    "je",
    "jouw",
    "wij",
    "ons",
    "onze",
    "naar",
    "bij",
    "ook",
    "wat",
    "deze",
    "dit",
    "dat",
    "wordt",
    "worden",
    "kaart",
    "stelling",
    "stellingen",
    "suggestie",
    "bestand",
    "bestanden",
    "opslaan",
    "bewaard",
    "geen",
    "nog",
    "alle",
    "klaar",
    "sessie",
    "deelnemer",
    "deelnemers",
    "datum",
    "niets",
    "staat",
];

#[test]
fn the_english_texts_hold_no_dutch_words() {
    let mut problems = Vec::new();
    for pair in pairs() {
        // A Dutch word in the English that the Dutch also has is a name or a quoted
        // title ("MT Zuid"); outside those, it is a slip.
        let words = |text: &str| -> BTreeSet<String> {
            text.split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .collect()
        };
        // Markup (the static page's) is not text: `href="#/werken-met-de-kaarten"`.
        let text = |html: &str| {
            let mut out = String::new();
            let mut inside = false;
            for c in html.chars() {
                match c {
                    '<' => inside = true,
                    '>' => inside = false,
                    _ if !inside => out.push(c),
                    _ => {}
                }
            }
            out
        };
        let (english, dutch) = (words(&text(&pair.en)), words(&text(&pair.nl)));
        let slips: Vec<_> = DUTCH
            .iter()
            .filter(|w| english.contains(**w) && !dutch.is_empty() && pair.en != pair.nl)
            .collect();
        if !slips.is_empty() {
            problems.push(format!("{}: {:?} has {slips:?}", pair.file, pair.en));
        }
    }
    assert!(
        problems.is_empty(),
        "Dutch in English texts:\n{}",
        problems.join("\n")
    );
}

#[test]
fn one_dutch_text_has_one_translation_everywhere() {
    let mut translations: BTreeMap<&str, BTreeSet<(&str, &str)>> = BTreeMap::new();
    let pairs = pairs();
    for pair in &pairs {
        translations
            .entry(&pair.nl)
            .or_default()
            .insert((&pair.en, &pair.file));
    }
    // Words whose English depends on the sentence around them.
    let by_context = ["dan", "weken"];
    let problems: Vec<String> = translations
        .iter()
        .filter(|(nl, ens)| {
            !by_context.contains(nl)
                && ens.iter().map(|(en, _)| en).collect::<BTreeSet<_>>().len() > 1
        })
        .map(|(nl, ens)| format!("{nl:?}: {ens:?}"))
        .collect();
    assert!(
        problems.is_empty(),
        "translated differently:\n{}",
        problems.join("\n")
    );
}

/// The `{…}` placeholders of a format string, without `{{`.
fn placeholders(text: &str) -> BTreeSet<String> {
    let text = text.replace("{{", "").replace("}}", "");
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(inside, _)| inside.to_owned()))
        .collect()
}

#[test]
fn both_halves_of_a_format_take_the_same_values() {
    let problems: Vec<String> = pairs()
        .into_iter()
        .filter(|p| {
            let (nl, en) = (placeholders(&p.nl), placeholders(&p.en));
            // Positional `{}` may move; named ones must all be there.
            nl.iter()
                .filter(|n| !n.is_empty() && !n.starts_with(':'))
                .collect::<BTreeSet<_>>()
                != en
                    .iter()
                    .filter(|n| !n.is_empty() && !n.starts_with(':'))
                    .collect()
                || p.nl.matches("{}").count() != p.en.matches("{}").count()
        })
        .map(|p| format!("{}: {:?} / {:?}", p.file, p.nl, p.en))
        .collect();
    assert!(
        problems.is_empty(),
        "different values:\n{}",
        problems.join("\n")
    );
}
