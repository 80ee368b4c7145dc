//! The reminder to export, shown on the home page to a returning visitor who has not
//! exported for a while (the interval depends on what the browser promised to keep, see
//! [`Store::remind_after_days`]). Loaded with the code that read the stored data: a first
//! visit has nothing to remind of.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::store::Store;

/// A visible, dismissable reminder to export, because clearing the browser erases
/// localStorage.
#[component]
pub(crate) fn ExportReminder(
    /// The app's store.
    store: Store,
    /// Exports everything (*Nu exporteren*).
    on_export: Callback<()>,
) -> impl IntoView {
    let state = store.state;
    let show = Memo::new(move |_| {
        let on_home = store.route.with(|r| *r == Route::Home);
        on_home
            && state.with(|s| {
                crate::domain::files::export::should_remind(
                    s,
                    crate::web::clock::now_local(),
                    store.remind_after_days(),
                )
            })
    });
    view! {
        <Show when=move || show.get()>
            <div class="notices">
                <div class="notice notice-warning reminder" role="status">
                    <p>{move || match state.with(|s| s.last_export) {
                        Some(at) => trf!("Je laatste export is van {}. Alles staat alleen in deze browser: wie de browsergegevens wist, wist ook dit. Exporteer een bestand om het te bewaren.", "Your last export was on {}. Everything is stored only in this browser: clearing the browser data clears this too. Export a file to keep it.", crate::domain::text::format_date(at)),
                        None => tr!("Je hebt nog niets geëxporteerd. Alles staat alleen in deze browser: wie de browsergegevens wist, wist ook dit. Exporteer een bestand om het te bewaren.", "You have not exported anything yet. Everything is stored only in this browser: clearing the browser data clears this too. Export a file to keep it.").to_owned(),
                    }}</p>
                    <div class="notice-actions">
                        <button type="button" class="button" on:click=move |_| on_export.run(())>{tr!("Nu exporteren", "Export now")}</button>
                        <button type="button" class="button button-quiet" on:click=move |_| {
                            state.update(|s| s.snooze_reminder(crate::web::clock::today()));
                        }>{tr!("Later", "Later")}</button>
                    </div>
                </div>
            </div>
        </Show>
    }
}
