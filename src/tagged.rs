//! Reading the adjacently tagged enums the app keeps as JSON ([`Command`]
//! `{"op": …, "with": …}` and [`Entity`] `{"kind": …, "value": …}`, in the
//! undo steps stored beside a plan).
//!
//! serde's derived reader also accepts the content before the tag, so it
//! buffers the content and compiles every type inside twice: once read
//! straight from the JSON text and once from the buffer (about 30 KB of the
//! wasm for these two enums). serde writes the tag first, and nothing else
//! writes these values, so the tag is read first and the content straight
//! after it, once: a value with its content first is refused with an error.

use crate::command::{Command, Header};
use crate::model::{
    Goal, Id, Indicator, KeyArea, Notice, Project, Step, Task, Unit, Update, Withdrawal,
};
use crate::validate::{Entity, Kind};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::marker::PhantomData;

/// An adjacently tagged enum read tag first.
trait TagFirst: Sized {
    /// The enum's name, for error messages.
    const NAME: &'static str;
    /// The keys of the tag and of the content.
    const KEYS: &'static [&'static str; 2];
    /// The tag: which variant.
    type Tag: for<'de> Deserialize<'de>;
    /// Read the variant's content, the next value of `map`.
    fn content<'de, A: MapAccess<'de>>(tag: Self::Tag, map: &mut A) -> Result<Self, A::Error>;
}

/// The tag key, the content key, or another.
enum Key {
    Tag,
    Content,
    Other,
}

struct KeySeed(&'static [&'static str; 2]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        Ok(if v == self.0[0] {
            Key::Tag
        } else if v == self.0[1] {
            Key::Content
        } else {
            Key::Other
        })
    }
}

struct TagFirstVisitor<T>(PhantomData<T>);

impl<'de, T: TagFirst> Visitor<'de> for TagFirstVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{} with `{}` before `{}`",
            T::NAME,
            T::KEYS[0],
            T::KEYS[1]
        )
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut tag = None;
        let mut seen_tag = false;
        let mut value = None;
        while let Some(key) = map.next_key_seed(KeySeed(T::KEYS))? {
            match key {
                Key::Tag if seen_tag => return Err(de::Error::duplicate_field(T::KEYS[0])),
                Key::Tag => {
                    seen_tag = true;
                    tag = Some(map.next_value::<T::Tag>()?);
                }
                Key::Content if value.is_some() => {
                    return Err(de::Error::duplicate_field(T::KEYS[1]))
                }
                Key::Content => match tag.take() {
                    Some(t) => value = Some(T::content(t, &mut map)?),
                    None => {
                        return Err(de::Error::custom(format_args!(
                            "`{}` must come before `{}`",
                            T::KEYS[0],
                            T::KEYS[1]
                        )))
                    }
                },
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        value.ok_or_else(|| de::Error::missing_field(T::KEYS[1]))
    }
}

fn read<'de, D: Deserializer<'de>, T: TagFirst>(d: D) -> Result<T, D::Error> {
    d.deserialize_struct(T::NAME, T::KEYS, TagFirstVisitor(PhantomData))
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Op {
    SetHeader,
    Put,
    Edit,
    Remove,
    Move,
    Withdraw,
    Batch,
}

#[derive(Deserialize)]
struct PutWith {
    entity: Entity,
    at: Option<usize>,
}

#[derive(Deserialize)]
struct EditWith {
    before: Entity,
    after: Entity,
}

#[derive(Deserialize)]
struct RemoveWith {
    kind: Kind,
    id: Id,
}

#[derive(Deserialize)]
struct MoveWith {
    kind: Kind,
    id: Id,
    to: usize,
}

#[derive(Deserialize)]
struct WithdrawWith {
    update: Id,
    withdrawal: Option<Withdrawal>,
}

impl TagFirst for Command {
    const NAME: &'static str = "Command";
    const KEYS: &'static [&'static str; 2] = &["op", "with"];
    type Tag = Op;
    fn content<'de, A: MapAccess<'de>>(op: Op, map: &mut A) -> Result<Self, A::Error> {
        Ok(match op {
            Op::SetHeader => Command::SetHeader(map.next_value::<Header>()?),
            Op::Put => {
                let w: PutWith = map.next_value()?;
                Command::Put {
                    entity: w.entity,
                    at: w.at,
                }
            }
            Op::Edit => {
                let w: EditWith = map.next_value()?;
                Command::Edit {
                    before: w.before,
                    after: w.after,
                }
            }
            Op::Remove => {
                let w: RemoveWith = map.next_value()?;
                Command::Remove {
                    kind: w.kind,
                    id: w.id,
                }
            }
            Op::Move => {
                let w: MoveWith = map.next_value()?;
                Command::Move {
                    kind: w.kind,
                    id: w.id,
                    to: w.to,
                }
            }
            Op::Withdraw => {
                let w: WithdrawWith = map.next_value()?;
                Command::Withdraw {
                    update: w.update,
                    withdrawal: w.withdrawal,
                }
            }
            Op::Batch => Command::Batch(map.next_value()?),
        })
    }
}

impl<'de> Deserialize<'de> for Command {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d)
    }
}

