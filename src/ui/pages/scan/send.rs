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
            <h2 id="stuur-titel">{tr!("Stuur naar de begeleider", "Send to the facilitator")}</h2>
            <p>{trf!("Je uitkomst hoort bij {}. ", "Your result belongs to {}. ", membership.name)}
                {if named { tr!("In de link staan je antwoorden en je naam, meer niet.", "The link holds your answers and your name, nothing more.") } else { tr!("In de link staan alleen je antwoorden, zonder naam.", "The link holds only your answers, without a name.") }}
                {tr!(" Stuur hem in de chat of mail die de begeleider noemde, of laat de QR-code zien.", " Send it in the chat or by the email the facilitator mentioned, or show the QR code.")}</p>
            <HandOn url title=trf!("Mijn uitkomst: {}", "My result: {}", membership.name) field_id="stuur-link" field_label=tr!("Link met je uitkomst", "Link with your result") share_first=true>
                <button type="button" class="button button-quiet" aria-expanded=move || showing_qr.get().to_string() aria-controls="stuur-qr"
                    on:click=move |_| showing_qr.update(|s| *s = !*s)>{tr!("Toon als QR-code", "Show as QR code")}</button>
            </HandOn>
            <div id="stuur-qr" hidden=move || !showing_qr.get()>
                <Show when=move || showing_qr.get()>
                    <Qr text=url label=tr!("QR-code met je uitkomst", "QR code with your result").into() class="qr-send"/>
                    <p class="field-hint">{tr!("Houd je scherm voor de camera van de begeleider. Zet de helderheid hoog.", "Hold your screen up to the facilitator's camera. Turn the brightness up.")}</p>
                </Show>
            </div>
        </section>
    }
}
