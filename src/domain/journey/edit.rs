//! What a user can do to a plan: add sessions, actions, promises and measures, record
//! checks and measurements, set prices, weeks and the team. Every intent from the planner
//! pages lands here, so the rules are tested without a browser.
//!
//! ```
//! use chrono::NaiveDate;
//! use ontwikkelkaarten::domain::journey::{templates::empty_plan, SessionKind};
//! let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
//! let mut plan = empty_plan("MT Zuid", start, 10, "plan-1".into());
//! plan.add_session(SessionKind::Offsite, "s-1".into());
//! assert!(plan.add_action("Feedbackronde in elk team", "a-1".into(), start));
//! assert_eq!(plan.sessions[0].date, start);
//! ```

use chrono::{NaiveDate, NaiveTime};

use super::input::{parse_euros, parse_number};
use super::schedule::next_weekday;
use super::templates::{empty_plan, instantiate, template_by_id, MeasureTemplate, Template};
use super::{
    Action, ActionStatus, Budget, Focus, Measure, Noticed, Plan, Promise, PromiseCheck, Reflection,
    Session, SessionKind, TimelineItem,
};
use crate::domain::content::card_by_id;
use crate::domain::extra::Extra;
use crate::domain::text::{card_short_title, direction, format_day, format_percent_change};

/// How long a session lasts when it has a start time and nobody said otherwise.
pub const DEFAULT_MINUTES: u16 = 180;

/// The shortest plan, in weeks.
pub const WEEKS_MIN: u16 = 1;
/// The longest plan, in weeks (two years).
pub const WEEKS_MAX: u16 = 104;

/// Adds `id` to `list` or takes it out, keeping the order of the rest and never
/// listing an id twice.
pub fn set_member(list: &mut Vec<String>, id: &str, on: bool) {
    list.retain(|x| x != id);
    if on {
        list.push(id.to_owned());
    }
}

/// The participants in a text with one name per line; blank lines are skipped.
pub fn team_from_text(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A duration typed into a weeks field, kept within [`WEEKS_MIN`]–[`WEEKS_MAX`]; `None`
/// when it is not a whole number.
pub fn parse_weeks(text: &str) -> Option<u16> {
    text.trim()
        .parse::<u16>()
        .ok()
        .map(|w| w.clamp(WEEKS_MIN, WEEKS_MAX))
}

/// The first Monday on or after `date`: where a new plan starts by default.
pub fn next_monday(date: NaiveDate) -> NaiveDate {
    use chrono::{Datelike, Days};
    let offset = (7 - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(u64::from(offset)))
        .unwrap_or(date)
}

/// What the new-plan form holds; [`NewPlan::create`] turns it into a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlan {
    /// The template to start from; `None` for an empty plan.
    pub template: Option<&'static Template>,
    /// The name; empty means the template's name (or "Nieuw plan").
    pub name: String,
    /// The first day.
    pub start: NaiveDate,
    /// Duration in weeks (a template's own range wins; monthly templates set their own).
    pub weeks: u16,
    /// Participants, one per line.
    pub team: String,
    /// Card ids of the dimensions to work on.
    pub dimensions: Vec<String>,
    /// Whether the dimensions were preselected from the latest scan; a template chosen
    /// later then keeps them instead of bringing its own.
    pub scan_based: bool,
}

impl NewPlan {
    /// The form as it opens on `today`: the first template (the MT journey) from next
    /// Monday, with the weakest dimensions of the latest scan (`from_scan`) or else the
    /// template's own.
    pub fn new(today: NaiveDate, from_scan: Vec<String>) -> NewPlan {
        let mut form = NewPlan {
            template: super::templates::TEMPLATES.first(),
            name: String::new(),
            start: next_monday(today),
            weeks: 10,
            team: String::new(),
            scan_based: !from_scan.is_empty(),
            dimensions: from_scan,
        };
        form.choose_template(form.template);
        form
    }

    /// Switches to another template (or to an empty plan), taking its duration and,
    /// unless they came from the latest scan, its dimensions.
    pub fn choose_template(&mut self, template: Option<&'static Template>) {
        self.template = template;
        if let Some(t) = template {
            self.weeks = t.weeks;
            if !self.scan_based {
                self.dimensions = t.dimensions.iter().map(|d| (*d).to_owned()).collect();
            }
        }
    }

