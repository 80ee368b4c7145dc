//! The presenter view's logic, apart from the browser: the steps of the big-screen talk
//! through a session, the keys (and a presenter's clicker) that move through them, the
//! countdown per dimension, the distribution's dots, and putting an action agreed in the
//! room into a plan.
//!
//! ```
//! use ontwikkelkaarten::domain::session::presenter::{command_for_key, Command, Target};
//! assert_eq!(command_for_key("PageDown", false, false, Target::Page), Some(Command::Next));
//! assert_eq!(Command::Next.step(2, 9), Some(3));
//! ```

use chrono::NaiveDate;

use super::{Picture, TeamSession};
use crate::domain::journey::edit::NewPlan;
use crate::domain::journey::Plan;
use crate::domain::state::AppState;
use crate::domain::text::{format_tenths, normalize};

/// One screen of the presenter view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Too few results: only how many are in and how many more are needed.
    Waiting,
    /// The team radar with the band from lowest to highest.
    Overview,
    /// One dimension, by its position in the deck (0-based).
    Dimension(usize),
}

/// The steps for what the team may see: below the minimum only [`Step::Waiting`], else
/// the overview and then every dimension in deck order.
pub fn steps(picture: &Picture) -> Vec<Step> {
    match picture {
        Picture::TooFew { .. } => vec![Step::Waiting],
        Picture::Figures(stats) => std::iter::once(Step::Overview)
            .chain((0..stats.len()).map(Step::Dimension))
            .collect(),
    }
}

/// Where the presenter is, for the step indicator: "3 van 9" (`at` is 0-based).
pub fn position_text(at: usize, len: usize) -> String {
    trf!(
        "{} van {}",
        "{} of {}",
        at.min(len.saturating_sub(1)) + 1,
        len.max(1)
    )
}

/// What a key asks of the presenter view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// The next step (→, space, PageDown: what a clicker sends).
    Next,
    /// The step before (←, shift+space, PageUp, Backspace).
    Previous,
    /// The first step (Home).
    First,
    /// The last step (End).
    Last,
    /// Close what is open (the card, the action form), else leave to the session page
    /// (Escape).
    Close,
    /// Escape inside a text field: leave the field (which keeps what was typed), not the
    /// view.
    LeaveField,
}

/// What has the keyboard focus when a key is pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The page, a heading or anything that does nothing with keys of its own.
    Page,
    /// A button or a link: space and Enter press it.
    Control,
    /// A text field or a choice list: every key is typing or choosing.
    Field,
}

impl Command {
    /// The step this command moves to from step `at` of `len`; `None` when it does not
    /// move (already there, or not a move).
    pub fn step(self, at: usize, len: usize) -> Option<usize> {
        let last = len.checked_sub(1)?;
        let to = match self {
            Command::Next => (at + 1).min(last),
            Command::Previous => at.saturating_sub(1).min(last),
            Command::First => 0,
            Command::Last => last,
            Command::Close | Command::LeaveField => return None,
        };
        (to != at).then_some(to)
    }
}

/// The command for a key (`KeyboardEvent.key`), or `None` to leave the key to the
/// browser: with Ctrl, Alt or Meta held (the browser's own shortcuts), in a field (except
/// Escape), and space or Enter on a button or link.
pub fn command_for_key(
    key: &str,
    shift: bool,
    other_modifier: bool,
    target: Target,
) -> Option<Command> {
    if other_modifier {
        return None;
    }
    let escape = matches!(key, "Escape" | "Esc");
    match target {
        Target::Field => return escape.then_some(Command::LeaveField),
        Target::Control if matches!(key, " " | "Spacebar" | "Enter") => return None,
        _ => {}
    }
    Some(match key {
        " " | "Spacebar" if shift => Command::Previous,
        "ArrowRight" | "Right" | "PageDown" | " " | "Spacebar" => Command::Next,
        "ArrowLeft" | "Left" | "PageUp" | "Backspace" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        _ if escape => Command::Close,
        _ => return None,
    })
}

/// The countdown minutes to choose from, and the one a dimension starts with.
pub const TIMER_CHOICES: [u16; 6] = [3, 5, 10, 15, 20, 30];
/// See [`TIMER_CHOICES`].
pub const TIMER_DEFAULT: u16 = 10;

/// A countdown for the conversation about one dimension, on a clock of milliseconds
/// given by the caller (so the same value always reads the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    /// Its length in minutes.
    pub minutes: u16,
    /// Milliseconds counted before the last pause.
    used: u64,
    /// When it was last started, while it runs.
    since: Option<u64>,
}

