//! `docs/plan.schema.json` and `docs/plan-format.md` must describe what the
//! code writes and reads. These tests fail when the schema or the document
//! drifts from the model: a key the serializer writes that the schema does
//! not name, a key the schema names that the serializer never writes, an enum
//! value missing, a key marked required that the reader defaults (or the other
//! way round), a default that is not the reader's, or a `null` that the schema
//! allows where the reader refuses it (or the other way round).

use plan_tracker::format::{export_plan, import_plan, ImportError};
use plan_tracker::model::task_texts::TASK_TEXTS;
use plan_tracker::model::*;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

const SCHEMA: &str = include_str!("../docs/plan.schema.json");
const DOC: &str = include_str!("../docs/plan-format.md");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("docs/plan.schema.json is valid JSON")
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// A plan in which every optional field is set and every tagged shape occurs.
fn rich_plan() -> Plan {
    let mut p = Plan::new(
        Id::new("plan"),
        "全要素规划",
        d(2021, 1, 1),
        d(2025, 12, 31),
    );
    p.description = "描述".into();
    p.level = Level::District;
    p.issuer = "区委办".into();
    p.cadence = Cadence::HalfYearly;
    p.thresholds = Thresholds {
        at_risk_lag: 7.5,
        lagging_lag: 20.0,
        warning_days: 10,
    };
    p.goals.push(Goal {
        id: Id::new("g1"),
        title: "目标".into(),
        description: "说明".into(),
    });
    p.areas.push(KeyArea {
        id: Id::new("a1"),
        title: "领域".into(),
        description: "说明".into(),
        goal: Some(Id::new("g1")),
    });
    p.units.push(Unit {
        id: Id::new("u1"),
        name: "上级".into(),
        kind: UnitKind::City,
        parent: None,
    });
    p.units.push(Unit {
        id: Id::new("u2"),
        name: "下级".into(),
        kind: UnitKind::Town,
        parent: Some(Id::new("u1")),
    });
    let aims = [
        Aim::AtLeast { value: 90.0 },
        Aim::Value { value: 1.5 },
        Aim::AtMost { value: 3.25 },
        Aim::Words {
            text: "显著提升".into(),
        },
    ];
    for (i, aim) in aims.into_iter().enumerate() {
        p.indicators.push(Indicator {
            id: Id::new(format!("i{i}")),
            name: "指标".into(),
            measure: "%".into(),
            category: "类别".into(),
            direction: Direction::LowerIsBetter,
            nature: Nature::Binding,
            tally: Tally::RunningTotal,
            baseline: Some(Baseline {
                year: 2020,
                value: 80.5,
            }),
            target: Some(Target { year: 2025, aim }),
            actuals: vec![
                Actual {
                    period: "2023-Q2".parse().unwrap(),
                    value: 85.0,
                    note: "注".into(),
                },
                Actual {
                    period: "2023".parse().unwrap(),
                    value: 86.0,
                    note: String::new(),
                },
            ],
            weight: 2.0,
            area: Some(Id::new("a1")),
        });
    }
    let mut task = Task {
        tier: Tier::KeyBreakthrough,
        co_units: vec![Id::new("u2")],
        start: Some(d(2023, 1, 1)),
        deadline: Some(d(2023, 12, 31)),
        milestones: vec![Milestone {
            name: "节点".into(),
            due: d(2023, 6, 30),
            done: Some(d(2023, 6, 1)),
        }],
        requirement: Requirement {
            text: "要求".into(),
            indicator: Some(Id::new("i0")),
        },
        weight: 1.5,
        tags: vec!["标签".into()],
        source: SourceKind::Meeting,
        source_ref: "第3次专题会议".into(),
        source_date: Some(d(2022, 12, 20)),
        added: Some(d(2023, 2, 3)),
        ..Task::new("t1", "1.1", "任务", "a1", "u1")
    };
    // Every text field of the task's table is set, so each is written.
    for x in TASK_TEXTS {
        if (x.get)(&task).is_empty() {
            (x.set)(&mut task, format!("{}：文字", x.key));
        }
    }
    p.tasks.push(task);
    p.projects.push(Project {
        id: Id::new("p1"),
        name: "项目".into(),
        area: Some(Id::new("a1")),
        lead: Id::new("u2"),
        total_investment: 10000.0,
        year_target: 3000.0,
        completed_investment: 1234.5,
        phase: Phase::InOperation,
        planned_start: Some(d(2022, 1, 1)),
        planned_end: Some(d(2023, 12, 31)),
        actual_start: Some(d(2022, 2, 1)),
        actual_end: Some(d(2023, 11, 30)),
        batch: "第一批".into(),
    });
    p.updates.push(Update {
        id: Id::new("r1"),
        subject: Subject::Task(Id::new("t1")),
        date: d(2023, 3, 31),
        period: Some(plan_tracker::period::Period::Half(2023, 1)),
        progress: 25.0,
        status: ReportedStatus::AtRisk,
        completed_on: Some(d(2023, 3, 20)),
        narrative: "进展".into(),
        problems: "问题".into(),
        next_steps: "下一步".into(),
        reporter: "报告人".into(),
        evidence: "佐证".into(),
        withdrawn: Some(Withdrawal {
            date: d(2023, 4, 1),
            by: "督查室".into(),
            reason: "有误".into(),
        }),
    });
    p.updates.push(Update {
        status: ReportedStatus::Behind,
        ..Update::new(
            Id::new("r2"),
            Subject::Project(Id::new("p1")),
            d(2023, 3, 31),
            40.0,
        )
    });
    p.evaluation.notices_weight = 10.0;
    p.supervision = Supervision {
        verification_required: true,
        sign_within_days: Some(5),
    };
    let step = |id: &str, kind, date| Step {
        id: Id::new(id),
        task: Id::new("t1"),
        kind,
        date,
        by: "办理人".into(),
        note: "佐证".into(),
        reasons: String::new(),
    };
    p.steps.push(Step {
        reasons: "理由".into(),
        ..step("s0", StepKind::Assigned, d(2023, 1, 3))
    });
    p.steps.push(step("s1", StepKind::SignedFor, d(2023, 1, 4)));
    p.notices.push(Notice {
        id: Id::new("n1"),
        number: "督办〔2023〕1号".into(),
        task: Id::new("t1"),
        unit: Id::new("u1"),
        level: NoticeLevel::ByName,
        issued: d(2023, 5, 1),
        asked: "书面说明".into(),
        reply_due: d(2023, 5, 10),
        reply: Some(Reply {
            date: d(2023, 5, 12),
            text: "已整改".into(),
            by: "王敏".into(),
        }),
    });
    // Every key set, and to a value other than its default (a real withdrawal counts 1).
    p.history.push(Change {
        at: "2023-04-01T08:00:00.000Z".into(),
        by: "王敏".into(),
        unit: "督查室".into(),
        action: Action::Withdraw,
        kind: Some(Kind::Update),
        target: Some(Id::new("r1")),
        label: "1.1 任务".into(),
        count: 2,
        milestone: Some(MilestoneNote {
            name: "开工".into(),
            change: MilestoneChange::Done,
        }),
        merged_from: vec!["孝义市 2023-Q3.report.json".into()],
        read_from: vec!["台账.csv".into()],
    });
    p.history.push(Change {
        at: "2023-04-02T08:00:00.000Z".into(),
        by: String::new(),
        unit: String::new(),
        action: Action::EditPlan,
        kind: None,
        target: None,
        label: String::new(),
        count: 1,
        milestone: None,
        merged_from: Vec::new(),
        read_from: Vec::new(),
    });
    assert!(plan_tracker::validate::validate(&p).is_empty());
    p
}

