//! Migrations: named, pure steps on the JSON value that bring an older document up to
//! [`VERSION`], one version at a time, before any record is read.
//!
//! Version 1 is the first format, so the chain is still empty. To change the format:
//!
//! 1. raise [`VERSION`] to N+1 and change the records;
//! 2. add a step `Migration { from: N, description: "…", apply }` to [`MIGRATIONS`], where
//!    `apply` rewrites a version-N value into the version-N+1 shape (the runner sets
//!    `version` itself), and returns a [`FileError`] when an old value cannot be carried
//!    over;
//! 3. add the fixture `tests/fixtures/format-v<N+1>.json`, written by the new build; the
//!    fixtures of every earlier version stay and must keep loading (the tests below and
//!    `tests/file_format.rs` read them all).

use serde_json::Value;

use super::error::{FieldProblem, FileError};
use super::VERSION;

/// One step of the chain: from version `from` to `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The version this step reads.
    pub from: u32,
    /// What the step changes, in one line.
    pub description: &'static str,
    /// The change itself, on the whole document.
    pub apply: fn(&mut Value) -> Result<(), FileError>,
}

/// Every step, oldest first; one per version below [`VERSION`].
pub const MIGRATIONS: &[Migration] = &[];

/// Brings a document of `version` up to [`VERSION`].
pub fn migrate(version: u32, value: Value) -> Result<Value, FileError> {
    run(MIGRATIONS, VERSION, version, value)
}

/// Runs the steps of `chain` from `version` up to `target`, in order, and stops at the first
/// error. A version without a step is an error too.
fn run(
    chain: &[Migration],
    target: u32,
    version: u32,
    mut value: Value,
) -> Result<Value, FileError> {
    for from in version..target {
        let step = chain
            .iter()
            .find(|step| step.from == from)
            .ok_or_else(|| FileError::Field {
                path: "version".into(),
                problem: FieldProblem::UnknownValue(from.to_string()),
                position: None,
            })?;
        (step.apply)(&mut value)?;
        if let Some(document) = value.as_object_mut() {
            document.insert("version".into(), (from + 1).into());
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn trail(value: &mut Value, mark: &str) {
        if let Some(list) = value["trail"].as_array_mut() {
            list.push(mark.into());
        }
    }

    const TWO_STEPS: &[Migration] = &[
        // Listed out of order on purpose: the runner goes by `from`, not by position.
        Migration {
            from: 2,
            description: "second step",
            apply: |value| {
                trail(value, "2→3");
                Ok(())
            },
        },
        Migration {
            from: 1,
            description: "first step",
            apply: |value| {
                trail(value, "1→2");
                Ok(())
            },
        },
    ];

    #[test]
    fn steps_run_in_order_from_the_documents_version() {
        let start = json!({"format": "ontwikkelkaarten", "version": 1, "trail": []});
        let out = run(TWO_STEPS, 3, 1, start.clone()).unwrap();
        assert_eq!(out["trail"], json!(["1→2", "2→3"]));
        assert_eq!(out["version"], json!(3));
        let out = run(TWO_STEPS, 3, 2, start.clone()).unwrap();
        assert_eq!(
            out["trail"],
            json!(["2→3"]),
            "a v2 document skips the first step"
        );
        assert_eq!(run(TWO_STEPS, 3, 3, start.clone()).unwrap(), start);
    }

    #[test]
    fn a_failing_step_stops_the_chain() {
        let failing: &[Migration] = &[
            Migration {
                from: 1,
                description: "fails",
                apply: |_| Err(FileError::NotOurs),
            },
            Migration {
                from: 2,
                description: "must not run",
                apply: |_| panic!("a step ran after a failed one"),
            },
        ];
        let start = json!({"version": 1, "trail": []});
        assert_eq!(run(failing, 3, 1, start), Err(FileError::NotOurs));
    }

    #[test]
    fn a_gap_in_the_chain_is_an_error_not_a_skip() {
        let err = run(&TWO_STEPS[..1], 3, 1, json!({"trail": []})).unwrap_err();
        assert!(
            matches!(&err, FileError::Field { path, problem: FieldProblem::UnknownValue(v), .. } if path == "version" && v == "1"),
            "{err:?}"
        );
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)] // empty while VERSION is 1
    fn the_chain_has_one_described_step_per_older_version() {
        for from in 1..VERSION {
            let steps: Vec<_> = MIGRATIONS.iter().filter(|m| m.from == from).collect();
            assert_eq!(steps.len(), 1, "one step from version {from}");
            assert!(!steps[0].description.trim().is_empty());
        }
        assert!(MIGRATIONS.iter().all(|m| (1..VERSION).contains(&m.from)));
    }

    /// Every fixture goes through the chain and then reads as a document of [`VERSION`].
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_fixture_migrates_to_the_current_version() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for version in 1..=VERSION {
            let path = format!("{dir}/format-v{version}.json");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let value: Value = serde_json::from_str(&text).unwrap();
            assert_eq!(value["version"], json!(version), "{path}");
            let migrated = migrate(version, value).unwrap();
            assert_eq!(migrated["version"], json!(VERSION));
            let doc = super::super::parse_str(&migrated.to_string())
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            assert_eq!(doc.version, VERSION);
        }
        let next = format!("{dir}/format-v{}.json", VERSION + 1);
        assert!(
            !std::path::Path::new(&next).exists(),
            "{next} exists: raise VERSION and add its migration step"
        );
    }
}