impl Default for Countdown {
    fn default() -> Countdown {
        Countdown::new(TIMER_DEFAULT)
    }
}

impl Countdown {
    /// A countdown of `minutes`, not started.
    pub fn new(minutes: u16) -> Countdown {
        Countdown {
            minutes: minutes.max(1),
            used: 0,
            since: None,
        }
    }

    /// Whether it is counting down.
    pub fn running(&self) -> bool {
        self.since.is_some()
    }

    /// Whether it was started and has not been reset since.
    pub fn started(&self) -> bool {
        self.running() || self.used > 0
    }

    /// Starts it, or goes on after a pause; a countdown that is over stays over.
    pub fn start(&mut self, now: u64) {
        if self.since.is_none() && !self.is_over(now) {
            self.since = Some(now);
        }
    }

    /// Pauses it.
    pub fn pause(&mut self, now: u64) {
        if let Some(since) = self.since.take() {
            self.used = self.used.saturating_add(now.saturating_sub(since));
        }
    }

    /// Back to its full length, stopped.
    pub fn reset(&mut self) {
        self.used = 0;
        self.since = None;
    }

    /// Another length: back to the start.
    pub fn set_minutes(&mut self, minutes: u16) {
        *self = Countdown::new(minutes);
    }

    /// Milliseconds it has counted at `now`.
    fn elapsed(&self, now: u64) -> u64 {
        self.used + self.since.map_or(0, |since| now.saturating_sub(since))
    }

    /// Whole seconds left at `now`, rounded up: it shows its full length when started and
    /// 00:00 only when the time is really up.
    pub fn remaining_secs(&self, now: u64) -> u32 {
        let total = u64::from(self.minutes) * 60_000;
        let left = total.saturating_sub(self.elapsed(now));
        u32::try_from(left.div_ceil(1000)).unwrap_or(u32::MAX)
    }

    /// Whether the time is up at `now`.
    pub fn is_over(&self, now: u64) -> bool {
        self.remaining_secs(now) == 0
    }
}

/// Seconds as a clock: `598` → "09:58"; an hour or more as "60:00" and on.
pub fn clock_text(secs: u32) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// One member's score on the distribution's axis, and how many equal scores lie under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dot {
    /// The score in tenths (10 to 50).
    pub value: u16,
    /// 0 on the axis, 1 on top of that, and so on.
    pub level: usize,
}

/// The dots of a distribution: one per score, equal scores stacked, in the order given.
pub fn dots(values: &[u16]) -> Vec<Dot> {
    let mut out: Vec<Dot> = Vec::with_capacity(values.len());
    for &value in values {
        let level = out.iter().filter(|d| d.value == value).count();
        out.push(Dot { value, level });
    }
    out
}

/// The distribution in words: "5 scores op de schaal van 1 tot 5: 2,0; 3,0; 3,0; 3,5 en
/// 4,5", lowest first, without any name.
pub fn distribution_text(values: &[u16]) -> String {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let texts: Vec<String> = sorted.into_iter().map(format_tenths).collect();
    let list = match texts.split_last() {
        None => {
            return tr!(
                "Nog geen scores op deze dimensie.",
                "No scores on this dimension yet."
            )
            .to_owned()
        }
        Some((only, [])) => only.clone(),
        Some((last, rest)) => trf!("{} en {last}", "{} and {last}", rest.join("; ")),
    };
    trf!(
        "{} op de schaal van 1 tot 5: {list}",
        "{} on the scale of 1 to 5: {list}",
        crate::domain::text::count(texts.len(), tr!("score", "score"), tr!("scores", "scores"))
    )
}

/// Where an action agreed in the room goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanChoice {
    /// A plan on the device, by id.
    Existing(String),
    /// A new plan, named by [`new_plan_name`].
    New,
}

impl PlanChoice {
    /// The value of its option in a choice list: the plan's id, or "" for a new plan.
    pub fn key(&self) -> &str {
        match self {
            PlanChoice::Existing(id) => id,
            PlanChoice::New => "",
        }
    }

    /// The choice an option's value stands for (see [`PlanChoice::key`]).
    pub fn from_key(key: &str) -> PlanChoice {
        if key.is_empty() {
            PlanChoice::New
        } else {
            PlanChoice::Existing(key.to_owned())
        }
    }
}

/// The plan an action of `session` goes into unless the facilitator picks another: the
/// session's own plan while it is still there, else a plan that names the team, else the
/// only plan on the device, else a new one.
pub fn preferred_plan(session: &TeamSession, plans: &[Plan]) -> PlanChoice {
    if let Some(id) = &session.plan {
        if plans.iter().any(|p| p.id == *id) {
            return PlanChoice::Existing(id.clone());
        }
    }
    let team = normalize(session.team.trim());
    let of_team = plans
        .iter()
        .find(|p| !team.is_empty() && normalize(&p.name).contains(&team));
    match (of_team, plans) {
        (Some(plan), _) | (None, [plan]) => PlanChoice::Existing(plan.id.clone()),
        _ => PlanChoice::New,
    }
}