    /// The smallest and largest duration the form allows, in weeks.
    pub fn weeks_range(&self) -> (u16, u16) {
        self.template
            .and_then(|t| t.weeks_range)
            .unwrap_or((WEEKS_MIN, WEEKS_MAX))
    }

    /// The plan, with ids from `new_id` (called with a prefix).
    pub fn create(&self, new_id: &mut dyn FnMut(&str) -> String) -> Plan {
        let mut plan = match self.template {
            Some(t) => instantiate(t, &self.name, self.start, self.weeks, &mut || new_id("s")),
            None => empty_plan(&self.name, self.start, self.weeks, new_id("plan")),
        };
        plan.team = team_from_text(&self.team);
        plan.dimensions = self.dimensions.clone();
        plan
    }
}

impl Session {
    /// A new session of `kind` on `date`, titled after its kind, all day.
    pub fn new(id: String, kind: SessionKind, date: NaiveDate) -> Session {
        Session {
            id,
            kind,
            date,
            start_time: None,
            minutes: DEFAULT_MINUTES,
            title: kind.label().to_owned(),
            focus: None,
            goals: String::new(),
            dimensions: Vec::new(),
            suggestions: Vec::new(),
            reflection: Reflection::default(),
            done: false,
            extra: Extra::default(),
        }
    }

    /// Chooses a focus, or clears it when it is the one already chosen.
    pub fn toggle_focus(&mut self, focus: Focus) {
        self.focus = if self.focus == Some(focus) {
            None
        } else {
            Some(focus)
        };
    }

    /// Sets the start time from a time input (`09:30`); anything else means all day.
    pub fn set_start_time(&mut self, text: &str) {
        self.start_time = NaiveTime::parse_from_str(text.trim(), "%H:%M").ok();
    }

    /// The start time for a time input: `09:30`, or empty for all day.
    pub fn start_time_text(&self) -> String {
        use chrono::Timelike;
        self.start_time
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_default()
    }
}

impl Action {
    /// A new open action without owner or due date.
    pub fn new(id: String, text: &str, created: NaiveDate) -> Action {
        Action {
            id,
            text: text.trim().to_owned(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            suggestion: None,
            created,
            extra: Extra::default(),
        }
    }

    /// Whether it should have been done before `today` and is not.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.status != ActionStatus::Klaar && self.due.is_some_and(|d| d < today)
    }
}

impl Promise {
    /// A new promise without checks.
    pub fn new(id: String, behaviour: &str, for_whom: &str) -> Promise {
        Promise {
            id,
            behaviour: behaviour.trim().to_owned(),
            for_whom: for_whom.trim().to_owned(),
            checks: Vec::new(),
            extra: Extra::default(),
        }
    }

    /// Records whether staff notice the behaviour, with what was heard.
    pub fn check(&mut self, date: NaiveDate, noticed: Noticed, note: &str) {
        self.checks.push(PromiseCheck {
            date,
            noticed,
            note: note.trim().to_owned(),
            extra: Extra::default(),
        });
    }
}

impl Measure {
    /// A new measure with its baseline and no later values.
    pub fn new(id: String, name: &str, baseline: f64) -> Measure {
        Measure {
            id,
            name: name.trim().to_owned(),
            baseline,
            values: Vec::new(),
            target: None,
            extra: Extra::default(),
        }
    }

    /// Records a value typed the Dutch or English way, kept in date order; a value that
    /// is not a number changes nothing and says why.
    pub fn record(&mut self, date: NaiveDate, text: &str) -> Result<(), String> {
        let value = parse_number(text)?;
        let at = self.values.partition_point(|(d, _)| *d <= date);
        self.values.insert(at, (date, value));
        Ok(())
    }

