//! A member opens a session's invitation (the QR code on the big screen): straight into
//! the scan's first statement, with the session's name above it. Only where the session
//! allows names is there a field first, and it may stay empty.

use leptos::prelude::*;

use crate::domain::files::share::LinkKind;
use crate::domain::route::Route;
use crate::domain::scan::STATEMENTS;
use crate::domain::session::{Invitation, Membership, NAME_LIMIT};
use crate::domain::state::ScanInfo;
use crate::ui::components::not_found::BadLinkPage;
use crate::ui::store::{use_store, Store};
use crate::web::clock::{new_id, now_local, random_u32};

/// Starts the member's scan for `invitation` and shows its first statement, in place of
/// the invitation in the history (going back does not start it again).
fn begin(store: Store, invitation: &Invitation, name: &str) {
    let state = store.state;
    let membership = Membership::of(invitation, random_u32());
    state.update(|s| {
        s.start_scan(
            new_id("scan"),
            ScanInfo {
                label: invitation.title(),
                respondent: if invitation.names_allowed {
                    name.to_owned()
                } else {
                    String::new()
                },
                ..ScanInfo::default()
            },
            now_local(),
        );
        if let Some(draft) = s.draft.as_mut() {
            membership.put_on(&mut draft.scan);
        }
    });
    show_in_place(store, &Route::ScanFill);
}

/// Shows `route` in place of the invitation in the history: going back does not start
/// the scan again.
fn show_in_place(store: Store, route: &Route) {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
    }
    store.route.set(route.clone());
}

/// Whether the draft on this device belongs to the session of `invitation`, or has no
/// answer yet (then it is simply replaced).
fn draft_state(invitation: &Invitation) -> Draft {
    use_store().state.with_untracked(|s| match &s.draft {
        None => Draft::None,
        Some(d) => match Membership::of_scan(&d.scan) {
            Some(m) if m.code == invitation.code.to_string() => Draft::Same,
            _ if d.scan.answers.is_empty() => Draft::None,
            _ => Draft::Other(d.scan.answers.len()),
        },
    })
}

enum Draft {
    None,
    Same,
    Other(usize),
}

/// The member's way into a session.
#[component]
pub fn JoinPage(
    /// The encoded invitation, or a typed code.
    payload: String,
) -> impl IntoView {
    // Answers given on the static page, which showed this session's first statement before
    // the app arrived (public/shell.js), join the session.
    super::take_over_static_scan();
    let invitation = match Invitation::decode(&payload) {
        Ok(invitation) => invitation,
        Err(e) => return view! {
            <BadLinkPage title=tr!("Deze uitnodiging werkt niet", "This invitation doesn't work") message=e.about(LinkKind::Invitation)
                href=Route::ScanStart.href() go=tr!("Doe de scan zonder sessie", "Take the scan without a session")/>
        }
        .into_any(),
    };
    match draft_state(&invitation) {
        Draft::Same => {
            let store = use_store();
            queue_microtask(move || show_in_place(store, &Route::ScanFill));
            return view! { <p class="page loading" role="status">{tr!("Laden…", "Loading…")}</p> }
                .into_any();
        }
        Draft::None if !invitation.names_allowed => {
            let store = use_store();
            queue_microtask(move || begin(store, &invitation, ""));
            return view! { <p class="page loading" role="status">{tr!("Laden…", "Loading…")}</p> }
                .into_any();
        }
        _ => {}
    }
    let other = match draft_state(&invitation) {
        Draft::Other(n) => Some(n),
        _ => None,
    };
    let name = RwSignal::new(String::new());
    let store = use_store();
    let title = invitation.title();
    let invitation = StoredValue::new(invitation);
    let names_allowed = invitation.with_value(|i| i.names_allowed);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        invitation.with_value(|i| begin(store, i, &name.get_untracked()));
    };
    view! {
        <section class="page narrow join">
            <p class="scan-dimension">{tr!("Teamsessie", "Team session")}</p>
            <h1 tabindex="-1">{title}</h1>
            <form on:submit=start>
                {other.map(|n| view! {
                    <div class="notice" role="note">
                        <p>{trf!("Op dit apparaat ben je nog bezig met een andere scan ({n} van {} beantwoord). Begin je aan deze sessie, dan vervalt die scan.", "You are still filling in another scan on this device ({n} of {} answered). If you start this session, that scan will be dropped.", STATEMENTS.len())}</p>
                        <p><a href=Route::ScanFill.href()>{tr!("Eerst die andere scan afmaken", "Finish that other scan first")}</a></p>
                    </div>
                })}
                <p>{trf!("Je beantwoordt {} stellingen over jullie organisatie, elk op een schaal van 1 tot 5. Dat duurt {}. Daarna stuur je je uitkomst naar de begeleider.", "You answer {} statements about your organisation, each on a scale of 1 to 5. It takes {}. Then you send your result to the facilitator.", STATEMENTS.len(), crate::domain::shell::scan_duration())}</p>
                {names_allowed.then(|| view! {
                    <div class="field">
                        <label for="meedoen-naam">{tr!("Je naam (mag leeg blijven)", "Your name (may be left blank)")}</label>
                        <input id="meedoen-naam" type="text" autocomplete="name" maxlength=NAME_LIMIT
                            aria-describedby="meedoen-naam-hint"
                            prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                        <p id="meedoen-naam-hint" class="field-hint">{tr!("De begeleider ziet namen alleen als die daarvoor kiest. Zonder naam ben je Deelnemer 1, 2, …", "The facilitator only sees names if they choose to. Without a name you are Participant 1, 2, …")}</p>
                    </div>
                })}
                <div class="actions">
                    <button type="submit" class="button button-large">
                        {if other.is_some() { tr!("Begin aan de sessie", "Start the session") } else { tr!("Begin", "Start") }}
                    </button>
                </div>
            </form>
        </section>
    }
    .into_any()
}