/// The name of a plan made for a session's actions: "Acties MT Zuid".
pub fn new_plan_name(session: &TeamSession) -> String {
    match session.team.trim() {
        "" => trf!("Acties {}", "Actions {}", session.title()),
        team => trf!("Acties {team}", "Actions {team}"),
    }
}

/// An action agreed in the room: what, who and when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewAction {
    /// What will be done.
    pub text: String,
    /// Who takes it on (may be empty).
    pub owner: String,
    /// When it is due, if agreed.
    pub due: Option<NaiveDate>,
}

/// Adds `action` to the plan of `choice` in `state` (a new plan for `session` when it
/// is [`PlanChoice::New`], starting `today`), with ids from `new_id`. Returns the plan's
/// id and name, for the session to remember and the confirmation to name; or a Dutch
/// message when nothing was added.
pub fn add_action(
    state: &mut AppState,
    session: &TeamSession,
    choice: &PlanChoice,
    action: &NewAction,
    today: NaiveDate,
    new_id: &mut dyn FnMut(&str) -> String,
) -> Result<(String, String), &'static str> {
    if action.text.trim().is_empty() {
        return Err(tr!(
            "Vul in wat er gaat gebeuren.",
            "Fill in what is going to happen."
        ));
    }
    let plan_id = match choice {
        PlanChoice::Existing(id) if state.plan(id).is_some() => id.clone(),
        PlanChoice::Existing(_) => {
            return Err(tr!(
                "Dat plan staat niet meer op dit apparaat. Kies een ander plan.",
                "That plan is no longer on this device. Choose another plan."
            ))
        }
        PlanChoice::New => {
            let form = NewPlan {
                template: None,
                name: new_plan_name(session),
                start: today,
                weeks: 10,
                team: String::new(),
                dimensions: Vec::new(),
                scan_based: false,
            };
            let plan = form.create(new_id);
            let id = plan.id.clone();
            state.add_plan(plan);
            id
        }
    };
    let action_id = new_id("a");
    let mut added = false;
    state.update_plan(&plan_id, |plan| {
        added = plan.add_action(&action.text, action_id.clone(), today);
        if let Some(a) = plan.action_mut(&action_id) {
            a.owner = action.owner.trim().to_owned();
            a.due = action.due;
        }
    });
    match state.plan(&plan_id) {
        Some(plan) if added => Ok((plan_id, plan.name.clone())),
        _ => Err(tr!(
            "De actie kon niet worden toegevoegd.",
            "The action could not be added."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::files::team::DimensionStats;
    use crate::domain::journey::templates::empty_plan;
    use crate::domain::session::SessionCode;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn session(team: &str) -> TeamSession {
        TeamSession::new(
            SessionCode::parse("K7M-2QX").unwrap(),
            team,
            "nulmeting",
            3,
            false,
            day(2).and_hms_opt(9, 30, 0).unwrap(),
        )
    }

    fn ids() -> impl FnMut(&str) -> String {
        let mut n = 0;
        move |prefix: &str| {
            n += 1;
            format!("{prefix}-{n}")
        }
    }

    #[test]
    fn below_the_minimum_there_is_only_the_waiting_screen() {
        assert_eq!(steps(&Picture::TooFew { needed: 2 }), vec![Step::Waiting]);
    }

    #[test]
    fn with_figures_the_overview_comes_first_then_each_dimension_in_deck_order() {
        let stats: Vec<DimensionStats> = crate::domain::content::cards()
            .iter()
            .map(|card| DimensionStats {
                card,
                figures: None,
            })
            .collect();
        let steps = steps(&Picture::Figures(stats));
        assert_eq!(steps.len(), 9);
        assert_eq!(steps[0], Step::Overview);
        assert_eq!(steps[1], Step::Dimension(0));
        assert_eq!(steps[8], Step::Dimension(7));
        assert_eq!(position_text(2, steps.len()), "3 van 9");
        assert_eq!(position_text(0, 1), "1 van 1");
        assert_eq!(position_text(12, 9), "9 van 9");
    }

    #[test]
    fn a_clicker_and_the_arrow_keys_move_through_the_steps() {
        let page = |key| command_for_key(key, false, false, Target::Page);
        for key in ["ArrowRight", " ", "PageDown"] {
            assert_eq!(page(key), Some(Command::Next), "{key}");
        }
        for key in ["ArrowLeft", "PageUp", "Backspace"] {
            assert_eq!(page(key), Some(Command::Previous), "{key}");
        }
        assert_eq!(page("Home"), Some(Command::First));
        assert_eq!(page("End"), Some(Command::Last));
        assert_eq!(page("Escape"), Some(Command::Close));
        assert_eq!(page("a"), None);
        assert_eq!(page("Enter"), None);
        assert_eq!(
            command_for_key(" ", true, false, Target::Page),
            Some(Command::Previous)
        );
    }

    #[test]
    fn keys_stay_with_fields_buttons_and_the_browser_where_they_belong() {
        // Typing a note: the arrows move the cursor, Backspace deletes.
        for key in ["ArrowRight", "ArrowLeft", "Backspace", " ", "Home", "End"] {
            assert_eq!(
                command_for_key(key, false, false, Target::Field),
                None,
                "{key}"
            );
        }
        assert_eq!(
            command_for_key("Escape", false, false, Target::Field),
            Some(Command::LeaveField)
        );
        // Space and Enter press the focused button.
        assert_eq!(command_for_key(" ", false, false, Target::Control), None);
        assert_eq!(
            command_for_key("Enter", false, false, Target::Control),
            None
        );
        assert_eq!(
            command_for_key("PageDown", false, false, Target::Control),
            Some(Command::Next)
        );
        // Alt+← is the browser's back; Ctrl+End its own.
        assert_eq!(
            command_for_key("ArrowLeft", false, true, Target::Page),
            None
        );
        assert_eq!(command_for_key("End", false, true, Target::Page), None);
    }

    #[test]
    fn moving_stops_at_either_end() {
        assert_eq!(Command::Next.step(0, 9), Some(1));
        assert_eq!(Command::Next.step(8, 9), None);
        assert_eq!(Command::Previous.step(0, 9), None);
        assert_eq!(Command::Previous.step(3, 9), Some(2));
        assert_eq!(Command::First.step(5, 9), Some(0));
        assert_eq!(Command::Last.step(5, 9), Some(8));
        assert_eq!(Command::Last.step(8, 9), None);
        assert_eq!(Command::Close.step(3, 9), None);
        assert_eq!(Command::Next.step(0, 0), None);
        // The steps shrank under the presenter (a result removed in another tab).
        assert_eq!(Command::Previous.step(8, 1), Some(0));
    }

    #[test]
    fn the_countdown_counts_down_pauses_and_resets() {
        let mut c = Countdown::default();
        assert_eq!(c.minutes, 10);
        assert_eq!(clock_text(c.remaining_secs(0)), "10:00");
        assert!(!c.started());
        c.start(1_000);
        assert!(c.running());
        assert_eq!(clock_text(c.remaining_secs(1_000)), "10:00");
        assert_eq!(clock_text(c.remaining_secs(1_001)), "10:00", "rounded up");
        assert_eq!(clock_text(c.remaining_secs(3_000)), "09:58");
        c.pause(3_500);
        assert!(!c.running() && c.started());
        assert_eq!(
            c.remaining_secs(100_000),
            598,
            "a paused countdown stands still"
        );
        c.start(200_000);
        assert_eq!(c.remaining_secs(200_500), 597);
        assert!(c.is_over(200_000 + 600_000));
        assert_eq!(clock_text(c.remaining_secs(900_000)), "00:00");
        c.reset();
        assert_eq!(c.remaining_secs(900_000), 600);
        assert!(!c.running() && !c.started());
        c.set_minutes(5);
        assert_eq!(clock_text(c.remaining_secs(0)), "05:00");
    }

    #[test]
    fn a_countdown_that_is_over_does_not_start_again_until_reset() {
        let mut c = Countdown::new(3);
        c.start(0);
        c.pause(200_000);
        assert!(c.is_over(200_000));
        c.start(200_000);
        assert!(!c.running());
        c.reset();
        c.start(200_000);
        assert!(c.running());
        assert_eq!(Countdown::new(0).minutes, 1, "never a countdown of nothing");
    }

    #[test]
    fn time_reads_as_a_clock() {
        assert_eq!(clock_text(598), "09:58");
        assert_eq!(clock_text(0), "00:00");
        assert_eq!(clock_text(3_600), "60:00");
    }

    #[test]
    fn equal_scores_stack_and_others_stand_on_the_axis() {
        let d = dots(&[20, 30, 30, 35, 30, 45]);
        let levels: Vec<(u16, usize)> = d.iter().map(|d| (d.value, d.level)).collect();
        assert_eq!(
            levels,
            vec![(20, 0), (30, 0), (30, 1), (35, 0), (30, 2), (45, 0)]
        );
        assert!(dots(&[]).is_empty());
    }

    #[test]
    fn the_distribution_in_words_lists_every_score_lowest_first() {
        assert_eq!(
            distribution_text(&[45, 20, 30, 35, 30]),
            "5 scores op de schaal van 1 tot 5: 2,0; 3,0; 3,0; 3,5 en 4,5"
        );
        assert_eq!(
            distribution_text(&[40]),
            "1 score op de schaal van 1 tot 5: 4,0"
        );
        assert_eq!(distribution_text(&[]), "Nog geen scores op deze dimensie.");
    }

    #[test]
    fn an_action_goes_into_the_sessions_plan_then_a_plan_of_the_team() {
        let plans = vec![
            empty_plan("Directie", day(1), 10, "p1".into()),
            empty_plan("Traject MT zuid 2026", day(1), 10, "p2".into()),
        ];
        let mut s = session("MT Zuid");
        assert_eq!(
            preferred_plan(&s, &plans),
            PlanChoice::Existing("p2".into())
        );
        s.plan = Some("p1".into());
        assert_eq!(
            preferred_plan(&s, &plans),
            PlanChoice::Existing("p1".into())
        );
        s.plan = Some("gone".into());
        assert_eq!(
            preferred_plan(&s, &plans),
            PlanChoice::Existing("p2".into()),
            "a plan removed since is not chosen"
        );
        let other = session("Sales");
        assert_eq!(preferred_plan(&other, &plans), PlanChoice::New);
        assert_eq!(
            preferred_plan(&other, &plans[..1]),
            PlanChoice::Existing("p1".into()),
            "the only plan on the device"
        );
        assert_eq!(preferred_plan(&other, &[]), PlanChoice::New);
        assert_eq!(PlanChoice::from_key(PlanChoice::New.key()), PlanChoice::New);
        assert_eq!(
            PlanChoice::from_key("p2"),
            PlanChoice::Existing("p2".into())
        );
    }

    #[test]
    fn adding_an_action_keeps_what_who_and_when() {
        let mut state = AppState::default();
        state.add_plan(empty_plan("MT Zuid", day(1), 10, "p1".into()));
        let s = session("MT Zuid");
        let action = NewAction {
            text: " Elke maand een leerlunch ".into(),
            owner: " Sanne ".into(),
            due: Some(day(30)),
        };
        let added = add_action(
            &mut state,
            &s,
            &PlanChoice::Existing("p1".into()),
            &action,
            day(3),
            &mut ids(),
        );
        assert_eq!(added, Ok(("p1".into(), "MT Zuid".into())));
        let a = &state.plan("p1").unwrap().actions[0];
        assert_eq!(a.text, "Elke maand een leerlunch");
        assert_eq!(a.owner, "Sanne");
        assert_eq!(a.due, Some(day(30)));
        assert_eq!(a.created, day(3));
    }

    #[test]
    fn without_a_plan_the_action_gets_a_new_one_named_after_the_team() {
        let mut state = AppState::default();
        let s = session("MT Zuid");
        let action = NewAction {
            text: "Feedbackrondes plannen".into(),
            ..NewAction::default()
        };
        let (id, name) = add_action(
            &mut state,
            &s,
            &PlanChoice::New,
            &action,
            day(3),
            &mut ids(),
        )
        .unwrap();
        assert_eq!(name, "Acties MT Zuid");
        let plan = state.plan(&id).unwrap();
        assert_eq!(plan.start, day(3));
        assert_eq!(plan.actions.len(), 1);
        assert_eq!(plan.actions[0].owner, "");
        assert_eq!(plan.actions[0].due, None);
        assert_eq!(new_plan_name(&session("")), "Acties nulmeting");
    }

    #[test]
    fn nothing_is_added_without_a_text_or_to_a_plan_that_is_gone() {
        let mut state = AppState::default();
        let s = session("MT Zuid");
        let blank = NewAction {
            text: "  ".into(),
            ..NewAction::default()
        };
        assert!(add_action(&mut state, &s, &PlanChoice::New, &blank, day(3), &mut ids()).is_err());
        assert!(state.plans.is_empty(), "no plan made for nothing");
        let action = NewAction {
            text: "Iets".into(),
            ..NewAction::default()
        };
        assert!(add_action(
            &mut state,
            &s,
            &PlanChoice::Existing("gone".into()),
            &action,
            day(3),
            &mut ids()
        )
        .is_err());
        assert!(state.plans.is_empty());
    }
}