    /// The change against the baseline in words: "−35% (lager dan de nulmeting)", and
    /// against the target where there is one: "…; doel −35%: gehaald".
    pub fn change_text(&self) -> Option<String> {
        let percent = self.change_percent()?;
        let change = format_percent_change(percent);
        let mut text = if percent == 0 {
            trf!(
                "{change} (gelijk aan de nulmeting)",
                "{change} (the same as the baseline)"
            )
        } else {
            let direction = direction(percent);
            trf!(
                "{change} ({direction} dan de nulmeting)",
                "{change} ({direction} than the baseline)"
            )
        };
        if let (Some(target), Some(reached)) = (self.target, self.target_reached()) {
            text.push_str(&trf!(
                "; doel {}: {}",
                "; target {}: {}",
                format_percent_change(target),
                if reached {
                    tr!("gehaald", "reached")
                } else {
                    tr!("nog niet gehaald", "not yet reached")
                }
            ));
        }
        Some(text)
    }

    /// The target in words: "Doel: −35% ten opzichte van de nulmeting".
    pub fn target_text(&self) -> Option<String> {
        self.target.map(|t| {
            trf!(
                "Doel: {} ten opzichte van de nulmeting",
                "Target: {} compared with the baseline",
                format_percent_change(t)
            )
        })
    }
}

impl Budget {
    /// Sets the price of one session kind (or, with `None`, the total) from what was
    /// typed; an empty field clears it, anything that is not an amount changes nothing.
    pub fn set_price(&mut self, kind: Option<SessionKind>, text: &str) -> Result<(), String> {
        let euros = if text.trim().is_empty() {
            None
        } else {
            Some(parse_euros(text)?)
        };
        match (kind, euros) {
            (Some(k), Some(e)) => {
                self.per_kind.insert(k.key().to_owned(), e);
            }
            (Some(k), None) => {
                self.per_kind.remove(k.key());
            }
            (None, e) => self.total = e,
        }
        Ok(())
    }

    /// The price of one session kind (or the total) for its input field, in whole euros.
    pub fn price_text(&self, kind: Option<SessionKind>) -> String {
        match kind {
            Some(k) => self.per_kind.get(k.key()).copied(),
            None => self.total,
        }
        .map(|e| e.to_string())
        .unwrap_or_default()
    }
}

/// One line of the plan's timeline, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The day.
    pub date: NaiveDate,
    /// "Offsite: Ambitie" or "Uiterlijk klaar: … (Sanne)".
    pub text: String,
    /// The session it is, to link to; `None` for an action's due date.
    pub session: Option<String>,
    /// Held, or done.
    pub done: bool,
    /// An action past its due date and not done.
    pub late: bool,
}

impl TimelineEntry {
    /// The tag of an entry that is done: a session is held, an action is klaar.
    pub fn done_word(&self) -> &'static str {
        if self.session.is_some() {
            tr!("gehouden", "held")
        } else {
            tr!("klaar", "done")
        }
    }
}

/// A session as the timeline names it: its kind and title, without saying the kind twice
/// when the title already starts with it ("Offsite 1", not "Offsite: Offsite 1").
fn session_line(session: &Session) -> String {
    let kind = session.kind.label();
    let said = session
        .title
        .get(..kind.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(kind));
    if said {
        session.title.clone()
    } else {
        format!("{kind}: {}", session.title)
    }
}

