//! Team sessions without a server: a facilitator starts a session, members join by QR
//! code, answer the scan on their phones and send their result back as a short link
//! (or a QR code, or a file); the facilitator collects them into an anonymous team
//! picture that shows no figure until enough members are in.
//!
//! The sessions are kept on the facilitator's device under their own storage key, apart
//! from the user's own data: they hold other people's answers, which *Alles exporteren*
//! never carries. A session is exported as a file of its own ([`write_sessions`]), with
//! the individual answers left out unless the facilitator chooses otherwise.

mod code;
mod link;
pub mod presenter;

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub use code::SessionCode;
pub use link::{
    base_of, clean_name, find_results, Answers, Found, Invitation, ResultLink, JOIN_PREFIX,
    LINK_VERSION, NAME_LIMIT, RESULT_PREFIX,
};

use crate::domain::extra::Extra;
use crate::domain::files::format::{parse_str, Document, FileError, WriteError};
use crate::domain::files::share::LinkError;
use crate::domain::files::team::{aggregate, DimensionStats};
use crate::domain::scan::{Answer, Scan, TeamSummary};
use crate::domain::state::AppState;

/// The storage key of the facilitator's sessions.
pub const SESSIONS_KEY: &str = crate::domain::content::manifest::STORAGE_KEYS[3];

/// The default and the lowest minimum number of respondents before any team figure shows.
pub const DEFAULT_MINIMUM: u32 = 3;
/// See [`DEFAULT_MINIMUM`]: one respondent's "team" would be that person's own answers.
pub const LOWEST_MINIMUM: u32 = 2;

/// One member's result in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionResult {
    /// The result's random id (from its link): the same result twice counts once.
    pub id: u32,
    /// The session the result was made for, when it is not this one (added on purpose).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_session: Option<String>,
    /// The member's name, when the session allows names and one was given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// The day it was filled in.
    pub day: NaiveDate,
    /// Answers by statement id (0 "weet ik niet", 1–5).
    pub answers: BTreeMap<String, Answer>,
    /// Fields this build does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

impl SessionResult {
    /// The result as a scan, for scoring.
    pub fn scan(&self) -> Scan {
        let at = self.day.and_hms_opt(12, 0, 0).unwrap_or_default();
        Scan {
            id: format!("{:06x}", self.id),
            label: String::new(),
            respondent: self.name.clone(),
            role: String::new(),
            organisation: String::new(),
            started: at,
            finished: Some(at),
            answers: self.answers.clone(),
            statements: crate::domain::scan::STATEMENTS_VERSION,
            team: None,
            extra: Extra::default(),
        }
    }
}

/// Per dimension: the facilitator's notes of the conversation.
pub type Notes = BTreeMap<String, String>;

/// A team session on the facilitator's device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamSession {
    /// The short code, `K7M-2QX`; also the session's id (`K7M2QX`) in addresses.
    pub code: String,
    /// The team, such as "MT Zuid": sessions of one team make its trend.
    pub team: String,
    /// The session, such as "nulmeting".
    pub name: String,
    /// When it was started.
    pub created: NaiveDateTime,
    /// The fewest results before any team figure shows.
    pub minimum: u32,
    /// Whether members may add their name.
    #[serde(default)]
    pub names_allowed: bool,
    /// Whether the facilitator chose to show the names given.
    #[serde(default)]
    pub show_names: bool,
    /// The results collected.
    #[serde(default)]
    pub results: Vec<SessionResult>,
    /// The version of the statements the members answered ([`Scan::statements`]).
    #[serde(default = "first_statements_version")]
    pub statements: u16,
    /// The team figures, kept when the results were left out of an export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<TeamSummary>,
    /// Notes per dimension (card id).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: Notes,
    /// The plan actions go into.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// Fields this build does not know.
    #[serde(flatten)]
    pub extra: Extra,
}

fn first_statements_version() -> u16 {
    1
}

/// What adding a result did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// It is in.
    New,
    /// It was in already; nothing changed.
    Again,
    /// It was made for another session (or none): not added unless on purpose.
    OtherSession,
}

/// What the team may see of a session.
#[derive(Debug, Clone, PartialEq)]
pub enum Picture {
    /// Too few results: no figure at all, and how many more are needed.
    TooFew {
        /// Results still needed.
        needed: u32,
    },
    /// The team figures per dimension, in deck order.
    Figures(Vec<DimensionStats>),
}

