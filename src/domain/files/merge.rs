//! Import: what a file holds, what it would change, and merging it in by id — nothing
//! duplicated, conflicts listed and resolved by an explicit choice.

use chrono::NaiveDateTime;

use super::format::Document;
use crate::domain::state::AppState;

/// On a conflict (same id, different content): whose version wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// Keep what is on this device.
    Mine,
    /// Take the version from the file.
    Theirs,
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    /// Finished scans (team results included).
    pub scans: usize,
    /// Journey plans.
    pub plans: usize,
    /// Marked suggestions.
    pub marks: usize,
    /// Respondents and organisations named in the scans.
    pub from: Vec<String>,
    /// When it was exported.
    pub exported_at: Option<NaiveDateTime>,
    /// Which app version wrote it.
    pub app_version: String,
}

/// Counts of new, identical and conflicting records of one kind.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindChanges {
    /// Records this device does not have yet.
    pub new: usize,
    /// Records this device already has, identical.
    pub same: usize,
    /// Records with the same id but different content: their names.
    pub conflicts: Vec<String>,
}

/// What merging a file would change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Scans.
    pub scans: KindChanges,
    /// Plans.
    pub plans: KindChanges,
    /// Suggestion marks.
    pub marks: KindChanges,
}

impl Changes {
    /// Whether merging would change nothing.
    pub fn is_empty(&self) -> bool {
        [&self.scans, &self.plans, &self.marks]
            .iter()
            .all(|k| k.new == 0 && k.conflicts.is_empty())
    }

    /// All conflicts.
    pub fn conflict_count(&self) -> usize {
        self.scans.conflicts.len() + self.plans.conflicts.len() + self.marks.conflicts.len()
    }
}

/// What a document holds.
pub fn contents(doc: &Document) -> Contents {
    let mut from: Vec<String> = Vec::new();
    for scan in &doc.scans {
        for who in [&scan.respondent, &scan.organisation] {
            if !who.is_empty() && !from.contains(who) {
                from.push(who.clone());
            }
        }
    }
    Contents {
        scans: doc.scans.len(),
        plans: doc.plans.len(),
        marks: doc
            .suggestions
            .values()
            .filter(|m| m.status.is_some())
            .count(),
        from,
        exported_at: doc.exported_at,
        app_version: doc.app_version.clone(),
    }
}

fn compare<'a, T: PartialEq + 'a>(
    mine: impl Fn(&str) -> Option<&'a T>,
    theirs: impl Iterator<Item = (&'a str, &'a T, String)>,
) -> KindChanges {
    let mut out = KindChanges::default();
    for (id, item, name) in theirs {
        match mine(id) {
            None => out.new += 1,
            Some(existing) if existing == item => out.same += 1,
            Some(_) => out.conflicts.push(name),
        }
    }
    out
}

/// What merging `doc` into `state` would change.
pub fn changes(state: &AppState, doc: &Document) -> Changes {
    Changes {
        scans: compare(
            |id| state.scan(id),
            doc.scans.iter().map(|s| (s.id.as_str(), s, s.title())),
        ),
        plans: compare(
            |id| state.plan(id),
            doc.plans.iter().map(|p| (p.id.as_str(), p, p.name.clone())),
        ),
        marks: compare(
            |id| state.mark(id),
            doc.suggestions.iter().map(|(id, m)| {
                let name = crate::domain::content::suggestion_by_id(id).map_or_else(
                    || id.clone(),
                    |(card, _)| {
                        let number = card.number;
                        trf!(
                            "suggestie {id} (kaart {number})",
                            "suggestion {id} (card {number})"
                        )
                    },
                );
                (id.as_str(), m, name)
            }),
        ),
    }
}

fn merge_by_id<T: Clone + PartialEq>(
    mine: &mut Vec<T>,
    theirs: &[T],
    id: impl Fn(&T) -> &str,
    prefer: Prefer,
) {
    for item in theirs {
        match mine.iter_mut().find(|m| id(m) == id(item)) {
            None => mine.push(item.clone()),
            Some(existing) if prefer == Prefer::Theirs => *existing = item.clone(),
            Some(_) => {}
        }
    }
}

/// Merges a document into the state by id. A draft in the file is ignored: a scan in
/// progress belongs to the device it is filled in on.
pub fn merge(state: &AppState, doc: &Document, prefer: Prefer) -> AppState {
    let mut out = state.clone();
    merge_by_id(&mut out.scans, &doc.scans, |s| s.id.as_str(), prefer);
    merge_by_id(&mut out.plans, &doc.plans, |p| p.id.as_str(), prefer);
    for (id, mark) in &doc.suggestions {
        if prefer == Prefer::Theirs || !out.suggestions.contains_key(id) {
            out.suggestions.insert(id.clone(), mark.clone());
        }
    }
    out
}

