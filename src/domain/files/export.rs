//! Export: the whole state, one scan or one plan, as files of the same format.

use chrono::NaiveDateTime;

use super::format::{Document, WriteError};
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
    let mut out = file("ontwikkelkaarten", "", now, doc)?;
    out.name = format!("ontwikkelkaarten-{}.json", now.format("%Y-%m-%d"));
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

/// Whether to remind the user to export: there is something to lose, the last export is
/// more than 30 days ago (or never happened), and the reminder is not snoozed.
pub fn should_remind(state: &AppState, now: NaiveDateTime) -> bool {
    let has_data =
        !state.scans.is_empty() || !state.plans.is_empty() || state.suggestions.len() >= 5;
    let stale = days_since_export(state, now).is_none_or(|d| d > 30);
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
        assert!(should_remind(&state, at(23)), "never exported");
        state.last_export = Some(at(1));
        assert!(!should_remind(&state, at(23)));
        let later = at(1) + chrono::Duration::days(45);
        assert!(should_remind(&state, later));
        assert_eq!(days_since_export(&state, later), Some(45));
        state.reminder_snoozed_until = Some(later.date() + chrono::Duration::days(14));
        assert!(!should_remind(&state, later));
        assert!(
            !should_remind(&AppState::default(), later),
            "nothing to lose"
        );
    }
}
