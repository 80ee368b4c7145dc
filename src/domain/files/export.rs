//! Export: the whole state, one scan or one plan, as files of the same format.

use chrono::NaiveDateTime;

use super::format::{Document, WriteError};
use crate::domain::content::manifest::NAMESPACE;
use crate::domain::journey::Plan;
use crate::domain::scan::Scan;
use crate::domain::state::AppState;

/// A file to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// Suggested file name.
    pub name: String,
    /// The JSON text.
    pub json: String,
}

fn file(
    prefix: &str,
    name: &str,
    now: NaiveDateTime,
    mut doc: Document,
) -> Result<ExportFile, WriteError> {
    doc.exported_at = Some(now);
    let slug = crate::domain::text::slug(name, 6);
    let date = now.format("%Y-%m-%d");
    Ok(ExportFile {
        name: if slug.is_empty() {
            format!("{prefix}-{date}.json")
        } else {
            format!("{prefix}-{slug}-{date}.json")
        },
        json: doc.to_pretty_json()? + "\n",
    })
}

/// Everything: `ontwikkelkaarten-2026-11-23.json`.
pub fn export_all(state: &AppState, now: NaiveDateTime) -> Result<ExportFile, WriteError> {
    let mut doc = Document::from_state(state);
    doc.last_export = Some(now);
    let mut out = file(NAMESPACE, "", now, doc)?;
    out.name = format!("{NAMESPACE}-{}.json", now.format("%Y-%m-%d"));
    Ok(out)
}

fn only(now: NaiveDateTime) -> Document {
    let mut doc = Document::from_state(&AppState::default());
    doc.exported_at = Some(now);
    doc
}

/// One scan, for sharing with the team.
pub fn export_scan(scan: &Scan, now: NaiveDateTime) -> Result<ExportFile, WriteError> {
    let mut doc = only(now);
    doc.scans.push(scan.clone());
    let who = if scan.respondent.is_empty() {
        scan.title()
    } else {
        format!("{} {}", scan.respondent, scan.title())
    };
    file("scan", &who, now, doc)
}

/// One plan.
pub fn export_plan(plan: &Plan, now: NaiveDateTime) -> Result<ExportFile, WriteError> {
    let mut doc = only(now);
    doc.plans.push(plan.clone());
    file("plan", &plan.name, now, doc)
}

/// Whole days from `at` to `now`.
pub fn days_since(at: NaiveDateTime, now: NaiveDateTime) -> i64 {
    (now - at).num_days()
}

/// Days since the last full export, or `None` if there never was one.
pub fn days_since_export(state: &AppState, now: NaiveDateTime) -> Option<i64> {
    state.last_export.map(|at| days_since(at, now))
}

/// Whether the browser keeps this site's data, as far as it said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keeping {
    /// Not known (yet), or the browser cannot say.
    #[default]
    Unknown,
    /// The browser promised to keep it (`navigator.storage.persist()` granted).
    Promised,
    /// The browser did not promise: it may erase it when space runs low.
    NotPromised,
}

/// Where the data may be at risk beyond what [`Keeping`] says: Safari and every browser on
/// iPhone and iPad (all WebKit) erase what a site stored after 7 days without a visit,
/// unless the app was added to the home screen.
pub fn erased_after_a_week(user_agent: &str, on_home_screen: bool) -> bool {
    let ios_browser = ["CriOS", "FxiOS", "EdgiOS"]
        .iter()
        .any(|b| user_agent.contains(b));
    let other_engine = ["Chrome", "Chromium", "Android", "Firefox"]
        .iter()
        .any(|b| user_agent.contains(b));
    let safari = user_agent.contains("AppleWebKit") && (ios_browser || !other_engine);
    safari && !on_home_screen
}

/// Whether there is something worth asking the browser to keep: a finished scan, a plan
/// or a marked suggestion.
pub fn worth_keeping(state: &AppState) -> bool {
    !state.scans.is_empty() || !state.plans.is_empty() || !state.suggestions.is_empty()
}

