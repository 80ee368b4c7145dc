//! Fields this build does not know, kept so that nothing is lost on a round trip.
//!
//! Every record of the file format ends with `#[serde(flatten)] pub extra: Extra`: a field
//! written by a newer version of the app (or by hand) is read into it and written back
//! unchanged, after the fields this build knows.
//!
//! ```
//! use ontwikkelkaarten::domain::extra::Extra;
//! let mut extra = Extra::default();
//! assert!(extra.is_empty());
//! extra.insert("bron", serde_json::json!({"x": [1, "a"]}));
//! assert_eq!(extra.get("bron"), Some(&serde_json::json!({"x": [1, "a"]})));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Unknown fields of one record, by name. Empty for everything this app makes itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
pub struct Extra(pub BTreeMap<String, Value>);

impl Extra {
    /// Whether there is nothing unknown.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The unknown field `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// Keeps a field (for tests and migrations).
    pub fn insert(&mut self, name: impl Into<String>, value: Value) {
        self.0.insert(name.into(), value);
    }
}
