//! Reading members' result QR codes with the facilitator's camera.

use leptos::prelude::*;

use crate::web::camera::{barcode_detector, read_frame, start, stop};
use crate::web::split::NextTask;

/// *Scan QR-codes met de camera*: while on, every code read is handed to `on_codes` once.
#[component]
pub(super) fn CameraReader(
    /// Receives the texts of codes not seen before in this run.
    on_codes: Callback<Vec<String>>,
) -> impl IntoView {
    let on = RwSignal::new(false);
    let problem = RwSignal::new(None::<&'static str>);
    let note = RwSignal::new(None::<String>);
    let video = NodeRef::<leptos::html::Video>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    // The running camera; dropping the page stops it.
    let stream = StoredValue::new_local(None::<wasm_bindgen::JsValue>);
    // When the page goes the signals may be gone already: hence `try_`.
    let stop_stream = move || {
        stream.try_update_value(|s| {
            if let Some(s) = s.take() {
                stop(&s);
            }
        });
    };
    let stop_camera = move || {
        stop_stream();
        on.try_set(false);
    };
    // Leaving the page only stops the stream: setting `on` while the page is being torn
    // down re-runs views that are already gone (a panic on every navigation away).
    on_cleanup(stop_stream);

    let begin = move |_| {
        problem.set(None);
        note.set(None);
        on.set(true);
        leptos::task::spawn_local(async move {
            let Some(el) = video.get_untracked() else {
                return;
            };
            match start(&el.into()).await {
                Err(e) => {
                    problem.set(Some(e.message()));
                    on.set(false);
                }
                Ok(s) => {
                    stream.set_value(Some(s));
                    scan_frames(video, canvas, on, note, on_codes).await;
                }
            }
        });
    };
    view! {
        <div class="camera">
            <Show when=move || !on.get() fallback=move || view! {
                <button type="button" class="button button-quiet" on:click=move |_| stop_camera()>{tr!("Camera uit", "Camera off")}</button>
            }>
                <button type="button" class="button button-quiet" on:click=begin>{tr!("Scan QR-codes met de camera", "Scan QR codes with the camera")}</button>
            </Show>
            <video node_ref=video class="camera-view" hidden=move || !on.get() aria-label=tr!("Camerabeeld", "Camera view") muted=true></video>
            <canvas node_ref=canvas hidden=true></canvas>
            <Show when=move || on.get()>
                <p class="field-hint">{tr!("Laat de deelnemers één voor één hun QR-code voor de camera houden.", "Have the participants hold their QR code up to the camera one at a time.")}</p>
            </Show>
            {move || problem.get().map(|p| view! { <p class="notice notice-error" role="alert">{p}</p> })}
            {move || note.get().map(|n| view! { <p class="notice" role="status">{n}</p> })}
        </div>
    }
}

/// Reads frames while the camera is on, a few times a second, handing on each new code.
async fn scan_frames(
    video: NodeRef<leptos::html::Video>,
    canvas: NodeRef<leptos::html::Canvas>,
    on: RwSignal<bool>,
    note: RwSignal<Option<String>>,
    on_codes: Callback<Vec<String>>,
) {
    let detector = barcode_detector();
    let mut seen: Vec<String> = Vec::new();
    // The page may go while a frame is read: every look at its signals is a `try_`.
    while on.try_get_untracked() == Some(true) {
        let (Some(Some(v)), Some(Some(c))) =
            (video.try_get_untracked(), canvas.try_get_untracked())
        else {
            return;
        };
        let texts = read_frame(&v.into(), &c.into(), detector.as_ref()).await;
        if on.try_get_untracked() != Some(true) {
            return;
        }
        let new: Vec<String> = texts.into_iter().filter(|t| !seen.contains(t)).collect();
        if !new.is_empty() {
            seen.extend(new.iter().cloned());
            let (ours, others): (Vec<String>, Vec<String>) =
                new.into_iter().partition(|t| t.contains("/antwoord/"));
            if !others.is_empty() {
                note.try_set(Some(trf!(
                    "Die QR-code is geen uitkomst van {} en is overgeslagen.",
                    "That QR code is not a {} result and has been skipped.",
                    crate::domain::content::manifest::SHORT_NAME
                )));
            }
            if !ours.is_empty() {
                note.try_set(None);
                on_codes.run(ours);
            }
        }
        NextTask::after(200).await;
    }
}
