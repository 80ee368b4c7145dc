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
use crate::ui::kept::{Shelf, Words};

thread_local! {
    /// The sessions for this tab's life, where the browser keeps nothing on the device.
    static IN_TAB: std::cell::RefCell<Vec<TeamSession>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Where the sessions are kept.
static SESSIONS: Shelf<TeamSession> = Shelf {
    key: SESSIONS_KEY,
    in_tab: &IN_TAB,
    read: |text| read_sessions(text).map_err(|e| e.message()),
    write: |sessions| write_sessions(sessions, None).ok(),
    words: Words {
        what: tr!(
            "De teamsessies op dit apparaat",
            "The team sessions on this device"
        ),
        read_again: tr!(
            "Lees een geëxporteerde sessie opnieuw in.",
            "Import an exported session again."
        ),
        stays: tr!("de teamsessie blijft staan", "the team session stays"),
        keep_how: tr!(
            "Exporteer de sessie om haar te houden.",
            "Export the session to keep it."
        ),
    },
};

/// The kept sessions for one page: read when the page opens, kept on every change, with
/// the problems to show.
pub(crate) type Kept = crate::ui::kept::Kept<TeamSession>;

/// Reads the sessions and keeps them on every change from now on.
pub(crate) fn open() -> Kept {
    Kept::open(&SESSIONS)
}

/// A session by its address id: the code without the dash, in any case.
impl Kept {
    /// The session with address id `id`, as it is now.
    pub fn session(&self, id: &str) -> Option<TeamSession> {
        self.with_session(id, TeamSession::clone)
    }

    /// What `f` reads from the session with address id `id`, without copying it.
    pub fn with_session<R>(&self, id: &str, f: impl FnOnce(&TeamSession) -> R) -> Option<R> {
        let id = id.to_uppercase();
        self.list
            .with(|list| list.iter().find(|s| s.id() == id).map(f))
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
            <h1 tabindex="-1">{tr!("Deze teamsessie staat niet op dit apparaat", "This team session is not on this device")}</h1>
            <p>{tr!("Een teamsessie staat alleen op het apparaat waarop ze is gestart. Open haar daar, of lees de geëxporteerde sessie hier in.", "A team session is only on the device it was started on. Open it there, or import the exported session here.")}</p>
            <p><a class="button" href=Route::Sessions.href()>{tr!("Naar de teamsessies", "Go to team sessions")}</a></p>
        </section>
    }
}
