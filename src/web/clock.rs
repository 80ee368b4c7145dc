//! The browser's clock: local date and time for scans, ids for new records, and work put
//! off until the screen has been painted.

use chrono::{NaiveDate, NaiveDateTime};

/// The current local date and time, to the second.
pub fn now_local() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .and_then(|day| day.and_hms_opt(d.get_hours(), d.get_minutes(), d.get_seconds()))
        .unwrap_or_default()
}

/// Today's local date.
pub fn today() -> chrono::NaiveDate {
    now_local().date()
}

/// The current time in UTC (for calendar stamps).
pub fn now_utc() -> NaiveDateTime {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        d.get_utc_full_year() as i32,
        d.get_utc_month() + 1,
        d.get_utc_date(),
    )
    .and_then(|day| day.and_hms_opt(d.get_utc_hours(), d.get_utc_minutes(), d.get_utc_seconds()))
    .unwrap_or_default()
}

/// A new id like `scan-lq2x9k-4f7a`: the time in base 36 plus a random part, so records
/// made on different devices do not collide when files are merged.
pub fn new_id(prefix: &str) -> String {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    format!("{prefix}-{}-{}", base36(millis), base36(random))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Random bits for a session code or a result id (not secret: they only tell records apart).
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// Runs `f` once the next frame has been painted: for work the screen does not show yet,
/// so that what it does show comes first.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(f, std::time::Duration::ZERO)
    });
}
