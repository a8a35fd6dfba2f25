//! Reading an indicator's [`Aim`], `{"kind": "at_least", "value": 90}`.
//!
//! serde's derived reader of an internally tagged enum buffers the whole
//! object as generic content before it knows the variant, then reads the
//! variant from that buffer: some 9 KB of wasm for four small variants.
//! This reader reads the fields as they come, in any order, and buffers
//! only a `value` or `text` that comes before `kind` (a number or a text).
//! It accepts what the derived reader accepted from a JSON object: other
//! fields are ignored, a field the variant does not have may hold anything,
//! a missing, repeated or unknown `kind` and a missing or repeated field of
//! the variant are errors (tests compare the two).

use super::Aim;
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

/// A field of an aim, by name.
enum Key {
    Kind,
    Value,
    Text,
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
                Key::Other => {
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
}
