//! The content folder's checks: `build.rs` reads `content/` (and a consultancy's own
//! folder) and fails the build naming the file and the line of what is wrong. Here its
//! reader runs on damaged copies of the real content.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build.rs"]
mod build_script;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A fresh copy of `folder` (relative to the repository) in a temporary directory, whose
/// parent stands in for the repository root in messages.
struct Scratch {
    root: PathBuf,
    folder: PathBuf,
}

impl Scratch {
    fn of(folder: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "ontwikkelkaarten-content-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&root);
        let copy = Scratch {
            folder: root.join("content"),
            root,
        };
        copy_dir(&self::root().join(folder), &copy.folder);
        copy
    }

    /// Replaces the one occurrence of `from` in `file` by `to`.
    fn edit(&self, file: &str, from: &str, to: &str) -> &Scratch {
        let path = self.folder.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert_eq!(text.matches(from).count(), 1, "{from:?} once in {file}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Adds `text` at the end of `file`.
    fn append(&self, file: &str, text: &str) {
        let path = self.folder.join(file);
        let mut all = fs::read_to_string(&path).unwrap();
        all.push_str(text);
        fs::write(&path, all).unwrap();
    }

    fn problems(&self) -> Vec<String> {
        match build_script::generate(&self.root, &self.folder) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        }
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// The line (from 1) of the first line of `file` containing `needle`.
fn line_of(copy: &Scratch, file: &str, needle: &str) -> usize {
    let text = fs::read_to_string(copy.folder.join(file)).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

fn assert_problem(problems: &[String], start: &str, contains: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with(start) && p.contains(contains)),
        "no problem starting {start:?} containing {contains:?} in {problems:#?}"
    );
}

#[test]
fn the_content_folder_generates_the_deck_the_statements_and_the_templates() {
    let files = build_script::generate(&root(), &root().join("content")).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "deck.rs",
            "content_nl_deck.rs",
            "content_nl_scan.rs",
            "content_nl_templates.rs",
            "content_en_deck.rs",
            "content_en_scan.rs",
            "content_en_templates.rs"
        ]
    );
    let deck = &files[1].1;
    assert_eq!(deck.matches("Suggestion { id:").count(), 109);
    assert_eq!(files[4].1.matches("Suggestion { id:").count(), 109);
    // Wrapped lines in the files are joined with one space, paragraphs kept apart.
    assert!(deck.contains("\"Als feedbackprocessen goed zijn ingericht, zowel op medewerkersniveau als op systeemniveau, kun je"));
}

#[test]
fn a_missing_field_names_the_file_and_the_line() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/cards/3-teamleren.toml",
        "short_title = \"Teamleren\"\n",
        "",
    );
    assert_problem(
        &copy.problems(),
        "content/nl/cards/3-teamleren.toml:1:",
        "missing field `short_title`",
    );
}

#[test]
fn an_unknown_field_is_a_typo_not_ignored() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/cards/3-teamleren.toml",
        "short_title = ",
        "korte_titel = ",
    );
    let line = line_of(&copy, "nl/cards/3-teamleren.toml", "korte_titel");
    assert_problem(
        &copy.problems(),
        &format!("content/nl/cards/3-teamleren.toml:{line}:"),
        "unknown field `korte_titel`",
    );
}

#[test]
fn a_syntax_error_names_its_line() {
    let copy = Scratch::of("content");
    copy.edit("nl/scan.toml", "version = 2", "version = ");
    let line = line_of(&copy, "nl/scan.toml", "version = ");
    assert_problem(
        &copy.problems(),
        &format!("content/nl/scan.toml:{line}:"),
        "",
    );
}

#[test]
fn a_duplicate_card_id_fails() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/cards/5-partners.toml",
        "id = \"partners\"",
        "id = \"teamleren\"",
    );
    let problems = copy.problems();
    assert_problem(
        &problems,
        "content/nl/cards/5-partners.toml:1:",
        "the file is named after the card",
    );
    assert_problem(
        &problems,
        "content/nl/cards/5-partners.toml:",
        "a second card with id \"teamleren\"",
    );
}

