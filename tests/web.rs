//! Browser tests (wasm-bindgen-test in headless Chromium): what only a real browser shows —
//! localStorage behaviour and the mounted app reacting to clicks.
#![cfg(target_arch = "wasm32")]

use ontwikkelkaarten::domain::files::format::read_stored;
use ontwikkelkaarten::domain::state::{AppState, Status};
use ontwikkelkaarten::web::storage::{self, Startup, Stored, BACKUP_KEY, KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    local_storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn state_survives_a_save_and_load() {
    clear_storage();
    let mut state = AppState::default();
    state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
    state.set_note("feedbackprocessen.03", "Bespreken in het MT");
    storage::save(&state).unwrap();
    assert_eq!(storage::load(), Startup::Loaded(state));
}

#[wasm_bindgen_test]
fn a_first_visit_starts_empty() {
    clear_storage();
    assert_eq!(storage::load(), Startup::Loaded(AppState::default()));
}

#[wasm_bindgen_test]
fn damaged_data_is_backed_up_byte_for_byte_and_not_duplicated() {
    clear_storage();
    let raw = "{\"format\":\"ontwikkelkaarten\",\"version\":1,\"suggestions\":{\"x\": [kapot";
    local_storage().set_item(KEY, raw).unwrap();
    let Startup::Damaged {
        raw: kept,
        backup_key,
        ..
    } = storage::load()
    else {
        panic!("damaged data must be reported");
    };
    assert_eq!(kept, raw);
    assert_eq!(backup_key.as_deref(), Some(BACKUP_KEY));
    assert_eq!(
        local_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some(raw)
    );
    // Loading again reuses the same backup instead of piling up copies.
    assert!(
        matches!(storage::load(), Startup::Damaged { backup_key: Some(ref k), .. } if k == BACKUP_KEY)
    );
    assert_eq!(local_storage().length().unwrap(), 2);
}

#[wasm_bindgen_test]
fn a_different_damage_gets_its_own_backup() {
    clear_storage();
    local_storage()
        .set_item(BACKUP_KEY, "eerdere schade")
        .unwrap();
    local_storage().set_item(KEY, "nieuwe schade").unwrap();
    let Startup::Damaged { backup_key, .. } = storage::load() else {
        panic!("damaged data must be reported");
    };
    let key = backup_key.unwrap();
    assert_ne!(key, BACKUP_KEY);
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some("nieuwe schade")
    );
    assert_eq!(
        local_storage().get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("eerdere schade")
    );
}

#[wasm_bindgen_test]
fn storage_is_looked_at_without_reading_it() {
    clear_storage();
    assert_eq!(storage::stored(), Stored::Nothing);
    local_storage().set_item(KEY, "wat dan ook").unwrap();
    assert_eq!(storage::stored(), Stored::Text("wat dan ook".to_owned()));
    clear_storage();
}

#[wasm_bindgen_test]
async fn stored_data_that_could_not_be_read_is_never_overwritten() {
    clear_storage();
    let mut state = AppState::default();
    state.set_status("teamleren.01", Some(Status::Gerealiseerd));
    storage::save(&state).unwrap();
    let before = local_storage().get_item(KEY).unwrap();

    let host = mount_with("#/kaart/partners", Startup::NotRead);
    leptos::task::tick().await;
    let notice = host
        .query_selector(".notice-error")
        .unwrap()
        .expect("a notice");
    assert!(notice
        .text_content()
        .unwrap()
        .contains("konden niet worden geladen"));
    tap_oppakken_on_partners_01(&host).await;
    assert_eq!(local_storage().get_item(KEY).unwrap(), before);
    host.remove();
    clear_storage();
}

/// Taps "oppakken" on the first suggestion of the partners card, checks that it shows as
/// pressed, and returns the button.
async fn tap_oppakken_on_partners_01(host: &web_sys::HtmlElement) -> web_sys::HtmlElement {
    let button: web_sys::HtmlElement = host
        .query_selector("#suggestie-partners\\.01 .status-oppakken")
        .unwrap()
        .expect("status button on the card")
        .dyn_into()
        .unwrap();
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    button
}

fn mount_fresh(hash: &str) -> web_sys::HtmlElement {
    mount_with(hash, storage::load())
}

fn mount_with(hash: &str, startup: Startup) -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), move || {
        leptos::view! { <ontwikkelkaarten::ui::app::App startup/> }
    })
    .forget();
    host
}

#[wasm_bindgen_test]
async fn home_lists_eight_dimensions_with_their_challenges() {
    clear_storage();
    let host = mount_fresh("#/");
    leptos::task::tick().await;
    let tiles = host.query_selector_all(".dimension").unwrap();
    assert_eq!(tiles.length(), 8);
    let text = host.text_content().unwrap();
    assert!(text.contains("Hoe ontwikkel je samen een doorleefde visie?"));
    assert!(text.contains("Voorwaarden creëren in organisatiestructuur en beleid"));
    host.remove();
}

#[wasm_bindgen_test]
async fn tapping_a_status_saves_it_and_tapping_again_clears_it() {
    clear_storage();
    let host = mount_fresh("#/kaart/partners");
    leptos::task::tick().await;
    let button = tap_oppakken_on_partners_01(&host).await;
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    let state = read_stored(&stored).unwrap();
    assert_eq!(
        state.mark("partners.01").and_then(|m| m.status),
        Some(Status::Oppakken)
    );
    let tally = host
        .query_selector(".tally")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(tally.contains("1 op te pakken"), "{tally}");

    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    assert_eq!(read_stored(&stored).unwrap(), AppState::default());
    host.remove();
}

#[wasm_bindgen_test]
async fn search_results_highlight_matches_as_text() {
    clear_storage();
    let host = mount_fresh("#/zoeken?q=bespreekcultuur");
    leptos::task::tick().await;
    let marks = host.query_selector_all("mark").unwrap();
    assert_eq!(marks.length(), 1);
    assert_eq!(
        marks.item(0).unwrap().text_content().as_deref(),
        Some("bespreekcultuur")
    );
    let link = host.query_selector("a.result").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/kaart/feedbackprocessen/suggestie-feedbackprocessen.02")
    );
    host.remove();
}
