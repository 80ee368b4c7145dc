//! The team session pages: starting one, collecting the members' results, the invitation
//! for the projector, the presenter view, a result link opened in a browser, and trends.
//!
//! Sessions are kept on the device under their own key (`domain::session::SESSIONS_KEY`),
//! apart from the user's own data, and read back through the file reader's checks. Every
//! page reads them when it opens and keeps them on every change.

mod answer;
mod camera;
mod compare;
mod detail;
mod invite;
mod list;
mod presenter;
mod print;
mod trends;

pub use answer::AnswerPage;
pub use detail::SessionPage;
pub use invite::SessionInvitePage;
pub use list::SessionsPage;
pub use presenter::PresenterPage;
pub use trends::TrendsPage;

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::domain::session::{read_sessions, write_sessions, TeamSession, SESSIONS_KEY};
use crate::web::storage::{keep_aside, read_item, write_item, SaveError};

thread_local! {
    /// The sessions for this tab's life, where the browser keeps nothing on the device.
    static IN_TAB: std::cell::RefCell<Vec<TeamSession>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The sessions kept on the device (or in this tab), and a problem to report: kept data
/// that could not be read is set aside first, so it is never overwritten.
fn load_sessions() -> (Vec<TeamSession>, Option<String>) {
    let text = match read_item(SESSIONS_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (Vec::new(), None),
        Err(_) => return (IN_TAB.with_borrow(Clone::clone), None),
    };
    match read_sessions(&text) {
        Ok(sessions) => (sessions, None),
        Err(e) => {
            let aside = match keep_aside(SESSIONS_KEY, &text) {
                Some(_) => "Ze zijn apart bewaard en worden niet overschreven.",
                None => "Ze konden niet apart worden bewaard.",
            };
            let problem = format!(
                "De teamsessies op dit apparaat konden niet worden gelezen. {} {aside} Lees een geëxporteerde sessie opnieuw in.",
                e.message()
            );
            (Vec::new(), Some(problem))
        }
    }
}

/// Keeps the sessions on the device; says why when it cannot.
fn keep_sessions(sessions: &[TeamSession]) -> Result<(), &'static str> {
    let text = write_sessions(sessions, None).map_err(|_| {
        "De teamsessies konden niet worden omgezet om te bewaren. Ze blijven staan zolang dit tabblad open is."
    })?;
    write_item(SESSIONS_KEY, (!sessions.is_empty()).then_some(text.as_str())).map_err(|e| match e {
        SaveError::Unavailable => {
            IN_TAB.set(sessions.to_vec());
            "Deze browser staat opslaan hier niet toe: de teamsessie blijft staan zolang dit tabblad open is. Exporteer de sessie om haar te houden."
        }
        _ => "De opslag van de browser is vol of geblokkeerd: de teamsessie blijft staan zolang dit tabblad open is. Exporteer de sessie om haar te houden.",
    })
}

/// The kept sessions for one page: read when the page opens, kept on every change, with
/// the problems to show.
#[derive(Clone, Copy)]
pub(crate) struct Kept {
    /// Every session on the device.
    pub list: RwSignal<Vec<TeamSession>>,
    /// Problems reading or keeping them, in Dutch.
    pub problems: RwSignal<Vec<String>>,
}

impl Kept {
    /// Reads the sessions and keeps them on every change from now on.
    pub fn open() -> Kept {
        let (sessions, problem) = load_sessions();
        let kept = Kept {
            list: RwSignal::new(sessions),
            problems: RwSignal::new(Vec::from_iter(problem)),
        };
        let failed = StoredValue::new(false);
        // Another tab (the presenter view, the invitation on the projector, or the page
        // collecting) changed the sessions: read them again, without writing them back.
        let reloading = StoredValue::new(false);
        let listener = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(SESSIONS_KEY) {
                let (sessions, _) = load_sessions();
                reloading.set_value(true);
                kept.list.set(sessions);
            }
        });
        on_cleanup(move || listener.remove());
        Effect::new(move |opened: Option<()>| {
            kept.list.track();
            if opened.is_none() || std::mem::take(&mut *reloading.write_value()) {
                return;
            }
            match kept.list.with_untracked(|s| keep_sessions(s)) {
                Ok(()) => failed.set_value(false),
                Err(message) if !failed.get_value() => {
                    failed.set_value(true);
                    kept.problems.update(|p| p.push(message.to_owned()));
                }
                Err(_) => {}
            }
        });
        kept
    }

    /// The session with address id `id` (its code without the dash), as it is now.
    pub fn session(&self, id: &str) -> Option<TeamSession> {
        self.list
            .with(|list| list.iter().find(|s| s.id() == id.to_uppercase()).cloned())
    }

    /// Changes the session with id `id`.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut TeamSession)) {
        let id = id.to_uppercase();
        self.list.update(|list| {
            if let Some(session) = list.iter_mut().find(|s| s.id() == id) {
                change(session);
            }
        });
    }
}

/// The session pages' own stylesheet (`style/session.css`, not in the first download):
/// added the first time one of them opens, with the page kept transparent until it
/// applies (at most two seconds), so that nothing is seen unstyled. Transparent rather
/// than hidden: the heading can take the focus meanwhile.
#[component]
pub fn Styled(children: Children) -> impl IntoView {
    use crate::web::style::{add, applies};
    const SHEET: &str = "session.css";
    let ready = RwSignal::new(!add(SHEET) || applies(SHEET));
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            for _ in 0..100 {
                if applies(SHEET) {
                    break;
                }
                crate::web::split::NextTask::after(20).await;
            }
            ready.try_set(true);
        });
    }
    view! { <div class="styled-by" class:waiting=move || !ready.get()>{children()}</div> }
}

/// A session that is not on this device.
#[component]
pub(crate) fn NoSuchSession() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1 tabindex="-1">"Deze teamsessie staat niet op dit apparaat"</h1>
            <p>"Een teamsessie staat alleen op het apparaat waarop ze is gestart. Open haar daar, of lees de geëxporteerde sessie hier in."</p>
            <p><a class="button" href=Route::Sessions.href()>"Naar de teamsessies"</a></p>
        </section>
    }
}