impl Plan {
    /// Whether an action in this plan comes from the card suggestion `suggestion_id`.
    pub fn has_action_from(&self, suggestion_id: &str) -> bool {
        self.actions
            .iter()
            .any(|a| a.suggestion.as_deref() == Some(suggestion_id))
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// Where the session with this id stands: "Sessie 2 van 5".
    pub fn session_position_text(&self, id: &str) -> Option<String> {
        let i = self.sessions.iter().position(|s| s.id == id)?;
        Some(trf!(
            "Sessie {} van {}",
            "Session {} of {}",
            i + 1,
            self.sessions.len()
        ))
    }

    /// The session with this id, to change.
    pub fn session_mut(&mut self, id: &str) -> Option<&mut Session> {
        self.sessions.iter_mut().find(|s| s.id == id)
    }

    /// The action with this id, to change.
    pub fn action_mut(&mut self, id: &str) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// The promise with this id, to change.
    pub fn promise_mut(&mut self, id: &str) -> Option<&mut Promise> {
        self.promises.iter_mut().find(|p| p.id == id)
    }

    /// The measure with this id, to change.
    pub fn measure_mut(&mut self, id: &str) -> Option<&mut Measure> {
        self.measures.iter_mut().find(|m| m.id == id)
    }

    /// Adds a session of `kind` after the last one: on the next weekday after it, or on
    /// the start date in an empty plan.
    pub fn add_session(&mut self, kind: SessionKind, id: String) {
        let date = self.sessions.last().map_or(self.start, |s| {
            next_weekday(s.date.succ_opt().unwrap_or(s.date))
        });
        self.sessions.push(Session::new(id, kind, date));
    }

    /// Adds an open action; `false` (and nothing added) when the text is blank.
    pub fn add_action(&mut self, text: &str, id: String, today: NaiveDate) -> bool {
        if text.trim().is_empty() {
            return false;
        }
        self.actions.push(Action::new(id, text, today));
        true
    }

    /// Adds a promise; `false` (and nothing added) when the behaviour is blank.
    pub fn add_promise(&mut self, behaviour: &str, for_whom: &str, id: String) -> bool {
        if behaviour.trim().is_empty() {
            return false;
        }
        self.promises.push(Promise::new(id, behaviour, for_whom));
        true
    }

    /// Adds a measure with its baseline as typed; a missing name or a baseline that is
    /// not a number adds nothing and says why.
    pub fn add_measure(&mut self, name: &str, baseline: &str, id: String) -> Result<(), String> {
        if name.trim().is_empty() {
            return Err(tr!("Geef de meting een naam.", "Give the measure a name.").into());
        }
        let baseline =
            parse_number(baseline).map_err(|m| trf!("Nulmeting: {m}", "Baseline: {m}"))?;
        self.measures.push(Measure::new(id, name, baseline));
        Ok(())
    }

    /// The measures the plan's track proposes that it does not measure yet (by name).
    pub fn proposed_measures(&self) -> Vec<&'static MeasureTemplate> {
        template_by_id(&self.template).map_or_else(Vec::new, |t| {
            t.measures
                .iter()
                .filter(|p| !self.measures.iter().any(|m| m.name == p.name))
                .collect()
        })
    }

    /// Starts measuring a proposed measure, with its target, from the baseline as typed;
    /// a baseline that is not a number adds nothing and says why.
    pub fn start_proposed_measure(
        &mut self,
        proposed: &MeasureTemplate,
        baseline: &str,
        id: String,
    ) -> Result<(), String> {
        let baseline =
            parse_number(baseline).map_err(|m| trf!("Nulmeting: {m}", "Baseline: {m}"))?;
        let mut measure = Measure::new(id, proposed.name, baseline);
        measure.target = Some(proposed.target);
        self.measures.push(measure);
        Ok(())
    }

    /// Sets the duration from a weeks field; a value that is not a whole number changes
    /// nothing.
    pub fn set_weeks(&mut self, text: &str) {
        if let Some(weeks) = parse_weeks(text) {
            self.weeks = weeks;
        }
    }

    /// Sets the participants from a text with one name per line.
    pub fn set_team_from_text(&mut self, text: &str) {
        self.team = team_from_text(text);
    }

