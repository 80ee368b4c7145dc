//! A session's invitation on the projector: a large QR code, the short link and the
//! code, readable from the back of the room.

use leptos::prelude::*;

use super::NoSuchSession;
use crate::domain::route::Route;
use crate::ui::components::qr::Qr;

/// The invitation of session `id`, full screen.
#[component]
pub fn SessionInvitePage(
    /// The session's id.
    id: String,
) -> impl IntoView {
    let kept = super::open();
    let Some(session) = kept.session(&id) else {
        return view! { <NoSuchSession/> }.into_any();
    };
    let href = crate::web::embed::share_page();
    let url = session
        .invitation()
        .map(|i| i.url(&href))
        .unwrap_or_default();
    // The short form people can type: the address without its scheme, and the code.
    let typed = crate::domain::session::base_of(&url)
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .to_owned();
    let count = Memo::new(move |_| kept.session(&id).map_or(0, |s| s.respondents()));
    let title = session.title();
    let code = session.code.clone();
    let back = Route::Session { id: session.id() }.href();
    view! {
        <section class="page invite-screen">
            <div class="invite-text">
                <h1 tabindex="-1"><span class="invite-kicker">{tr!("Doe mee met de teamsessie", "Join the team session")}<span class="visually-hidden">": "</span></span>{title}</h1>
                <ol class="invite-steps">
                    <li>{tr!("Richt de camera van je telefoon op de QR-code.", "Point your phone's camera at the QR code.")}</li>
                    <li>{trf!("Beantwoord de {} stellingen ({}).", "Answer the {} statements ({}).", crate::domain::scan::STATEMENTS.len(), crate::domain::shell::scan_duration())}</li>
                    <li>{tr!("Stuur je uitkomst naar de begeleider.", "Send your result to the facilitator.")}</li>
                </ol>
                <p class="invite-alt">{tr!("Geen camera? Ga naar ", "No camera? Go to ")}<strong class="invite-url">{typed}</strong>{tr!(", kies Teamsessie en vul de code in:", ", choose Team session and enter the code:")}</p>
                <p class="invite-code" aria-label=format!("Code {}", code.chars().filter(|c| *c != '-').map(String::from).collect::<Vec<_>>().join(" "))>{code.clone()}</p>
                <p class="invite-count" role="status">{move || trf!("{} binnen", "{} in", count.get())}</p>
                <p><a class="button button-quiet" href=back>{tr!("← Terug naar de sessie", "← Back to the session")}</a></p>
            </div>
            <Qr text=Signal::derive(move || url.clone()) label=tr!("QR-code om mee te doen aan de teamsessie", "QR code to join the team session").into() class="qr-large"/>
        </section>
    }
    .into_any()
}
