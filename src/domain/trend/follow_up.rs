//! After a session: the other sessions of its team to compare it with, and per dimension
//! the facilitator's notes with the actions made from them (what the session prints).
//!
//! Actions do not record the session they came from. The actions of a session are
//! therefore the actions of its plan that belong to a dimension the session has a note on
//! (through the card suggestion they were made from), made on or after the session's day
//! and before the team's next session. Actions typed without a suggestion belong to no
//! dimension and are not among them.
//!
//! ```
//! use ontwikkelkaarten::domain::trend::follow_up::comparable;
//! assert!(comparable(&[], "K7M2QX").is_empty());
//! ```

use chrono::NaiveDate;

use crate::domain::content::{card_by_id, cards, Card};
use crate::domain::journey::{Action, Plan};
use crate::domain::scan::{compare, versions_notice, Change};
use crate::domain::session::{sessions_of_team, TeamSession};
use crate::domain::text::format_date;

/// The other sessions of the team of session `id` (its address id) that have figures,
/// oldest first; none when that session has none itself.
pub fn comparable<'a>(sessions: &'a [TeamSession], id: &str) -> Vec<&'a TeamSession> {
    let Some(session) = sessions.iter().find(|s| s.id() == id) else {
        return Vec::new();
    };
    if session.team.trim().is_empty() || !session.has_figures() {
        return Vec::new();
    }
    sessions_of_team(sessions, &session.team)
        .into_iter()
        .filter(|s| s.id() != id && s.has_figures())
        .collect()
}

/// The session to compare with first: the latest one before session `id`, else the
/// first one after it.
pub fn first_choice<'a>(
    sessions: &'a [TeamSession],
    id: &str,
    comparable: &[&'a TeamSession],
) -> Option<&'a TeamSession> {
    let session = sessions.iter().find(|s| s.id() == id)?;
    comparable
        .iter()
        .rev()
        .find(|o| is_earlier(o, session))
        .or_else(|| comparable.first())
        .copied()
}

/// Whether `a` took place before `b` (by start, then by code for the same minute).
fn is_earlier(a: &TeamSession, b: &TeamSession) -> bool {
    (a.created, &a.code) < (b.created, &b.code)
}

/// How a session is offered in a choice: "nulmeting (02-11-2026)".
pub fn choice_label(session: &TeamSession) -> String {
    let name = match session.name.trim() {
        "" => tr!("Sessie", "Session").to_owned(),
        name => name.to_owned(),
    };
    format!("{name} ({})", format_date(session.created))
}

/// Two sessions compared, the earlier one first.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionChanges {
    /// How the earlier session is named.
    pub earlier: String,
    /// How the later session is named.
    pub later: String,
    /// Per dimension: earlier, later and the change.
    pub changes: Vec<Change>,
    /// Said when the two answered different versions of the statements.
    pub notice: Option<String>,
}

/// The comparison of two sessions in time order; `None` when either is below its minimum.
pub fn session_changes(a: &TeamSession, b: &TeamSession) -> Option<SessionChanges> {
    let (earlier, later) = if is_earlier(b, a) { (b, a) } else { (a, b) };
    Some(SessionChanges {
        changes: compare(&earlier.team_scan()?, &later.team_scan()?),
        earlier: choice_label(earlier),
        later: choice_label(later),
        notice: versions_notice([earlier.statements, later.statements]),
    })
}

/// The day of the next session of the same team after `session`, if there is one.
pub fn next_session_day(sessions: &[TeamSession], session: &TeamSession) -> Option<NaiveDate> {
    sessions_of_team(sessions, &session.team)
        .into_iter()
        .find(|s| s.code != session.code && is_earlier(session, s))
        .map(|s| s.created.date())
}

/// One dimension's note of a session, with the actions made from it.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteWithActions {
    /// The dimension's card; `None` for a card id this build does not know.
    pub card: Option<&'static Card>,
    /// The card id the note is kept under.
    pub card_id: String,
    /// The note.
    pub note: String,
    /// The actions of the plan made from it (see the module's rule).
    pub actions: Vec<Action>,
}

impl NoteWithActions {
    /// The dimension's title: "4. Feedbackprocessen", or the card id when unknown.
    pub fn title(&self) -> String {
        self.card
            .map_or_else(|| self.card_id.clone(), crate::domain::text::card_title)
    }
}

/// The session's notes in deck order (unknown card ids last), each with the actions of
/// `plan` made from it: made on or after the session's day, before `until` (the team's
/// next session), from a suggestion of that dimension.
pub fn notes_with_actions(
    session: &TeamSession,
    plan: Option<&Plan>,
    until: Option<NaiveDate>,
) -> Vec<NoteWithActions> {
    let from = session.created.date();
    let actions_of = |card: &str| -> Vec<Action> {
        plan.map(|p| {
            p.actions
                .iter()
                .filter(|a| a.created >= from && until.is_none_or(|u| a.created < u))
                .filter(|a| {
                    a.suggestion
                        .as_deref()
                        .is_some_and(|s| card_by_id(card).is_some_and(|c| c.has_suggestion(s)))
                })
                .cloned()
                .collect()
        })
        .unwrap_or_default()
    };
    let mut out: Vec<NoteWithActions> = cards()
        .iter()
        .filter_map(|card| {
            let note = session.notes.get(card.id)?.trim();
            (!note.is_empty()).then(|| NoteWithActions {
                card: Some(card),
                card_id: card.id.to_owned(),
                note: note.to_owned(),
                actions: actions_of(card.id),
            })
        })
        .collect();
    out.extend(
        session
            .notes
            .iter()
            .filter(|(id, note)| card_by_id(id).is_none() && !note.trim().is_empty())
            .map(|(id, note)| NoteWithActions {
                card: None,
                card_id: id.clone(),
                note: note.trim().to_owned(),
                actions: Vec::new(),
            }),
    );
    out
}
