//! Reading older plan files: one step per format version, each completing
//! a plan read from a version-`n` file into what a version-`n + 1` file of
//! the same content would say.
//!
//! Today's model reads every older file's shape: each field added since
//! version 1 is optional, and its serde default is what an older file
//! means by leaving it out (`docs/plan-format.md` gives each default). The
//! gate ([`super::import_plan`]) reads an older file's text with today's
//! model, so a shape error names its line and column in the user's own
//! text, then calls [`upgrade`], which runs every step from the file's
//! version on. A step does what a default alone cannot: a value that
//! depends on others. A file of a newer version is refused before this
//! module is reached.
//!
//! The format is at version 2; [`v1_to_v2`] is the one step. When `VERSION`
//! is raised, [`STEPS`] must grow by one function, or the build fails: its
//! length is `VERSION - 1`. A version that renames or reshapes a field
//! needs a step that reads the older shape itself (from the file's text,
//! into a type of its own); none has yet. A stored plan read through a
//! step is written back in the current version with the user's next change,
//! not at once: reading never writes.
//!
//! Steps work on the typed plan, not on a JSON document tree: a generic
//! tree (`serde_json::Value`) would cost the bundle about 34 KB of code for
//! this one step and the three-way patch of an edit.

use super::VERSION;
use crate::model::{Id, Plan, Step as TaskStep, StepKind};

/// A step from one version's plan to the next one's, in place.
pub type Step = fn(&mut Plan);

/// `STEPS[i]` turns a plan read from a version `i + 1` file into what a
/// version `i + 2` file would say.
pub const STEPS: [Step; VERSION as usize - 1] = [v1_to_v2];

/// Version 1 to 2: the supervision loop. Each new field's default is what
/// a version 1 file means: no verification required and no days to sign
/// for, the notices' weight 0 among the evaluation weights, no steps and
/// no notices, and each task's `source` the plan. Where the plan requires
/// verification, each task with no step reads as assigned on its start
/// (else the plan's), not yet signed for; no version 1 plan can say so, so
/// in practice a version 1 plan reads as it did. The new levels
/// (`national`, `township`) need nothing here.
pub fn v1_to_v2(plan: &mut Plan) {
    if !plan.supervision.verification_required {
        return;
    }
    let has_steps: rustc_hash::FxHashSet<&Id> = plan.steps.iter().map(|s| &s.task).collect();
    let assigned: Vec<TaskStep> = plan
        .tasks
        .iter()
        .filter(|t| !has_steps.contains(&t.id))
        .map(|t| TaskStep {
            id: Id::new(format!("{}-assigned", t.id)),
            task: t.id.clone(),
            kind: StepKind::Assigned,
            date: t.start.unwrap_or(plan.start),
            by: String::new(),
            note: String::new(),
            reasons: String::new(),
        })
        .collect();
    plan.steps.splice(0..0, assigned);
}

/// Complete a plan read from a file of version `from` (1 ≤ `from` ≤
/// [`VERSION`]) into the current version. A plan of the current version
/// is left as it is.
pub fn upgrade(plan: &mut Plan, from: u64) {
    upgrade_with(plan, from, &STEPS);
}

/// [`upgrade`] with the given steps: `steps[i]` turns version `i + 1` into
/// `i + 2`. Each step from `from` on is applied in order, so a step only
/// ever sees its own version's plan.
pub fn upgrade_with(plan: &mut Plan, from: u64, steps: &[Step]) {
    let first = usize::try_from(from.max(1) - 1).unwrap_or(usize::MAX);
    for step in steps.iter().skip(first) {
        step(plan);
    }
}

/// Whether a file of version `from` needs any step.
pub fn needs_upgrade(from: u64) -> bool {
    from < u64::from(VERSION)
}
