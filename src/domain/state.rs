//! The user's state: marks on suggestions, scans, the scan in progress and plans.
//!
//! Its JSON document (what localStorage and export files hold) is `files::format`.
//!
//! ```
//! use ontwikkelkaarten::domain::state::{AppState, Status};
//! let mut state = AppState::default();
//! state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
//! assert_eq!(state.mark("feedbackprocessen.03").unwrap().status, Some(Status::Oppakken));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use chrono::NaiveDateTime;

use crate::domain::content::Card;
use crate::domain::extra::Extra;
use crate::domain::journey::{Action, Plan};
use crate::domain::scan::{Answer, Draft, Scan, STATEMENTS};

/// How long "Later" puts the export reminder away, in days.
pub const REMINDER_SNOOZE_DAYS: u64 = 14;

/// Longest note kept on a suggestion, in characters.
pub const NOTE_MAX_CHARS: usize = 1000;

/// How a team stands towards a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum Status {
    /// Already realised in the organisation.
    Gerealiseerd,
    /// The team wants to pick it up.
    Oppakken,
    /// Not now.
    NietNu,
}

impl Status {
    /// All statuses in the order the UI offers them.
    pub const ALL: [Status; 3] = [Status::Gerealiseerd, Status::Oppakken, Status::NietNu];

    /// The Dutch label on the button.
    pub fn label(self) -> &'static str {
        match self {
            Status::Gerealiseerd => tr!("Al gerealiseerd", "Already done"),
            Status::Oppakken => tr!("Oppakken", "Take up"),
            Status::NietNu => tr!("Niet nu", "Not now"),
        }
    }

    /// A CSS-friendly name.
    pub fn key(self) -> &'static str {
        match self {
            Status::Gerealiseerd => "gerealiseerd",
            Status::Oppakken => "oppakken",
            Status::NietNu => "niet-nu",
        }
    }
}

/// What the user recorded for one suggestion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Mark {
    /// The chosen status, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A short free-text note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Mark {
    fn is_empty(&self) -> bool {
        self.status.is_none() && self.note.is_empty()
    }
}

/// Everything the user has recorded. Marks for ids this build does not know are kept
/// untouched, so a file from a newer deck text never loses anything.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// Marks by suggestion id.
    pub suggestions: BTreeMap<String, Mark>,
    /// Finished scans, oldest first.
    pub scans: Vec<Scan>,
    /// The scan being filled in, if any.
    pub draft: Option<Draft>,
    /// Development tracks.
    pub plans: Vec<Plan>,
    /// When everything was last exported from this device.
    pub last_export: Option<NaiveDateTime>,
    /// Until when the export reminder is snoozed.
    pub reminder_snoozed_until: Option<chrono::NaiveDate>,
    /// Top-level fields of the stored document this build does not know, kept so that
    /// saving writes them back.
    pub extra: Extra,
}

/// What a leader fills in before a scan starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanInfo {
    /// Label for this scan ("Nulmeting"); empty means the date.
    pub label: String,
    /// Name of the respondent.
    pub respondent: String,
    /// Role of the respondent.
    pub role: String,
    /// Team or organisation.
    pub organisation: String,
}

/// Counts of marked suggestions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Marked "al gerealiseerd".
    pub gerealiseerd: usize,
    /// Marked "oppakken".
    pub oppakken: usize,
    /// Marked "niet nu".
    pub niet_nu: usize,
    /// Suggestions on the card.
    pub total: usize,
}

impl Tally {
    /// Suggestions with any status.
    pub fn marked(&self) -> usize {
        self.gerealiseerd + self.oppakken + self.niet_nu
    }
}

impl AppState {
    /// The mark for a suggestion, if anything is recorded.
    pub fn mark(&self, suggestion_id: &str) -> Option<&Mark> {
        self.suggestions.get(suggestion_id)
    }

    /// Sets or clears the status of a suggestion.
    pub fn set_status(&mut self, suggestion_id: &str, status: Option<Status>) {
        self.update(suggestion_id, |m| m.status = status);
    }