/// Replaces the state with the document's content, keeping this device's scan in
/// progress and export bookkeeping.
pub fn replace(state: &AppState, doc: &Document) -> AppState {
    AppState {
        suggestions: doc.suggestions.clone(),
        scans: doc.scans.clone(),
        plans: doc.plans.clone(),
        draft: state.draft.clone(),
        last_export: state.last_export,
        reminder_snoozed_until: state.reminder_snoozed_until,
        extra: doc.extra.clone(),
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)] // tests build states step by step
mod tests {
    use super::*;
    use crate::domain::files::format::parse_str;
    use crate::domain::scan::{Answer, Scan};
    use crate::domain::state::Status;

    fn scan(id: &str, label: &str, who: &str) -> Scan {
        Scan {
            id: id.into(),
            label: label.into(),
            respondent: who.into(),
            role: String::new(),
            organisation: "Team Zuid".into(),
            started: chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
                .unwrap()
                .and_hms_opt(9, 0, 0)
                .unwrap(),
            finished: None,
            answers: [("teamleren.u1".to_owned(), Answer::Score(3))].into(),
            statements: crate::domain::scan::STATEMENTS_VERSION,
            team: None,
            extra: Default::default(),
        }
    }

    fn doc_of(state: &AppState) -> Document {
        parse_str(&crate::domain::files::format::write_stored(state).unwrap()).unwrap()
    }

    #[test]
    fn contents_count_what_a_file_holds() {
        let mut s = AppState::default();
        s.scans = vec![
            scan("a", "Nulmeting", "Anna"),
            scan("b", "Na 4 maanden", ""),
        ];
        s.set_status("teamleren.01", Some(Status::Oppakken));
        s.set_note("teamleren.02", "alleen een notitie");
        let c = contents(&doc_of(&s));
        assert_eq!((c.scans, c.plans, c.marks), (2, 0, 1));
        assert_eq!(c.from, ["Anna", "Team Zuid"]);
    }

    #[test]
    fn merging_adds_new_records_and_never_duplicates() {
        let mut mine = AppState::default();
        mine.scans = vec![scan("a", "Nulmeting", "Anna")];
        mine.set_status("teamleren.01", Some(Status::Oppakken));
        let mut theirs = mine.clone();
        theirs.scans.push(scan("b", "Bram", "Bram"));
        theirs.set_status("partners.01", Some(Status::Gerealiseerd));
        let doc = doc_of(&theirs);
        let ch = changes(&mine, &doc);
        assert_eq!(
            (ch.scans.new, ch.scans.same, ch.scans.conflicts.len()),
            (1, 1, 0)
        );
        assert_eq!((ch.marks.new, ch.marks.same), (1, 1));
        let merged = merge(&mine, &doc, Prefer::Mine);
        assert_eq!(merged.scans.len(), 2);
        assert_eq!(merged.suggestions.len(), 2);
        // Merging the same file again changes nothing.
        assert_eq!(merge(&merged, &doc, Prefer::Theirs), merged);
        assert!(changes(&merged, &doc).is_empty());
    }

    #[test]
    fn conflicts_are_listed_and_resolved_by_the_choice() {
        let mut mine = AppState::default();
        mine.scans = vec![scan("a", "Nulmeting", "Anna")];
        mine.set_status("teamleren.01", Some(Status::Oppakken));
        let mut theirs = AppState::default();
        theirs.scans = vec![scan("a", "Nulmeting (bijgewerkt)", "Anna")];
        theirs.set_status("teamleren.01", Some(Status::NietNu));
        let doc = doc_of(&theirs);
        let ch = changes(&mine, &doc);
        assert_eq!(ch.scans.conflicts, ["Nulmeting (bijgewerkt)"]);
        assert_eq!(ch.marks.conflicts, ["suggestie teamleren.01 (kaart 3)"]);
        assert_eq!(ch.conflict_count(), 2);
        let kept = merge(&mine, &doc, Prefer::Mine);
        assert_eq!(kept, mine);
        let taken = merge(&mine, &doc, Prefer::Theirs);
        assert_eq!(taken.scans[0].label, "Nulmeting (bijgewerkt)");
        assert_eq!(
            taken.mark("teamleren.01").unwrap().status,
            Some(Status::NietNu)
        );
        assert_eq!(taken.scans.len(), 1);
    }

    #[test]
    fn replace_takes_the_file_but_keeps_the_draft_in_progress() {
        let mut mine = AppState::default();
        mine.scans = vec![scan("a", "x", "")];
        mine.start_scan("d".into(), Default::default(), scan("a", "", "").started);
        let theirs = AppState {
            scans: vec![scan("b", "y", "")],
            ..AppState::default()
        };
        let out = replace(&mine, &doc_of(&theirs));
        assert_eq!(out.scans.len(), 1);
        assert_eq!(out.scans[0].id, "b");
        assert_eq!(out.draft, mine.draft);
    }
}
