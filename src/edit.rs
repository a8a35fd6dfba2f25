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

/// `entity` as JSON: its tagged form (`kind`, `value`), and its fields
/// (the `value`) by name. A field left at its default may be absent.
fn tagged(entity: &Entity) -> (Map<String, Value>, Map<String, Value>) {
    let text = serde_json::to_string(entity).unwrap_or_default();
    let Ok(Value::Object(mut outer)) = serde_json::from_str::<Value>(&text) else {
        return Default::default();
    };
    match outer.remove("value") {
        Some(Value::Object(fields)) => (outer, fields),
        _ => (outer, Map::new()),
    }
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
    let (mut outer, mut now) = tagged(current);
    for name in before.keys().chain(after.keys()) {
        if before.get(name) == after.get(name) {
            continue;
        }
        match after.get(name) {
            Some(value) => now.insert(name.clone(), value.clone()),
            None => now.remove(name),
        };
    }
    outer.insert("value".to_string(), Value::Object(now));
    serde_json::from_str(&Value::Object(outer).to_string()).ok()
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