/// The doc names a key or value as `key` or, inside a JSON snippet, "key".
fn in_doc(name: &str) -> bool {
    DOC.contains(&format!("`{name}`")) || DOC.contains(&format!("\"{name}\""))
}

fn rich_export() -> Value {
    serde_json::from_str(&export_plan(&rich_plan())).unwrap()
}

fn collect_keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                out.insert(k.clone());
                collect_keys(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| collect_keys(v, out)),
        _ => {}
    }
}

/// Every key of every `properties` object in the schema.
fn schema_property_names(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "properties" {
                    if let Value::Object(props) = v {
                        out.extend(props.keys().cloned());
                    }
                }
                schema_property_names(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| schema_property_names(v, out)),
        _ => {}
    }
}

/// Every string in an `enum` or `const` in the schema.
fn schema_enum_values(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("enum", Value::Array(a)) => {
                        out.extend(a.iter().filter_map(Value::as_str).map(String::from))
                    }
                    ("const", Value::String(s)) => {
                        out.insert(s.clone());
                    }
                    _ => {}
                }
                schema_enum_values(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| schema_enum_values(v, out)),
        _ => {}
    }
}

fn all_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if let ("$ref", Value::String(s)) = (k.as_str(), v) {
                    out.push(s.clone());
                }
                all_refs(v, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| all_refs(v, out)),
        _ => {}
    }
}

