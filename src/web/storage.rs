//! localStorage, reached only through `Result`s: storage can be missing, blocked (sandboxed or
//! third-party iframe, privacy modes) or full, and none of that may panic or lose data.

use web_sys::Storage;

use crate::domain::files::format::{read_stored, write_stored};
use crate::domain::state::AppState;

use crate::domain::content::manifest::STORAGE_KEYS;

/// Key of the state document: the deck's namespace ("ontwikkelkaarten"), so two decks
/// served from one site keep their data apart.
pub const KEY: &str = STORAGE_KEYS[0];
/// Key under which unreadable stored data is kept (a number is added when taken).
pub const BACKUP_KEY: &str = STORAGE_KEYS[1];
/// Key of the members the team view has loaded, kept apart from the user's own data (an
/// export of everything does not carry other people's answers).
pub const TEAM_KEY: &str = STORAGE_KEYS[2];

/// What starting up found in storage.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // made once, at start-up; boxing would gain nothing
pub enum Startup {
    /// A readable document (or none yet: a first visit).
    Loaded(AppState),
    /// The stored data could not be read. It was copied to `backup_key` (when that
    /// worked) and the app starts clean.
    Damaged {
        /// Why the data could not be read, in Dutch. Written out where the data is read
        /// (a part loaded on demand), so the first download carries no error texts.
        error: String,
        /// The original text, for download.
        raw: String,
        /// Where the original now also lives, if copying it worked.
        backup_key: Option<String>,
    },
    /// No usable storage: the app runs in memory.
    Unavailable,
    /// There is stored data, but the code that reads it could not be fetched. The data is
    /// left as it is and nothing is saved until the page is reloaded.
    NotRead,
}

/// Why a save did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    /// No storage at all.
    Unavailable,
    /// The browser refused to write (quota full or blocked).
    Refused,
    /// The state could not be turned into the stored document.
    NotWritten,
    /// The part of the app that writes could not be fetched (offline before it was ever
    /// cached, or a new version replaced it on the server).
    NotLoaded,
}

impl SaveError {
    /// A calm Dutch explanation.
    pub fn message(self) -> &'static str {
        match self {
            SaveError::Unavailable => tr!(
                "Deze browser staat opslaan hier niet toe (bijvoorbeeld in een ingesloten pagina of privévenster). Je kunt gewoon verder werken, maar je wijzigingen blijven niet bewaard als je de pagina sluit.",
                "This browser does not allow saving here (for example in an embedded page or a private window). You can carry on working, but your changes will not be kept when you close the page."
            ),
            SaveError::Refused => tr!(
                "Je wijzigingen konden niet worden opgeslagen: de opslag van de browser is vol of geblokkeerd. Alles staat nog in deze pagina; exporteer het naar een bestand voordat je hem sluit.",
                "Your changes could not be saved: the browser's storage is full or blocked. Everything is still in this page; export it to a file before you close it."
            ),
            SaveError::NotWritten => tr!(
                "Je laatste wijzigingen konden niet worden opgeslagen: de app kon ze niet omzetten naar het opslagformaat. Wat eerder was opgeslagen, blijft bewaard.",
                "Your latest changes could not be saved: the app could not convert them to the storage format. What was saved before is still kept."
            ),
            SaveError::NotLoaded => tr!(
                "Je wijzigingen konden niet worden opgeslagen: een deel van de app kon niet worden opgehaald. Alles staat nog in deze pagina; de app probeert het opnieuw bij je volgende wijziging. Exporteer het naar een bestand als je de pagina wilt sluiten.",
                "Your changes could not be saved: part of the app could not be fetched. Everything is still in this page; the app will try again at your next change. Export it to a file if you want to close the page."
            ),
        }
    }
}

fn storage() -> Option<Storage> {
    // `local_storage()` throws a SecurityError where storage is blocked: that is an Err here.
    web_sys::window()?.local_storage().ok().flatten()
}

/// What start-up finds in storage before reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Nothing stored yet: a first visit.
    Nothing,
    /// The stored document, still to be read with [`interpret`].
    Text(String),
    /// No usable storage: the app runs in memory.
    Unavailable,
}

