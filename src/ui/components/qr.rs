//! A QR code, drawn as SVG once its encoder has been fetched.

use leptos::prelude::*;

use crate::web::split::qr_code;

/// The QR code for `text`, scaled to its box by CSS; `label` names it for screen readers.
/// While the encoder comes it keeps its square place, so nothing shifts.
#[component]
pub fn Qr(
    /// What the code holds.
    text: Signal<String>,
    /// Its accessible name.
    label: String,
    /// Extra class for the box (its size).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let drawn = LocalResource::new(move || {
        let text = text.get();
        async move { qr_code(text).await }
    });
    let label = StoredValue::new(label);
    // A boundary of its own: the page around it is shown (and named) at once, while the
    // encoder may still be on its way.
    view! {
        <div class=format!("qr {class}")>
            <Suspense fallback=|| view! { <p class="qr-loading" role="status">{tr!("QR-code laden…", "Loading QR code…")}</p> }>
            {move || drawn.get().map(|drawn| match drawn {
                Ok(Some(path)) => view! {
                    <svg viewBox=format!("0 0 {0} {0}", path.size) role="img" aria-label=label.get_value()
                        data-qr-version=path.version shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#fff"/>
                        <path d=path.d fill="#000"/>
                    </svg>
                }.into_any(),
                Ok(None) => view! { <p class="notice">{tr!("Deze link is te lang voor een QR-code. Gebruik de link zelf.", "This link is too long for a QR code. Use the link itself.")}</p> }.into_any(),
                Err(_) => view! { <p class="notice">{tr!("De QR-code kon niet worden geladen: er is geen verbinding. De link en de code werken ook.", "The QR code could not be loaded: there is no connection. The link and the code work too.")}</p> }.into_any(),
            })}
            </Suspense>
        </div>
    }
}