fn resolve<'a>(schema: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let target = schema
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("unresolved $ref {r}"));
            resolve(schema, target)
        }
        None => v,
    }
}

fn allows_null(schema: &Value, prop: &Value) -> bool {
    let type_null = |v: &Value| match v.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => ts.iter().any(|t| t == "null"),
        _ => false,
    };
    if type_null(prop) {
        return true;
    }
    if let Some(Value::Array(alts)) = prop.get("anyOf").or_else(|| prop.get("oneOf")) {
        if alts.iter().any(|a| allows_null(schema, a)) {
            return true;
        }
    }
    if prop.get("$ref").is_some() {
        return allows_null(schema, resolve(schema, prop));
    }
    false
}

/// The default a property declares, directly or through its `$ref`.
fn default_of<'a>(schema: &'a Value, prop: &'a Value) -> Option<&'a Value> {
    prop.get("default")
        .or_else(|| resolve(schema, prop).get("default"))
}

/// Equal as JSON, with numbers compared as f64 (so `1` equals `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// Where in the rich export each object definition of the schema occurs.
const DEF_POINTERS: &[(&str, &str)] = &[
    ("plan", "/plan"),
    ("thresholds", "/plan/thresholds"),
    ("goal", "/plan/goals/0"),
    ("area", "/plan/areas/0"),
    ("unit", "/plan/units/1"),
    ("task", "/plan/tasks/0"),
    ("milestone", "/plan/tasks/0/milestones/0"),
    ("requirement", "/plan/tasks/0/requirement"),
    ("project", "/plan/projects/0"),
    ("indicator", "/plan/indicators/0"),
    ("baseline", "/plan/indicators/0/baseline"),
    ("target", "/plan/indicators/0/target"),
    ("actual", "/plan/indicators/0/actuals/0"),
    ("update", "/plan/updates/0"),
    ("subject", "/plan/updates/0/subject"),
    ("withdrawal", "/plan/updates/0/withdrawn"),
    ("change", "/plan/history/0"),
    ("milestone_note", "/plan/history/0/milestone"),
    ("evaluation", "/plan/evaluation"),
    ("supervision", "/plan/supervision"),
    ("step", "/plan/steps/0"),
    ("notice", "/plan/notices/0"),
    ("reply", "/plan/notices/0/reply"),
];

fn import(v: &Value) -> Result<Plan, ImportError> {
    import_plan(&serde_json::to_string(v).unwrap())
}

#[test]
fn schema_is_draft_2020_12_and_its_refs_resolve() {
    let s = schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["properties"]["format"]["const"], "plan-tracker/plan");
    assert_eq!(s["properties"]["version"]["const"], 2);
    let mut refs = Vec::new();
    all_refs(&s, &mut refs);
    assert!(!refs.is_empty());
    for r in refs {
        assert!(r.starts_with("#/$defs/"), "{r}");
        resolve(&s, &serde_json::json!({ "$ref": r }));
    }
    for (def, _) in DEF_POINTERS {
        assert!(s["$defs"][def].is_object(), "schema lacks $defs/{def}");
    }
}

#[test]
fn every_key_the_serializer_writes_is_in_the_schema_and_the_doc() {
    let mut written = BTreeSet::new();
    collect_keys(&rich_export(), &mut written);
    let mut named = BTreeSet::new();
    schema_property_names(&schema(), &mut named);
    for key in &written {
        assert!(
            SCHEMA.contains(&format!("\"{key}\"")),
            "`{key}` missing from schema text"
        );
        assert!(named.contains(key), "`{key}` is not a schema property");
        assert!(in_doc(key), "`{key}` missing from docs/plan-format.md");
    }
    // And the schema names nothing the serializer never writes.
    let phantom: Vec<_> = named.difference(&written).collect();
    assert!(phantom.is_empty(), "schema names unknown keys: {phantom:?}");
}