impl Picture {
    /// The team figures; none below the minimum.
    pub fn stats(&self) -> &[DimensionStats] {
        match self {
            Picture::Figures(stats) => stats,
            Picture::TooFew { .. } => &[],
        }
    }

    /// How many more results are needed before any figure shows; `None` when they show.
    pub fn needed(&self) -> Option<u32> {
        match self {
            Picture::TooFew { needed } => Some(*needed),
            Picture::Figures(_) => None,
        }
    }
}

impl TeamSession {
    /// A new session.
    pub fn new(
        code: SessionCode,
        team: &str,
        name: &str,
        minimum: u32,
        names_allowed: bool,
        now: NaiveDateTime,
    ) -> TeamSession {
        TeamSession {
            code: code.to_string(),
            team: clean_name(team),
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            created: now,
            minimum: minimum.max(LOWEST_MINIMUM),
            names_allowed,
            show_names: false,
            results: Vec::new(),
            statements: crate::domain::scan::STATEMENTS_VERSION,
            summary: None,
            notes: Notes::new(),
            plan: None,
            extra: Extra::default(),
        }
    }

    /// The session's code, if its text is one.
    pub fn session_code(&self) -> Option<SessionCode> {
        SessionCode::parse(&self.code)
    }

    /// The id in addresses: the code without its dash.
    pub fn id(&self) -> String {
        self.code.replace('-', "")
    }

    /// "MT Zuid — nulmeting", or whichever of the two there is, or the code.
    pub fn title(&self) -> String {
        match (self.team.trim(), self.name.trim()) {
            ("", "") => trf!("Teamsessie {}", "Team session {}", self.code),
            (team, "") => team.to_owned(),
            ("", name) => name.to_owned(),
            (team, name) => format!("{team} — {name}"),
        }
    }

    /// The invitation the join screen shows.
    pub fn invitation(&self) -> Option<Invitation> {
        Some(Invitation {
            code: self.session_code()?,
            name: self.title(),
            names_allowed: self.names_allowed,
        })
    }

    /// How many results are in: collected ones, or those the kept figures were made of.
    pub fn respondents(&self) -> u32 {
        if self.results.is_empty() {
            self.summary.as_ref().map_or(0, |s| s.members)
        } else {
            self.results.len() as u32
        }
    }

    /// Adds a result. One made for another session (or none) is only added `on_purpose`,
    /// and is then marked as such.
    pub fn add(&mut self, result: &ResultLink, on_purpose: bool) -> Added {
        if self.results.iter().any(|r| r.id == result.id) {
            return Added::Again;
        }
        let other = match result.session {
            Some(code) if Some(code) == self.session_code() => None,
            Some(code) => Some(code.to_string()),
            None => Some(String::new()),
        };
        if other.is_some() && !on_purpose {
            return Added::OtherSession;
        }
        self.results.push(SessionResult {
            id: result.id,
            other_session: other,
            name: if self.names_allowed {
                clean_name(&result.name)
            } else {
                String::new()
            },
            day: result.day,
            answers: result.answer_map(),
            extra: Extra::default(),
        });
        self.summary = None;
        Added::New
    }

    /// Takes a result out again (a wrong one added on purpose).
    pub fn remove(&mut self, id: u32) {
        self.results.retain(|r| r.id != id);
    }

    /// Whether figures may be shown: the minimum is reached (what [`Self::picture`] decides,
    /// without combining the results).
    pub fn has_figures(&self) -> bool {
        self.respondents() >= self.minimum.max(LOWEST_MINIMUM)
    }

    /// What may be shown: nothing below the minimum.
    pub fn picture(&self) -> Picture {
        if !self.has_figures() {
            return Picture::TooFew {
                needed: self.minimum.max(LOWEST_MINIMUM) - self.respondents(),
            };
        }
        if self.results.is_empty() {
            if let Some(summary) = &self.summary {
                return Picture::Figures(stats_of_summary(summary));
            }
        }
        let scans: Vec<Scan> = self.results.iter().map(SessionResult::scan).collect();
        Picture::Figures(aggregate(&scans))
    }

    /// The team figures, when they may be shown.
    pub fn figures(&self) -> Option<Vec<DimensionStats>> {
        match self.picture() {
            Picture::Figures(stats) => Some(stats),
            Picture::TooFew { .. } => None,
        }
    }

