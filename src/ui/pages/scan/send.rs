//! A team session member's result goes back to the facilitator: as a short link through
//! the phone's share sheet or the clipboard, as a QR code held up to the facilitator's
//! camera, or as a file.

use leptos::prelude::*;

use crate::domain::scan::Scan;
use crate::domain::session::Membership;
use crate::ui::components::hand_on::HandOn;
use crate::ui::components::qr::Qr;

/// *Stuur naar de begeleider*, for a scan made in a team session.
#[component]
pub(super) fn SendToFacilitator(scan: Scan, membership: Membership) -> impl IntoView {
    let href = crate::web::embed::share_page();
    let result = membership.result_link(&scan);
    let url = result.url(&href);
    let named = !result.name.is_empty();
    let url = Signal::derive(move || url.clone());
    let showing_qr = RwSignal::new(false);
    view! {
        <section class="panel send" aria-labelledby="stuur-titel">
            <h2 id="stuur-titel">"Stuur naar de begeleider"</h2>
            <p>{format!("Je uitkomst hoort bij {}. ", membership.name)}
                {if named { "In de link staan je antwoorden en je naam, meer niet." } else { "In de link staan alleen je antwoorden, zonder naam." }}
                " Stuur hem in de chat of mail die de begeleider noemde, of laat de QR-code zien."</p>
            <HandOn url title=format!("Mijn uitkomst: {}", membership.name) field_id="stuur-link" field_label="Link met je uitkomst" share_first=true>
                <button type="button" class="button button-quiet" aria-expanded=move || showing_qr.get().to_string() aria-controls="stuur-qr"
                    on:click=move |_| showing_qr.update(|s| *s = !*s)>"Toon als QR-code"</button>
            </HandOn>
            <div id="stuur-qr" hidden=move || !showing_qr.get()>
                <Show when=move || showing_qr.get()>
                    <Qr text=url label="QR-code met je uitkomst".into() class="qr-send"/>
                    <p class="field-hint">"Houd je scherm voor de camera van de begeleider. Zet de helderheid hoog."</p>
                </Show>
            </div>
        </section>
    }
}
