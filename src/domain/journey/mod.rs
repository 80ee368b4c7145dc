//! The journey planner: a management-team development track on real dates, with sessions,
//! action learning in between, promises, budget and outcome measures. Pure: no browser code.

pub mod edit;
pub mod ics;
pub mod input;
pub mod schedule;
pub mod templates;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::extra::Extra;

use schedule::{end_date, is_weekend};

/// The kind of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum SessionKind {
    /// A day (or more) away with the whole team.
    Offsite,
    /// A guided working session.
    Werksessie,
    /// An Action Learning session on real cases.
    ActionLearning,
    /// Peer consultation within the team.
    Intervisie,
    /// Individual or team coaching.
    Coaching,
    /// A knowledge day with workshops.
    Kennisdag,
    /// A design session preparing a larger meeting.
    Designsessie,
    /// A meeting with staff.
    Bijeenkomst,
}

impl SessionKind {
    /// All kinds, in the order a form offers them.
    pub const ALL: [SessionKind; 8] = [
        SessionKind::Offsite,
        SessionKind::Werksessie,
        SessionKind::ActionLearning,
        SessionKind::Intervisie,
        SessionKind::Coaching,
        SessionKind::Kennisdag,
        SessionKind::Designsessie,
        SessionKind::Bijeenkomst,
    ];

    /// The Dutch name.
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Offsite => tr!("Offsite", "Offsite"),
            SessionKind::Werksessie => tr!("Werksessie", "Working session"),
            SessionKind::ActionLearning => tr!("Action Learning", "Action Learning"),
            SessionKind::Intervisie => tr!("Intervisie", "Peer consultation"),
            SessionKind::Coaching => tr!("Coaching", "Coaching"),
            SessionKind::Kennisdag => tr!("Kennisdag", "Knowledge day"),
            SessionKind::Designsessie => tr!("Designsessie", "Design session"),
            SessionKind::Bijeenkomst => tr!("Medewerkersbijeenkomst", "Staff meeting"),
        }
    }

    /// The stable key used in files and forms.
    pub fn key(self) -> &'static str {
        match self {
            SessionKind::Offsite => "offsite",
            SessionKind::Werksessie => "werksessie",
            SessionKind::ActionLearning => "action-learning",
            SessionKind::Intervisie => "intervisie",
            SessionKind::Coaching => "coaching",
            SessionKind::Kennisdag => "kennisdag",
            SessionKind::Designsessie => "designsessie",
            SessionKind::Bijeenkomst => "bijeenkomst",
        }
    }

    /// The kind for a key.
    pub fn from_key(key: &str) -> Option<SessionKind> {
        SessionKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The focus of a session in the ambition–rhythm–reflection approach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum Focus {
    /// Sharpening direction and priorities.
    Ambitie,
    /// Giving improvement a place in the work.
    Ritme,
    /// Standing still at what happens.
    Reflectie,
}

impl Focus {
    /// All foci.
    pub const ALL: [Focus; 3] = [Focus::Ambitie, Focus::Ritme, Focus::Reflectie];

    /// The Dutch name.
    pub fn label(self) -> &'static str {
        match self {
            Focus::Ambitie => tr!("Ambitie", "Ambition"),
            Focus::Ritme => tr!("Ritme", "Rhythm"),
            Focus::Reflectie => tr!("Reflectie", "Reflection"),
        }
    }

    /// The stable key.
    pub fn key(self) -> &'static str {
        match self {
            Focus::Ambitie => "ambitie",
            Focus::Ritme => "ritme",
            Focus::Reflectie => "reflectie",
        }
    }
}

