//! Reading the plan's two tagged enums field by field: an indicator's
//! [`Aim`], `{"kind": "at_least", "value": 90}`, and a report's [`Subject`],
//! `{"kind": "task", "id": "t-1"}`.
//!
//! serde's derived readers of tagged enums buffer the object as generic
//! content when the tag might come after the fields, then read the variant
//! from that buffer: some 9 KB of wasm for Aim's four small variants, and
//! the buffer's code beside them. These readers read the fields as they
//! come, in any order, and keep only a field that comes before its tag (a
//! number or a text). They accept what the derived readers accepted: other
//! fields are ignored, a field the variant does not have may hold anything,
//! the `[kind, field]` array form reads too; a missing, repeated or unknown
//! `kind` and a missing, repeated or mistyped field are errors (tests
//! compare each with the derived reader).

use super::{Aim, Id, Subject};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::Deserialize;
use std::fmt;

const KINDS: &[&str] = &["value", "at_least", "at_most", "words"];

/// Which variant `kind` names: an index into [`KINDS`].
struct Tag(usize);

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tag, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Tag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("variant identifier")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Tag, E> {
                match KINDS.iter().position(|k| *k == v) {
                    Some(i) => Ok(Tag(i)),
                    None => Err(E::unknown_variant(v, KINDS)),
                }
            }
        }
        d.deserialize_identifier(V)
    }
}

/// A field of an aim or a subject, by name.
enum Key {
    Kind,
    Value,
    Text,
    Id,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "kind" => Key::Kind,
                    "value" => Key::Value,
                    "text" => Key::Text,
                    "id" => Key::Id,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_identifier(V)
    }
}

