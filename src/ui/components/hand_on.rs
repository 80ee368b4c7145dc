//! Handing a link on: *Kopieer link*, and *Delen via…* where the browser has a share
//! sheet; where neither works, the link in a field to copy by hand.

use leptos::prelude::*;

use crate::web::share::{copy_text, has_share_sheet, share_link, Handed};

/// What the last attempt to hand the link on said.
#[derive(Clone, Copy, PartialEq)]
enum LinkStatus {
    Copied,
    Shared,
    CopyBlocked,
    ShareBlocked,
}

impl LinkStatus {
    fn text(self) -> &'static str {
        match self {
            LinkStatus::Copied => tr!(
                "✓ Link gekopieerd. Plak hem in een bericht of mail.",
                "✓ Link copied. Paste it into a message or email."
            ),
            LinkStatus::Shared => tr!("✓ Link gedeeld.", "✓ Link shared."),
            LinkStatus::CopyBlocked => tr!(
                "Kopiëren lukt niet in deze browser. Kopieer de link hieronder zelf: tik erin en kies Kopiëren (of druk op Ctrl+C).",
                "Copying does not work in this browser. Copy the link below yourself: tap it and choose Copy (or press Ctrl+C)."
            ),
            LinkStatus::ShareBlocked => tr!(
                "Delen lukt niet in deze browser. Kopieer de link hieronder zelf: tik erin en kies Kopiëren (of druk op Ctrl+C).",
                "Sharing does not work in this browser. Copy the link below yourself: tap it and choose Copy (or press Ctrl+C)."
            ),
        }
    }

    fn succeeded(self) -> bool {
        matches!(self, LinkStatus::Copied | LinkStatus::Shared)
    }
}

/// The buttons that hand `url` on, their confirmation, and the fallback field.
#[component]
pub fn HandOn(
    /// The link.
    url: Signal<String>,
    /// The title the share sheet shows.
    title: String,
    /// Element id of the fallback field.
    field_id: &'static str,
    /// Label of the fallback field.
    field_label: &'static str,
    /// Whether *Delen via…* comes first (on a phone, the usual way).
    #[prop(optional)]
    share_first: bool,
    /// More buttons in the same row, after these.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let status = RwSignal::new(None::<LinkStatus>);
    // A new link is a new start: the confirmation was about the old one.
    Effect::new(move |_| {
        url.track();
        status.set(None);
    });
    let copy = move |_| {
        let url = url.get_untracked();
        leptos::task::spawn_local(async move {
            status.set(Some(match copy_text(&url).await {
                Handed::Done => LinkStatus::Copied,
                _ => LinkStatus::CopyBlocked,
            }));
        });
    };
    let title = StoredValue::new(title);
    let share_sheet = move |_| {
        let url = url.get_untracked();
        let title = title.get_value();
        leptos::task::spawn_local(async move {
            match share_link(&title, &url).await {
                Handed::Done => status.set(Some(LinkStatus::Shared)),
                Handed::Cancelled => {}
                Handed::Blocked => status.set(Some(LinkStatus::ShareBlocked)),
            }
        });
    };
    let sheet = has_share_sheet();
    let blocked = move || status.get().is_some_and(|s| !s.succeeded());
    let quiet = |primary: bool| {
        if primary {
            "button"
        } else {
            "button button-quiet"
        }
    };
    view! {
        <div class="actions">
            {(sheet && share_first).then(|| view! {
                <button type="button" class="button" on:click=share_sheet>{tr!("Delen via…", "Share via…")}</button>
            })}
            <button type="button" class=quiet(!(sheet && share_first)) on:click=copy>{tr!("Kopieer link", "Copy link")}</button>
            {(sheet && !share_first).then(|| view! {
                <button type="button" class="button button-quiet" on:click=share_sheet>{tr!("Delen via…", "Share via…")}</button>
            })}
            {children.map(|c| c())}
        </div>
        <p role="status" class:confirmation=move || status.get().is_some_and(LinkStatus::succeeded)>
            {move || status.get().map(LinkStatus::text)}
        </p>
        <Show when=blocked>
            <div class="field">
                <label for=field_id>{field_label}</label>
                <input id=field_id type="text" readonly prop:value=move || url.get() on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                }/>
            </div>
        </Show>
    }
}
