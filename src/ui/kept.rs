//! Lists a page keeps on the device under a key of its own, apart from the user's own data
//! (the team view's members, the team sessions): read when the page opens, kept on every
//! change, read again when another tab changes them, and never overwritten when what is
//! kept cannot be read: that is set aside first.

use std::cell::RefCell;
use std::thread::LocalKey;

use leptos::prelude::*;

use crate::web::storage::{keep_aside, read_item, write_item, SaveError};

/// Where a list is kept and how it is read and written.
pub(crate) struct Shelf<T: 'static> {
    /// The storage key.
    pub key: &'static str,
    /// The list for this tab's life, where the browser keeps nothing on the device.
    pub in_tab: &'static LocalKey<RefCell<Vec<T>>>,
    /// Reads the kept text; why not, in Dutch.
    pub read: fn(&str) -> Result<Vec<T>, String>,
    /// The text to keep (`None` when the list cannot be written).
    pub write: fn(&[T]) -> Option<String>,
    /// The words of its messages.
    pub words: Words,
}

/// What a shelf's messages say about its list, in Dutch.
pub(crate) struct Words {
    /// The list as the subject of "konden niet worden gelezen/omgezet", capitalised: "De
    /// teamsessies".
    pub what: &'static str,
    /// What to do when the kept list was unreadable: "Lees … opnieuw in."
    pub read_again: &'static str,
    /// What stays while the tab is open, as a clause: "de teamsessie blijft staan".
    pub stays: &'static str,
    /// How to keep it anyway: "Exporteer … om … te houden."
    pub keep_how: &'static str,
}

impl<T: Clone + 'static> Shelf<T> {
    /// The kept list (or this tab's), and a problem to report.
    fn load(&self) -> (Vec<T>, Option<String>) {
        let text = match read_item(self.key) {
            Ok(Some(text)) => text,
            Ok(None) => return (Vec::new(), None),
            Err(_) => return (self.in_tab.with_borrow(Clone::clone), None),
        };
        match (self.read)(&text) {
            Ok(list) => (list, None),
            Err(why) => {
                let aside = match keep_aside(self.key, &text) {
                    Some(_) => tr!(
                        "Ze zijn apart bewaard en worden niet overschreven.",
                        "They have been kept separately and will not be overwritten."
                    ),
                    None => tr!(
                        "Ze konden niet apart worden bewaard.",
                        "They could not be kept separately."
                    ),
                };
                let Words {
                    what, read_again, ..
                } = self.words;
                let problem = trf!(
                    "{what} konden niet worden gelezen. {why} {aside} {read_again}",
                    "{what} could not be read. {why} {aside} {read_again}"
                );
                (Vec::new(), Some(problem))
            }
        }
    }

    /// Keeps the list (an empty one by removing the key); says why when it cannot.
    fn keep(&self, list: &[T]) -> Result<(), String> {
        let Words {
            what,
            stays,
            keep_how,
            ..
        } = self.words;
        let text = (self.write)(list).ok_or_else(|| {
            trf!(
                "{what} konden niet worden omgezet om te bewaren. Ze blijven staan zolang dit tabblad open is.",
                "{what} could not be converted for saving. They stay as long as this tab is open."
            )
        })?;
        write_item(self.key, (!list.is_empty()).then_some(text.as_str())).map_err(|e| match e {
            SaveError::Unavailable => {
                // Only where there is no storage is the tab's copy read back.
                self.in_tab.set(list.to_vec());
                trf!(
                    "Deze browser staat opslaan hier niet toe: {stays} zolang dit tabblad open is. {keep_how}",
                    "This browser does not allow saving here: {stays} as long as this tab is open. {keep_how}"
                )
            }
            _ => trf!(
                "De opslag van de browser is vol of geblokkeerd: {stays} zolang dit tabblad open is. {keep_how}",
                "The browser's storage is full or blocked: {stays} as long as this tab is open. {keep_how}"
            ),
        })
    }
}

/// A kept list for one page.
pub(crate) struct Kept<T: Send + Sync + 'static> {
    /// The list.
    pub list: RwSignal<Vec<T>>,
    /// Problems reading or keeping it, in Dutch.
    pub problems: RwSignal<Vec<String>>,
}

impl<T: Send + Sync + 'static> Clone for Kept<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Kept<T> {}

impl<T: Clone + PartialEq + Send + Sync + 'static> Kept<T> {
    /// Reads the list from `shelf` and keeps it there on every change from now on (not
    /// when the page opens: nothing changed yet, and a kept list that could not be read must
    /// stay as it is). One message per failure, not one per change.
    pub fn open(shelf: &'static Shelf<T>) -> Kept<T> {
        let (list, problem) = shelf.load();
        let kept = Kept {
            list: RwSignal::new(list),
            problems: RwSignal::new(Vec::from_iter(problem)),
        };
        let failed = StoredValue::new(false);
        // Another tab (the presenter view, the invitation on the projector, the page
        // collecting) changed the list: read it again, without writing it back.
        let reloading = StoredValue::new(false);
        let listener = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(shelf.key) {
                let (list, _) = shelf.load();
                if kept.list.with_untracked(|ours| *ours != list) {
                    reloading.set_value(true);
                    kept.list.set(list);
                }
            }
        });
        on_cleanup(move || listener.remove());
        Effect::new(move |opened: Option<()>| {
            kept.list.track();
            if opened.is_none() || std::mem::take(&mut *reloading.write_value()) {
                return;
            }
            match kept.list.with_untracked(|l| shelf.keep(l)) {
                Ok(()) => failed.set_value(false),
                Err(message) if !failed.get_value() => {
                    failed.set_value(true);
                    kept.problems.update(|p| p.push(message));
                }
                Err(_) => {}
            }
        });
        kept
    }
}

/// The problems of a page: reading or keeping its list, or what it was given to read.
#[component]
pub(crate) fn Problems(problems: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <ul class="problems">{move || problems.get().into_iter().map(|p| view! { <li class="notice notice-error">{p}</li> }).collect_view()}</ul>
    }
}
