//! Importing files: what each one would change, and applying them all at once, merged by
//! id or replacing what is on this device.
//!
//! ```
//! use ontwikkelkaarten::domain::files::import::{apply, Choice};
//! use ontwikkelkaarten::domain::files::merge::Prefer;
//! use ontwikkelkaarten::domain::state::AppState;
//! let (after, message) = apply(&AppState::default(), &[], Choice::Merge(Prefer::Mine)).unwrap();
//! assert_eq!(after, AppState::default());
//! assert!(message.starts_with("Samengevoegd"));
//! ```

use super::format::Document;
use super::merge::{changes, contents, merge, replace, Changes, Contents, KindChanges, Prefer};
use crate::domain::state::AppState;
use crate::domain::text::{count, format_date_time};

/// What to do with the files that were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Add what is new; on a difference keep this device's version or the file's.
    Merge(Prefer),
    /// The first file replaces what is on this device; later files are merged into it,
    /// newest first.
    Replace,
}

/// What each file holds and would change, as if the files were merged one after the
/// other in this order (a second file sees the first one's records as already there).
pub fn preview(state: &AppState, documents: &[Document]) -> Vec<(Contents, Changes)> {
    let mut acc = state.clone();
    documents
        .iter()
        .map(|d| {
            let ch = changes(&acc, d);
            acc = merge(&acc, d, Prefer::Mine);
            (contents(d), ch)
        })
        .collect()
}

/// How many records the files differ from this device on, over all files.
pub fn conflict_count(preview: &[(Contents, Changes)]) -> usize {
    preview.iter().map(|(_, c)| c.conflict_count()).sum()
}

/// Applies the files; the new state and a Dutch line saying what happened, or `None`
/// when there is nothing to apply (replacing needs at least one file).
pub fn apply(
    state: &AppState,
    documents: &[Document],
    choice: Choice,
) -> Option<(AppState, String)> {
    match choice {
        Choice::Merge(prefer) => {
            let after = documents
                .iter()
                .fold(state.clone(), |acc, d| merge(&acc, d, prefer));
            let message = trf!(
                "Samengevoegd: {} scans, {} plannen en {} markeringen toegevoegd.",
                "Merged: {} scans, {} plans and {} marks added.",
                after.scans.len().saturating_sub(state.scans.len()),
                after.plans.len().saturating_sub(state.plans.len()),
                after
                    .suggestions
                    .len()
                    .saturating_sub(state.suggestions.len())
            );
            Some((after, message))
        }
        Choice::Replace => {
            let (first, rest) = documents.split_first()?;
            let after = rest.iter().fold(replace(state, first), |acc, d| {
                merge(&acc, d, Prefer::Theirs)
            });
            Some((
                after,
                tr!(
                    "Vervangen: de gegevens op dit apparaat zijn nu die uit het bestand.",
                    "Replaced: the data on this device is now the data from the file."
                )
                .into(),
            ))
        }
    }
}