#[test]
fn every_enum_value_is_in_the_schema() {
    let mut values = BTreeSet::new();
    schema_enum_values(&schema(), &mut values);
    let mut written: Vec<Value> = Vec::new();
    macro_rules! all {
        ($($v:expr),* $(,)?) => { $( written.push(serde_json::to_value($v).unwrap()); )* };
    }
    all!(
        Level::National,
        Level::Province,
        Level::City,
        Level::District,
        Level::County,
        Level::Township,
        Level::Other,
        Cadence::Weekly,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::HalfYearly,
        Cadence::Yearly,
        UnitKind::City,
        UnitKind::Department,
        UnitKind::District,
        UnitKind::Town,
        UnitKind::Other,
        Tier::Regular,
        Tier::Key,
        Tier::KeyBreakthrough,
        Phase::Planned,
        Phase::Preparing,
        Phase::UnderConstruction,
        Phase::Completed,
        Phase::InOperation,
        Direction::HigherIsBetter,
        Direction::LowerIsBetter,
        Nature::Binding,
        Nature::Anticipatory,
        ReportedStatus::NotStarted,
        ReportedStatus::OnTrack,
        ReportedStatus::AtRisk,
        ReportedStatus::Behind,
        ReportedStatus::Completed,
        Action::Create,
        Action::EditPlan,
        Action::Add,
        Action::Edit,
        Action::Delete,
        Action::Move,
        Action::Report,
        Action::Withdraw,
        Action::Reinstate,
        Action::Batch,
        Action::Undo,
        Action::Redo,
        Action::Assign,
        Action::SignFor,
        Action::ReportCompletion,
        Action::Accept,
        Action::Return,
        Action::CloseOut,
        Action::IssueNotice,
        Action::Reply,
        SourceKind::Plan,
        SourceKind::Meeting,
        SourceKind::Instruction,
        SourceKind::Document,
        SourceKind::Other,
        StepKind::Assigned,
        StepKind::SignedFor,
        StepKind::CompletionReported,
        StepKind::Accepted,
        StepKind::Returned,
        StepKind::ClosedOut,
        NoticeLevel::Reminder,
        NoticeLevel::Chase,
        NoticeLevel::ByName,
        MilestoneChange::Added,
        MilestoneChange::Removed,
        MilestoneChange::Done,
        MilestoneChange::Reopened,
        MilestoneChange::Edited,
        MilestoneChange::Moved,
        Kind::Goal,
        Kind::Area,
        Kind::Unit,
        Kind::Task,
        Kind::Project,
        Kind::Indicator,
        Kind::Update,
        Kind::Step,
        Kind::Notice,
    );
    for aim in [
        Aim::Value { value: 1.0 },
        Aim::AtLeast { value: 1.0 },
        Aim::AtMost { value: 1.0 },
        Aim::Words { text: "x".into() },
    ] {
        written.push(serde_json::to_value(aim).unwrap()["kind"].clone());
    }
    for subject in [Subject::Task(Id::new("x")), Subject::Project(Id::new("x"))] {
        written.push(serde_json::to_value(subject).unwrap()["kind"].clone());
    }
    for v in written {
        let s = v.as_str().expect("enums serialize as strings");
        assert!(values.contains(s), "enum value `{s}` missing from schema");
        assert!(in_doc(s), "`{s}` missing from docs/plan-format.md");
    }
}

