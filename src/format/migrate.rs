//! Reading older plan files: one step per format version, each a function
//! from a version-`n` document to a version-`n + 1` document, over
//! `serde_json::Value` (so a step never depends on today's Rust types).
//!
//! The gate ([`super::import_plan`]) calls [`upgrade`] after it has read
//! the envelope and before it checks the shape, so an older file and an
//! older stored plan both come in as the current version. A file of a newer
//! version is refused before this module is reached.
//!
//! The format is at version 1, so there is no step yet. When `VERSION` is
//! raised, [`STEPS`] must grow by one function, or the build fails: its
//! length is `VERSION - 1`. A step fills every new field with its default
//! explicitly, so what an old file means is written down here, not left to
//! `#[serde(default)]`. A stored plan read through a step is written back in
//! the current version with the user's next change (every save writes the
//! whole plan), not at once: reading never writes.
//!
//! The scoreboard's `evaluation` weights do not need a version 2: the field
//! is optional in version 1, documented with its default in
//! `docs/plan-format.md`, and a file without it means the default weights.

use super::VERSION;
use serde_json::Value;

/// A step from one version's document to the next one's.
pub type Step = fn(Value) -> Value;

/// `STEPS[i]` turns a version `i + 1` document into a version `i + 2` one.
pub const STEPS: [Step; VERSION as usize - 1] = [];

/// Bring a document of version `from` (1 ≤ `from` ≤ [`VERSION`]) up to the
/// current version, with the version field set to it. A document already at
/// the current version comes back as it is.
pub fn upgrade(doc: Value, from: u64) -> Value {
    upgrade_with(doc, from, &STEPS)
}

/// [`upgrade`] with the given steps: `steps[i]` turns version `i + 1` into
/// `i + 2`. Each step from `from` on is applied in order and the `version`
/// field is set after each, so a step only ever sees its own version.
pub fn upgrade_with(mut doc: Value, from: u64, steps: &[Step]) -> Value {
    let first = usize::try_from(from.max(1) - 1).unwrap_or(usize::MAX);
    for (i, step) in steps.iter().enumerate().skip(first) {
        doc = step(doc);
        if let Some(fields) = doc.as_object_mut() {
            fields.insert("version".into(), Value::from(i as u64 + 2));
        }
    }
    doc
}

/// Whether a document of version `from` needs any step.
pub fn needs_upgrade(from: u64) -> bool {
    from < u64::from(VERSION)
}