/// After a session: what did we see, what does it say, what do we do with it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Reflection {
    /// Wat zagen we?
    #[serde(default)]
    pub seen: String,
    /// Wat zegt dit?
    #[serde(default)]
    pub meaning: String,
    /// Wat doen we ermee?
    #[serde(default)]
    pub next: String,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// One session of the track.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Session {
    /// Stable id (also the calendar UID).
    pub id: String,
    /// Kind of session.
    pub kind: SessionKind,
    /// The day.
    pub date: NaiveDate,
    /// Start time, local; `None` for an all-day session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<chrono::NaiveTime>,
    /// Length in minutes when a start time is set.
    #[serde(default = "default_minutes")]
    pub minutes: u16,
    /// Title.
    pub title: String,
    /// Ambitie, ritme or reflectie.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<Focus>,
    /// Goals and themes.
    #[serde(default)]
    pub goals: String,
    /// Linked dimensions (card ids).
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// Linked suggestions (suggestion ids).
    #[serde(default)]
    pub suggestions: Vec<String>,
    /// The reflection afterwards.
    #[serde(default)]
    pub reflection: Reflection,
    /// Whether the session took place.
    #[serde(default)]
    pub done: bool,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

fn default_minutes() -> u16 {
    edit::DEFAULT_MINUTES
}

/// Status of an improvement action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum ActionStatus {
    /// Not started.
    Open,
    /// Being worked on.
    Bezig,
    /// Done.
    Klaar,
}

impl ActionStatus {
    /// All statuses.
    pub const ALL: [ActionStatus; 3] =
        [ActionStatus::Open, ActionStatus::Bezig, ActionStatus::Klaar];

    /// The stable key, as in files: "open", "bezig", "klaar".
    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Bezig => "bezig",
            ActionStatus::Klaar => "klaar",
        }
    }

    /// The name in the built language.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => tr!("Open", "Open"),
            ActionStatus::Bezig => tr!("Bezig", "In progress"),
            ActionStatus::Klaar => tr!("Klaar", "Done"),
        }
    }
}

/// An improvement action between sessions (Action Learning).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Action {
    /// Stable id.
    pub id: String,
    /// What will be done.
    pub text: String,
    /// Who takes it on.
    #[serde(default)]
    pub owner: String,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// Open, bezig or klaar.
    pub status: ActionStatus,
    /// The card suggestion it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// When it was made.
    pub created: NaiveDate,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Whether staff notice a promised behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum Noticed {
    /// Yes.
    Ja,
    /// Partly.
    Deels,
    /// No.
    Nee,
}

impl Noticed {
    /// All answers.
    pub const ALL: [Noticed; 3] = [Noticed::Ja, Noticed::Deels, Noticed::Nee];

    /// The Dutch word.
    pub fn label(self) -> &'static str {
        match self {
            Noticed::Ja => tr!("Ja", "Yes"),
            Noticed::Deels => tr!("Deels", "Partly"),
            Noticed::Nee => tr!("Nee", "No"),
        }
    }
}

/// One check of a promise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct PromiseCheck {
    /// When it was checked.
    pub date: NaiveDate,
    /// Whether staff notice it.
    pub noticed: Noticed,
    /// What was heard.
    #[serde(default)]
    pub note: String,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A behaviour the MT commits to ("belofte"), and whether staff notice it over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Promise {
    /// Stable id.
    pub id: String,
    /// The behaviour.
    pub behaviour: String,
    /// Who it is for.
    #[serde(default)]
    pub for_whom: String,
    /// Checks, oldest first.
    #[serde(default)]
    pub checks: Vec<PromiseCheck>,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// How the track is invoiced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub enum VatOption {
    /// 21% BTW on top.
    #[default]
    Btw21,
    /// VAT-exempt (CRKBO) with a 10% surcharge.
    Vrijgesteld,
}

/// The optional budget: a price per session kind, or a total, in whole euros excl. BTW.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Budget {
    /// Price per session of a kind (key of [`SessionKind`]).
    #[serde(default)]
    pub per_kind: std::collections::BTreeMap<String, u32>,
    /// A total for the track; used when no per-kind prices are set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    /// The invoicing option shown first.
    #[serde(default)]
    pub vat: VatOption,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// The price of a track under one invoicing option, in euro cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Price {
    /// The base amount.
    pub base: u64,
    /// BTW (21%) or the surcharge (10%).
    pub extra: u64,
    /// Base plus extra.
    pub total: u64,
}