    /// How each member is named: their name when the facilitator shows names and one was
    /// given, else "Deelnemer N" in the order they came in.
    pub fn member_names(&self) -> Vec<String> {
        self.results
            .iter()
            .enumerate()
            .map(|(i, r)| {
                if self.show_names && !r.name.is_empty() {
                    r.name.clone()
                } else {
                    trf!("Deelnemer {}", "Participant {}", i + 1)
                }
            })
            .collect()
    }

    /// Per dimension, each member's score (tenths) in the order they came in, shuffled by
    /// value so that no dot can be traced to a person: the distribution for the big screen.
    /// `None` below the minimum.
    pub fn distribution(&self, card_id: &str) -> Option<Vec<u16>> {
        if !self.has_figures() {
            return None;
        }
        let position = crate::domain::content::cards()
            .iter()
            .position(|c| c.id == card_id)?;
        let mut values: Vec<u16> = self
            .results
            .iter()
            .filter_map(|r| r.scan().scores()[position].mean)
            .collect();
        values.sort_unstable();
        Some(values)
    }

    /// The session for a file: below the minimum without any figure or answer; otherwise
    /// with the team figures, and with the individual answers only `with_answers`. Names
    /// go only with the answers, and only when the facilitator shows them.
    pub fn for_export(&self, with_answers: bool) -> TeamSession {
        let mut out = self.clone();
        let figures = self.figures();
        out.summary = figures.as_ref().map(|stats| TeamSummary {
            members: self.respondents(),
            dimensions: stats
                .iter()
                .filter_map(|s| Some((s.card.id.to_owned(), s.figures?.into())))
                .collect(),
            extra: Extra::default(),
        });
        if !with_answers || figures.is_none() {
            out.results.clear();
        } else if !self.show_names {
            for r in &mut out.results {
                r.name.clear();
            }
        }
        out
    }

    /// The team result as a scan-like record (for comparing two sessions and trends);
    /// `None` below the minimum.
    pub fn team_scan(&self) -> Option<Scan> {
        let stats = self.figures()?;
        let mut scan = crate::domain::files::team::team_scan(
            format!("teamsessie-{}", self.id()),
            &self.title(),
            "",
            self.respondents() as usize,
            &stats,
            self.created,
        );
        scan.statements = self.statements;
        Some(scan)
    }
}

/// What collecting a batch did: counted, so the facilitator reads one line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Collected {
    /// Results added.
    pub added: usize,
    /// Results that were in already.
    pub again: usize,
    /// Results made for another session (or none): offered to add on purpose.
    pub other: Vec<ResultLink>,
    /// Links that could not be read.
    pub problems: Vec<LinkError>,
}

impl Collected {
    /// Adds results to `session`; one from another session waits in [`Collected::other`].
    pub fn add(&mut self, session: &mut TeamSession, results: Vec<ResultLink>) {
        for result in results {
            match session.add(&result, false) {
                Added::New => self.added += 1,
                Added::Again => self.again += 1,
                Added::OtherSession => {
                    if !self.other.iter().any(|o| o.id == result.id) {
                        self.other.push(result);
                    }
                }
            }
        }
    }

    /// Every result link in a pasted text (a chat, a mail) added to `session`.
    pub fn from_text(session: &mut TeamSession, text: &str) -> Collected {
        let found = find_results(text);
        let mut collected = Collected {
            problems: found.problems,
            ..Collected::default()
        };
        collected.add(session, found.results);
        collected
    }