impl TagFirst for Entity {
    const NAME: &'static str = "Entity";
    const KEYS: &'static [&'static str; 2] = &["kind", "value"];
    /// The entity's `kind` is written with [`Kind`]'s names.
    type Tag = Kind;
    fn content<'de, A: MapAccess<'de>>(kind: Kind, map: &mut A) -> Result<Self, A::Error> {
        Ok(match kind {
            Kind::Goal => Entity::Goal(map.next_value::<Goal>()?),
            Kind::Area => Entity::Area(map.next_value::<KeyArea>()?),
            Kind::Unit => Entity::Unit(map.next_value::<Unit>()?),
            Kind::Task => Entity::Task(map.next_value::<Task>()?),
            Kind::Project => Entity::Project(map.next_value::<Project>()?),
            Kind::Indicator => Entity::Indicator(map.next_value::<Indicator>()?),
            Kind::Update => Entity::Update(map.next_value::<Update>()?),
            Kind::Step => Entity::Step(map.next_value::<Step>()?),
            Kind::Notice => Entity::Notice(map.next_value::<Notice>()?),
        })
    }
}

impl<'de> Deserialize<'de> for Entity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        read(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    /// Every command form the app keeps, written by serde and read back.
    fn commands() -> Vec<Command> {
        let plan = sample::sample_plan(crate::i18n::Lang::En);
        let mut out = vec![Command::SetHeader(Header::of(&plan))];
        let entities: Vec<Entity> = vec![
            Entity::Goal(plan.goals[0].clone()),
            Entity::Area(plan.areas[0].clone()),
            Entity::Unit(plan.units[0].clone()),
            Entity::Task(plan.tasks[0].clone()),
            Entity::Project(plan.projects[0].clone()),
            Entity::Indicator(plan.indicators[0].clone()),
            Entity::Update(plan.updates[0].clone()),
        ];
        for (i, e) in entities.into_iter().enumerate() {
            let at = if i % 2 == 0 { Some(i) } else { None };
            out.push(Command::Put { entity: e, at });
        }
        let mut renamed = plan.tasks[0].clone();
        renamed.title.push_str(" (renamed)");
        out.push(Command::Edit {
            before: Entity::Task(plan.tasks[0].clone()),
            after: Entity::Task(renamed),
        });
        out.push(Command::Remove {
            kind: Kind::Task,
            id: plan.tasks[1].id.clone(),
        });
        out.push(Command::Move {
            kind: Kind::Unit,
            id: plan.units[1].id.clone(),
            to: 3,
        });
        out.push(Command::Withdraw {
            update: plan.updates[0].id.clone(),
            withdrawal: None,
        });
        let batch = Command::Batch(out.clone());
        out.push(Command::Batch(vec![batch]));
        out
    }

    #[test]
    fn every_command_reads_back_as_written() {
        for c in commands() {
            let text = serde_json::to_string(&c).unwrap();
            let back: Command = serde_json::from_str(&text).unwrap();
            assert_eq!(back, c, "{text}");
        }
    }

    #[test]
    fn the_tag_is_written_first() {
        for c in commands() {
            let text = serde_json::to_string(&c).unwrap();
            assert!(text.starts_with("{\"op\":"), "{text}");
        }
        let text = serde_json::to_string(&Entity::Goal(
            sample::sample_plan(crate::i18n::Lang::Zh).goals[0].clone(),
        ))
        .unwrap();
        assert!(text.starts_with("{\"kind\":\"goal\",\"value\":"), "{text}");
    }

    #[test]
    fn other_keys_are_skipped() {
        let text =
            r#"{"op":"remove","note":[1,{"a":2}],"with":{"kind":"task","id":"t1"},"more":true}"#;
        let c: Command = serde_json::from_str(text).unwrap();
        assert_eq!(
            c,
            Command::Remove {
                kind: Kind::Task,
                id: Id("t1".into())
            }
        );
    }

    #[test]
    fn malformed_values_are_refused_with_a_reason() {
        let cases = [
            (
                r#"{"with":{"kind":"task","id":"t1"},"op":"remove"}"#,
                "before",
            ),
            (r#"{"op":"remove"}"#, "missing field `with`"),
            (r#"{"op":"rename","with":{}}"#, "unknown variant `rename`"),
            (
                r#"{"op":"remove","op":"move","with":{}}"#,
                "duplicate field `op`",
            ),
            (
                r#"{"op":"remove","with":{"kind":"task","id":"t1"},"op":"move"}"#,
                "duplicate field `op`",
            ),
            (
                r#"{"op":"remove","with":{"kind":"task","id":"t1"},"with":{}}"#,
                "duplicate field `with`",
            ),
            (
                r#"{"op":"remove","with":{"kind":"task"}}"#,
                "missing field `id`",
            ),
            (
                r#"{"op":"put","with":{"entity":{"kind":"plan","value":{}}}}"#,
                "unknown variant `plan`",
            ),
            (
                r#"{"op":"put","with":{"entity":{"value":{},"kind":"goal"}}}"#,
                "before",
            ),
            (r#"["remove",{"kind":"task","id":"t1"}]"#, "invalid type"),
        ];
        for (text, reason) in cases {
            let e = serde_json::from_str::<Command>(text)
                .unwrap_err()
                .to_string();
            assert!(e.contains(reason), "{text}: {e}");
        }
    }
}