/// After how many days without an export the reminder comes: a month where the data is
/// safe, two weeks where the browser did not promise to keep it, and a week where it is
/// erased after a week without a visit.
pub fn remind_after_days(keeping: Keeping, erased_after_a_week: bool) -> i64 {
    match (erased_after_a_week, keeping) {
        (true, _) => 7,
        (false, Keeping::NotPromised) => 14,
        (false, _) => 30,
    }
}

/// What the files page says about how safe the data is in this browser.
pub fn keeping_text(keeping: Keeping, erased_after_a_week: bool) -> String {
    let mut text = match keeping {
        Keeping::Promised => tr!(
            "Deze browser heeft beloofd je gegevens te bewaren: hij wist ze niet uit zichzelf, ook niet als de opslag vol raakt. Wie zelf de browsergegevens wist, wist ze wel.",
            "This browser has promised to keep your data: it will not erase it on its own, not even when storage runs full. If you clear the browser data yourself, it is erased."
        )
        .to_owned(),
        Keeping::NotPromised => tr!(
            "Deze browser heeft niet beloofd je gegevens te bewaren: als de opslag van het apparaat vol raakt, kan hij ze wissen.",
            "This browser has not promised to keep your data: if the device’s storage runs full, it may erase it."
        )
        .to_owned(),
        Keeping::Unknown => tr!(
            "Of deze browser je gegevens gegarandeerd bewaart, is niet bekend.",
            "It is not known whether this browser is sure to keep your data."
        )
        .to_owned(),
    };
    if erased_after_a_week {
        text.push_str(tr!(
            " Let op: Safari en de andere browsers op iPhone en iPad wissen wat een website bewaart na 7 dagen zonder bezoek, tenzij de app op je beginscherm staat. Zet de app op je beginscherm (Deel → Zet op beginscherm) of exporteer elke week een bestand.",
            " Please note: Safari and the other browsers on iPhone and iPad erase what a website stores after 7 days without a visit, unless the app is on your home screen. Add the app to your home screen (Share → Add to Home Screen) or export a file every week."
        ));
    } else if keeping != Keeping::Promised {
        text.push_str(tr!(
            " Exporteer daarom af en toe een bestand.",
            " So export a file now and then."
        ));
    }
    text
}

