//! Over time: every session of one team, and all of one's own scans, as one series of
//! scores per dimension; and what follows a session ([`follow_up`]): comparing it with
//! another session of the team, and its notes with the actions made from them.
//!
//! A session below its minimum is a moment of the trend without any figure: it is listed
//! (with how many results it still needs), never drawn or counted.
//!
//! ```
//! use ontwikkelkaarten::domain::trend::Trend;
//! let trend = Trend::of_scans(&[]);
//! assert!(trend.is_empty());
//! assert_eq!(trend.with_figures(), 0);
//! ```

pub mod follow_up;
pub mod line;

use chrono::NaiveDateTime;

use crate::domain::content::cards;
use crate::domain::scan::Scan;
use crate::domain::session::{clean_name, sessions_of_team, teams, Picture, TeamSession};
use crate::domain::text::{card_short_title, format_date, format_score};

/// What one moment of a trend may show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// Scores per dimension in tenths, in deck order (`None`: nothing answered there).
    Figures(Vec<Option<u16>>),
    /// A session below its minimum: no figure at all, and how many results it still needs.
    TooFew {
        /// Results still needed.
        needed: u32,
    },
}

/// One moment of a trend: a session of the team, or one own scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moment {
    /// The session's address id or the scan's id, to link to it.
    pub id: String,
    /// The session's name or the scan's title.
    pub name: String,
    /// When it took place.
    pub at: NaiveDateTime,
    /// What may be shown.
    pub shown: Shown,
    /// The version of the statements answered ([`Scan::statements`]).
    pub statements: u16,
}

impl Moment {
    /// The score of dimension `dimension` (deck position), when it may be shown and is known.
    pub fn value(&self, dimension: usize) -> Option<u16> {
        match &self.shown {
            Shown::Figures(values) => values.get(dimension).copied().flatten(),
            Shown::TooFew { .. } => None,
        }
    }

    /// Whether this moment has figures to show.
    pub fn has_figures(&self) -> bool {
        matches!(self.shown, Shown::Figures(_))
    }

    /// The score as a table shows it ("3,4", "onbekend"), or `None` where no figure may
    /// be shown at all.
    pub fn cell(&self, dimension: usize) -> Option<String> {
        self.has_figures()
            .then(|| format_score(self.value(dimension)))
    }

    /// The date as Dutch text: "02-11-2026".
    pub fn date(&self) -> String {
        format_date(self.at)
    }

    /// The date to show beside the name: none when the name holds it already ("Scan van
    /// 02-11-2026").
    pub fn own_date(&self) -> Option<String> {
        let date = self.date();
        (!self.name.contains(&date)).then_some(date)
    }
}

/// The moments of a trend, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Trend {
    /// The moments, oldest first.
    pub moments: Vec<Moment>,
}

impl Trend {
    /// Every session of `team`, oldest first; one below its minimum without figures.
    pub fn of_team(sessions: &[TeamSession], team: &str) -> Trend {
        let moments = sessions_of_team(sessions, team)
            .into_iter()
            .map(|s| Moment {
                id: s.id(),
                name: session_name(s),
                at: s.created,
                shown: match s.picture() {
                    Picture::Figures(stats) => {
                        Shown::Figures(stats.iter().map(|d| d.figures.map(|f| f.mean)).collect())
                    }
                    Picture::TooFew { needed } => Shown::TooFew { needed },
                },
                statements: s.statements,
            })
            .collect();
        Trend { moments }
    }

    /// One's own finished personal scans (not team results), oldest first.
    pub fn of_scans(scans: &[Scan]) -> Trend {
        let mut own: Vec<&Scan> = scans
            .iter()
            .filter(|s| s.team.is_none() && s.finished.is_some())
            .collect();
        own.sort_by(|a, b| a.when().cmp(&b.when()).then_with(|| a.id.cmp(&b.id)));
        let moments = own
            .into_iter()
            .map(|s| Moment {
                id: s.id.clone(),
                name: s.title(),
                at: s.when(),
                shown: Shown::Figures(s.scores().iter().map(|d| d.mean).collect()),
                statements: s.statements,
            })
            .collect();
        Trend { moments }
    }

    /// Said when the moments with figures answered different versions of the statements.
    pub fn versions_notice(&self) -> Option<String> {
        crate::domain::scan::versions_notice(
            self.moments
                .iter()
                .filter(|m| m.has_figures())
                .map(|m| m.statements),
        )
    }

    /// Whether there is no moment at all.
    pub fn is_empty(&self) -> bool {
        self.moments.is_empty()
    }

    /// How many moments have figures.
    pub fn with_figures(&self) -> usize {
        self.moments.iter().filter(|m| m.has_figures()).count()
    }

    /// The series of dimension `dimension` (deck position): one value per moment, `None`
    /// where there is no figure (below the minimum, or nothing answered).
    pub fn series(&self, dimension: usize) -> Vec<Option<u16>> {
        self.moments.iter().map(|m| m.value(dimension)).collect()
    }

    /// What a chart of dimension `dimension` says to a screen reader: "Gedeelde visie
    /// door de tijd: 1. nulmeting 2,5; 2. tussenmeting geen cijfer (nog 1 nodig); …".
    pub fn spoken(&self, dimension: usize) -> String {
        let title = cards()
            .get(dimension)
            .map_or_else(String::new, card_short_title);
        let points: Vec<String> = self
            .moments
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let figure = match &m.shown {
                    Shown::Figures(_) => format_score(m.value(dimension)),
                    Shown::TooFew { needed } => {
                        trf!(
                            "geen cijfer (nog {needed} nodig)",
                            "no figure ({needed} more needed)"
                        )
                    }
                };
                format!("{}. {} {figure}", i + 1, m.name)
            })
            .collect();
        trf!(
            "{title} door de tijd: {}.",
            "{title} over time: {}.",
            points.join("; ")
        )
    }
}

/// How a session is named in a trend: its name, else its date.
fn session_name(session: &TeamSession) -> String {
    match session.name.trim() {
        "" => trf!(
            "Sessie van {}",
            "Session on {}",
            format_date(session.created)
        ),
        name => name.to_owned(),
    }
}

/// The team a trend opens with: the team of the latest session (as [`teams`] spells it).
pub fn latest_team(sessions: &[TeamSession]) -> Option<String> {
    let latest = sessions
        .iter()
        .filter(|s| !s.team.trim().is_empty())
        .max_by_key(|s| s.created)?;
    let key = |team: &str| crate::domain::text::normalize(&clean_name(team));
    teams(sessions)
        .into_iter()
        .find(|t| key(t) == key(&latest.team))
}

#[cfg(test)]
mod tests;
