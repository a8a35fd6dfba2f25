//! Reading older plan files: one step per format version, each a function
//! from a version-`n` document to a version-`n + 1` document, over
//! `serde_json::Value` (so a step never depends on today's Rust types).
//!
//! The gate ([`super::import_plan`]) calls [`upgrade`] after it has read
//! the envelope and before it checks the shape, so an older file and an
//! older stored plan both come in as the current version. A file of a newer
//! version is refused before this module is reached.
//!
//! The format is at version 2; [`v1_to_v2`] is the one step. When `VERSION`
//! is raised, [`STEPS`] must grow by one function, or the build fails: its
//! length is `VERSION - 1`. A step fills every new field with its default
//! explicitly, so what an old file means is written down here, not left to
//! `#[serde(default)]`. A stored plan read through a step is written back in
//! the current version with the user's next change (every save writes the
//! whole plan), not at once: reading never writes.
//!
//! The scoreboard's `evaluation` weights did not need a version 2: the field
//! is optional in version 1, documented with its default in
//! `docs/plan-format.md`, and a file without it means the default weights.

use super::VERSION;
use serde_json::Value;

/// A step from one version's document to the next one's.
pub type Step = fn(Value) -> Value;

/// `STEPS[i]` turns a version `i + 1` document into a version `i + 2` one.
pub const STEPS: [Step; VERSION as usize - 1] = [v1_to_v2];

/// Version 1 to 2: the supervision loop. Every new field is written with
/// its default: the plan's `supervision` settings (verification not
/// required, no days to sign for), the notices' weight 0 among the
/// evaluation weights (when the file gives weights; without them the
/// defaults hold, as before), empty `steps` and `notices`, and each task's
/// `source` the plan. Where the plan requires verification, each task with
/// no step reads as assigned on its start (else the plan's), not yet signed
/// for; no version 1 plan can say so, so in practice a version 1 plan reads
/// as it did. The new levels (`national`, `township`) need nothing here.
pub fn v1_to_v2(mut doc: Value) -> Value {
    let Some(plan) = doc.get_mut("plan").and_then(Value::as_object_mut) else {
        return doc;
    };
    let supervision = plan
        .entry("supervision")
        .or_insert_with(|| serde_json::json!({}));
    if let Some(s) = supervision.as_object_mut() {
        s.entry("verification_required")
            .or_insert(Value::Bool(false));
    }
    let verified = supervision["verification_required"] == Value::Bool(true);
    if let Some(e) = plan.get_mut("evaluation").and_then(Value::as_object_mut) {
        e.entry("notices_weight").or_insert(Value::from(0.0));
    }
    plan.entry("notices")
        .or_insert_with(|| Value::Array(Vec::new()));
    let plan_start = plan.get("start").cloned().unwrap_or(Value::Null);
    let mut assigned = Vec::new();
    if let Some(tasks) = plan.get_mut("tasks").and_then(Value::as_array_mut) {
        for task in tasks.iter_mut().filter_map(Value::as_object_mut) {
            task.entry("source").or_insert(Value::from("plan"));
            if verified {
                let id = task.get("id").and_then(Value::as_str).unwrap_or_default();
                let date = task.get("start").cloned().unwrap_or(plan_start.clone());
                assigned.push(serde_json::json!({
                    "id": format!("{id}-assigned"),
                    "task": id,
                    "kind": "assigned",
                    "date": date,
                }));
            }
        }
    }
    let steps = plan
        .entry("steps")
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Some(steps) = steps.as_array_mut() {
        let has_steps: std::collections::HashSet<String> = steps
            .iter()
            .filter_map(|s| s.get("task").and_then(Value::as_str).map(str::to_owned))
            .collect();
        assigned.retain(|a| !has_steps.contains(a["task"].as_str().unwrap_or_default()));
        steps.splice(0..0, assigned);
    }
    doc
}

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