/// A `value` or `text` read before `kind`: kept if it may be wanted.
enum Early {
    Number(f64),
    Text(String),
    /// Anything else: an error only if the variant has this field.
    Other(&'static str),
    /// The field came twice: an error only if the variant has it.
    Twice(&'static str),
}

impl<'de> Deserialize<'de> for Early {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Early, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Early;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_f64<E>(self, v: f64) -> Result<Early, E> {
                Ok(Early::Number(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Early, E> {
                Ok(Early::Number(v as f64))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Early, E> {
                Ok(Early::Number(v as f64))
            }
            fn visit_str<E>(self, v: &str) -> Result<Early, E> {
                Ok(Early::Text(v.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Early, E> {
                Ok(Early::Other("a boolean"))
            }
            fn visit_unit<E>(self) -> Result<Early, E> {
                Ok(Early::Other("null"))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Early, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Early::Other("a sequence"))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Early, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Early::Other("a map"))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Aim {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Aim, D::Error> {
        d.deserialize_any(AimVisitor)
    }
}

struct AimVisitor;

impl<'de> Visitor<'de> for AimVisitor {
    type Value = Aim;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an aim: an object with its kind")
    }

    /// `["at_least", 90]`: the kind, then the variant's one field (serde's
    /// derived reader took this form too).
    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Aim, A::Error> {
        let short = |n| de::Error::invalid_length(n, &"an aim's kind and its field");
        let kind = seq.next_element::<Tag>()?.ok_or_else(|| short(0))?.0;
        let aim = match KINDS[kind] {
            "words" => Aim::Words {
                text: seq.next_element()?.ok_or_else(|| short(1))?,
            },
            _ => {
                let value = seq.next_element()?.ok_or_else(|| short(1))?;
                match KINDS[kind] {
                    "value" => Aim::Value { value },
                    "at_least" => Aim::AtLeast { value },
                    _ => Aim::AtMost { value },
                }
            }
        };
        match seq.next_element::<IgnoredAny>()? {
            Some(_) => Err(de::Error::invalid_length(3, &"an aim's kind and its field")),
            None => Ok(aim),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Aim, A::Error> {
        let mut kind: Option<usize> = None;
        let (mut value, mut text): (Option<Early>, Option<Early>) = (None, None);
        while let Some(key) = map.next_key::<Key>()? {
            // Whether the variant, once known, has this field.
            let words = kind.map(|k| KINDS[k] == "words");
            let (slot, wanted, name) = match key {
                Key::Kind => {
                    if kind.is_some() {
                        return Err(de::Error::duplicate_field("kind"));
                    }
                    kind = Some(map.next_value::<Tag>()?.0);
                    continue;
                }
                Key::Id | Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
                Key::Value => (&mut value, words.map(|w| !w), "value"),
                Key::Text => (&mut text, words, "text"),
            };
            match wanted {
                Some(false) => {
                    map.next_value::<IgnoredAny>()?;
                }
                Some(true) if slot.is_some() => return Err(de::Error::duplicate_field(name)),
                Some(true) if name == "value" => *slot = Some(Early::Number(map.next_value()?)),
                Some(true) => *slot = Some(Early::Text(map.next_value()?)),
                // Before `kind`: a second one is an error only if wanted.
                None if slot.is_some() => {
                    map.next_value::<IgnoredAny>()?;
                    *slot = Some(Early::Twice(name));
                }
                None => *slot = Some(map.next_value()?),
            }
        }
        let kind = kind.ok_or_else(|| de::Error::missing_field("kind"))?;
        if KINDS[kind] == "words" {
            return match text {
                Some(Early::Text(text)) => Ok(Aim::Words { text }),
                Some(Early::Number(n)) => {
                    Err(de::Error::invalid_type(Unexpected::Float(n), &"a string"))
                }
                Some(Early::Other(what)) => Err(de::Error::invalid_type(
                    Unexpected::Other(what),
                    &"a string",
                )),
                Some(Early::Twice(name)) => Err(de::Error::duplicate_field(name)),
                None => Err(de::Error::missing_field("text")),
            };
        }
        let value = match value {
            Some(Early::Number(n)) => n,
            Some(Early::Text(s)) => {
                return Err(de::Error::invalid_type(Unexpected::Str(&s), &"f64"))
            }
            Some(Early::Other(what)) => {
                return Err(de::Error::invalid_type(Unexpected::Other(what), &"f64"))
            }
            Some(Early::Twice(name)) => return Err(de::Error::duplicate_field(name)),
            None => return Err(de::Error::missing_field("value")),
        };
        Ok(match KINDS[kind] {
            "value" => Aim::Value { value },
            "at_least" => Aim::AtLeast { value },
            _ => Aim::AtMost { value },
        })
    }
}

const SUBJECTS: &[&str] = &["task", "project"];

impl<'de> Deserialize<'de> for Subject {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Subject, D::Error> {
        d.deserialize_any(SubjectVisitor)
    }
}

/// `Subject`'s tag: whether it names a task (else a project).
struct SubjectTag(bool);

impl<'de> Deserialize<'de> for SubjectTag {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SubjectTag, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = SubjectTag;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("variant identifier")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SubjectTag, E> {
                match v {
                    "task" => Ok(SubjectTag(true)),
                    "project" => Ok(SubjectTag(false)),
                    _ => Err(E::unknown_variant(v, SUBJECTS)),
                }
            }
        }
        d.deserialize_identifier(V)
    }
}

fn subject(task: bool, id: String) -> Subject {
    if task {
        Subject::Task(Id(id))
    } else {
        Subject::Project(Id(id))
    }
}

struct SubjectVisitor;

impl<'de> Visitor<'de> for SubjectVisitor {
    type Value = Subject;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a report's subject: its kind and id")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Subject, A::Error> {
        let short = |n| de::Error::invalid_length(n, &"a subject's kind and id");
        let SubjectTag(task) = seq.next_element()?.ok_or_else(|| short(0))?;
        let id: String = seq.next_element()?.ok_or_else(|| short(1))?;
        match seq.next_element::<IgnoredAny>()? {
            Some(_) => Err(de::Error::invalid_length(3, &"a subject's kind and id")),
            None => Ok(subject(task, id)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Subject, A::Error> {
        let mut task: Option<bool> = None;
        let mut id: Option<Early> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Kind => {
                    if task.is_some() {
                        return Err(de::Error::duplicate_field("kind"));
                    }
                    task = Some(map.next_value::<SubjectTag>()?.0);
                }
                Key::Id => {
                    if id.is_some() {
                        return Err(de::Error::duplicate_field("id"));
                    }
                    id = Some(match task {
                        Some(_) => Early::Text(map.next_value()?),
                        None => map.next_value()?,
                    });
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let task = task.ok_or_else(|| de::Error::missing_field("kind"))?;
        match id {
            Some(Early::Text(id)) => Ok(subject(task, id)),
            Some(Early::Number(n)) => {
                Err(de::Error::invalid_type(Unexpected::Float(n), &"a string"))
            }
            Some(Early::Other(what)) => Err(de::Error::invalid_type(
                Unexpected::Other(what),
                &"a string",
            )),
            Some(Early::Twice(name)) => Err(de::Error::duplicate_field(name)),
            None => Err(de::Error::missing_field("id")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The reader this one replaces.
    #[derive(Deserialize, Debug)]
    #[serde(tag = "kind", rename_all = "snake_case")]
    enum Derived {
        Value { value: f64 },
        AtLeast { value: f64 },
        AtMost { value: f64 },
        Words { text: String },
    }

    fn derived(json: &str) -> Option<Aim> {
        Some(match serde_json::from_str::<Derived>(json).ok()? {
            Derived::Value { value } => Aim::Value { value },
            Derived::AtLeast { value } => Aim::AtLeast { value },
            Derived::AtMost { value } => Aim::AtMost { value },
            Derived::Words { text } => Aim::Words { text },
        })
    }

    fn same(json: &str) {
        let ours = serde_json::from_str::<Aim>(json);
        assert_eq!(ours.as_ref().ok(), derived(json).as_ref(), "{json}");
    }

    #[test]
    fn reads_what_the_derived_reader_read() {
        for json in [
            r#"{"kind":"value","value":12.5}"#,
            r#"{"value":12.5,"kind":"at_least"}"#,
            r#"{"kind":"at_most","value":3}"#,
            r#"{"kind":"at_most","value":-3}"#,
            r#"{"kind":"words","text":"成效明显"}"#,
            r#"{"text":"x","kind":"words","value":[1,{"a":2}]}"#,
            r#"{"kind":"value","value":1,"text":null,"note":{"x":[]}}"#,
            r#"{"text":true,"kind":"value","value":1}"#,
            r#"{"value":"9","kind":"words","text":"t"}"#,
            r#"{"kind":"value"}"#,
            r#"{"kind":"words"}"#,
            r#"{"value":1}"#,
            r#"{"kind":"value","kind":"value","value":1}"#,
            r#"{"kind":"value","value":1,"value":2}"#,
            r#"{"value":1,"value":2,"kind":"value"}"#,
            r#"{"kind":"words","text":"a","text":"b"}"#,
            r#"{"kind":"more","value":1}"#,
            r#"{"kind":3,"value":1}"#,
            r#"{"kind":"value","value":"1"}"#,
            r#"{"value":"1","kind":"value"}"#,
            r#"{"value":null,"kind":"value"}"#,
            r#"{"kind":"words","text":5}"#,
            r#"{"text":5,"kind":"words"}"#,
            r#"{"kind":"value","value":1e400}"#,
            r#"{}"#,
            r#"[]"#,
            r#"["at_least",3]"#,
            r#"["words","t"]"#,
            r#"["words"]"#,
            r#"["value",1,2]"#,
            r#"["value","1"]"#,
            r#"{"value":1,"value":2,"kind":"words","text":"t"}"#,
            r#"{"text":"a","text":"b","kind":"value","value":1}"#,
            r#"{"text":"a","text":"b","kind":"words"}"#,
            r#""value""#,
            r#"null"#,
        ] {
            same(json);
        }
    }

    #[test]
    fn errors_name_what_is_wrong() {
        let e = |json: &str| serde_json::from_str::<Aim>(json).unwrap_err().to_string();
        assert!(e(r#"{"value":1}"#).contains("missing field `kind`"));
        assert!(e(r#"{"kind":"value"}"#).contains("missing field `value`"));
        assert!(e(r#"{"kind":"words"}"#).contains("missing field `text`"));
        assert!(e(r#"{"kind":"more"}"#).contains("unknown variant `more`"));
        assert!(e(r#"{"kind":"value","value":1,"value":2}"#).contains("duplicate field `value`"));
        assert!(e(r#"{"value":"1","kind":"value"}"#).contains("expected f64"));
    }

    proptest! {
        #[test]
        fn reads_any_order_as_the_derived_reader(
            kind in prop::sample::select(vec!["value", "at_least", "at_most", "words", "other"]),
            value in prop::sample::select(vec!["1", "-2.5", "\"3\"", "null", "true", "[1]", "{}"]),
            text in prop::sample::select(vec!["\"t\"", "4", "null", "[]", "{\"a\":1}"]),
            order in prop::sample::select(vec![0usize, 1, 2, 3, 4, 5]),
            with in prop::collection::vec(any::<bool>(), 5),
        ) {
            let mut fields = vec![format!("\"kind\":\"{kind}\""), format!("\"value\":{value}"),
                format!("\"text\":{text}"), "\"note\":[null]".to_string(),
                format!("\"value\":{value}")];
            fields.rotate_left(order % 5);
            if order >= 4 {
                fields.reverse();
            }
            let kept: Vec<String> = fields.into_iter().zip(&with)
                .filter(|(_, w)| **w).map(|(f, _)| f).collect();
            same(&format!("{{{}}}", kept.join(",")));
        }
    }

    #[derive(Deserialize, Debug)]
    #[serde(tag = "kind", content = "id", rename_all = "snake_case")]
    enum DerivedSubject {
        Task(Id),
        Project(Id),
    }

    fn same_subject(json: &str) {
        let ours = serde_json::from_str::<Subject>(json).ok();
        let theirs = serde_json::from_str::<DerivedSubject>(json)
            .ok()
            .map(|d| match d {
                DerivedSubject::Task(id) => Subject::Task(id),
                DerivedSubject::Project(id) => Subject::Project(id),
            });
        assert_eq!(ours, theirs, "{json}");
    }

    #[test]
    fn subjects_read_as_the_derived_reader_read_them() {
        for json in [
            r#"{"kind":"task","id":"t-1"}"#,
            r#"{"id":"p-1","kind":"project"}"#,
            r#"{"kind":"task","id":"t-1","note":[1,{}]}"#,
            r#"{"kind":"task"}"#,
            r#"{"id":"t-1"}"#,
            r#"{"kind":"goal","id":"g"}"#,
            r#"{"kind":"task","kind":"task","id":"t"}"#,
            r#"{"kind":"task","id":"a","id":"b"}"#,
            r#"{"id":"a","id":"b","kind":"task"}"#,
            r#"{"kind":"task","id":7}"#,
            r#"{"id":7,"kind":"task"}"#,
            r#"{"id":null,"kind":"task"}"#,
            r#"{"kind":7,"id":"t"}"#,
            r#"["task","t-1"]"#,
            r#"["project"]"#,
            r#"["task","t",1]"#,
            r#"[]"#,
            r#"{}"#,
            r#""task""#,
            r#"null"#,
        ] {
            same_subject(json);
        }
        let e = serde_json::from_str::<Subject>(r#"{"kind":"goal","id":"g"}"#).unwrap_err();
        assert!(e.to_string().contains("unknown variant `goal`"), "{e}");
    }

    proptest! {
        #[test]
        fn subjects_in_any_order_as_the_derived_reader(
            kind in prop::sample::select(vec!["task", "project", "unit"]),
            id in prop::sample::select(vec!["\"t-1\"", "\"\"", "3", "null", "[\"x\"]"]),
            order in 0usize..6,
            with in prop::collection::vec(any::<bool>(), 4),
        ) {
            let mut fields = vec![format!("\"kind\":\"{kind}\""), format!("\"id\":{id}"),
                "\"other\":{\"a\":[]}".to_string(), format!("\"id\":{id}")];
            fields.rotate_left(order % 4);
            if order >= 4 {
                fields.reverse();
            }
            let kept: Vec<String> = fields.into_iter().zip(&with)
                .filter(|(_, w)| **w).map(|(f, _)| f).collect();
            same_subject(&format!("{{{}}}", kept.join(",")));
        }
    }
}
