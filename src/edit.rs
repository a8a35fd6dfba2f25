//! An edit of one entity, as the fields it changes ([`Command::Edit`]).
//!
//! A form saved after another tab changed the same task, or an edit undone
//! after later changes to it, sets only the fields that its `after` changes
//! from its `before`, and leaves every other field as it stands now: a
//! deadline changed in one tab survives a title saved from a form opened
//! before it in another, and undoing a rename takes back the name alone.
//! Fields are the entity's fields as the plan file writes them, each
//! compared whole (a task's milestones are one field). A field both sides
//! changed takes the edit's value: the user's last word.
//!
//! [`Command::Edit`]: crate::command::Command::Edit

use crate::model::{Id, Kind, Plan};
use crate::validate::Entity;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// An entity as the tagged form writes it: its kind, and its fields (its
/// `value`) by name, each as its JSON text. A field left at its default
/// may be absent. Two texts of one field compare equal exactly when the
/// values do: both are written by the same serializer from the same type.
#[derive(Deserialize)]
struct Tagged<'a> {
    #[serde(borrow)]
    kind: &'a RawValue,
    #[serde(borrow)]
    value: BTreeMap<String, &'a RawValue>,
}

fn text<'a>(field: Option<&&'a RawValue>) -> Option<&'a str> {
    field.map(|v| v.get())
}

fn fields(text: &str) -> Option<Tagged<'_>> {
    serde_json::from_str(text).ok()
}

/// `current` with every field that `after` changes from `before` set as in
/// `after`. `None` when the three are not one entity (kind and id) or the
/// result does not read back as one.
pub fn patch(current: &Entity, before: &Entity, after: &Entity) -> Option<Entity> {
    let same = |e: &Entity| e.kind() == after.kind() && e.id() == after.id();
    if !same(current) || !same(before) {
        return None;
    }
    // Nothing changed since (an undo straight after): the edit's own result.
    if current == before {
        return Some(after.clone());
    }
    let texts = [current, before, after].map(|e| serde_json::to_string(e).unwrap_or_default());
    let [now, before, after] = [&texts[0], &texts[1], &texts[2]];
    let (now, before, after) = (fields(now)?, fields(before)?, fields(after)?);
    // Every field any of the three has: the edit's value where it changes
    // the field, else the value now (built anew, so a field absent from
    // the chosen side stays absent).
    let names: std::collections::BTreeSet<&String> = now
        .value
        .keys()
        .chain(before.value.keys())
        .chain(after.value.keys())
        .collect();
    let mut out = String::from("{\"kind\":");
    out.push_str(now.kind.get());
    out.push_str(",\"value\":{");
    let mut first = true;
    for name in names {
        let value = if text(before.value.get(name)) == text(after.value.get(name)) {
            now.value.get(name)
        } else {
            after.value.get(name)
        };
        if let Some(value) = value {
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str(&serde_json::to_string(name).ok()?);
            out.push(':');
            out.push_str(value.get());
        }
    }
    out.push_str("}}");
    serde_json::from_str(&out).ok()
}

/// The entity of `kind` and `id` as it is in `plan`.
pub fn entity_in(plan: &Plan, kind: Kind, id: &Id) -> Option<Entity> {
    crate::removed::entities(plan, &[(kind, id.clone())])
        .pop()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::sample::sample_plan;

    fn task(f: impl Fn(&mut crate::model::Task)) -> Entity {
        let mut t = sample_plan(Lang::En).tasks[0].clone();
        f(&mut t);
        Entity::Task(t)
    }

    #[test]
    fn the_fields_the_edit_changes_are_set_and_the_others_kept() {
        let before = task(|_| {});
        let after = task(|t| {
            t.title = "New".into();
            t.leader = String::new();
            t.tags.clear();
        });
        let now = task(|t| {
            t.title = "Theirs".into();
            t.deadline = None;
            t.leader = "Zhang".into();
        });
        let Some(Entity::Task(out)) = patch(&now, &before, &after) else {
            panic!("patched")
        };
        // Changed by the edit: its value, even where the other side changed it too.
        assert_eq!(out.title, "New");
        assert_eq!(out.leader, "");
        assert!(out.tags.is_empty());
        // Not changed by the edit: as it is now.
        assert_eq!(out.deadline, None);
        // An edit that changes nothing leaves it as it is now.
        assert_eq!(patch(&now, &before, &before), Some(now.clone()));
    }

    #[test]
    fn another_entity_is_not_patched() {
        let plan = sample_plan(Lang::En);
        let other = Entity::Task(plan.tasks[1].clone());
        let before = task(|_| {});
        assert_eq!(
            patch(&other, &before, &task(|t| t.title = "x".into())),
            None
        );
        let unit = Entity::Unit(plan.units[0].clone());
        assert_eq!(patch(&unit, &unit, &before), None);
    }
}