/// A named outcome measure with a baseline and later values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Measure {
    /// Stable id.
    pub id: String,
    /// What is measured ("doorlooptijd", "teamvertrouwen").
    pub name: String,
    /// The baseline.
    pub baseline: f64,
    /// Later values with their date, oldest first.
    #[serde(default)]
    pub values: Vec<(NaiveDate, f64)>,
    /// The change aimed for against the baseline, in whole percent (−35: 35% lower), for a
    /// measure a track proposes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<i64>,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Measure {
    /// Whether the latest value reached the target: as low as aimed for (a target below
    /// zero) or as high (above). `None` without a target or a later value.
    pub fn target_reached(&self) -> Option<bool> {
        let (target, change) = (self.target?, self.change_percent()?);
        Some(if target < 0 {
            change <= target
        } else {
            change >= target
        })
    }

    /// Change of the latest value against the baseline in whole percent (`None` without a
    /// later value or with a zero baseline).
    pub fn change_percent(&self) -> Option<i64> {
        let (_, latest) = self.values.last()?;
        if self.baseline == 0.0 {
            return None;
        }
        Some(((latest - self.baseline) / self.baseline.abs() * 100.0).round() as i64)
    }
}

/// A development track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Plan {
    /// Stable id.
    pub id: String,
    /// Name of the plan.
    pub name: String,
    /// The template it was made from (`leeg` for none).
    pub template: String,
    /// Participants.
    #[serde(default)]
    pub team: Vec<String>,
    /// First day.
    pub start: NaiveDate,
    /// Duration in weeks.
    pub weeks: u16,
    /// Dimensions the plan works on (card ids).
    #[serde(default)]
    pub dimensions: Vec<String>,
    /// What happens between the sessions.
    #[serde(default)]
    pub between: String,
    /// Sessions in planned order.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Improvement actions.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Promises.
    #[serde(default)]
    pub promises: Vec<Promise>,
    /// Optional budget.
    #[serde(default)]
    pub budget: Budget,
    /// Optional outcome measures.
    #[serde(default)]
    pub measures: Vec<Measure>,
    /// Fields this build does not know, kept and written back.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Something about a session's date the user should see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFlag {
    /// Before the plan starts.
    BeforeStart,
    /// After the plan ends.
    AfterEnd,
    /// On a Saturday or Sunday.
    Weekend,
    /// Earlier than the session listed before it.
    BeforePrevious,
}

impl DateFlag {
    /// A Dutch explanation.
    pub fn message(self) -> &'static str {
        match self {
            DateFlag::BeforeStart => tr!(
                "ligt vóór de start van het plan",
                "is before the start of the plan"
            ),
            DateFlag::AfterEnd => tr!(
                "ligt na het einde van het plan",
                "is after the end of the plan"
            ),
            DateFlag::Weekend => tr!("valt in het weekend", "falls on a weekend"),
            DateFlag::BeforePrevious => tr!(
                "ligt vóór de sessie die ervoor staat",
                "is before the session listed before it"
            ),
        }
    }
}

/// Progress at a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Sessions marked done.
    pub sessions_done: usize,
    /// All sessions.
    pub sessions: usize,
    /// Actions klaar.
    pub actions_done: usize,
    /// All actions.
    pub actions: usize,
    /// Actions not klaar whose due date has passed.
    pub overdue: usize,
}

impl Progress {
    /// Nothing held and nothing agreed yet: a new plan, where "0 van 0 acties klaar" would
    /// say nothing.
    pub fn is_empty(&self) -> bool {
        self.sessions_done == 0 && self.actions == 0
    }