    /// Chooses a status for a suggestion, or clears it when it is the one already chosen
    /// (tapping a pressed button again).
    pub fn toggle_status(&mut self, suggestion_id: &str, choice: Status) {
        let current = self.mark(suggestion_id).and_then(|m| m.status);
        let next = (current != Some(choice)).then_some(choice);
        self.set_status(suggestion_id, next);
    }

    /// Throws the scan in progress away.
    pub fn discard_draft(&mut self) {
        self.draft = None;
    }

    /// Sets the note of a suggestion, cut to [`NOTE_MAX_CHARS`].
    pub fn set_note(&mut self, suggestion_id: &str, note: &str) {
        let note: String = note.chars().take(NOTE_MAX_CHARS).collect();
        self.update(suggestion_id, |m| m.note = note);
    }

    fn update(&mut self, suggestion_id: &str, change: impl FnOnce(&mut Mark)) {
        let mark = self
            .suggestions
            .entry(suggestion_id.to_owned())
            .or_default();
        change(mark);
        if mark.is_empty() {
            self.suggestions.remove(suggestion_id);
        }
    }

    /// How the suggestions of one card are marked.
    pub fn tally(&self, card: &Card) -> Tally {
        let mut tally = Tally {
            total: usize::from(card.suggestion_count),
            ..Tally::default()
        };
        // By id alone, so the home page's tallies do not need the cards' text.
        let marks = self
            .suggestions
            .iter()
            .filter(|(id, _)| card.has_suggestion(id));
        for (_, mark) in marks {
            match mark.status {
                Some(Status::Gerealiseerd) => tally.gerealiseerd += 1,
                Some(Status::Oppakken) => tally.oppakken += 1,
                Some(Status::NietNu) => tally.niet_nu += 1,
                None => {}
            }
        }
        tally
    }

    /// Starts a new scan, replacing any unfinished one.
    pub fn start_scan(&mut self, id: String, info: ScanInfo, now: NaiveDateTime) {
        self.draft = Some(Draft {
            scan: Scan {
                id,
                label: info.label.trim().to_owned(),
                respondent: info.respondent.trim().to_owned(),
                role: info.role.trim().to_owned(),
                organisation: info.organisation.trim().to_owned(),
                started: now,
                finished: None,
                answers: BTreeMap::new(),
                statements: crate::domain::scan::STATEMENTS_VERSION,
                team: None,
                extra: Default::default(),
            },
            position: 0,
            extra: Default::default(),
        });
    }

    /// Records (or with `None`, skips) the answer to the statement the draft is at, and
    /// moves to the next one.
    pub fn answer_current(&mut self, answer: Option<Answer>) {
        let Some(draft) = self.draft.as_mut() else {
            return;
        };
        let Some(statement) = STATEMENTS.get(draft.position) else {
            return;
        };
        match answer {
            Some(a) => {
                draft.scan.answers.insert(statement.id.to_owned(), a);
            }
            None => {
                draft.scan.answers.remove(statement.id);
            }
        }
        draft.position += 1;
    }

    /// Moves the draft to a statement (or, at `STATEMENTS.len()`, to the summary).
    pub fn go_to(&mut self, position: usize) {
        if let Some(draft) = self.draft.as_mut() {
            draft.position = position.min(STATEMENTS.len());
        }
    }

    /// Finishes the draft and keeps it in the history; returns its id.
    pub fn finish_scan(&mut self, now: NaiveDateTime) -> Option<String> {
        let mut scan = self.draft.take()?.scan;
        scan.finished = Some(now);
        let id = scan.id.clone();
        self.scans.push(scan);
        Some(id)
    }

    /// The finished scan with this id.
    pub fn scan(&self, id: &str) -> Option<&Scan> {
        self.scans.iter().find(|s| s.id == id)
    }

    /// The most recently finished scan.
    pub fn latest_scan(&self) -> Option<&Scan> {
        self.scans.iter().max_by_key(|s| s.when())
    }

    /// The finished scans, newest first.
    pub fn scans_newest_first(&self) -> Vec<&Scan> {
        let mut scans: Vec<&Scan> = self.scans.iter().collect();
        scans.sort_by_key(|s| std::cmp::Reverse(s.when()));
        scans
    }