impl Stored {
    /// The start-up this already settles (nothing stored, or no storage), or the text that
    /// still has to be read with [`interpret`].
    pub fn settled(self) -> Result<Startup, String> {
        match self {
            Stored::Nothing => Ok(Startup::Loaded(AppState::default())),
            Stored::Unavailable => Ok(Startup::Unavailable),
            Stored::Text(raw) => Err(raw),
        }
    }
}

/// Looks what storage holds, without reading the document itself: the code that reads it
/// is only fetched when there is something to read (`pages::on_demand::read_stored`).
pub fn stored() -> Stored {
    let Some(store) = storage() else {
        return Stored::Unavailable;
    };
    match store.get_item(KEY) {
        Ok(Some(raw)) => Stored::Text(raw),
        Ok(None) => Stored::Nothing,
        Err(_) => Stored::Unavailable,
    }
}

/// Reads a stored document. Unreadable data is never overwritten: it is copied to a
/// backup key first.
pub fn interpret(raw: String) -> Startup {
    match read_stored(&raw) {
        Ok(state) => Startup::Loaded(state),
        Err(error) => {
            let backup_key = storage().and_then(|store| back_up(&store, BACKUP_KEY, &raw));
            Startup::Damaged {
                error: error.to_string(),
                raw,
                backup_key,
            }
        }
    }
}

/// Reads the state at once: [`stored`] and then [`interpret`].
pub fn load() -> Startup {
    stored().settled().unwrap_or_else(interpret)
}

/// Copies `raw` to a free key named after `base` (or finds it already there) and returns
/// that key.
fn back_up(store: &Storage, base: &str, raw: &str) -> Option<String> {
    for n in 1..100 {
        let key = if n == 1 {
            base.to_owned()
        } else {
            format!("{base}.{n}")
        };
        match store.get_item(&key) {
            Ok(Some(existing)) if existing == raw => return Some(key),
            Ok(Some(_)) => continue,
            Ok(None) => return store.set_item(&key, raw).ok().map(|_| key),
            Err(_) => return None,
        }
    }
    None
}

/// Writes the state document.
pub fn save(state: &AppState) -> Result<(), SaveError> {
    let store = storage().ok_or(SaveError::Unavailable)?;
    let json = write_stored(state).map_err(|_| SaveError::NotWritten)?;
    store.set_item(KEY, &json).map_err(|_| SaveError::Refused)
}

/// The text stored under `key` (`None` when there is none); an error without usable storage.
pub fn read_item(key: &str) -> Result<Option<String>, SaveError> {
    let store = storage().ok_or(SaveError::Unavailable)?;
    store.get_item(key).map_err(|_| SaveError::Unavailable)
}

/// Stores `text` under `key`, or removes the key when `text` is `None`.
pub fn write_item(key: &str, text: Option<&str>) -> Result<(), SaveError> {
    let store = storage().ok_or(SaveError::Unavailable)?;
    match text {
        Some(text) => store.set_item(key, text),
        None => store.remove_item(key),
    }
    .map_err(|_| SaveError::Refused)
}

/// Where the language chosen with the switch is remembered (read by `public/shell.js` and
/// `embed.js`, which load that language's build).
pub fn language_key() -> String {
    format!("{KEY}.taal")
}

/// The switch to the other language was clicked: remember the choice. On the app's own page
/// the link then opens the other language's page (`public/shell.js` keeps the address's
/// page); mounted into a host page by `embed.js`, the host page is loaded again, which then
/// loads the chosen language.
pub fn switch_language(event: &web_sys::MouseEvent, lang: &str) {
    let _ = write_item(&language_key(), Some(lang));
    let Some(window) = web_sys::window() else {
        return;
    };
    let own_page = window
        .document()
        .and_then(|d| d.get_element_by_id("app"))
        .is_some();
    if !own_page {
        event.prevent_default();
        let _ = window.location().reload();
    }
}

/// Keeps unreadable text found under `key` aside, under `<key>.beschadigd`, before anything
/// overwrites it; returns where it went.
pub fn keep_aside(key: &str, raw: &str) -> Option<String> {
    back_up(&storage()?, &format!("{key}.beschadigd"), raw)
}