    /// The plan's progress in one line, for the list of plans: "1 van 5 sessies gehouden ·
    /// 2 van 3 acties klaar"; counts that are still zero say what there is instead.
    pub fn summary(&self) -> String {
        use crate::domain::text::{count, plural};
        let sessions = match (self.sessions, self.sessions_done) {
            (0, _) => tr!("nog geen sessies", "no sessions yet").to_owned(),
            (n, 0) => trf!(
                "{} gepland",
                "{} planned",
                count(n, tr!("sessie", "session"), tr!("sessies", "sessions"))
            ),
            (n, done) => trf!(
                "{done} van {n} {} gehouden",
                "{done} of {n} {} held",
                plural(n, tr!("sessie", "session"), tr!("sessies", "sessions"))
            ),
        };
        let actions = match self.actions {
            0 => tr!("nog geen acties", "no actions yet").to_owned(),
            n => trf!(
                "{} van {n} {} klaar",
                "{} of {n} {} done",
                self.actions_done,
                plural(n, tr!("actie", "action"), tr!("acties", "actions"))
            ),
        };
        format!("{sessions} · {actions}")
    }
}

/// An entry on the plan's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineItem<'a> {
    /// A session.
    Session(&'a Session),
    /// An action's due date.
    ActionDue(&'a Action),
}

impl TimelineItem<'_> {
    /// Its date.
    pub fn date(&self) -> NaiveDate {
        match self {
            TimelineItem::Session(s) => s.date,
            TimelineItem::ActionDue(a) => a.due.unwrap_or(a.created),
        }
    }
}

/// The id of the MT journey's template.
pub const MT_JOURNEY: &str = "mt-journey";

/// The team size the track `template` (its id) is made for, if it names one: the MT
/// journey is made for 6 to 12 (`team_size` in its content file).
fn team_size_range(template: Option<&str>) -> Option<(usize, usize)> {
    let (min, max) = templates::template_by_id(template?)?.team_size?;
    Some((usize::from(min), usize::from(max)))
}

/// "6 tot 12 deelnemers", or "6 deelnemers" when the track names one size.
fn team_size_text((min, max): (usize, usize)) -> String {
    if min == max {
        trf!("{min} deelnemers", "{min} participants")
    } else {
        trf!("{min} tot {max} deelnemers", "{min} to {max} participants")
    }
}

/// The range a team of `n` is outside of, if any (no team yet fits: nothing to say).
fn team_size_misfit(n: usize, template: Option<&str>) -> Option<(usize, usize)> {
    team_size_range(template).filter(|(min, max)| n != 0 && !(min..=max).contains(&&n))
}

/// The hint under the participants field while a plan is made from `template` (its id):
/// the count, with a warning when the team is outside the size the track is made for
/// ([`Plan::team_notice`] gives the advice once the plan exists).
pub fn team_size_hint(n: usize, template: Option<&str>) -> String {
    match team_size_misfit(n, template) {
        None => crate::domain::text::count(
            n,
            tr!("deelnemer", "participant"),
            tr!("deelnemers", "participants"),
        ),
        Some(range) => trf!(
            "Let op: {n} deelnemers. Dit traject is gemaakt voor {}.",
            "Note: {n} participants. This journey is made for {}.",
            team_size_text(range)
        ),
    }
}

impl Plan {
    /// The last day of the plan.
    pub fn end(&self) -> NaiveDate {
        end_date(self.start, self.weeks)
    }

    /// A notice when the team is outside the size its track is made for (the MT journey:
    /// 6 to 12).
    pub fn team_notice(&self) -> Option<String> {
        let n = self.team.len();
        let (min, max) = team_size_misfit(n, Some(&self.template))?;
        Some(trf!(
            "Het team telt {}. Dit traject is gemaakt voor {}; {}",
            "The team has {}. This journey is made for {}; {}",
            crate::domain::text::count(
                n,
                tr!("deelnemer", "participant"),
                tr!("deelnemers", "participants"),
            ),
            team_size_text((min, max)),
            if n < min {
                tr!(
                    "met minder mensen werkt individuele coaching of een kleiner format vaak beter.",
                    "with fewer people, individual coaching or a smaller format often works better."
                )
            } else {
                tr!(
                    "met meer mensen helpt het om in subgroepen te werken.",
                    "with more people, it helps to work in subgroups."
                )
            }
        ))
    }