    /// What happened, in Dutch: "3 toegevoegd. 1 stond er al in." and the problems.
    pub fn summary(&self) -> String {
        use crate::domain::text::count;
        let mut parts = Vec::new();
        if self.added > 0 {
            parts.push(trf!(
                "✓ {} toegevoegd.",
                "✓ {} added.",
                count(
                    self.added,
                    tr!("uitkomst", "result"),
                    tr!("uitkomsten", "results")
                )
            ));
        }
        if self.again > 0 {
            parts.push(trf!(
                "{} stond{} er al in en {} één keer.",
                "{} {} already in and {} once.",
                count(
                    self.again,
                    tr!("uitkomst", "result"),
                    tr!("uitkomsten", "results")
                ),
                if self.again == 1 {
                    tr!("", "was")
                } else {
                    tr!("en", "were")
                },
                if self.again == 1 {
                    tr!("telt", "counts")
                } else {
                    tr!("tellen", "count")
                }
            ));
        }
        if !self.other.is_empty() {
            parts.push(trf!(
                "{} {} voor een andere sessie gemaakt; voeg {} hieronder alleen toe als dat klopt.",
                "{} {} made for another session; only add {} below if that is right.",
                count(
                    self.other.len(),
                    tr!("uitkomst", "result"),
                    tr!("uitkomsten", "results")
                ),
                if self.other.len() == 1 {
                    tr!("is", "was")
                } else {
                    tr!("zijn", "were")
                },
                if self.other.len() == 1 {
                    tr!("hem", "it")
                } else {
                    tr!("ze", "them")
                }
            ));
        }
        let damaged = self
            .problems
            .iter()
            .filter(|p| **p == LinkError::Damaged)
            .count();
        if damaged > 0 {
            parts.push(trf!(
                "{} beschadigd of niet compleet: vraag de afzender de link opnieuw te sturen, of de QR-code te laten zien.",
                "{} damaged or incomplete: ask the sender to send the link again, or to show the QR code.",
                if damaged == 1 { tr!("Eén link is", "One link is").to_owned() } else { trf!("{damaged} links zijn", "{damaged} links are") }
            ));
        }
        if self.problems.contains(&LinkError::Newer) {
            parts.push(LinkError::Newer.message().to_owned());
        }
        if parts.is_empty() {
            return tr!(
                "Hier staat geen link naar een uitkomst in. Plak het hele bericht met de link die een deelnemer stuurde (met #/antwoord/ erin); de rest van de tekst mag erbij.",
                "There is no link to a result in here. Paste the whole message with the link a participant sent (with #/antwoord/ in it); the rest of the text may come along."
            )
            .to_owned();
        }
        parts.join(" ")
    }
}

/// The result link of a finished personal scan (for a member's file): the session it
/// was made for, else none, and an id made from the scan's own id so that the same file
/// read twice counts once.
pub fn result_of_scan(scan: &Scan) -> Option<ResultLink> {
    if scan.team.is_some() || scan.finished.is_none() {
        return None;
    }
    Some(match Membership::of_scan(scan) {
        Some(membership) => membership.result_link(scan),
        None => ResultLink {
            session: None,
            id: scan.id.bytes().fold(0x811C_9DC5u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            }) & 0x00FF_FFFF,
            day: scan.when().date(),
            answers: ResultLink::answers_of(&scan.answers),
            name: clean_name(&scan.respondent),
        },
    })
}

/// Figures kept in a summary, in deck order.
fn stats_of_summary(summary: &TeamSummary) -> Vec<DimensionStats> {
    crate::domain::content::cards()
        .iter()
        .map(|card| DimensionStats {
            card,
            figures: summary.dimensions.get(card.id).map(|d| d.figures),
        })
        .collect()
}

/// A session's results merged into another copy of it (an export read back, or a second
/// device): results by id, notes where this copy has none.
pub fn merge_session(into: &mut TeamSession, other: &TeamSession) {
    for result in &other.results {
        if !into.results.iter().any(|r| r.id == result.id) {
            into.results.push(result.clone());
        }
    }
    if into.results.is_empty() && into.summary.is_none() {
        into.summary = other.summary.clone();
    }
    for (card, note) in &other.notes {
        into.notes
            .entry(card.clone())
            .or_insert_with(|| note.clone());
    }
    if into.plan.is_none() {
        into.plan = other.plan.clone();
    }
}

/// The field of a file-format document that holds sessions.
pub const SESSIONS_FIELD: &str = "teamsessies";

/// Sessions as a document of the file format (kept on the device, or written to a file
/// with `exported_at`): the same header, checks and migrations as any file.
pub fn write_sessions(
    sessions: &[TeamSession],
    exported_at: Option<NaiveDateTime>,
) -> Result<String, WriteError> {
    let mut doc = Document::from_state(&AppState::default());
    doc.exported_at = exported_at;
    let value = serde_json::to_value(sessions).map_err(|_| WriteError)?;
    doc.extra.insert(SESSIONS_FIELD, value);
    if exported_at.is_some() {
        doc.to_pretty_json()
    } else {
        doc.to_json()
    }
}

