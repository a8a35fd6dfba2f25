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
use serde_json::{Map, Value};

/// `entity` as JSON: its kind (as the tagged form writes it) and its
/// fields (its `value`) by name. A field left at its default may be absent.
fn tagged(entity: &Entity) -> (Value, Map<String, Value>) {
    let text = serde_json::to_string(entity).unwrap_or_default();
    let Ok(Value::Object(outer)) = serde_json::from_str::<Value>(&text) else {
        return (Value::Null, Map::new());
    };
    let fields = match outer.get("value") {
        Some(Value::Object(fields)) => fields.clone(),
        _ => Map::new(),
    };
    (outer.get("kind").cloned().unwrap_or(Value::Null), fields)
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
    let (_, before) = tagged(before);
    let (_, after) = tagged(after);
    let (kind, now) = tagged(current);
    // Every field any of the three has: the edit's value where it changes
    // the field, else the value now (built anew, so a field absent from
    // the chosen side stays absent).
    let mut out = Map::new();
    for name in now.keys().chain(before.keys()).chain(after.keys()) {
        let value = if before.get(name) == after.get(name) {
            now.get(name)
        } else {
            after.get(name)
        };
        if let Some(value) = value {
            out.insert(name.clone(), value.clone());
        }
    }
    let text = format!("{{\"kind\":{kind},\"value\":{}}}", Value::Object(out));
    serde_json::from_str(&text).ok()
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