    /// Keeps a scan (a shared one, or a team result) in the history; `false` when a scan
    /// with its id is already there, which is then left as it is.
    pub fn keep_scan(&mut self, scan: Scan) -> bool {
        if self.scan(&scan.id).is_some() {
            return false;
        }
        self.scans.push(scan);
        true
    }

    /// Adds a new plan.
    pub fn add_plan(&mut self, plan: Plan) {
        self.plans.push(plan);
    }

    /// The card ids of the weakest dimensions of the latest scan: what a new plan works
    /// on unless the user chooses otherwise. Empty without a scan.
    pub fn weakest_dimensions(&self) -> Vec<String> {
        self.latest_scan()
            .map(|scan| {
                crate::domain::scan::weakest(&crate::domain::scan::rank(&scan.scores()))
                    .iter()
                    .map(|r| r.score.card.id.to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Puts the export reminder away for [`REMINDER_SNOOZE_DAYS`] days from `today`.
    pub fn snooze_reminder(&mut self, today: chrono::NaiveDate) {
        self.reminder_snoozed_until =
            today.checked_add_days(chrono::Days::new(REMINDER_SNOOZE_DAYS));
    }

    /// The most recently finished scan of this device's own (not a team result): what
    /// the team view adds as "my latest scan".
    pub fn latest_own_scan(&self) -> Option<&Scan> {
        self.scans
            .iter()
            .filter(|s| s.team.is_none())
            .max_by_key(|s| s.finished.unwrap_or(s.started))
    }

    /// Gives a scan a new label.
    pub fn rename_scan(&mut self, id: &str, label: &str) {
        if let Some(scan) = self.scans.iter_mut().find(|s| s.id == id) {
            scan.label = label.trim().to_owned();
        }
    }

    /// Removes a scan from the history.
    pub fn delete_scan(&mut self, id: &str) {
        self.scans.retain(|s| s.id != id);
    }

    /// The plan with this id.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }

    /// Changes the plan with this id in place.
    pub fn update_plan(&mut self, id: &str, change: impl FnOnce(&mut Plan)) {
        if let Some(plan) = self.plans.iter_mut().find(|p| p.id == id) {
            change(plan);
        }
    }

    /// Removes a plan.
    pub fn delete_plan(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
    }

    /// Turns a card suggestion into an open improvement action in a plan, in one step.
    /// Returns `false` when the plan or the suggestion does not exist.
    pub fn action_from_suggestion(
        &mut self,
        plan_id: &str,
        suggestion_id: &str,
        action_id: String,
        today: chrono::NaiveDate,
    ) -> bool {
        let Some((_, suggestion)) = crate::domain::content::suggestion_by_id(suggestion_id) else {
            return false;
        };
        let note = self
            .mark(suggestion_id)
            .map(|m| m.note.clone())
            .unwrap_or_default();
        let Some(plan) = self.plans.iter_mut().find(|p| p.id == plan_id) else {
            return false;
        };
        let text = if note.is_empty() {
            suggestion.text.to_owned()
        } else {
            format!("{} ({note})", suggestion.text)
        };
        let mut action = Action::new(action_id, &text, today);
        action.suggestion = Some(suggestion_id.to_owned());
        plan.actions.push(action);
        true
    }

    /// Suggestions marked "oppakken" that no action in this plan comes from yet.
    pub fn suggestions_to_pick_up(&self, plan_id: &str) -> Vec<&'static str> {
        let taken: Vec<&str> = self
            .plan(plan_id)
            .map(|p| {
                p.actions
                    .iter()
                    .filter_map(|a| a.suggestion.as_deref())
                    .collect()
            })
            .unwrap_or_default();
        crate::domain::content::cards()
            .iter()
            .flat_map(|c| c.suggestions())
            .filter(|s| {
                self.mark(s.id).and_then(|m| m.status) == Some(Status::Oppakken)
                    && !taken.contains(&s.id)
            })
            .map(|s| s.id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::card_by_id;

    #[test]
    fn the_latest_own_scan_skips_team_results() {
        let mut state = AppState::default();
        assert!(state.latest_own_scan().is_none());
        for (id, day, team) in [("oud", 2, false), ("nieuw", 9, false), ("team", 20, true)] {
            state.start_scan(id.into(), ScanInfo::default(), at(day, 9));
            state.finish_scan(at(day, 10));
            if team {
                state.scans.last_mut().unwrap().team = Some(crate::domain::scan::TeamSummary {
                    members: 3,
                    dimensions: Default::default(),
                    extra: Default::default(),
                });
            }
        }
        assert_eq!(state.latest_scan().unwrap().id, "team");
        assert_eq!(state.latest_own_scan().unwrap().id, "nieuw");
    }

    #[test]
    fn scans_are_listed_newest_first_and_kept_once() {
        let mut state = AppState::default();
        for (id, day) in [("b", 9), ("a", 2), ("c", 20)] {
            state.start_scan(id.into(), ScanInfo::default(), at(day, 9));
            state.finish_scan(at(day, 10));
        }
        let ids: Vec<&str> = state
            .scans_newest_first()
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["c", "b", "a"]);
        let mut again = state.scans[0].clone();
        again.label = "anders".into();
        assert!(!state.keep_scan(again.clone()));
        assert_eq!(state.scan("b").unwrap().label, "");
        again.id = "d".into();
        assert!(state.keep_scan(again));
        assert_eq!(state.scans.len(), 4);
    }

    #[test]
    fn the_reminder_snoozes_for_two_weeks() {
        let mut state = AppState::default();
        state.snooze_reminder(at(20, 9).date());
        assert_eq!(
            state.reminder_snoozed_until,
            chrono::NaiveDate::from_ymd_opt(2026, 12, 4)
        );
    }

    #[test]
    fn a_new_plan_works_on_the_weakest_dimensions_of_the_latest_scan() {
        use crate::domain::scan::Answer;
        let mut state = AppState::default();
        assert!(state.weakest_dimensions().is_empty());
        state.start_scan("s".into(), ScanInfo::default(), at(2, 9));
        for (position, statement) in STATEMENTS.iter().enumerate() {
            state.go_to(position);
            let weak = statement.id.starts_with("partners.");
            state.answer_current(Some(Answer::Score(if weak { 1 } else { 4 })));
        }
        state.finish_scan(at(2, 10));
        assert_eq!(state.weakest_dimensions(), ["partners"]);
    }

    #[test]
    fn clearing_status_and_note_removes_the_entry() {
        let mut state = AppState::default();
        state.set_status("teamleren.01", Some(Status::NietNu));
        state.set_note("teamleren.01", "x");
        state.set_status("teamleren.01", None);
        assert!(state.mark("teamleren.01").is_some());
        state.set_note("teamleren.01", "");
        assert!(state.suggestions.is_empty());
    }

    #[test]
    fn tapping_a_pressed_status_clears_it() {
        let mut state = AppState::default();
        state.toggle_status("teamleren.01", Status::Oppakken);
        assert_eq!(
            state.mark("teamleren.01").unwrap().status,
            Some(Status::Oppakken)
        );
        state.toggle_status("teamleren.01", Status::NietNu);
        assert_eq!(
            state.mark("teamleren.01").unwrap().status,
            Some(Status::NietNu)
        );
        state.toggle_status("teamleren.01", Status::NietNu);
        assert!(state.mark("teamleren.01").is_none());
    }

    #[test]
    fn notes_are_capped() {
        let mut state = AppState::default();
        state.set_note("teamleren.01", &"é".repeat(NOTE_MAX_CHARS + 50));
        assert_eq!(
            state.mark("teamleren.01").unwrap().note.chars().count(),
            NOTE_MAX_CHARS
        );
    }

    #[test]
    fn tally_counts_per_status() {
        let card = card_by_id("partners").unwrap();
        let mut state = AppState::default();
        state.set_status("partners.01", Some(Status::Gerealiseerd));
        state.set_status("partners.02", Some(Status::Gerealiseerd));
        state.set_status("partners.03", Some(Status::Oppakken));
        state.set_status("partners.04", Some(Status::NietNu));
        state.set_note("partners.05", "alleen een notitie");
        state.set_status("teamleren.01", Some(Status::Oppakken));
        let t = state.tally(card);
        assert_eq!(
            t,
            Tally {
                gerealiseerd: 2,
                oppakken: 1,
                niet_nu: 1,
                total: 9
            }
        );
        assert_eq!(t.marked(), 4);
    }

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    #[test]
    fn a_scan_is_filled_in_skipped_revisited_and_finished() {
        let mut state = AppState::default();
        let info = ScanInfo {
            label: " Nulmeting ".into(),
            organisation: "Team Zuid".into(),
            ..ScanInfo::default()
        };
        state.start_scan("scan-1".into(), info, at(2, 9));
        state.answer_current(Some(Answer::Score(4)));
        state.answer_current(None);
        state.answer_current(Some(Answer::DontKnow));
        assert_eq!(state.draft.as_ref().unwrap().position, 3);
        state.go_to(0);
        state.answer_current(Some(Answer::Score(2)));
        let draft = state.draft.as_ref().unwrap();
        assert_eq!(draft.scan.answers.len(), 2);
        assert_eq!(
            draft.scan.statements,
            crate::domain::scan::STATEMENTS_VERSION
        );
        assert_eq!(draft.scan.answers["gedeelde-visie.u1"], Answer::Score(2));
        assert_eq!(draft.scan.unanswered().len(), STATEMENTS.len() - 2);

        state.go_to(999);
        assert_eq!(state.draft.as_ref().unwrap().position, STATEMENTS.len());
        state.answer_current(Some(Answer::Score(5)));
        let id = state.finish_scan(at(2, 10)).unwrap();
        assert!(state.draft.is_none());
        let scan = state.scan(&id).unwrap();
        assert_eq!(scan.label, "Nulmeting");
        assert_eq!(scan.finished, Some(at(2, 10)));
    }

    #[test]
    fn scans_can_be_renamed_deleted_and_the_latest_found() {
        let mut state = AppState::default();
        for (id, day) in [("a", 3), ("b", 20), ("c", 10)] {
            state.start_scan(id.into(), ScanInfo::default(), at(day, 9));
            state.finish_scan(at(day, 10));
        }
        assert_eq!(state.latest_scan().unwrap().id, "b");
        state.rename_scan("a", "Na 4 maanden");
        assert_eq!(state.scan("a").unwrap().label, "Na 4 maanden");
        state.delete_scan("b");
        assert_eq!(state.latest_scan().unwrap().id, "c");
        assert_eq!(state.scans.len(), 2);
        assert_eq!(
            state.finish_scan(at(1, 1)),
            None,
            "no draft, nothing to finish"
        );
    }

    #[test]
    fn a_suggestion_marked_oppakken_becomes_an_action_in_one_step() {
        use crate::domain::journey::templates::{instantiate, template_by_id};
        let mut state = AppState::default();
        let mut n = 0;
        let plan = instantiate(
            template_by_id("mt-journey").unwrap(),
            "MT",
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            10,
            &mut || {
                n += 1;
                format!("id-{n}")
            },
        );
        let plan_id = plan.id.clone();
        state.plans.push(plan);
        state.set_status("feedbackprocessen.03", Some(Status::Oppakken));
        state.set_note("feedbackprocessen.03", "start in maart");
        state.set_status("teamleren.02", Some(Status::Gerealiseerd));
        assert_eq!(
            state.suggestions_to_pick_up(&plan_id),
            ["feedbackprocessen.03"]
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 7).unwrap();
        assert!(state.action_from_suggestion(&plan_id, "feedbackprocessen.03", "a1".into(), today));
        let action = &state.plan(&plan_id).unwrap().actions[0];
        assert_eq!(action.suggestion.as_deref(), Some("feedbackprocessen.03"));
        assert!(
            action.text.starts_with("Medewerkers vooral stimuleren")
                && action.text.ends_with("(start in maart)")
        );
        assert_eq!(
            (action.status, action.created),
            (crate::domain::journey::ActionStatus::Open, today)
        );
        assert!(state.suggestions_to_pick_up(&plan_id).is_empty());
        assert!(!state.action_from_suggestion(
            "geen-plan",
            "feedbackprocessen.03",
            "a2".into(),
            today
        ));
        assert!(!state.action_from_suggestion(&plan_id, "bestaat.niet", "a3".into(), today));
        state.delete_plan(&plan_id);
        assert!(state.plans.is_empty());
    }
}
