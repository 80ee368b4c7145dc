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
//! assert_eq!(extra.get("bron"), Some(serde_json::json!({"x": [1, "a"]})));
//! ```

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;

/// Unknown fields of one record, by name, each kept as its JSON text. Empty for everything
/// this app makes itself.
///
/// Kept as text rather than as [`Value`]s: saving, cloning and comparing the state happen
/// in the code every page needs, and text keeps that code small (a value is parsed only
/// when it is looked at, in [`Extra::get`]).
#[derive(Debug, Clone, Default)]
pub struct Extra(Vec<(String, Box<RawValue>)>);

impl Extra {
    /// Whether there is nothing unknown.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The unknown field `name`, as a JSON value.
    pub fn get(&self, name: &str) -> Option<Value> {
        let (_, raw) = self.0.iter().find(|(n, _)| n == name)?;
        serde_json::from_str(raw.get()).ok()
    }

    /// Keeps a field (for tests and migrations), in name order like the rest.
    pub fn insert(&mut self, name: impl Into<String>, value: Value) {
        let name = name.into();
        let Ok(raw) = serde_json::value::to_raw_value(&value) else {
            return;
        };
        self.0.retain(|(n, _)| *n != name);
        let at = self.0.partition_point(|(n, _)| *n < name);
        self.0.insert(at, (name, raw));
    }
}

impl PartialEq for Extra {
    fn eq(&self, other: &Extra) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((a, x), (b, y))| a == b && x.get() == y.get())
    }
}

impl Eq for Extra {}

impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, raw) in &self.0 {
            map.serialize_entry(name, raw)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Extra, D::Error> {
        // Through a map of values: the file reader's own deserializer cannot hand out
        // raw text, and a map also puts the fields in name order.
        let fields = std::collections::BTreeMap::<String, Value>::deserialize(deserializer)?;
        let mut out = Vec::with_capacity(fields.len());
        for (name, value) in fields {
            let raw = serde_json::value::to_raw_value(&value).map_err(serde::de::Error::custom)?;
            out.push((name, raw));
        }
        Ok(Extra(out))
    }
}

/// The schema of unknown fields: any JSON value under any name.
#[cfg(all(test, not(target_arch = "wasm32")))]
impl schemars::JsonSchema for Extra {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, Value>>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, Value>>::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}