    /// What is off about each session's date, by session id.
    pub fn date_flags(&self) -> Vec<(String, Vec<DateFlag>)> {
        let end = self.end();
        let mut out = Vec::new();
        let mut previous: Option<NaiveDate> = None;
        for s in &self.sessions {
            let mut flags = Vec::new();
            if s.date < self.start {
                flags.push(DateFlag::BeforeStart);
            }
            if s.date > end {
                flags.push(DateFlag::AfterEnd);
            }
            if is_weekend(s.date) {
                flags.push(DateFlag::Weekend);
            }
            if previous.is_some_and(|p| s.date < p) {
                flags.push(DateFlag::BeforePrevious);
            }
            previous = Some(s.date);
            if !flags.is_empty() {
                out.push((s.id.clone(), flags));
            }
        }
        out
    }

    /// What is off about the date of the session with this id, in words ("valt in het
    /// weekend"); empty when nothing is, or when there is no such session.
    pub fn session_warnings(&self, session_id: &str) -> Vec<&'static str> {
        self.date_flags()
            .into_iter()
            .find(|(id, _)| id == session_id)
            .map(|(_, flags)| flags.iter().map(|f| f.message()).collect())
            .unwrap_or_default()
    }

    /// The warning shown beside a session's date: "Let op: deze datum valt in het
    /// weekend."
    pub fn session_warning_text(&self, session_id: &str) -> Option<String> {
        let warnings = self.session_warnings(session_id);
        (!warnings.is_empty()).then(|| {
            trf!(
                "Let op: deze datum {}.",
                "Note: this date {}.",
                warnings.join(tr!(" en ", " and "))
            )
        })
    }

    /// Sessions done, actions done and overdue on `today`.
    pub fn progress(&self, today: NaiveDate) -> Progress {
        Progress {
            sessions_done: self.sessions.iter().filter(|s| s.done).count(),
            sessions: self.sessions.len(),
            actions_done: self
                .actions
                .iter()
                .filter(|a| a.status == ActionStatus::Klaar)
                .count(),
            actions: self.actions.len(),
            overdue: self.overdue(today).len(),
        }
    }

    /// Actions not klaar whose due date is before `today`.
    pub fn overdue(&self, today: NaiveDate) -> Vec<&Action> {
        self.actions.iter().filter(|a| a.is_late(today)).collect()
    }

    /// Actions still open or in progress that were made before this session: the review
    /// at the start of each session.
    pub fn open_actions_for(&self, session_id: &str) -> Vec<&Action> {
        let Some(session) = self.sessions.iter().find(|s| s.id == session_id) else {
            return Vec::new();
        };
        self.actions
            .iter()
            .filter(|a| a.status != ActionStatus::Klaar && a.created <= session.date)
            .collect()
    }

    /// Sessions and action due dates in date order (sessions first on the same day).
    pub fn timeline_items(&self) -> Vec<TimelineItem<'_>> {
        let mut items: Vec<TimelineItem<'_>> = self
            .sessions
            .iter()
            .map(TimelineItem::Session)
            .chain(
                self.actions
                    .iter()
                    .filter(|a| a.due.is_some())
                    .map(TimelineItem::ActionDue),
            )
            .collect();
        items.sort_by_key(|i| (i.date(), matches!(i, TimelineItem::ActionDue(_))));
        items
    }

    /// The base amount in cents: per-kind prices times sessions, or the total.
    pub fn budget_base(&self) -> Option<u64> {
        if !self.budget.per_kind.is_empty() {
            let sum = self
                .sessions
                .iter()
                .filter_map(|s| self.budget.per_kind.get(s.kind.key()))
                .map(|euros| u64::from(*euros) * 100)
                .sum();
            return Some(sum);
        }
        self.budget.total.map(|euros| u64::from(euros) * 100)
    }

    /// The price under an invoicing option.
    pub fn price(&self, vat: VatOption) -> Option<Price> {
        let base = self.budget_base()?;
        let percent = match vat {
            VatOption::Btw21 => 21,
            VatOption::Vrijgesteld => 10,
        };
        let extra = (base * percent + 50) / 100;
        Some(Price {
            base,
            extra,
            total: base + extra,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use templates::{instantiate, TEMPLATES};

    pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// The MT journey from 5 January 2026 over 10 weeks, with ids `id-1`, `id-2`, …
    pub(crate) fn mt_plan() -> Plan {
        let t = TEMPLATES.iter().find(|t| t.id == "mt-journey").unwrap();
        let mut n = 0;
        instantiate(t, "MT Zuid", d(2026, 1, 5), 10, &mut || {
            n += 1;
            format!("id-{n}")
        })
    }

    fn action(
        id: &str,
        created: NaiveDate,
        due: Option<NaiveDate>,
        status: ActionStatus,
    ) -> Action {
        Action {
            id: id.into(),
            text: format!("actie {id}"),
            owner: "Sanne".into(),
            due,
            status,
            suggestion: None,
            created,
            extra: Default::default(),
        }
    }

    #[test]
    fn team_size_outside_six_to_twelve_gets_a_notice() {
        let mut plan = mt_plan();
        assert_eq!(plan.team_notice(), None);
        plan.team = (0..5).map(|i| format!("lid {i}")).collect();
        assert!(plan.team_notice().unwrap().contains("5 deelnemers"));
        plan.team = (0..8).map(|i| format!("lid {i}")).collect();
        assert_eq!(plan.team_notice(), None);
        plan.team = (0..13).map(|i| format!("lid {i}")).collect();
        assert!(plan.team_notice().unwrap().contains("subgroepen"));
        // The 6–12 belongs to the MT journey; another track names no team size.
        plan.template = "maandelijks-cmt".into();
        assert_eq!(plan.team_notice(), None);
    }

    #[test]
    fn the_form_hints_at_the_team_size_as_it_is_typed() {
        let mt = Some(MT_JOURNEY);
        assert_eq!(team_size_hint(0, mt), "0 deelnemers");
        assert_eq!(team_size_hint(8, mt), "8 deelnemers");
        assert_eq!(
            team_size_hint(3, mt),
            "Let op: 3 deelnemers. Dit traject is gemaakt voor 6 tot 12 deelnemers."
        );
        assert!(team_size_hint(13, mt).starts_with("Let op: 13"));
        assert_eq!(team_size_hint(3, Some("maandelijks-cmt")), "3 deelnemers");
        assert_eq!(team_size_hint(13, None), "13 deelnemers");
    }

    #[test]
    fn moved_sessions_are_flagged_not_reordered() {
        let mut plan = mt_plan();
        assert!(plan.date_flags().is_empty());
        let ids: Vec<String> = plan.sessions.iter().map(|s| s.id.clone()).collect();
        plan.sessions[1].date = d(2026, 1, 3); // a Saturday before the start
        plan.sessions[3].date = d(2026, 6, 1); // after the end
        let flags = plan.date_flags();
        assert_eq!(
            flags[0],
            (
                ids[1].clone(),
                vec![
                    DateFlag::BeforeStart,
                    DateFlag::Weekend,
                    DateFlag::BeforePrevious
                ]
            )
        );
        assert_eq!(flags[1], (ids[3].clone(), vec![DateFlag::AfterEnd]));
        assert_eq!(flags[2], (ids[4].clone(), vec![DateFlag::BeforePrevious]));
        assert_eq!(flags.len(), 3);
        let after: Vec<String> = plan.sessions.iter().map(|s| s.id.clone()).collect();
        assert_eq!(after, ids, "order is kept");
    }

    #[test]
    fn a_session_warning_stands_beside_its_date_and_in_the_notices() {
        let mut plan = mt_plan();
        let ids: Vec<String> = plan.sessions.iter().map(|s| s.id.clone()).collect();
        assert!(ids.iter().all(|id| plan.session_warnings(id).is_empty()));
        assert_eq!(plan.session_warning_text(&ids[0]), None);
        plan.sessions[1].date = d(2026, 1, 3); // a Saturday before the start
        assert_eq!(
            plan.session_warnings(&ids[1]),
            [
                "ligt vóór de start van het plan",
                "valt in het weekend",
                "ligt vóór de sessie die ervoor staat"
            ]
        );
        assert_eq!(
            plan.session_warning_text(&ids[2]).as_deref(),
            None,
            "the next session is after the one before the moved one"
        );
        plan.sessions[2].date = d(2026, 1, 2);
        assert_eq!(
            plan.session_warning_text(&ids[2]).as_deref(),
            Some("Let op: deze datum ligt vóór de start van het plan en ligt vóór de sessie die ervoor staat.")
        );
        assert!(plan.session_warnings("bestaat-niet").is_empty());
        // The notices at the top say the same, with the session's name.
        let notices = plan.notices();
        assert_eq!(notices.len(), 2);
        assert!(notices[0].ends_with(&format!("{}.", plan.session_warnings(&ids[1]).join(" en "))));
    }

    #[test]
    fn a_new_plan_has_no_progress_to_show_yet() {
        let mut plan = mt_plan();
        let fresh = plan.progress(d(2026, 1, 5));
        assert!(fresh.is_empty());
        assert_eq!(fresh.summary(), "5 sessies gepland · nog geen acties");
        plan.actions = vec![action("a", d(2026, 1, 5), None, ActionStatus::Open)];
        let one_action = plan.progress(d(2026, 1, 5));
        assert!(!one_action.is_empty());
        assert_eq!(
            one_action.summary(),
            "5 sessies gepland · 0 van 1 actie klaar"
        );
        plan.actions.clear();
        plan.sessions[0].done = true;
        let held = plan.progress(d(2026, 1, 5));
        assert!(!held.is_empty());
        assert_eq!(held.summary(), "1 van 5 sessies gehouden · nog geen acties");
        plan.sessions.truncate(1);
        assert_eq!(
            plan.progress(d(2026, 1, 5)).summary(),
            "1 van 1 sessie gehouden · nog geen acties"
        );
        plan.sessions.clear();
        assert_eq!(
            plan.progress(d(2026, 1, 5)).summary(),
            "nog geen sessies · nog geen acties"
        );
    }

    #[test]
    fn progress_counts_done_and_overdue() {
        let mut plan = mt_plan();
        plan.sessions[0].done = true;
        plan.actions = vec![
            action("a", d(2026, 1, 5), Some(d(2026, 1, 20)), ActionStatus::Open),
            action(
                "b",
                d(2026, 1, 5),
                Some(d(2026, 1, 10)),
                ActionStatus::Klaar,
            ),
            action(
                "c",
                d(2026, 1, 5),
                Some(d(2026, 2, 20)),
                ActionStatus::Bezig,
            ),
            action("d", d(2026, 1, 5), None, ActionStatus::Open),
        ];
        let p = plan.progress(d(2026, 2, 1));
        assert_eq!(
            p,
            Progress {
                sessions_done: 1,
                sessions: 5,
                actions_done: 1,
                actions: 4,
                overdue: 1
            }
        );
        assert_eq!(plan.overdue(d(2026, 2, 1))[0].id, "a");
    }

    #[test]
    fn a_session_lists_the_actions_still_open_since_before_it() {
        let mut plan = mt_plan();
        let second = plan.sessions[1].clone();
        plan.actions = vec![
            action("oud-open", plan.sessions[0].date, None, ActionStatus::Open),
            action(
                "oud-klaar",
                plan.sessions[0].date,
                None,
                ActionStatus::Klaar,
            ),
            action("bezig", plan.sessions[0].date, None, ActionStatus::Bezig),
            action(
                "later",
                second.date.succ_opt().unwrap(),
                None,
                ActionStatus::Open,
            ),
        ];
        let ids: Vec<&str> = plan
            .open_actions_for(&second.id)
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["oud-open", "bezig"]);
        assert!(plan.open_actions_for("bestaat-niet").is_empty());
    }

    #[test]
    fn timeline_mixes_sessions_and_due_dates_in_order() {
        let mut plan = mt_plan();
        let first = plan.sessions[0].date;
        plan.actions = vec![action(
            "x",
            first,
            Some(first.succ_opt().unwrap()),
            ActionStatus::Open,
        )];
        let tl = plan.timeline_items();
        assert_eq!(tl.len(), 6);
        assert!(matches!(tl[0], TimelineItem::Session(_)));
        assert!(matches!(tl[1], TimelineItem::ActionDue(_)));
        assert!(tl.windows(2).all(|w| w[0].date() <= w[1].date()));
    }

    #[test]
    fn budget_with_btw_or_exempt_with_surcharge() {
        let mut plan = mt_plan();
        assert_eq!(plan.price(VatOption::Btw21), None);
        plan.budget.total = Some(10_000);
        assert_eq!(
            plan.price(VatOption::Btw21),
            Some(Price {
                base: 1_000_000,
                extra: 210_000,
                total: 1_210_000
            })
        );
        assert_eq!(plan.price(VatOption::Vrijgesteld).unwrap().total, 1_100_000);
        plan.budget.per_kind.insert("offsite".into(), 3_250);
        plan.budget.per_kind.insert("werksessie".into(), 1_499);
        // 2 offsites and 3 working sessions; the per-kind prices win over the total.
        assert_eq!(plan.budget_base(), Some((2 * 3_250 + 3 * 1_499) * 100));
    }

    #[test]
    fn measures_report_change_in_percent() {
        let mut m = Measure {
            id: "m".into(),
            name: "Doorlooptijd".into(),
            baseline: 20.0,
            values: vec![],
            target: Some(-35),
            extra: Default::default(),
        };
        assert_eq!(m.change_percent(), None);
        assert_eq!(m.target_reached(), None);
        m.values.push((d(2026, 3, 1), 14.0));
        assert_eq!(m.change_percent(), Some(-30));
        assert_eq!(m.target_reached(), Some(false), "−30% is not yet −35%");
        m.values.push((d(2026, 3, 8), 13.0));
        assert_eq!(m.change_percent(), Some(-35));
        assert_eq!(m.target_reached(), Some(true));
        m.values.push((d(2026, 5, 1), 28.0));
        assert_eq!(m.change_percent(), Some(40));
        assert_eq!(
            m.target_reached(),
            Some(false),
            "higher, where lower was the aim"
        );
        m.target = Some(22);
        assert_eq!(m.target_reached(), Some(true));
        m.target = None;
        assert_eq!(m.target_reached(), None);
        m.baseline = 0.0;
        assert_eq!(m.change_percent(), None);
    }

    #[test]
    fn plans_round_trip_through_json() {
        let mut plan = mt_plan();
        plan.measures.push(Measure {
            id: "m".into(),
            name: "Teamvertrouwen".into(),
            baseline: 5.5,
            values: vec![(d(2026, 4, 1), 7.7)],
            target: Some(40),
            extra: Default::default(),
        });
        plan.promises.push(Promise {
            id: "p".into(),
            behaviour: "We beginnen elk overleg met de vraag wat medewerkers nodig hebben".into(),
            for_whom: "teamleiders".into(),
            checks: vec![PromiseCheck {
                date: d(2026, 2, 1),
                noticed: Noticed::Deels,
                note: "nog niet overal".into(),
                extra: Default::default(),
            }],
            extra: Default::default(),
        });
        let json = serde_json::to_string(&plan).unwrap();
        assert_eq!(serde_json::from_str::<Plan>(&json).unwrap(), plan);
    }
}
