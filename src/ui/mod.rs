//! Components.
pub fn mount() {}