#[test]
fn a_suggestion_id_that_changed_fails_with_both_places() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/cards/5-partners.toml",
        "id = \"partners.07\"",
        "id = \"partners.10\"",
    );
    let line = line_of(&copy, "nl/cards/5-partners.toml", "partners.10");
    let problems = copy.problems();
    assert_problem(
        &problems,
        &format!("content/nl/cards/5-partners.toml:{line}:"),
        "suggestion 7 has id \"partners.10\", expected \"partners.07\"",
    );
    let lock_line = line_of(&copy, "ids.lock", "partners.07");
    assert_problem(
        &problems,
        &format!("content/ids.lock:{lock_line}:"),
        "\"partners.07\" is gone",
    );
}

#[test]
fn a_new_suggestion_must_be_added_to_the_lock() {
    let copy = Scratch::of("content");
    let file = "nl/cards/5-partners.toml";
    copy.append(
        file,
        "\n[[suggestions]]\nid = \"partners.10\"\ntext = \"Een nieuwe suggestie.\"\n",
    );
    let line = line_of(&copy, file, "partners.10");
    assert_problem(
        &copy.problems(),
        &format!("content/{file}:{line}:"),
        "\"partners.10\" is new: add it to content/ids.lock",
    );
    // The translation needs it too, with the same id.
    assert_problem(
        &copy.problems(),
        "content/en/cards/5-partners.toml:1:",
        "9 suggestions, nl has 10",
    );
    copy.append(
        "en/cards/5-partners.toml",
        "\n[[suggestions]]\nid = \"partners.10\"\ntext = \"A new suggestion.\"\n",
    );
    copy.append("ids.lock", "partners.10\n");
    assert_eq!(copy.problems(), Vec::<String>::new());
}

#[test]
fn statements_follow_the_challenges() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/scan.toml",
        "id = \"teamleren.u2\"",
        "id = \"teamleren.u3\"",
    );
    let line = line_of(&copy, "nl/scan.toml", "teamleren.u3");
    assert_problem(
        &copy.problems(),
        &format!("content/nl/scan.toml:{line}:"),
        "one statement per challenge",
    );
}

#[test]
fn templates_name_known_kinds_and_cards() {
    let copy = Scratch::of("content");
    let file = "nl/templates/1-mt-journey.toml";
    copy.edit(
        file,
        "kind = \"offsite\"\ntitle = \"Offsite 1",
        "kind = \"uitje\"\ntitle = \"Offsite 1",
    );
    copy.edit(
        file,
        "\"gedeelde-visie\", \"eigenaarschap\"",
        "\"gedeelde-visie\", \"eigenaarschappen\"",
    );
    let problems = copy.problems();
    let line = line_of(&copy, file, "uitje");
    assert_problem(
        &problems,
        &format!("content/{file}:{line}:"),
        "the kind is one of offsite, werksessie",
    );
    let line = line_of(&copy, file, "eigenaarschappen");
    assert_problem(
        &problems,
        &format!("content/{file}:{line}:"),
        "no card has id \"eigenaarschappen\"",
    );
}

#[test]
fn a_brand_colour_too_light_for_white_text_fails() {
    let copy = Scratch::of("content");
    copy.edit(
        "deck.toml",
        "theme_color = \"#1d5c63\"",
        "theme_color = \"#7fb8c0\"",
    );
    let line = line_of(&copy, "deck.toml", "theme_color =");
    assert_problem(
        &copy.problems(),
        &format!("content/deck.toml:{line}:"),
        "it needs at least 4.5:1",
    );
}

#[test]
fn files_are_numbered_without_gaps() {
    let copy = Scratch::of("content");
    fs::rename(
        copy.folder.join("nl/cards/8-structuur-en-beleid.toml"),
        copy.folder.join("nl/cards/9-structuur-en-beleid.toml"),
    )
    .unwrap();
    assert_problem(
        &copy.problems(),
        "content/nl/cards/9-structuur-en-beleid.toml:",
        "number 9 where 8 was expected",
    );
}

/// Every text value in a TOML file, with its key, for checks on the words.
fn texts(value: &toml::Value, key: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(text) => out.push((key.to_owned(), text.clone())),
        toml::Value::Array(items) => items.iter().for_each(|v| texts(v, key, out)),
        toml::Value::Table(table) => table.iter().for_each(|(k, v)| texts(v, k, out)),
        _ => {}
    }
}

