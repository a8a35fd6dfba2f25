//! The JSON path of a deserializing error, found from where serde_json
//! stopped (`format::json_path`): nested objects and arrays, each place
//! serde_json leaves a wrong type, a missing field, an unknown name, an
//! impossible value or a number out of range; compact and pretty texts;
//! and the same paths through the import gate.

use plan_tracker::format::json_path::{error_path, offset_of, path_at};
use plan_tracker::format::{export_compact, export_plan, import_plan, ImportError};
use plan_tracker::i18n::Lang;
use plan_tracker::sample::sample_plan;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Doc {
    name: String,
    #[serde(default)]
    items: Vec<Item>,
    #[serde(default)]
    grid: Vec<Vec<u8>>,
    #[serde(default)]
    inner: Option<Inner>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Item {
    id: String,
    #[serde(default)]
    colour: Option<Colour>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    weight: f64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Colour {
    Red,
    Green,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Inner {
    deep: Deep,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Deep {
    day: chrono::NaiveDate,
    #[serde(default)]
    count: u32,
}

/// The path of the error reading `text` as a [`Doc`].
fn path_of(text: &str) -> String {
    let e = serde_json::from_str::<Doc>(text).expect_err("the text does not fit");
    error_path(text, &e)
}

/// The path in the compact and in the pretty text of `doc`, which must agree.
fn path(doc: Value) -> String {
    let compact = path_of(&doc.to_string());
    let pretty = path_of(&serde_json::to_string_pretty(&doc).unwrap());
    assert_eq!(compact, pretty, "{doc}");
    compact
}

/// A change to a document, and the path its error should name.
type Case = (fn(&mut Value), &'static str);
/// The same, with what it does in words.
type Named = (&'static str, fn(&mut Value), &'static str);

fn base() -> Value {
    json!({
        "name": "n",
        "items": [
            {"id": "a", "colour": "red", "tags": ["x", "y"], "weight": 1.5},
            {"id": "b", "tags": [], "weight": 2}
        ],
        "grid": [[1, 2], [3]],
        "inner": {"deep": {"day": "2024-02-29", "count": 3}}
    })
}

#[test]
fn the_base_document_reads() {
    serde_json::from_value::<Doc>(base()).unwrap();
}

#[test]
fn wrong_scalar_types_are_placed_at_their_value() {
    let cases: [Named; 9] = [
        ("a number for a text", |d| d["name"] = json!(5), "name"),
        ("null for a text", |d| d["name"] = Value::Null, "name"),
        (
            "a text in a list",
            |d| d["items"][1]["id"] = json!(true),
            "items[1].id",
        ),
        (
            "a number in a list of texts",
            |d| d["items"][0]["tags"][1] = json!(3),
            "items[0].tags[1]",
        ),
        (
            "a text for a number",
            |d| d["items"][1]["weight"] = json!("2"),
            "items[1].weight",
        ),
        (
            "a negative in a grid",
            |d| d["grid"][1][0] = json!(-1),
            "grid[1][0]",
        ),
        (
            "a fraction in a grid",
            |d| d["grid"][0][1] = json!(2.5),
            "grid[0][1]",
        ),
        (
            "too large for its type",
            |d| d["grid"][0][0] = json!(256),
            "grid[0][0]",
        ),
        (
            "a text deep inside",
            |d| d["inner"]["deep"]["count"] = json!("3"),
            "inner.deep.count",
        ),
    ];
    for (what, change, want) in cases {
        let mut doc = base();
        change(&mut doc);
        assert_eq!(path(doc), want, "{what}");
    }
}

#[test]
fn wrong_container_types_are_placed_at_their_value() {
    // serde_json stops at the first byte of an object or array it cannot use.
    let cases: [Case; 7] = [
        (|d| d["name"] = json!({"a": 1}), "name"),
        (|d| d["name"] = json!([1]), "name"),
        (|d| d["items"] = json!({"id": "a"}), "items"),
        (|d| d["items"][0] = json!("a"), "items[0]"),
        (|d| d["items"][1] = json!([]), "items[1]"),
        (|d| d["items"][0]["tags"] = json!({}), "items[0].tags"),
        (|d| d["grid"][0] = json!([[1]]), "grid[0][0]"),
    ];
    for (change, want) in cases {
        let mut doc = base();
        change(&mut doc);
        assert_eq!(path(doc), want);
    }
    // The first element of a list, right after its `[`.
    let mut doc = base();
    doc["items"][0]["tags"] = json!([{}, "x"]);
    assert_eq!(path(doc), "items[0].tags[0]");
}

#[test]
fn a_missing_field_is_placed_at_the_object_that_lacks_it() {
    let cases: [Case; 4] = [
        (|d| drop(d.as_object_mut().unwrap().remove("name")), "."),
        (
            |d| drop(d["items"][1].as_object_mut().unwrap().remove("id")),
            "items[1]",
        ),
        (|d| d["items"][1] = json!({}), "items[1]"),
        (
            |d| drop(d["inner"]["deep"].as_object_mut().unwrap().remove("day")),
            "inner.deep",
        ),
    ];
    for (change, want) in cases {
        let mut doc = base();
        change(&mut doc);
        assert_eq!(path(doc), want);
    }
    let mut doc = base();
    doc["inner"] = json!({});
    assert_eq!(path(doc), "inner");
}

#[test]
fn unknown_names_and_impossible_values_are_placed_at_their_value() {
    let cases: [Case; 5] = [
        (
            |d| d["items"][0]["colour"] = json!("blue"),
            "items[0].colour",
        ),
        (|d| d["items"][1]["colour"] = json!(""), "items[1].colour"),
        (
            |d| d["inner"]["deep"]["day"] = json!("2023-02-29"),
            "inner.deep.day",
        ),
        (
            |d| d["inner"]["deep"]["day"] = json!("2024/02/29"),
            "inner.deep.day",
        ),
        (
            |d| d["inner"]["deep"]["day"] = json!(20240229),
            "inner.deep.day",
        ),
    ];
    for (change, want) in cases {
        let mut doc = base();
        change(&mut doc);
        assert_eq!(path(doc), want);
    }
}

#[test]
fn values_an_enum_cannot_start_with_are_placed_at_the_enum() {
    // serde_json files these as syntax ("expected value"), one byte on.
    // (`null` is no colour: the field is optional.)
    for bad in [json!(7), json!(["red"]), json!({}), json!(false), json!([])] {
        let mut doc = base();
        doc["items"][1]["colour"] = bad.clone();
        assert_eq!(path(doc), "items[1].colour", "{bad}");
    }
}

#[test]
fn numbers_out_of_range_are_placed_at_the_number() {
    for (from, to) in [
        ("1.5", "1e400"),
        ("1.5", "-1e999"),
        ("\"weight\":2", "\"weight\":2e308"),
    ] {
        let text = base().to_string().replacen(from, to, 1);
        assert!(text.contains(to));
        let want = if from == "1.5" {
            "items[0].weight"
        } else {
            "items[1].weight"
        };
        assert_eq!(path_of(&text), want, "{to}");
    }
}

#[test]
fn keys_with_escapes_are_read() {
    let text = r#"{"name":"n","inner":{"d\u0065ep":{"day":"x"}}}"#;
    assert_eq!(path_of(text), "inner.deep.day");
}

#[test]
fn strings_holding_brackets_quotes_and_commas_do_not_mislead() {
    let text = r#"{"name":"{[\"],:\\","items":[{"id":"]}\\\"","tags":["{",",","\\"]},{"id":"b","weight":"x"}]}"#;
    assert_eq!(path_of(text), "items[1].weight");
}

#[test]
fn offsets_and_positions() {
    let text = "{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ]\n}";
    assert_eq!(offset_of(text, 1, 0), 0);
    assert_eq!(
        &text[offset_of(text, 4, 4)..offset_of(text, 4, 8)],
        "{\"b\""
    );
    assert_eq!(path_at(text, offset_of(text, 3, 5)), "a[0]");
    assert_eq!(path_at(text, offset_of(text, 4, 5)), "a[1]");
    assert_eq!(path_at(text, offset_of(text, 4, 11)), "a[1].b");
    assert_eq!(path_at(text, offset_of(text, 4, 12)), "a[1]");
    assert_eq!(path_at(text, 0), ".");
    assert_eq!(path_at(text, text.len()), ".");
    // Beyond the text: the end.
    assert_eq!(offset_of(text, 40, 3), text.len());
}

/// The shape error's path when `change` is made to a small plan's file.
fn gate_path(change: impl Fn(&mut Value), pretty: bool) -> String {
    let mut plan = sample_plan(Lang::En);
    plan.tasks.truncate(2);
    let ids: Vec<_> = plan.tasks.iter().map(|t| t.id.clone()).collect();
    plan.updates.retain(|u| match &u.subject {
        plan_tracker::model::Subject::Task(id) => ids.contains(id),
        _ => true,
    });
    let mut doc: Value = serde_json::from_str(&export_compact(&plan)).unwrap();
    change(&mut doc);
    let text = if pretty {
        serde_json::to_string_pretty(&doc).unwrap()
    } else {
        doc.to_string()
    };
    match import_plan(&text) {
        Err(ImportError::Shape { path, .. }) => path,
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn the_gate_gives_the_same_paths_in_compact_and_pretty_files() {
    let cases: [Case; 8] = [
        (
            |d| d["plan"]["tasks"][1]["tier"] = json!("urgent"),
            "plan.tasks[1].tier",
        ),
        (
            |d| d["plan"]["tasks"][0]["milestones"] = json!("none"),
            "plan.tasks[0].milestones",
        ),
        (
            |d| d["plan"]["tasks"][1]["co_units"] = json!([{}]),
            "plan.tasks[1].co_units[0]",
        ),
        (
            |d| {
                drop(
                    d["plan"]["tasks"][1]
                        .as_object_mut()
                        .unwrap()
                        .remove("lead"),
                )
            },
            "plan.tasks[1]",
        ),
        (
            |d| d["plan"]["updates"][0]["subject"]["kind"] = json!("goal"),
            "plan.updates[0].subject.kind",
        ),
        // The report's subject is read whole (it is tagged): its own path.
        (
            |d| d["plan"]["updates"][0]["subject"]["id"] = json!(3),
            "plan.updates[0].subject",
        ),
        (
            |d| d["plan"]["units"][0]["kind"] = Value::Null,
            "plan.units[0].kind",
        ),
        (
            |d| d["plan"]["history"] = json!([{"at": "x"}]),
            "plan.history[0]",
        ),
    ];
    for (change, want) in cases {
        assert_eq!(gate_path(change, false), want);
        assert_eq!(gate_path(change, true), want);
    }
}

#[test]
fn a_valid_file_and_its_pretty_export_need_no_path() {
    let plan = sample_plan(Lang::Zh);
    assert_eq!(import_plan(&export_plan(&plan)).unwrap(), plan);
}

/// A file that is not JSON says in which value it breaks, compact or
/// pretty, and whether it was cut short; text that breaks before any value
/// names none.
#[test]
fn the_gate_names_the_value_where_a_file_stops_being_json() {
    let plan = sample_plan(Lang::En);
    let syntax = |text: &str| match import_plan(text) {
        Err(ImportError::Syntax {
            path, cut_short, ..
        }) => (path, cut_short),
        other => panic!("expected a syntax error, got {other:?}"),
    };
    for text in [export_compact(&plan), export_plan(&plan)] {
        // A value left out after its key: `"progress":,` (a hand edit).
        let at = text.find("\"progress\":").unwrap() + "\"progress\":".len();
        let mut broken = text.clone();
        broken.insert(at, ',');
        let (path, cut_short) = syntax(&broken);
        assert_eq!(path.as_deref(), Some("plan.updates[0].progress"));
        assert!(!cut_short);
        // The file cut short inside the third report's narrative.
        let third = text.match_indices("\"narrative\":").nth(2).unwrap().0;
        let (path, cut_short) = syntax(&text[..third + "\"narrative\": \"ab".len()]);
        assert_eq!(path.as_deref(), Some("plan.updates[2].narrative"));
        assert!(cut_short);
    }
    // Not JSON from its first character: no value to name.
    assert_eq!(syntax("<html>"), (None, false));
    assert_eq!(syntax("{"), (None, true));
}