#[test]
fn required_and_defaults_in_the_schema_match_the_reader() {
    let s = schema();
    let base = rich_export();
    assert_eq!(import(&base), Ok(rich_plan()));
    for (def, pointer) in DEF_POINTERS {
        let def_schema = &s["$defs"][def];
        let props = def_schema["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("$defs/{def} has no properties"));
        let required: BTreeSet<&str> = def_schema
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let present = base.pointer(pointer).unwrap().as_object().unwrap();
        for key in required.iter() {
            assert!(
                props.contains_key(*key),
                "{def}: required `{key}` not a property"
            );
        }
        for (key, prop) in props {
            assert!(present.contains_key(key), "{def}: rich plan lacks `{key}`");
            let where_ = format!("{def}.{key}");

            // Remove the key.
            let mut v = base.clone();
            v.pointer_mut(pointer)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(key);
            let result = import(&v);
            if required.contains(key.as_str()) {
                assert!(
                    matches!(&result, Err(ImportError::Shape { detail, .. }) if detail.contains("missing field")),
                    "{where_}: schema says required, reader gave {result:?}"
                );
            } else {
                assert!(
                    !matches!(result, Err(ImportError::Shape { .. })),
                    "{where_}: schema says optional, reader gave {result:?}"
                );
                if let Ok(plan) = result {
                    let again: Value = serde_json::from_str(&export_plan(&plan)).unwrap();
                    let obj = again.pointer(pointer).unwrap().as_object().unwrap();
                    match (default_of(&s, prop), obj.get(key)) {
                        (Some(default), Some(got)) => assert!(
                            same(default, got),
                            "{where_}: schema default {default}, reader gives {got}"
                        ),
                        (Some(_), None) => {
                            let desc = prop["description"].as_str().unwrap_or("");
                            assert!(
                                desc.contains("Omitted"),
                                "{where_}: writer omits it, schema should say so"
                            );
                        }
                        (None, Some(got)) => {
                            panic!("{where_}: no default in schema, reader gives {got}")
                        }
                        (None, None) => {}
                    }
                }
            }

            // Set it to null.
            let mut v = base.clone();
            v.pointer_mut(pointer).unwrap()[key.as_str()] = Value::Null;
            let result = import(&v);
            let shape = matches!(result, Err(ImportError::Shape { .. }));
            assert_eq!(
                !shape,
                allows_null(&s, prop),
                "{where_}: null gives {result:?}, schema disagrees"
            );
        }
    }
}

#[test]
fn aim_shapes_match_the_schema() {
    let s = schema();
    let alts = s["$defs"]["aim"]["oneOf"].as_array().unwrap();
    let mut kinds = BTreeSet::new();
    for alt in alts {
        let props: Map<String, Value> = alt["properties"].as_object().unwrap().clone();
        let required: BTreeSet<String> = alt["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            required,
            props.keys().cloned().collect::<BTreeSet<_>>(),
            "every aim key is required"
        );
        let kind = &props["kind"];
        let mut vs = BTreeSet::new();
        schema_enum_values(kind, &mut vs);
        for k in vs {
            kinds.insert(k);
        }
    }
    let export = rich_export();
    let mut written = BTreeSet::new();
    for ind in export["plan"]["indicators"].as_array().unwrap() {
        let aim = ind["target"]["aim"].as_object().unwrap();
        written.insert(aim["kind"].as_str().unwrap().to_string());
        // The payload key is the one the schema's alternative for this kind names.
        let alt = alts
            .iter()
            .find(|alt| {
                let mut vs = BTreeSet::new();
                schema_enum_values(&alt["properties"]["kind"], &mut vs);
                vs.contains(aim["kind"].as_str().unwrap())
            })
            .unwrap();
        assert_eq!(
            aim.keys().cloned().collect::<BTreeSet<_>>(),
            alt["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect::<BTreeSet<_>>()
        );
    }
    assert_eq!(kinds, written);
}

#[test]
fn the_example_in_the_doc_is_exactly_what_the_writer_writes() {
    let start = DOC
        .find("## A complete example")
        .expect("the doc has an example section");
    let rest = &DOC[start..];
    let open = rest.find("```json\n").expect("a json block") + "```json\n".len();
    let close = rest[open..].find("```").expect("closing fence") + open;
    let example = &rest[open..close];
    let plan = import_plan(example).expect("the example imports");
    let written: Value = serde_json::from_str(&export_plan(&plan)).unwrap();
    let read: Value = serde_json::from_str(example).unwrap();
    assert_eq!(written, read, "the example is not in the writer's form");
}

#[test]
fn format_constants_are_documented() {
    assert!(DOC.contains(&format!("\"{}\"", plan_tracker::format::FORMAT)));
    assert_eq!(plan_tracker::format::VERSION, 2);
    assert_eq!(plan_tracker::format::MAX_FILE_BYTES, 128 * 1024 * 1024);
    assert!(DOC.contains("134 217 728"));
}