/// Whether a document read from a file holds sessions.
pub fn holds_sessions(doc: &Document) -> bool {
    doc.extra.get(SESSIONS_FIELD).is_some()
}

/// Reads sessions kept or exported by [`write_sessions`]; a document without them is not
/// a sessions file.
pub fn read_sessions(text: &str) -> Result<Vec<TeamSession>, FileError> {
    sessions_of(&parse_str(text)?)
}

/// The sessions in a document read by the file reader.
pub fn sessions_of(doc: &Document) -> Result<Vec<TeamSession>, FileError> {
    let value = doc.extra.get(SESSIONS_FIELD).ok_or(FileError::NotOurs)?;
    let sessions: Vec<TeamSession> =
        serde_json::from_value(value).map_err(|_| FileError::NotOurs)?;
    Ok(sessions
        .into_iter()
        .filter(|s| s.session_code().is_some())
        .collect())
}

/// Adds sessions read from a file to the kept ones: a session already kept gets the
/// results it lacks. Returns how many sessions were new.
pub fn add_sessions(kept: &mut Vec<TeamSession>, read: Vec<TeamSession>) -> usize {
    let mut new = 0;
    for session in read {
        match kept.iter_mut().find(|k| k.code == session.code) {
            Some(existing) => merge_session(existing, &session),
            None => {
                kept.push(session);
                new += 1;
            }
        }
    }
    new
}

/// The sessions of one team, oldest first: a team's trend.
pub fn sessions_of_team<'a>(sessions: &'a [TeamSession], team: &str) -> Vec<&'a TeamSession> {
    let key = crate::domain::text::normalize(&clean_name(team));
    let mut of_team: Vec<&TeamSession> = sessions
        .iter()
        .filter(|s| crate::domain::text::normalize(&clean_name(&s.team)) == key)
        .collect();
    of_team.sort_by_key(|s| s.created);
    of_team
}

/// The teams that have sessions, each once, as first typed, in order of their first session.
pub fn teams(sessions: &[TeamSession]) -> Vec<String> {
    let mut sorted: Vec<&TeamSession> = sessions.iter().collect();
    sorted.sort_by_key(|s| s.created);
    let mut teams: Vec<String> = Vec::new();
    for s in sorted {
        let key = crate::domain::text::normalize(&clean_name(&s.team));
        if !key.is_empty()
            && !teams
                .iter()
                .any(|t| crate::domain::text::normalize(&clean_name(t)) == key)
        {
            teams.push(s.team.clone());
        }
    }
    teams
}

/// The session a member's scan was made for, kept in the scan's `teamsessie` field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    /// The session's code, `K7M-2QX`.
    pub code: String,
    /// Its name as the invitation gave it.
    #[serde(default)]
    pub name: String,
    /// Whether the session allows the member's name.
    #[serde(default)]
    pub names_allowed: bool,
    /// The result's random id, so that sending it twice counts once.
    pub result: u32,
}

/// The field of a scan that holds its [`Membership`].
pub const MEMBERSHIP_FIELD: &str = "teamsessie";

impl Membership {
    /// A member's scan joins the session of `invitation`, with a random result id.
    pub fn of(invitation: &Invitation, result: u32) -> Membership {
        Membership {
            code: invitation.code.to_string(),
            name: invitation.title(),
            names_allowed: invitation.names_allowed,
            result: result & 0x00FF_FFFF,
        }
    }

    /// The membership kept on a scan.
    pub fn of_scan(scan: &Scan) -> Option<Membership> {
        serde_json::from_value(scan.extra.get(MEMBERSHIP_FIELD)?).ok()
    }

    /// Keeps the membership on a scan.
    pub fn put_on(&self, scan: &mut Scan) {
        if let Ok(value) = serde_json::to_value(self) {
            scan.extra.insert(MEMBERSHIP_FIELD, value);
        }
    }

    /// The link that sends a finished scan's answers back to the facilitator.
    pub fn result_link(&self, scan: &Scan) -> ResultLink {
        ResultLink {
            session: SessionCode::parse(&self.code),
            id: self.result,
            day: scan.when().date(),
            answers: ResultLink::answers_of(&scan.answers),
            name: if self.names_allowed {
                clean_name(&scan.respondent)
            } else {
                String::new()
            },
        }
    }
}

#[cfg(test)]
mod tests;