#[test]
fn the_english_edition_has_no_dutch_words_outside_names_and_ids() {
    // Words that are common in Dutch and do not occur in English prose.
    const DUTCH: [&str; 16] = [
        "het",
        "een",
        "van",
        "voor",
        "niet",
        "zijn",
        "wordt",
        "medewerkers",
        "leidinggevende",
        "organisatie",
        "ook",
        "naar",
        "welke",
        "hoe",
        "wij",
        "onze",
    ];
    let mut checked = 0;
    let mut stack = vec![root().join("content/en")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let value: toml::Value = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let mut found = Vec::new();
            texts(&value, "", &mut found);
            for (key, text) in found {
                if matches!(
                    key.as_str(),
                    "id" | "role" | "kind" | "focus" | "dimensions"
                ) {
                    continue;
                }
                checked += 1;
                for word in text.split(|c: char| !c.is_alphanumeric()) {
                    assert!(
                        !DUTCH.contains(&word.to_lowercase().as_str()),
                        "Dutch {word:?} in {} ({key}): {text}",
                        path.display()
                    );
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} texts checked");
}

#[test]
fn the_example_consultancy_deck_reads_as_its_own() {
    let folder = root().join("tests/fixtures/deck");
    let files = build_script::generate(&root(), &folder).unwrap();
    let manifest = &files[0].1;
    assert!(manifest.contains("pub const NAMESPACE: &str = \"koers-advies\";"));
    assert!(manifest.contains("\"koers-advies.teamsessies\""));
    let deck = &files[1].1;
    assert_eq!(deck.matches("Card { number:").count(), 4);
    assert_eq!(deck.matches("Suggestion { id:").count(), 13);
    assert_eq!(files[2].1.matches("Statement { id:").count(), 8);
}

#[test]
fn a_copied_deck_needs_a_namespace_of_its_own() {
    let copy = Scratch::of("content");
    let own = copy.root.join("eigen");
    fs::rename(&copy.folder, &own).unwrap();
    let problems = build_script::generate(&copy.root, &own).unwrap_err();
    let line = fs::read_to_string(own.join("deck.toml"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("namespace"))
        .unwrap()
        + 1;
    assert_problem(
        &problems,
        &format!("eigen/deck.toml:{line}:"),
        "choose a namespace of your own",
    );
}

#[test]
fn a_missing_lock_is_one_problem_that_lists_the_ids_to_write() {
    let copy = Scratch::of("content");
    fs::remove_file(copy.folder.join("ids.lock")).unwrap();
    let problems = copy.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("content/ids.lock: this file is missing"));
    assert!(problems[0].contains("\ngedeelde-visie\ngedeelde-visie.u1\n"));
    assert!(problems[0].ends_with("\ntemplate:strategie-naar-gedrag"));
}

#[test]
fn a_typo_in_one_card_is_one_problem() {
    let copy = Scratch::of("content");
    copy.edit(
        "nl/cards/3-teamleren.toml",
        "short_title = ",
        "short_title = = ",
    );
    let problems = copy.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].starts_with("content/nl/cards/3-teamleren.toml:"));
}

#[test]
fn two_files_with_one_number_are_named() {
    let copy = Scratch::of("content");
    fs::copy(
        copy.folder
            .join("nl/templates/4-strategie-naar-gedrag.toml"),
        copy.folder.join("nl/templates/4-nog-een.toml"),
    )
    .unwrap();
    assert_problem(
        &copy.problems(),
        "content/nl/templates/4-strategie-naar-gedrag.toml: ",
        "content/nl/templates/4-nog-een.toml has number 4 too",
    );
}

#[test]
fn the_interface_language_comes_first_and_links_stay_readable() {
    let copy = Scratch::of("content");
    copy.edit(
        "deck.toml",
        "languages = [\"nl\", \"en\"]",
        "languages = [\"en\", \"nl\"]",
    );
    // Dark enough for white text, too dark a page for it as link text.
    copy.edit(
        "deck.toml",
        "background_color = \"#f6f7f5\"",
        "background_color = \"#1d5c63\"",
    );
    let problems = copy.problems();
    assert_problem(&problems, "content/deck.toml:", "the first language is nl");
    assert_problem(
        &problems,
        "content/deck.toml:",
        "gives it as text on background_color a contrast of 1.0:1",
    );
}
