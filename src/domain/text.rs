//! Dutch text formatting.