    /// The kinds of session the plan has, each once, in the order forms offer them.
    pub fn session_kinds(&self) -> Vec<SessionKind> {
        let mut kinds: Vec<SessionKind> = self.sessions.iter().map(|s| s.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }

    /// The timeline as it reads on `today`: sessions and action due dates in date order.
    pub fn timeline(&self, today: NaiveDate) -> Vec<TimelineEntry> {
        self.timeline_items()
            .into_iter()
            .map(|item| match item {
                TimelineItem::Session(s) => TimelineEntry {
                    date: s.date,
                    text: session_line(s),
                    session: Some(s.id.clone()),
                    done: s.done,
                    late: false,
                },
                TimelineItem::ActionDue(a) => TimelineEntry {
                    date: item.date(),
                    text: if a.owner.is_empty() {
                        trf!("Uiterlijk klaar: {}", "Due: {}", a.text)
                    } else {
                        trf!("Uiterlijk klaar: {} ({})", "Due: {} ({})", a.text, a.owner)
                    },
                    session: None,
                    done: a.status == ActionStatus::Klaar,
                    late: a.is_late(today),
                },
            })
            .collect()
    }

    /// The overdue actions as one line each: "Offerte opvragen (uiterlijk ma 2 mrt 2026)".
    pub fn overdue_lines(&self, today: NaiveDate) -> Vec<String> {
        self.overdue(today)
            .iter()
            .map(|a| match a.due {
                Some(due) => trf!("{} (uiterlijk {})", "{} (due {})", a.text, format_day(due)),
                None => a.text.clone(),
            })
            .collect()
    }

    /// What the user should know at the top of the plan: the team size and every
    /// session whose date is off, in words.
    pub fn notices(&self) -> Vec<String> {
        let mut out: Vec<String> = self.team_notice().into_iter().collect();
        for s in &self.sessions {
            let what = self.session_warnings(&s.id);
            if !what.is_empty() {
                out.push(format!(
                    "“{}” ({}) {}.",
                    s.title,
                    format_day(s.date),
                    what.join(tr!(" en ", " and "))
                ));
            }
        }
        out
    }

    /// The dimensions the plan works on, in one line: "Dimensies: 4. Feedback, 7. …".
    pub fn dimensions_text(&self) -> String {
        let names: Vec<String> = self
            .dimensions
            .iter()
            .filter_map(|d| card_by_id(d))
            .map(card_short_title)
            .collect();
        if names.is_empty() {
            tr!("Dimensies: geen gekozen", "Dimensions: none chosen").to_owned()
        } else {
            trf!("Dimensies: {}", "Dimensions: {}", names.join(", "))
        }
    }

    /// The plan's dates in one line: "ma 5 jan 2026 tot en met zo 15 mrt 2026 · 10 weken".
    pub fn period_text(&self) -> String {
        // The Dutch says "weken" for one week too; the English counts.
        let weeks = crate::domain::text::plural(
            usize::from(self.weeks),
            tr!("weken", "week"),
            tr!("weken", "weeks"),
        );
        trf!(
            "{} tot en met {} · {} {}",
            "{} to {} · {} {}",
            format_day(self.start),
            format_day(self.end()),
            self.weeks,
            weeks
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journey::tests::{d, mt_plan};

    fn plan() -> Plan {
        empty_plan("MT Zuid", d(2026, 1, 5), 10, "plan".into())
    }

    #[test]
    fn a_new_session_is_titled_after_its_kind_and_lasts_the_default() {
        let s = Session::new("s".into(), SessionKind::ActionLearning, d(2026, 2, 3));
        assert_eq!(s.title, "Action Learning");
        assert_eq!(s.minutes, DEFAULT_MINUTES);
        assert!(s.start_time.is_none() && !s.done);
    }

    #[test]
    fn added_sessions_follow_the_last_on_a_weekday() {
        let mut p = plan();
        p.add_session(SessionKind::Offsite, "a".into());
        assert_eq!(
            p.sessions[0].date,
            d(2026, 1, 5),
            "an empty plan starts at its start"
        );
        p.sessions[0].date = d(2026, 1, 9); // a Friday
        p.add_session(SessionKind::Werksessie, "b".into());
        assert_eq!(
            p.sessions[1].date,
            d(2026, 1, 12),
            "Saturday moves to Monday"
        );
        assert_eq!(p.sessions[1].kind, SessionKind::Werksessie);
    }

    #[test]
    fn blank_actions_and_promises_are_not_added() {
        let mut p = plan();
        assert!(!p.add_action("   ", "a".into(), d(2026, 1, 6)));
        assert!(p.add_action("  Feedbackronde  ", "a".into(), d(2026, 1, 6)));
        assert_eq!(p.actions[0].text, "Feedbackronde");
        assert_eq!(p.actions[0].status, ActionStatus::Open);
        assert_eq!(p.actions[0].created, d(2026, 1, 6));
        assert!(!p.add_promise(" ", "teamleiders", "b".into()));
        assert!(p.add_promise(" We vragen door ", " teamleiders ", "b".into()));
        assert_eq!(
            (
                p.promises[0].behaviour.as_str(),
                p.promises[0].for_whom.as_str()
            ),
            ("We vragen door", "teamleiders")
        );
    }

    #[test]
    fn a_promise_check_is_recorded_with_a_trimmed_note() {
        let mut p = plan();
        p.add_promise("We vragen door", "", "b".into());
        p.promise_mut("b")
            .unwrap()
            .check(d(2026, 2, 1), Noticed::Deels, "  nog niet overal ");
        assert_eq!(
            p.promises[0].checks,
            [PromiseCheck {
                date: d(2026, 2, 1),
                noticed: Noticed::Deels,
                note: "nog niet overal".into(),
                extra: Extra::default(),
            }]
        );
    }

    #[test]
    fn prices_are_set_cleared_and_bad_input_changes_nothing() {
        let mut b = Budget::default();
        b.set_price(Some(SessionKind::Offsite), "€ 3.250").unwrap();
        b.set_price(None, "12000").unwrap();
        assert_eq!(b.per_kind.get("offsite"), Some(&3250));
        assert_eq!(b.total, Some(12000));
        assert_eq!(b.price_text(Some(SessionKind::Offsite)), "3250");
        assert!(b.set_price(Some(SessionKind::Offsite), "veel").is_err());
        assert_eq!(b.per_kind.get("offsite"), Some(&3250), "unchanged");
        b.set_price(Some(SessionKind::Offsite), " ").unwrap();
        b.set_price(None, "").unwrap();
        assert!(b.per_kind.is_empty() && b.total.is_none());
        assert_eq!(b.price_text(None), "");
    }

    #[test]
    fn measures_need_a_name_and_a_number_and_keep_values_in_date_order() {
        let mut p = plan();
        assert_eq!(
            p.add_measure(" ", "5", "m".into()),
            Err("Geef de meting een naam.".into())
        );
        assert!(p
            .add_measure("Doorlooptijd", "veel", "m".into())
            .unwrap_err()
            .starts_with("Nulmeting: "));
        assert!(p.measures.is_empty());
        p.add_measure("Doorlooptijd", "20", "m".into()).unwrap();
        let m = p.measure_mut("m").unwrap();
        m.record(d(2026, 5, 1), "28").unwrap();
        m.record(d(2026, 3, 1), "13").unwrap();
        assert!(m.record(d(2026, 4, 1), "x").is_err());
        assert_eq!(m.values, [(d(2026, 3, 1), 13.0), (d(2026, 5, 1), 28.0)]);
        assert_eq!(
            m.change_text().as_deref(),
            Some("+40% (hoger dan de nulmeting)")
        );
        m.values.pop();
        assert_eq!(
            m.change_text().as_deref(),
            Some("\u{2212}35% (lager dan de nulmeting)")
        );
    }

    #[test]
    fn the_mt_journey_proposes_the_four_measures_of_the_offer_with_their_targets() {
        assert!(
            plan().proposed_measures().is_empty(),
            "an empty plan proposes none"
        );
        let mut p = plan();
        p.template = super::super::MT_JOURNEY.into();
        let proposed: Vec<(&str, i64)> = p
            .proposed_measures()
            .iter()
            .map(|m| (m.name, m.target))
            .collect();
        assert_eq!(
            proposed,
            [
                ("Doorlooptijd van verbeterinitiatieven", -35),
                ("Leiderschapsscore", 22),
                ("Teamvertrouwen", 40),
                ("Implementatietijd", -30),
            ]
        );
        let first = p.proposed_measures()[0];
        assert!(p.start_proposed_measure(first, "veel", "m".into()).is_err());
        assert!(
            p.measures.is_empty(),
            "a baseline that is no number starts nothing"
        );
        p.start_proposed_measure(first, "20", "m".into()).unwrap();
        assert_eq!(
            p.proposed_measures().len(),
            3,
            "a started measure is no longer proposed"
        );
        let m = p.measure_mut("m").unwrap();
        assert_eq!(
            m.target_text().as_deref(),
            Some("Doel: \u{2212}35% ten opzichte van de nulmeting")
        );
        m.record(d(2026, 3, 1), "14").unwrap();
        assert_eq!(
            m.change_text().as_deref(),
            Some("\u{2212}30% (lager dan de nulmeting); doel \u{2212}35%: nog niet gehaald")
        );
        m.record(d(2026, 4, 1), "13").unwrap();
        assert!(m
            .change_text()
            .unwrap()
            .ends_with("doel \u{2212}35%: gehaald"));
    }

    #[test]
    fn weeks_are_whole_numbers_within_two_years() {
        let mut p = plan();
        p.set_weeks("0");
        assert_eq!(p.weeks, WEEKS_MIN);
        p.set_weeks("500");
        assert_eq!(p.weeks, WEEKS_MAX);
        p.set_weeks("tien");
        assert_eq!(p.weeks, WEEKS_MAX, "unchanged");
        p.set_weeks(" 12 ");
        assert_eq!(p.weeks, 12);
    }

    #[test]
    fn the_team_is_one_name_per_line() {
        let mut p = plan();
        p.set_team_from_text("Sanne\n\n  Ahmed  \r\nJoke\n");
        assert_eq!(p.team, ["Sanne", "Ahmed", "Joke"]);
    }

    #[test]
    fn set_member_adds_once_and_removes() {
        let mut list = vec!["a".to_owned(), "b".to_owned()];
        set_member(&mut list, "a", true);
        assert_eq!(list, ["b", "a"]);
        set_member(&mut list, "b", false);
        set_member(&mut list, "c", false);
        assert_eq!(list, ["a"]);
    }

    #[test]
    fn a_new_plan_starts_on_the_next_monday() {
        assert_eq!(next_monday(d(2026, 11, 28)), d(2026, 11, 30));
        assert_eq!(next_monday(d(2026, 11, 30)), d(2026, 11, 30));
        assert_eq!(next_monday(d(2026, 12, 1)), d(2026, 12, 7));
    }

    #[test]
    fn session_focus_toggles_and_time_is_read_from_the_input() {
        let mut s = Session::new("s".into(), SessionKind::Offsite, d(2026, 1, 5));
        s.toggle_focus(Focus::Ritme);
        assert_eq!(s.focus, Some(Focus::Ritme));
        s.toggle_focus(Focus::Ritme);
        assert_eq!(s.focus, None);
        s.set_start_time("09:30");
        assert_eq!(s.start_time_text(), "09:30");
        s.set_start_time("");
        assert_eq!(s.start_time, None);
        assert_eq!(s.start_time_text(), "");
    }

    #[test]
    fn the_timeline_marks_late_actions_by_today() {
        let mut p = mt_plan();
        let first = p.sessions[0].date;
        p.sessions[0].done = true;
        p.add_action("Offerte opvragen", "x".into(), first);
        let a = p.action_mut("x").unwrap();
        a.due = first.succ_opt();
        a.owner = "Sanne".into();
        let tl = p.timeline(d(2026, 1, 5));
        assert_eq!(tl.len(), 6);
        assert_eq!(tl[0].text, "Offsite 1: koers en prioriteiten");
        assert!(tl[0].done && tl[0].session.is_some());
        assert_eq!(tl[0].done_word(), "gehouden");
        assert_eq!(tl[1].text, "Uiterlijk klaar: Offerte opvragen (Sanne)");
        assert_eq!(tl[1].done_word(), "klaar");
        assert!(!tl[1].late);
        let later = p.timeline(d(2026, 3, 1));
        assert!(later[1].late);
        assert_eq!(
            p.overdue_lines(d(2026, 3, 1)),
            [format!(
                "Offerte opvragen (uiterlijk {})",
                format_day(first.succ_opt().unwrap())
            )]
        );
        p.action_mut("x").unwrap().status = ActionStatus::Klaar;
        assert!(!p.timeline(d(2026, 3, 1))[1].late);
    }

    #[test]
    fn the_timeline_names_the_kind_of_a_session_once() {
        let mut p = plan();
        p.add_session(SessionKind::Offsite, "a".into());
        p.add_session(SessionKind::ActionLearning, "b".into());
        p.add_session(SessionKind::Werksessie, "c".into());
        p.session_mut("b").unwrap().title = "action learning: casus Noord".into();
        p.session_mut("c").unwrap().title = "Besluiten nemen".into();
        let names: Vec<String> = p
            .timeline(d(2026, 1, 5))
            .into_iter()
            .map(|e| e.text)
            .collect();
        assert_eq!(
            names,
            [
                "Offsite",
                "action learning: casus Noord",
                "Werksessie: Besluiten nemen"
            ]
        );
        // A title shorter than the kind's name, or with a multi-byte letter where the
        // name would end, is prefixed as usual.
        p.session_mut("a").unwrap().title = "Off".into();
        p.session_mut("c").unwrap().title = "Werksessiëën".into();
        let tl = p.timeline(d(2026, 1, 5));
        assert_eq!(tl[0].text, "Offsite: Off");
        assert_eq!(tl[2].text, "Werksessie: Werksessiëën");
    }

    #[test]
    fn a_new_plan_form_starts_from_the_mt_journey_next_monday() {
        let mut form = NewPlan::new(d(2026, 11, 28), Vec::new());
        let mt = template_by_id("mt-journey").unwrap();
        assert_eq!(form.start, d(2026, 11, 30));
        assert_eq!(form.weeks, mt.weeks);
        assert_eq!(form.dimensions.len(), mt.dimensions.len());
        assert!(
            !form.scan_based,
            "no scan: the template's dimensions, not the scan's"
        );
        let other = crate::domain::journey::templates::TEMPLATES
            .iter()
            .find(|t| t.dimensions != mt.dimensions)
            .unwrap();
        form.choose_template(Some(other));
        assert_eq!(form.dimensions.len(), other.dimensions.len());
        let mut from_scan = NewPlan::new(d(2026, 11, 28), vec!["partners".into()]);
        assert!(from_scan.scan_based);
        assert_eq!(from_scan.dimensions, ["partners"]);
        from_scan.choose_template(Some(other));
        assert_eq!(
            from_scan.dimensions,
            ["partners"],
            "the scan's choice stays"
        );
    }

    #[test]
    fn a_new_plan_takes_the_form_as_filled_in() {
        let mut form = NewPlan::new(d(2026, 11, 28), vec!["partners".into()]);
        form.team = "Sanne\n\nAhmed\n".into();
        form.name = "  MT Zuid ".into();
        let mut n = 0;
        let plan = form.create(&mut |prefix| {
            n += 1;
            format!("{prefix}-{n}")
        });
        assert_eq!(plan.name, "MT Zuid");
        assert_eq!(plan.team, ["Sanne", "Ahmed"]);
        assert_eq!(plan.dimensions, ["partners"]);
        assert_eq!(plan.start, d(2026, 11, 30));
        assert!(!plan.sessions.is_empty());

        form.choose_template(None);
        assert_eq!(form.weeks_range(), (WEEKS_MIN, WEEKS_MAX));
        let empty = form.create(&mut |prefix| format!("{prefix}-x"));
        assert_eq!((empty.id.as_str(), empty.sessions.len()), ("plan-x", 0));
        assert_eq!(empty.dimensions, ["partners"], "dimensions stay as chosen");
    }

    #[test]
    fn a_session_knows_its_place_in_the_plan() {
        let p = mt_plan();
        let second = p.sessions[1].id.clone();
        assert_eq!(
            p.session_position_text(&second).as_deref(),
            Some("Sessie 2 van 5")
        );
        assert_eq!(p.session(&second).map(|s| s.date), Some(p.sessions[1].date));
        assert_eq!(p.session_position_text("bestaat-niet"), None);
    }

    #[test]
    fn session_kinds_are_listed_once_in_form_order() {
        let p = mt_plan();
        assert_eq!(
            p.session_kinds(),
            [SessionKind::Offsite, SessionKind::Werksessie]
        );
    }

    #[test]
    fn notices_name_the_session_and_what_is_off() {
        let mut p = mt_plan();
        assert!(p.notices().is_empty());
        p.sessions[1].date = d(2026, 1, 3);
        let title = p.sessions[1].title.clone();
        assert_eq!(
            p.notices(),
            [format!(
                "“{title}” (za 3 jan 2026) ligt vóór de start van het plan en valt in het weekend en ligt vóór de sessie die ervoor staat."
            )]
        );
        p.dimensions.clear();
        assert_eq!(p.dimensions_text(), "Dimensies: geen gekozen");
        p.dimensions = vec!["teamleren".into(), "bestaat-niet".into(), "partners".into()];
        let (t, pa) = (
            card_by_id("teamleren").unwrap(),
            card_by_id("partners").unwrap(),
        );
        assert_eq!(
            p.dimensions_text(),
            format!("Dimensies: 3. {}, 5. {}", t.short_title, pa.short_title)
        );
        assert_eq!(
            p.period_text(),
            "ma 5 jan 2026 tot en met zo 15 mrt 2026 · 10 weken"
        );
    }
}