impl Contents {
    /// What a file holds and where it comes from, as one sentence: "Bevat 2 scans,
    /// 1 plan, 5 gemarkeerde suggesties — van Sanne, geëxporteerd op 27-11-2026 21:05."
    pub fn description(&self) -> String {
        let origin = [
            (!self.from.is_empty()).then(|| {
                let from = self.from.join(", ");
                trf!("van {from}", "from {from}")
            }),
            self.exported_at.map(|at| {
                let at = format_date_time(at);
                trf!("geëxporteerd op {at}", "exported on {at}")
            }),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        trf!(
            "Bevat {}, {}, {} gemarkeerde suggesties{}.",
            "Contains {}, {}, {} marked suggestions{}.",
            count(self.scans, tr!("scan", "scan"), tr!("scans", "scans")),
            count(self.plans, tr!("plan", "plan"), tr!("plannen", "plans")),
            self.marks,
            if origin.is_empty() {
                String::new()
            } else {
                format!(" — {origin}")
            }
        )
    }
}

impl KindChanges {
    /// "Scans: 2 nieuw, 1 al aanwezig, 0 met verschillen".
    pub fn line(&self, what: &str) -> String {
        trf!(
            "{what}: {} nieuw, {} al aanwezig, {} met verschillen",
            "{what}: {} new, {} already here, {} with differences",
            self.new,
            self.same,
            self.conflicts.len()
        )
    }
}

impl Changes {
    /// The records that differ, by name, over all kinds.
    pub fn conflict_names(&self) -> Vec<String> {
        [&self.scans, &self.plans, &self.marks]
            .iter()
            .flat_map(|k| k.conflicts.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::files::format::parse_str;
    use crate::domain::state::Status;

    fn doc(body: &str) -> Document {
        parse_str(&format!(
            r#"{{"format":"ontwikkelkaarten","version":1{body}}}"#
        ))
        .unwrap()
    }

    fn scan(id: &str, label: &str) -> String {
        format!(r#"{{"id":"{id}","label":"{label}","started":"2026-01-05T09:00:00"}}"#)
    }

    fn mine() -> AppState {
        let mut state = AppState::default();
        state.set_status("teamleren.01", Some(Status::Oppakken));
        state.scans = doc(&format!(r#","scans":[{}]"#, scan("a", "Mijn a"))).scans;
        state
    }

    #[test]
    fn merging_counts_what_was_added_and_keeps_mine_on_a_difference() {
        let files = [
            doc(&format!(
                r#","scans":[{},{}]"#,
                scan("a", "Hun a"),
                scan("b", "b")
            )),
            doc(&format!(
                r#","scans":[{}],"suggestions":{{"partners.01":{{"status":"niet-nu"}}}}"#,
                scan("c", "c")
            )),
        ];
        let (after, message) = apply(&mine(), &files, Choice::Merge(Prefer::Mine)).unwrap();
        assert_eq!(
            message,
            "Samengevoegd: 2 scans, 0 plannen en 1 markeringen toegevoegd."
        );
        assert_eq!(after.scan("a").unwrap().label, "Mijn a");
        let (after, _) = apply(&mine(), &files, Choice::Merge(Prefer::Theirs)).unwrap();
        assert_eq!(after.scan("a").unwrap().label, "Hun a");
    }

    #[test]
    fn replacing_takes_the_first_file_and_merges_the_rest_into_it() {
        let files = [
            doc(&format!(r#","scans":[{}]"#, scan("b", "b"))),
            doc(&format!(r#","scans":[{}]"#, scan("c", "c"))),
        ];
        let (after, message) = apply(&mine(), &files, Choice::Replace).unwrap();
        let ids: Vec<&str> = after.scans.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
        assert!(after.suggestions.is_empty());
        assert!(message.starts_with("Vervangen"));
        assert_eq!(apply(&mine(), &[], Choice::Replace), None);
    }

    #[test]
    fn the_preview_sees_earlier_files_as_already_there() {
        let files = [
            doc(&format!(r#","scans":[{}]"#, scan("b", "b"))),
            doc(&format!(r#","scans":[{}]"#, scan("b", "anders"))),
        ];
        let preview = preview(&mine(), &files);
        assert_eq!(preview.len(), 2);
        assert_eq!(preview[0].0.scans, 1);
        assert_eq!(conflict_count(&preview[..1]), 0);
        assert_eq!(
            conflict_count(&preview),
            1,
            "the second file differs from the first"
        );
        assert_eq!(preview[1].1.conflict_names().len(), 1);
        assert_eq!(
            preview[1].1.scans.line("Scans"),
            "Scans: 0 nieuw, 0 al aanwezig, 1 met verschillen"
        );
    }

    #[test]
    fn a_file_describes_what_it_holds_in_dutch() {
        let one = doc(&format!(r#","scans":[{}]"#, scan("b", "b")));
        assert_eq!(
            contents(&one).description(),
            "Bevat 1 scan, 0 plannen, 0 gemarkeerde suggesties."
        );
        let mut c = contents(&one);
        c.from = vec!["Sanne".into()];
        c.exported_at = chrono::NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_hms_opt(21, 5, 0);
        assert_eq!(
            c.description(),
            "Bevat 1 scan, 0 plannen, 0 gemarkeerde suggesties — van Sanne, geëxporteerd op 27-11-2026 21:05."
        );
    }
}