/// Whether to remind the user to export: there is something to lose, the last export is
/// older than [`remind_after_days`] (or never happened), and the reminder is not snoozed.
pub fn should_remind(state: &AppState, now: NaiveDateTime, after_days: i64) -> bool {
    let has_data =
        !state.scans.is_empty() || !state.plans.is_empty() || state.suggestions.len() >= 5;
    let stale = days_since_export(state, now).is_none_or(|d| d > after_days);
    let snoozed = state
        .reminder_snoozed_until
        .is_some_and(|until| now.date() <= until);
    has_data && stale && !snoozed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::files::format::parse_str;
    use crate::domain::files::merge::{merge, Prefer};
    use crate::domain::journey::templates::{instantiate, template_by_id};
    use crate::domain::scan::Answer;
    use crate::domain::state::Status;

    fn at(day: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap()
    }

    fn full_state() -> AppState {
        let mut s = AppState::default();
        s.set_status("feedbackprocessen.03", Some(Status::Oppakken));
        s.set_note("feedbackprocessen.03", "“quotes”, <b>tags</b> & é");
        s.start_scan(
            "scan-1".into(),
            crate::domain::state::ScanInfo {
                label: "Nulmeting".into(),
                respondent: "Anna".into(),
                ..Default::default()
            },
            at(2),
        );
        s.answer_current(Some(Answer::Score(4)));
        s.answer_current(Some(Answer::DontKnow));
        s.finish_scan(at(2));
        s.start_scan("scan-2".into(), Default::default(), at(3));
        let mut n = 0;
        s.plans.push(instantiate(
            template_by_id("mt-journey").unwrap(),
            "MT Zuid",
            at(5).date(),
            10,
            &mut || {
                n += 1;
                format!("id-{n}")
            },
        ));
        s
    }

    #[test]
    fn round_trip_export_clear_import_gives_the_identical_state() {
        let state = full_state();
        let file = export_all(&state, at(23)).unwrap();
        assert_eq!(file.name, "ontwikkelkaarten-2026-11-23.json");
        let doc = parse_str(&file.json).unwrap();
        assert_eq!(doc.exported_at, Some(at(23)));
        assert_eq!(doc.app_version, env!("CARGO_PKG_VERSION"));
        let mut expected = state.clone();
        expected.last_export = Some(at(23));
        // Import into an empty device: replace gives everything back but the draft (which
        // stays on its own device); merge into an empty state the same.
        let restored = crate::domain::files::merge::replace(&AppState::default(), &doc);
        assert_eq!(
            AppState {
                draft: state.draft.clone(),
                last_export: Some(at(23)),
                ..restored
            },
            expected
        );
        let merged = merge(&AppState::default(), &doc, Prefer::Theirs);
        assert_eq!(merged.scans, state.scans);
        assert_eq!(merged.plans, state.plans);
        assert_eq!(merged.suggestions, state.suggestions);
    }

    #[test]
    fn single_scan_and_plan_files() {
        let state = full_state();
        let scan = export_scan(&state.scans[0], at(23)).unwrap();
        assert_eq!(scan.name, "scan-anna-nulmeting-2026-11-23.json");
        let doc = parse_str(&scan.json).unwrap();
        assert_eq!(
            (doc.scans.len(), doc.plans.len(), doc.suggestions.len()),
            (1, 0, 0)
        );
        let plan = export_plan(&state.plans[0], at(23)).unwrap();
        assert_eq!(plan.name, "plan-mt-zuid-2026-11-23.json");
        assert_eq!(parse_str(&plan.json).unwrap().plans[0], state.plans[0]);
    }

    #[test]
    fn the_reminder_comes_after_a_month_and_can_be_snoozed() {
        let mut state = full_state();
        assert!(should_remind(&state, at(23), 30), "never exported");
        state.last_export = Some(at(1));
        assert!(!should_remind(&state, at(23), 30));
        assert!(
            should_remind(&state, at(23), 7),
            "sooner where data is at risk"
        );
        let later = at(1) + chrono::Duration::days(45);
        assert!(should_remind(&state, later, 30));
        assert_eq!(days_since_export(&state, later), Some(45));
        state.reminder_snoozed_until = Some(later.date() + chrono::Duration::days(14));
        assert!(!should_remind(&state, later, 30));
        assert!(
            !should_remind(&AppState::default(), later, 7),
            "nothing to lose"
        );
    }

    const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    const IPHONE_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    const MAC_SAFARI: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    #[test]
    fn safari_and_every_iphone_browser_erase_after_a_week_unless_on_the_home_screen() {
        assert!(erased_after_a_week(IPHONE_SAFARI, false));
        assert!(erased_after_a_week(IPHONE_CHROME, false));
        assert!(erased_after_a_week(MAC_SAFARI, false));
        assert!(
            !erased_after_a_week(IPHONE_SAFARI, true),
            "on the home screen"
        );
        assert!(!erased_after_a_week(ANDROID_CHROME, false));
        assert!(!erased_after_a_week(FIREFOX, false));
    }

    #[test]
    fn the_reminder_comes_sooner_where_the_data_is_at_risk_and_the_page_says_why() {
        assert_eq!(remind_after_days(Keeping::Promised, false), 30);
        assert_eq!(remind_after_days(Keeping::Unknown, false), 30);
        assert_eq!(remind_after_days(Keeping::NotPromised, false), 14);
        assert_eq!(remind_after_days(Keeping::Promised, true), 7);
        assert!(keeping_text(Keeping::Promised, false).starts_with("Deze browser heeft beloofd"));
        assert!(keeping_text(Keeping::NotPromised, false).ends_with("af en toe een bestand."));
        assert!(keeping_text(Keeping::NotPromised, true).contains("7 dagen zonder bezoek"));
    }

    #[test]
    fn a_scan_a_plan_or_one_marked_suggestion_is_worth_keeping() {
        let mut state = AppState::default();
        assert!(!worth_keeping(&state));
        state
            .suggestions
            .insert("teamleren.01".into(), Default::default());
        assert!(worth_keeping(&state));
        assert!(worth_keeping(&full_state()));
    }
}
