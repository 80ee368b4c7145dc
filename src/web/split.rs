//! The split points between the first download and the parts of the wasm that load on
//! demand, and the one split point of this layer: reading stored data.
//!
//! Only the home page and the app's frame are in the wasm a first visit downloads. The
//! split happens at build time (`scripts/build-wasm.mjs` runs `wasm-split-cli` when the
//! `split` feature is on); without the feature, as in the browser tests, the same
//! functions are plain `async fn`s that resolve at once. The page groups are declared in
//! `ui::on_demand` with [`on_demand_fn`].
//!
//! Reading stored data is split off the same way: a first visit has nothing stored.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::domain::state::AppState;
use crate::web::storage::Startup;

/// The wasm file holding a page could not be fetched (offline before it was ever cached,
/// or a new version replaced it on the server).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NotLoaded;

impl From<wasm_split_helpers::SplitLoaderError> for NotLoaded {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Declares a function whose code goes into the wasm file named by `$chunk`. With the
/// `split` feature it becomes a split point: its code, and everything only it reaches,
/// moves into that file, which is fetched on the first call. It returns `Err(NotLoaded)`
/// when the fetch fails.
macro_rules! on_demand_fn {
    ($(#[$doc:meta])* $chunk:ident => $vis:vis fn $name:ident($arg:ident: $ty:ty) -> $ret:ty $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[allow(improper_ctypes_definitions)]
        #[::wasm_split_helpers::wasm_split($chunk, fallible)]
        $vis fn $name($arg: $ty) -> Result<$ret, $crate::web::split::NotLoaded> {
            Ok($body)
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name($arg: $ty) -> Result<$ret, $crate::web::split::NotLoaded> {
            Ok($body)
        }
    };
}

pub(crate) use on_demand_fn;

on_demand_fn! {
    /// Reads the stored document. A first visit has none and never fetches this code,
    /// which is most of what reading JSON costs.
    state => pub fn read_stored(raw: String) -> Startup {
        crate::web::storage::interpret(raw)
    }
}

on_demand_fn! {
    /// Reads what another tab of the app saved: `Ok(Some(..))` when it differs from
    /// `ours`, `Ok(None)` when it is the same, `Err` when it cannot be read.
    state => pub fn read_other_tab(args: (String, RwSignal<AppState>)) -> Result<Option<AppState>, ()> {
        let (text, ours) = args;
        match crate::domain::files::format::read_stored(&text) {
            Ok(theirs) if ours.with_untracked(|ours| *ours != theirs) => Ok(Some(theirs)),
            Ok(_) => Ok(None),
            Err(_) => Err(()),
        }
    }
}

on_demand_fn! {
    /// Writes the state document (on every change, from the app's save effect). Turning
    /// the state into JSON is most of what writing costs, and a first visit writes
    /// nothing until the visitor does something, on a page loaded on demand itself.
    /// Saves only while `allowed` holds when the code has arrived (another tab may have
    /// saved newer data meanwhile).
    state => pub fn save_state(args: (RwSignal<AppState>, StoredValue<bool>)) -> Result<(), crate::web::storage::SaveError> {
        let (state, allowed) = args;
        if allowed.get_value() {
            state.with_untracked(crate::web::storage::save)
        } else {
            Ok(())
        }
    }
}

/// Fetches the code [`save_state`] needs, so that the first change a visitor makes is
/// saved without waiting for it (called once a page loaded on demand is shown).
pub fn warm_saving() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static WARMED: AtomicBool = AtomicBool::new(false);
    if !WARMED.swap(true, Ordering::Relaxed) {
        leptos::task::spawn_local(async {
            // Nothing to do when it fails: the first save says so.
            let _ = warm(()).await;
        });
    }
}

on_demand_fn! {
    /// Loads the `state` part, doing nothing else (see [`warm_saving`]).
    state => fn warm(_unit: ()) -> () {}
}

on_demand_fn! {
    /// Draws a QR code (the encoder is fetched the first time a code is shown).
    qr => pub fn qr_code(text: String) -> Option<crate::domain::qr::QrPath> {
        crate::domain::qr::qr_path(&text)
    }
}

on_demand_fn! {
    /// Reads the QR codes in a camera frame (width, height, RGBA pixels), where the
    /// browser has no `BarcodeDetector` of its own.
    camera => pub fn read_qr_codes(frame: (usize, usize, Vec<u8>)) -> Vec<String> {
        let (width, height, rgba) = frame;
        crate::domain::qr::read_codes(width, height, &crate::domain::qr::luma_of_rgba(&rgba))
    }
}

/// A future that is ready in a later task (after a zero-delay timeout), not in this one;
/// with [`NextTask::after`], after a delay.
#[derive(Default)]
pub struct NextTask(Arc<Mutex<Timer>>, i32);

impl NextTask {
    /// Ready after `ms` milliseconds (between two camera frames).
    pub fn after(ms: i32) -> NextTask {
        NextTask(Arc::default(), ms)
    }
}

/// What [`NextTask`] shares with its timeout.
#[derive(Default)]
struct Timer {
    scheduled: bool,
    fired: bool,
    waker: Option<Waker>,
}

impl Future for NextTask {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        use wasm_bindgen::{closure::Closure, JsCast};
        let mut timer = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if timer.fired {
            return Poll::Ready(());
        }
        timer.waker = Some(cx.waker().clone());
        if !timer.scheduled {
            let shared = self.0.clone();
            let fire = Closure::once_into_js(move || {
                let waker = {
                    let mut timer = shared.lock().unwrap_or_else(|e| e.into_inner());
                    timer.fired = true;
                    timer.waker.take()
                };
                // Woken with the lock released: a waker may poll at once.
                if let Some(waker) = waker {
                    waker.wake();
                }
            });
            timer.scheduled = true;
            if window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), self.1)
                .is_err()
            {
                return Poll::Ready(());
            }
        }
        Poll::Pending
    }
}
