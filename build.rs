//! Turns the content folder (the deck, the scan statements and the journey templates, in
//! TOML) into the static data the app compiles in, so nothing is parsed at run time.
//!
//! The folder is `content/`, or the one `ONTWIKKELKAARTEN_CONTENT` names (a consultancy's
//! own deck, see the README). Everything wrong in it fails the build with a message that
//! names the file and the line: a missing or unknown field, a duplicate id, an id that is
//! not in `ids.lock` or one of `ids.lock` that has gone. Counts and numbers are derived.
//!
//! For each language the manifest lists it writes `$OUT_DIR/content_<lang>_deck.rs`,
//! `…_scan.rs` and `…_templates.rs` (included by `src/domain/content/deck.rs`,
//! `scan/questions.rs` and `journey/templates.rs`), and `$OUT_DIR/deck.rs` with the
//! manifest. `tests/content.rs` checks the messages.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

#[allow(dead_code)] // `tests/content.rs` includes this file for `generate` alone.
fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-env-changed=ONTWIKKELKAARTEN_CONTENT");
    let folder = match std::env::var_os("ONTWIKKELKAARTEN_CONTENT") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("content"),
    };
    println!("cargo:rerun-if-changed={}", folder.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    match generate(&root, &folder) {
        Ok(files) => {
            // The English build (feature `en`) needs the deck's English content.
            let english = std::env::var_os("CARGO_FEATURE_EN").is_some();
            if english && !files.iter().any(|(name, _)| name == "content_en_deck.rs") {
                eprintln!(
                    "\nThe content in {} has no English edition: add \"en\" to `languages` in \
                     deck.toml and an en/ folder, or build without the `en` feature.\n",
                    folder.display()
                );
                std::process::exit(1);
            }
            for (name, text) in files {
                write(&out.join(name), &text);
            }
        }
        Err(problems) => {
            eprintln!("\nThe content in {} has problems:\n", folder.display());
            for problem in &problems {
                eprintln!("  {problem}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}

/// The Rust files (name, text) for the content in `folder`, or every problem found, as
/// `<file>:<line>: <what is wrong>` with the file relative to `root`.
pub fn generate(root: &Path, folder: &Path) -> Result<Vec<(String, String)>, Vec<String>> {
    let same = |a: &Path, b: &Path| fs::canonicalize(a).ok() == fs::canonicalize(b).ok();
    let mut reader = Reader {
        root: root.to_path_buf(),
        standard: same(folder, &root.join("content")),
        problems: Vec::new(),
        texts: BTreeMap::new(),
        unreadable: false,
    };
    let content = reader.content(folder);
    let content = match content {
        Some(content) if reader.problems.is_empty() => content,
        _ => return Err(reader.problems),
    };
    let mut files = vec![("deck.rs".to_owned(), manifest_rust(&content.manifest))];
    for language in &content.languages {
        let [deck, scan, templates] = language_rust(language);
        let code = &language.code;
        files.push((format!("content_{code}_deck.rs"), deck));
        files.push((format!("content_{code}_scan.rs"), scan));
        files.push((format!("content_{code}_templates.rs"), templates));
    }
    Ok(files)
}

#[allow(dead_code)]
fn write(path: &Path, text: &str) {
    // Unchanged output keeps its timestamp, so cargo recompiles nothing.
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).expect("OUT_DIR is writable");
    }
}

// ---------------------------------------------------------------------------------------
// The files, as written.

/// `deck.toml` at the top of the folder: what the deck is, in no language in particular.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    /// Written into every file; files of another namespace are refused on import.
    namespace: Spanned<String>,
    /// The app's name (header, manifest, page title).
    name: String,
    /// A short name for a phone's home screen.
    short_name: String,
    /// The languages, the first is the default.
    languages: Spanned<Vec<String>>,
    /// The brand colour (buttons, links, the manifest's theme colour), under white text.
    theme_color: Spanned<String>,
    /// The brand colour, darker.
    accent_strong: Spanned<String>,
    /// The brand colour, very light, under dark text.
    accent_soft: Spanned<String>,
    /// The page's background in the manifest.
    background_color: Spanned<String>,
}

/// `<lang>/deck.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeckFile {
    /// What one card is called, above its title: "Ontwikkelkaart 2 van 8".
    card_name: String,
    /// The home page's title.
    home_title: String,
    /// The two sentences under it.
    home_lead: String,
    /// One line describing the app (the manifest's description).
    description: String,
    intro_title: String,
    intro: String,
    working_title: String,
    working: String,
    roles: BTreeMap<String, String>,
}

/// `<lang>/cards/<n>-<id>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CardFile {
    id: Spanned<String>,
    short_title: String,
    title: String,
    intro: String,
    suggestions_heading: String,
    reading: Vec<String>,
    challenges: Spanned<Vec<ChallengeEntry>>,
    quotes: Vec<QuoteEntry>,
    suggestions: Vec<SuggestionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChallengeEntry {
    id: Spanned<String>,
    question: String,
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuoteEntry {
    role: Spanned<String>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SuggestionEntry {
    id: Spanned<String>,
    text: String,
}

/// `<lang>/scan.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScanFile {
    /// Raised whenever a statement's meaning changes; every scan records it.
    version: Spanned<u16>,
    statements: Vec<StatementEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementEntry {
    id: Spanned<String>,
    text: String,
}

/// `<lang>/templates/<n>-<id>.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplateFile {
    id: Spanned<String>,
    name: String,
    summary: String,
    weeks: u16,
    weeks_range: Option<Spanned<(u16, u16)>>,
    #[serde(default)]
    monthly: bool,
    team_size: Option<Spanned<(u8, u8)>>,
    between: String,
    dimensions: Vec<Spanned<String>>,
    sessions: Vec<SessionEntry>,
    #[serde(default)]
    measures: Vec<MeasureEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionEntry {
    kind: Spanned<String>,
    title: String,
    focus: Option<Spanned<String>>,
    goals: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureEntry {
    name: String,
    hint: String,
    target: i64,
}

// ---------------------------------------------------------------------------------------
// The content, checked.

struct Content {
    manifest: Manifest,
    languages: Vec<Language>,
}

struct Language {
    code: String,
    /// Its folder, `<content>/<code>`.
    dir: PathBuf,
    deck: DeckFile,
    cards: Vec<(PathBuf, CardFile)>,
    scan: (PathBuf, ScanFile),
    templates: Vec<(PathBuf, TemplateFile)>,
}

/// The session kinds and foci the app knows (`SessionKind::key`, `Focus::key`).
const KINDS: [(&str, &str); 8] = [
    ("offsite", "Offsite"),
    ("werksessie", "Werksessie"),
    ("action-learning", "ActionLearning"),
    ("intervisie", "Intervisie"),
    ("coaching", "Coaching"),
    ("kennisdag", "Kennisdag"),
    ("designsessie", "Designsessie"),
    ("bijeenkomst", "Bijeenkomst"),
];
const FOCI: [(&str, &str); 3] = [
    ("ambitie", "Ambitie"),
    ("ritme", "Ritme"),
    ("reflectie", "Reflectie"),
];
const ROLES: [(&str, &str); 2] = [
    ("leidinggevende", "Leidinggevende"),
    ("hr-manager", "HrManager"),
];

struct Reader {
    root: PathBuf,
    /// Whether the folder is the repository's own `content/` (the standard deck).
    standard: bool,
    problems: Vec<String>,
    /// The text of every file read, for the lines of later problems.
    texts: BTreeMap<PathBuf, String>,
    /// Whether a file could not be read or parsed: then what compares files is not checked
    /// (a typo in one card is one problem, not one at each of its ids).
    unreadable: bool,
}

impl Reader {
    fn name(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }

    fn problem(&mut self, path: &Path, line: usize, message: impl std::fmt::Display) {
        let name = self.name(path);
        // Line 0: the problem is the file (or folder) as a whole.
        self.problems.push(match line {
            0 => format!("{name}: {message}"),
            _ => format!("{name}:{line}: {message}"),
        });
    }

    fn problem_at<T>(
        &mut self,
        path: &Path,
        text: &str,
        at: &Spanned<T>,
        message: impl std::fmt::Display,
    ) {
        self.problem(path, line_of(text, at.span().start), message);
    }

    /// The text of a file read before.
    fn text(&self, path: &Path) -> String {
        self.texts.get(path).cloned().unwrap_or_default()
    }

    fn parse<T: for<'de> Deserialize<'de>>(&mut self, path: &Path) -> Option<(T, String)> {
        let text = match fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                self.problem(path, 0, "this file is missing");
                self.unreadable = true;
                return None;
            }
            Err(error) => {
                self.problem(path, 0, format!("cannot be read ({error})"));
                self.unreadable = true;
                return None;
            }
        };
        self.texts.insert(path.to_path_buf(), text.clone());
        match toml::from_str::<T>(&text) {
            Ok(value) => Some((value, text)),
            Err(error) => {
                let line = error.span().map_or(0, |span| line_of(&text, span.start));
                self.problem(path, line, error.message());
                self.unreadable = true;
                None
            }
        }
    }

    /// The files of a numbered folder (`1-…`, `2-…`) in their order.
    fn numbered(&mut self, folder: &Path) -> Vec<PathBuf> {
        let mut files: Vec<(usize, PathBuf)> = Vec::new();
        let Ok(entries) = fs::read_dir(folder) else {
            self.problem(folder, 0, "this folder is missing");
            return Vec::new();
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                match name
                    .split_once('-')
                    .and_then(|(n, _)| n.parse::<usize>().ok())
                {
                    Some(n) => files.push((n, path)),
                    None => self.problem(
                        &path,
                        0,
                        "the file name must start with its number, as in 1-name.toml",
                    ),
                }
            }
        }
        files.sort();
        for pair in files.windows(2) {
            if pair[0].0 == pair[1].0 {
                let (n, first, second) = (pair[0].0, self.name(&pair[0].1), pair[1].1.clone());
                self.problem(
                    &second,
                    0,
                    format!("{first} has number {n} too: give each file its own number"),
                );
            }
        }
        files.dedup_by_key(|(n, _)| *n);
        for (i, (n, path)) in files.iter().enumerate() {
            if *n != i + 1 {
                let path = path.clone();
                self.problem(
                    &path,
                    0,
                    format!(
                        "number {n} where {} was expected: number the files 1, 2, 3 … without gaps",
                        i + 1
                    ),
                );
            }
        }
        files.into_iter().map(|(_, p)| p).collect()
    }

    fn content(&mut self, folder: &Path) -> Option<Content> {
        let manifest_path = folder.join("deck.toml");
        let (manifest, manifest_text) = self.parse::<Manifest>(&manifest_path)?;
        self.check_manifest(&manifest_path, &manifest_text, &manifest);
        let mut languages = Vec::new();
        for code in manifest.languages.get_ref() {
            if let Some(language) = self.language(folder, code) {
                languages.push(language);
            }
        }
        // The ids are checked even when a check within a file failed: all problems at once.
        let all_read = !self.unreadable && languages.len() == manifest.languages.get_ref().len();
        if let Some((primary, others)) = languages.split_first().filter(|_| all_read) {
            self.check_ids(folder, primary);
            for other in others {
                self.check_same_shape(primary, other);
            }
        }
        if !self.problems.is_empty() {
            return None;
        }
        Some(Content {
            manifest,
            languages,
        })
    }

    fn check_manifest(&mut self, path: &Path, text: &str, manifest: &Manifest) {
        let namespace = manifest.namespace.get_ref();
        if namespace.is_empty()
            || !namespace
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.problem_at(
                path,
                text,
                &manifest.namespace,
                "the namespace is lowercase letters, digits and hyphens",
            );
        }
        if manifest.languages.get_ref().is_empty() {
            self.problem_at(
                path,
                text,
                &manifest.languages,
                "name at least one language",
            );
        }
        if manifest
            .languages
            .get_ref()
            .first()
            .is_some_and(|l| l != "nl")
        {
            self.problem_at(
                path,
                text,
                &manifest.languages,
                "the first language is nl: the interface is Dutch (an English interface is on its way)",
            );
        }
        if !self.standard && namespace == "ontwikkelkaarten" {
            self.problem_at(
                path,
                text,
                &manifest.namespace,
                "choose a namespace of your own: \"ontwikkelkaarten\" is the standard deck's, and files of two decks must not mix",
            );
        }
        for code in manifest.languages.get_ref() {
            if !["nl", "en"].contains(&code.as_str()) {
                self.problem_at(
                    path,
                    text,
                    &manifest.languages,
                    format!("the app speaks nl and en, not {code:?}"),
                );
            }
        }
        // Every pair the stylesheet puts together as text and background: white text on the
        // dark ones, the ink (#1c2326) on the light ones, the brand colour as links on the
        // page, the dark one on the light one. WCAG AA asks 4.5:1.
        let (theme, strong, soft, page) = (
            &manifest.theme_color,
            &manifest.accent_strong,
            &manifest.accent_soft,
            &manifest.background_color,
        );
        for colour in [theme, strong, soft, page] {
            if luminance(colour.get_ref()).is_none() {
                let c = colour.get_ref();
                self.problem_at(
                    path,
                    text,
                    colour,
                    format!("{c:?} is not a colour such as \"#1f5f8b\""),
                );
            }
        }
        let pairs = [
            (theme, "#ffffff", "white text on it"),
            (strong, "#ffffff", "white text on it"),
            (soft, "#1c2326", "dark text on it"),
            (page, "#1c2326", "dark text on it"),
            (
                theme,
                page.get_ref().as_str(),
                "it as text on background_color",
            ),
            (strong, soft.get_ref().as_str(), "it as text on accent_soft"),
        ];
        for (colour, other, what) in pairs {
            let c = colour.get_ref();
            if let (Some(a), Some(b)) = (luminance(c), luminance(other)) {
                let ratio = (a.max(b) + 0.05) / (a.min(b) + 0.05);
                if ratio < 4.5 {
                    self.problem_at(
                        path,
                        text,
                        colour,
                        format!(
                            "{c} gives {what} a contrast of {ratio:.1}:1; it needs at least 4.5:1"
                        ),
                    );
                }
            }
        }
    }

    fn language(&mut self, folder: &Path, code: &str) -> Option<Language> {
        let dir = folder.join(code);
        let deck_path = dir.join("deck.toml");
        let deck = self.parse::<DeckFile>(&deck_path).map(|(deck, text)| {
            for (role, _) in ROLES {
                if !deck.roles.contains_key(role) {
                    let line = line_of(&text, text.find("[roles]").unwrap_or(0));
                    self.problem(
                        &deck_path,
                        line,
                        format!("[roles] needs a caption for {role:?}"),
                    );
                }
            }
            deck
        });
        let mut cards = Vec::new();
        let card_files = self.numbered(&dir.join("cards"));
        let files = card_files.len();
        for path in card_files {
            if let Some((card, text)) = self.parse::<CardFile>(&path) {
                self.check_card(&path, &text, &card);
                cards.push((path, card));
            }
        }
        // What refers to the cards is checked once every card could be read: a typo in one
        // card file is one problem, not one in every file that names the card.
        let all_cards = cards.len() == files;
        if all_cards && (cards.is_empty() || cards.len() > 8) {
            // A team session's result link carries at most 16 answers (two per card).
            self.problem(
                &dir.join("cards"),
                0,
                format!("a deck has 1 to 8 cards, not {}", cards.len()),
            );
        }
        let scan_path = dir.join("scan.toml");
        let scan = self.parse::<ScanFile>(&scan_path).map(|(scan, text)| {
            if all_cards {
                self.check_scan(&scan_path, &text, &scan, &cards);
            }
            (scan_path.clone(), scan)
        });
        let mut templates = Vec::new();
        for path in self.numbered(&dir.join("templates")) {
            if let Some((template, text)) = self.parse::<TemplateFile>(&path) {
                if all_cards {
                    self.check_template(&path, &text, &template, &cards);
                }
                templates.push((path, template));
            }
        }
        let ids = cards.iter().map(|(path, card)| (path, &card.id));
        self.unique(ids, "card");
        let ids = templates
            .iter()
            .map(|(path, template)| (path, &template.id));
        self.unique(ids, "template");
        Some(Language {
            code: code.to_owned(),
            dir: dir.clone(),
            deck: deck?,
            cards,
            scan: scan?,
            templates,
        })
    }

    /// A problem at every id that an earlier file has too.
    fn unique<'a>(
        &mut self,
        ids: impl Iterator<Item = (&'a PathBuf, &'a Spanned<String>)>,
        what: &str,
    ) {
        let mut seen = BTreeSet::new();
        for (path, id) in ids {
            if !seen.insert(id.get_ref().clone()) {
                let text = self.text(path);
                self.problem_at(
                    path,
                    &text,
                    id,
                    format!("a second {what} with id {:?}", id.get_ref()),
                );
            }
        }
    }

    fn check_card(&mut self, path: &Path, text: &str, card: &CardFile) {
        let id = card.id.get_ref();
        if !is_slug(id) {
            self.problem_at(
                path,
                text,
                &card.id,
                "an id is lowercase letters, digits and hyphens",
            );
        }
        let file = path.file_stem().unwrap_or_default().to_string_lossy();
        if file.split_once('-').map(|(_, rest)| rest) != Some(id.as_str()) {
            self.problem_at(
                path,
                text,
                &card.id,
                format!("the file is named after the card: <number>-{id}.toml"),
            );
        }
        if card.challenges.get_ref().len() != 2 {
            self.problem_at(
                path,
                text,
                &card.challenges,
                "a card has exactly two challenges",
            );
        }
        for (i, challenge) in card.challenges.get_ref().iter().enumerate() {
            let expected = format!("{id}.u{}", i + 1);
            if challenge.id.get_ref() != &expected {
                self.problem_at(
                    path,
                    text,
                    &challenge.id,
                    format!(
                        "challenge {} has id {:?}, expected {expected:?}",
                        i + 1,
                        challenge.id.get_ref()
                    ),
                );
            }
        }
        for (i, suggestion) in card.suggestions.iter().enumerate() {
            let expected = format!("{id}.{:02}", i + 1);
            if suggestion.id.get_ref() != &expected {
                self.problem_at(path, text, &suggestion.id, format!(
                    "suggestion {} has id {:?}, expected {expected:?}: ids never change, so add a new suggestion at the end and never renumber",
                    i + 1,
                    suggestion.id.get_ref()
                ));
            }
        }
        if card.suggestions.is_empty() || card.suggestions.len() > 99 {
            self.problem(path, 1, "a card has 1 to 99 suggestions");
        }
        for quote in &card.quotes {
            if !ROLES.iter().any(|(key, _)| key == quote.role.get_ref()) {
                self.problem_at(
                    path,
                    text,
                    &quote.role,
                    format!(
                        "the role is \"leidinggevende\" or \"hr-manager\", not {:?}",
                        quote.role.get_ref()
                    ),
                );
            }
        }
    }

    fn check_scan(
        &mut self,
        path: &Path,
        text: &str,
        scan: &ScanFile,
        cards: &[(PathBuf, CardFile)],
    ) {
        let challenges: Vec<&String> = cards
            .iter()
            .flat_map(|(_, c)| c.challenges.get_ref().iter().map(|ch| ch.id.get_ref()))
            .collect();
        let ids: Vec<&String> = scan.statements.iter().map(|s| s.id.get_ref()).collect();
        if ids != challenges {
            let at = scan
                .statements
                .iter()
                .zip(&challenges)
                .find(|(s, c)| s.id.get_ref() != **c);
            let line = at.map_or(1, |(s, _)| line_of(text, s.id.span().start));
            self.problem(
                path,
                line,
                format!(
                    "one statement per challenge, in the deck's order: {}",
                    challenges
                        .iter()
                        .map(|c| c.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        if *scan.version.get_ref() == 0 {
            self.problem_at(path, text, &scan.version, "versions start at 1");
        }
    }

    fn check_template(
        &mut self,
        path: &Path,
        text: &str,
        template: &TemplateFile,
        cards: &[(PathBuf, CardFile)],
    ) {
        if !is_slug(template.id.get_ref()) || template.id.get_ref() == "leeg" {
            self.problem_at(
                path,
                text,
                &template.id,
                "an id is lowercase letters, digits and hyphens, and not \"leeg\" (the empty plan)",
            );
        }
        for dimension in &template.dimensions {
            if !cards
                .iter()
                .any(|(_, c)| c.id.get_ref() == dimension.get_ref())
            {
                self.problem_at(
                    path,
                    text,
                    dimension,
                    format!("no card has id {:?}", dimension.get_ref()),
                );
            }
        }
        for session in &template.sessions {
            if !KINDS.iter().any(|(key, _)| key == session.kind.get_ref()) {
                let keys: Vec<&str> = KINDS.iter().map(|(k, _)| *k).collect();
                self.problem_at(
                    path,
                    text,
                    &session.kind,
                    format!("the kind is one of {}", keys.join(", ")),
                );
            }
            if let Some(focus) = &session.focus {
                if !FOCI.iter().any(|(key, _)| key == focus.get_ref()) {
                    self.problem_at(
                        path,
                        text,
                        focus,
                        "the focus is ambitie, ritme or reflectie",
                    );
                }
            }
        }
        if template.sessions.is_empty() {
            self.problem(path, 1, "a template has at least one session");
        }
        if let Some(range) = &template.weeks_range {
            let (min, max) = *range.get_ref();
            if min == 0 || min > max || !(min..=max).contains(&template.weeks) {
                self.problem_at(
                    path,
                    text,
                    range,
                    "weeks_range is [least, most] around weeks",
                );
            }
        }
        if let Some(size) = &template.team_size {
            let (min, max) = *size.get_ref();
            if min == 0 || min > max {
                self.problem_at(path, text, size, "team_size is [least, most] participants");
            }
        }
    }

    /// Every id of `language` that users' files may hold, in the deck's order, with the file
    /// and line where it is.
    fn all_ids(&self, language: &Language) -> Vec<(String, PathBuf, usize)> {
        let mut ids = Vec::new();
        for (path, card) in &language.cards {
            let text = self.text(path);
            let mut add = |id: &Spanned<String>| {
                ids.push((
                    id.get_ref().clone(),
                    path.clone(),
                    line_of(&text, id.span().start),
                ));
            };
            add(&card.id);
            card.challenges.get_ref().iter().for_each(|c| add(&c.id));
            card.suggestions.iter().for_each(|s| add(&s.id));
        }
        for (path, template) in &language.templates {
            let text = self.text(path);
            let line = line_of(&text, template.id.span().start);
            ids.push((
                format!("template:{}", template.id.get_ref()),
                path.clone(),
                line,
            ));
        }
        ids
    }

    /// Every id of the primary language against `ids.lock`: the ids users' files hold.
    fn check_ids(&mut self, folder: &Path, primary: &Language) {
        let lock_path = folder.join("ids.lock");
        let ids = self.all_ids(primary);
        let Ok(lock) = fs::read_to_string(&lock_path) else {
            let lines: Vec<&str> = ids.iter().map(|(id, _, _)| id.as_str()).collect();
            self.problem(&lock_path, 0, format!(
                "this file is missing: it lists every id users' files may refer to. Create it with these lines:\n{}",
                lines.join("\n")
            ));
            return;
        };
        let locked: BTreeMap<&str, usize> = lock
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|(i, l)| (l.trim(), i + 1))
            .collect();
        let present: BTreeMap<String, (PathBuf, usize)> = ids
            .into_iter()
            .map(|(id, path, line)| (id, (path, line)))
            .collect();
        for (id, line) in &locked {
            if !present.contains_key(*id) {
                self.problem(&lock_path, *line, format!(
                    "{id:?} is gone from the content: users' files refer to it, so an id may not change or disappear (a text may)"
                ));
            }
        }
        for (id, (path, line)) in &present {
            if !locked.contains_key(id.as_str()) {
                self.problem(
                    path,
                    *line,
                    format!(
                        "{id:?} is new: add it to {} once it is final",
                        self.name(&lock_path)
                    ),
                );
            }
        }
    }

    /// A problem at `other`'s folder `what` when it has another number of them.
    fn same_count(
        &mut self,
        what: &str,
        primary: &Language,
        other: &Language,
        count: fn(&Language) -> usize,
    ) {
        let (primary_n, other_n) = (count(primary), count(other));
        if primary_n != other_n {
            let folder = other.dir.join(what);
            self.problem(
                &folder,
                0,
                format!(
                    "{} has {other_n} {what}, {} has {primary_n}",
                    other.code, primary.code
                ),
            );
        }
    }

    /// A translation has the same cards, challenges, suggestions, statements and templates
    /// as the primary language, with the same ids and the same non-text fields.
    fn check_same_shape(&mut self, primary: &Language, other: &Language) {
        self.same_count("cards", primary, other, |l| l.cards.len());
        for ((_, a), (path, b)) in primary.cards.iter().zip(&other.cards) {
            let text = self.text(path);
            if a.id.get_ref() != b.id.get_ref() {
                self.problem_at(
                    path,
                    &text,
                    &b.id,
                    format!(
                        "expected card {:?} here, as in {}",
                        a.id.get_ref(),
                        primary.code
                    ),
                );
            }
            if a.suggestions.len() != b.suggestions.len() {
                self.problem(
                    path,
                    1,
                    format!(
                        "{} suggestions, {} has {}",
                        b.suggestions.len(),
                        primary.code,
                        a.suggestions.len()
                    ),
                );
            }
            let roles = |c: &CardFile| {
                c.quotes
                    .iter()
                    .map(|q| q.role.get_ref().clone())
                    .collect::<Vec<_>>()
            };
            if roles(a) != roles(b) {
                self.problem(
                    path,
                    1,
                    format!("the quotes' roles differ from {}", primary.code),
                );
            }
            if a.reading.len() != b.reading.len() {
                self.problem(
                    path,
                    1,
                    format!(
                        "{} reading titles, {} has {}",
                        b.reading.len(),
                        primary.code,
                        a.reading.len()
                    ),
                );
            }
        }
        let ((path, scan), (_, primary_scan)) = (&other.scan, &primary.scan);
        if scan.version.get_ref() != primary_scan.version.get_ref() {
            let text = self.text(path);
            self.problem_at(
                path,
                &text,
                &scan.version,
                format!("the version differs from {}'s", primary.code),
            );
        }
        self.same_count("templates", primary, other, |l| l.templates.len());
        for ((_, a), (path, b)) in primary.templates.iter().zip(&other.templates) {
            let shape = |t: &TemplateFile| {
                format!(
                    "{} {} {:?} {} {:?} {:?} {:?} {:?}",
                    t.id.get_ref(),
                    t.weeks,
                    t.weeks_range.as_ref().map(|r| *r.get_ref()),
                    t.monthly,
                    t.team_size.as_ref().map(|r| *r.get_ref()),
                    t.dimensions.iter().map(|d| d.get_ref()).collect::<Vec<_>>(),
                    t.sessions
                        .iter()
                        .map(|s| (s.kind.get_ref(), s.focus.as_ref().map(|f| f.get_ref())))
                        .collect::<Vec<_>>(),
                    t.measures.iter().map(|m| m.target).collect::<Vec<_>>(),
                )
            };
            if shape(a) != shape(b) {
                self.problem(path, 1, format!("only the words may differ from {}: ids, weeks, kinds, foci, dimensions and targets are the same", primary.code));
            }
        }
    }
}

/// A `#rrggbb` colour's relative luminance (WCAG 2).
fn luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6)?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Prose as written: lines are wrapped freely, an empty line starts a new paragraph.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// One paragraph (a title, a question, a suggestion): wrapped lines joined.
fn line(text: &str) -> String {
    paragraphs(text).join(" ")
}

// ---------------------------------------------------------------------------------------
// The Rust written.

fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn lits(texts: &[String]) -> String {
    let items: Vec<String> = texts.iter().map(|t| lit(t)).collect();
    format!("&[{}]", items.join(", "))
}

fn variant(table: &[(&str, &'static str)], key: &str) -> &'static str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .expect("checked")
}

fn manifest_rust(manifest: &Manifest) -> String {
    let mut out = String::from("// Generated by build.rs from the content folder's deck.toml.\n\n");
    let _ = writeln!(out, "/// Written into every file; files of another namespace are refused.\npub const NAMESPACE: &str = {};", lit(manifest.namespace.get_ref()));
    let namespace = manifest.namespace.get_ref();
    let keys = ["", ".beschadigd", ".team", ".teamsessies"]
        .map(|suffix| lit(&format!("{namespace}{suffix}")));
    let _ = writeln!(
        out,
        "/// The localStorage keys: the state, unreadable data kept aside, the team view's members\n/// and the team sessions.\npub const STORAGE_KEYS: [&str; 4] = [{}];",
        keys.join(", ")
    );
    let _ = writeln!(
        out,
        "/// The app's name.\npub const NAME: &str = {};",
        lit(&manifest.name)
    );
    let _ = writeln!(
        out,
        "/// The app's name on a phone's home screen.\npub const SHORT_NAME: &str = {};",
        lit(&manifest.short_name)
    );
    let _ = writeln!(
        out,
        "/// The brand colour.\npub const THEME_COLOR: &str = {};",
        lit(manifest.theme_color.get_ref())
    );
    let _ = writeln!(
        out,
        "/// The brand colour, darker.\npub const ACCENT_STRONG: &str = {};",
        lit(manifest.accent_strong.get_ref())
    );
    let _ = writeln!(
        out,
        "/// The brand colour, very light.\npub const ACCENT_SOFT: &str = {};",
        lit(manifest.accent_soft.get_ref())
    );
    let _ = writeln!(
        out,
        "/// The manifest's background colour.\npub const BACKGROUND_COLOR: &str = {};",
        lit(manifest.background_color.get_ref())
    );
    let _ = writeln!(
        out,
        "/// The languages, the default first.\npub const LANGUAGES: &[&str] = {};",
        lits(manifest.languages.get_ref())
    );
    out
}

/// The deck, the statements and the templates of one language, as three Rust files.
fn language_rust(language: &Language) -> [String; 3] {
    let header = format!(
        "// Generated by build.rs from the content folder's {}/ files.\n\n",
        language.code
    );
    let mut out = header.clone();
    let deck = &language.deck;
    let _ = writeln!(
        out,
        "/// What one card is called (\"Ontwikkelkaart 2 van 8\").\npub const CARD_NAME: &str = {};\n/// The home page's title.\npub const HOME_TITLE: &str = {};\n/// The two sentences under it.\npub const HOME_LEAD: &str = {};",
        lit(&line(&deck.card_name)),
        lit(&line(&deck.home_title)),
        lit(&line(&deck.home_lead))
    );
    let _ = writeln!(
        out,
        "/// The app in one line.\npub const DESCRIPTION: &str = {};",
        lit(&line(&deck.description))
    );
    let _ = writeln!(
        out,
        "/// The deck's introduction.\npub const INTRO_TITLE: &str = {};",
        lit(&line(&deck.intro_title))
    );
    let _ = writeln!(
        out,
        "/// Paragraphs of the deck's introduction.\npub const INTRO: &[&str] = {};",
        lits(&paragraphs(&deck.intro))
    );
    let _ = writeln!(
        out,
        "/// Title of the deck's guidance.\npub const WORKING_TITLE: &str = {};",
        lit(&line(&deck.working_title))
    );
    let _ = writeln!(
        out,
        "/// Paragraphs of the deck's guidance.\npub const WORKING: &[&str] = {};",
        lits(&paragraphs(&deck.working))
    );
    let captions: Vec<String> = ROLES
        .iter()
        .map(|(key, _)| line(&deck.roles[*key]))
        .collect();
    let _ = writeln!(
        out,
        "/// The caption under a quote, per role.\npub const ROLE_CAPTIONS: [&str; 2] = [{}, {}];",
        lit(&captions[0]),
        lit(&captions[1])
    );

    out.push_str("\n/// The cards, in the deck's order: what the home page shows.\npub const CARDS: &[Card] = &[\n");
    for (n, (_, card)) in language.cards.iter().enumerate() {
        let challenges: Vec<String> = card
            .challenges
            .get_ref()
            .iter()
            .map(|c| {
                format!(
                    "Challenge {{ id: {}, question: {} }}",
                    lit(c.id.get_ref()),
                    lit(&line(&c.question))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "    Card {{ number: {}, id: {}, short_title: {}, title: {}, challenges: [{}], suggestion_count: {} }},",
            n + 1,
            lit(card.id.get_ref()),
            lit(&line(&card.short_title)),
            lit(&line(&card.title)),
            challenges.join(", "),
            card.suggestions.len()
        );
    }
    out.push_str("];\n\n/// The full text of each card, in the order of [`CARDS`].\npub static TEXTS: &[CardText] = &[\n");
    for (_, card) in &language.cards {
        let explanations: Vec<String> = card
            .challenges
            .get_ref()
            .iter()
            .map(|c| lit(&line(&c.explanation)))
            .collect();
        let quotes: Vec<String> = card
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "Quote {{ role: Role::{}, paragraphs: {} }}",
                    variant(&ROLES, q.role.get_ref()),
                    lits(&paragraphs(&q.text))
                )
            })
            .collect();
        let suggestions: Vec<String> = card
            .suggestions
            .iter()
            .map(|s| {
                format!(
                    "Suggestion {{ id: {}, text: {} }}",
                    lit(s.id.get_ref()),
                    lit(&line(&s.text))
                )
            })
            .collect();
        let reading: Vec<String> = card.reading.iter().map(|r| line(r)).collect();
        let _ = writeln!(
            out,
            "    CardText {{\n        intro: {},\n        explanations: [{}],\n        quotes: &[{}],\n        suggestions_heading: {},\n        suggestions: &[\n            {},\n        ],\n        reading: {},\n    }},",
            lit(&line(&card.intro)),
            explanations.join(", "),
            quotes.join(", "),
            lit(&line(&card.suggestions_heading)),
            suggestions.join(",\n            "),
            lits(&reading)
        );
    }
    out.push_str("];\n");
    let deck_rust = std::mem::replace(&mut out, header.clone());

    let (_, scan) = &language.scan;
    let _ = writeln!(out, "/// The version of the statements (every scan records it).\npub const STATEMENTS_VERSION: u16 = {};", scan.version.get_ref());
    out.push_str("/// The statements, two per card in the deck's order.\npub const STATEMENTS: &[Statement] = &[\n");
    for (n, statement) in scan.statements.iter().enumerate() {
        let id = statement.id.get_ref();
        let dimension = id.rsplit_once('.').map_or(id.as_str(), |(d, _)| d);
        let _ = writeln!(
            out,
            "    Statement {{ id: {}, dimension: {}, challenge: {}, number: {n} }},",
            lit(id),
            lit(dimension),
            lit(id)
        );
    }
    out.push_str("];\n/// The words of the statements, in the order of [`STATEMENTS`].\npub static STATEMENT_TEXTS: &[&str] = &[\n");
    for statement in &scan.statements {
        let _ = writeln!(out, "    {},", lit(&line(&statement.text)));
    }
    out.push_str("];\n");
    let scan_rust = std::mem::replace(&mut out, header);
    out.push_str("/// The journey templates, in order.\npub const TEMPLATES: &[Template] = &[\n");
    for (_, t) in &language.templates {
        let sessions: Vec<String> = t
            .sessions
            .iter()
            .map(|s| {
                format!(
                    "SessionTemplate {{ kind: SessionKind::{}, title: {}, focus: {}, goals: {} }}",
                    variant(&KINDS, s.kind.get_ref()),
                    lit(&line(&s.title)),
                    s.focus.as_ref().map_or("None".to_owned(), |f| format!(
                        "Some(Focus::{})",
                        variant(&FOCI, f.get_ref())
                    )),
                    lit(&line(&s.goals))
                )
            })
            .collect();
        let measures: Vec<String> = t
            .measures
            .iter()
            .map(|m| {
                format!(
                    "MeasureTemplate {{ name: {}, hint: {}, target: {} }}",
                    lit(&line(&m.name)),
                    lit(&line(&m.hint)),
                    m.target
                )
            })
            .collect();
        let dimensions: Vec<String> = t.dimensions.iter().map(|d| d.get_ref().clone()).collect();
        let _ = writeln!(
            out,
            "    Template {{\n        id: {},\n        name: {},\n        summary: {},\n        weeks: {},\n        weeks_range: {:?},\n        monthly: {},\n        team_size: {:?},\n        sessions: &[\n            {},\n        ],\n        between: {},\n        dimensions: {},\n        measures: &[{}],\n    }},",
            lit(t.id.get_ref()),
            lit(&line(&t.name)),
            lit(&line(&t.summary)),
            t.weeks,
            t.weeks_range.as_ref().map(|r| *r.get_ref()),
            t.monthly,
            t.team_size.as_ref().map(|r| *r.get_ref()),
            sessions.join(",\n            "),
            lit(&line(&t.between)),
            lits(&dimensions),
            measures.join(", ")
        );
    }
    out.push_str("];\n");
    [deck_rust, scan_rust, out]
}
