//! Older plan files are brought up to the current version step by step;
//! newer ones are refused.

use plan_tracker::format::migrate::{needs_upgrade, upgrade, upgrade_with, Step, STEPS};
use plan_tracker::format::{export_plan, import_plan, ImportError, FORMAT, VERSION};
use plan_tracker::model::{Date, Evaluation, Id, Level, Plan, SourceKind, StepKind};
use serde_json::{json, Value};

fn small() -> Plan {
    Plan::new(
        Id::new("city-2024"),
        "City plan 2024",
        Date::from_ymd_opt(2024, 1, 1).unwrap(),
        Date::from_ymd_opt(2024, 12, 31).unwrap(),
    )
}

#[test]
fn there_is_one_step_per_version_after_the_first() {
    assert_eq!(STEPS.len() as u32, VERSION - 1);
    assert!(!needs_upgrade(u64::from(VERSION)));
    assert!(needs_upgrade(u64::from(VERSION) - 1) || VERSION == 1);
}

#[test]
fn a_current_document_is_left_exactly_as_it_is() {
    let doc: Value = serde_json::from_str(&export_plan(&small())).unwrap();
    assert_eq!(upgrade(doc.clone(), u64::from(VERSION)), doc);
}

// Two made-up steps show the machinery: order, version field, skipping.
fn rename_title(mut doc: Value) -> Value {
    let plan = doc["plan"].as_object_mut().unwrap();
    let title = plan.remove("name").unwrap();
    plan.insert("title".into(), title);
    doc
}

fn add_weights(mut doc: Value) -> Value {
    // The second step sees the first's result.
    assert!(doc["plan"].get("title").is_some());
    assert_eq!(doc["version"], 2);
    doc["plan"]["evaluation"] =
        json!({"on_time_weight": 40.0, "progress_weight": 40.0, "reporting_weight": 20.0});
    doc
}

const TWO_STEPS: [Step; 2] = [rename_title, add_weights];

#[test]
fn steps_run_in_order_from_the_files_version_and_set_the_version() {
    let v1 = json!({"format": FORMAT, "version": 1, "plan": {"id": "p", "name": "Plan"}});
    let v3 = upgrade_with(v1, 1, &TWO_STEPS);
    assert_eq!(v3["version"], 3);
    assert_eq!(v3["plan"]["title"], "Plan");
    assert!(v3["plan"].get("name").is_none());
    assert_eq!(v3["plan"]["evaluation"]["reporting_weight"], 20.0);

    // A version 2 file skips the first step (it has no "name" to rename).
    let v2 = json!({"format": FORMAT, "version": 2, "plan": {"id": "p", "title": "Plan"}});
    let up = upgrade_with(v2, 2, &TWO_STEPS);
    assert_eq!(up["version"], 3);
    assert_eq!(up["plan"]["title"], "Plan");
    assert_eq!(up["plan"]["evaluation"]["on_time_weight"], 40.0);

    // At the newest version: nothing to do.
    let v3_again = upgrade_with(up.clone(), 3, &TWO_STEPS);
    assert_eq!(v3_again, up);
}

#[test]
fn a_newer_version_is_refused_with_its_number() {
    let text = export_plan(&small()).replacen(
        &format!("\"version\": {VERSION}"),
        &format!("\"version\": {}", VERSION + 1),
        1,
    );
    assert_eq!(
        import_plan(&text),
        Err(ImportError::NewerVersion {
            found: u64::from(VERSION) + 1
        })
    );
}

#[test]
fn a_version_1_file_without_weights_reads_the_documented_defaults() {
    // Why `evaluation` did not need a version 2: a version 1 file without it
    // means 40 / 40 / 20, the weights docs/plan-format.md gives.
    let mut doc: Value = serde_json::from_str(&export_plan(&small())).unwrap();
    doc["version"] = json!(1);
    doc["plan"].as_object_mut().unwrap().remove("evaluation");
    let plan = import_plan(&doc.to_string()).unwrap();
    assert_eq!(
        plan.evaluation,
        Evaluation {
            on_time_weight: 40.0,
            progress_weight: 40.0,
            reporting_weight: 20.0,
            notices_weight: 0.0,
        }
    );
}

#[test]
fn the_gate_checks_the_upgraded_document_as_before() {
    // Shape errors keep their paths after the version check.
    let mut doc: Value = serde_json::from_str(&export_plan(&small())).unwrap();
    doc["plan"]["title"] = json!(7);
    match import_plan(&doc.to_string()) {
        Err(ImportError::Shape { path, .. }) => assert_eq!(path, "plan.title"),
        other => panic!("expected a shape error, got {other:?}"),
    }
}

/// Every version 1 file of the fixture corpus reads exactly as the same
/// text marked version 2 does: the step from version 1 only writes the
/// defaults down. Valid files give the same plan, broken ones the same
/// error with the same path.
#[test]
fn every_version_1_fixture_reads_as_before() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue; // not UTF-8: refused before any version is read
        };
        let Some(at) = text.find("\"version\": 1") else {
            continue;
        };
        if text[at..].starts_with("\"version\": 1.") || text[at..].starts_with("\"version\": 10") {
            continue;
        }
        let v2 = format!("{}\"version\": 2{}", &text[..at], &text[at + 12..]);
        let old = import_plan(&text);
        assert_eq!(old, import_plan(&v2), "{}", path.display());
        if let Ok(plan) = old {
            assert!(plan.steps.is_empty() && plan.notices.is_empty());
            assert!(!plan.supervision.verification_required);
            assert!(plan.tasks.iter().all(|t| t.source == SourceKind::Plan));
            // Written back, it is a version 2 file that reads the same.
            assert_eq!(import_plan(&export_plan(&plan)), Ok(plan));
        }
        read += 1;
    }
    assert!(read >= 20, "only {read} version 1 fixtures");
}

#[test]
fn the_step_to_version_2_writes_every_new_field_with_its_default() {
    let mut doc: Value = serde_json::from_str(&export_plan(&small())).unwrap();
    doc["version"] = json!(1);
    let plan = doc["plan"].as_object_mut().unwrap();
    for key in ["supervision", "steps", "notices"] {
        plan.remove(key);
    }
    plan["evaluation"]
        .as_object_mut()
        .unwrap()
        .remove("notices_weight");
    plan.insert(
        "tasks".into(),
        json!([{"id": "t1", "code": "1", "title": "T", "area": "a", "lead": "u"}]),
    );
    let up = upgrade(doc, 1);
    assert_eq!(up["version"], 2);
    assert_eq!(
        up["plan"]["supervision"],
        json!({"verification_required": false})
    );
    assert_eq!(up["plan"]["steps"], json!([]));
    assert_eq!(up["plan"]["notices"], json!([]));
    assert_eq!(up["plan"]["evaluation"]["notices_weight"], 0.0);
    assert_eq!(up["plan"]["tasks"][0]["source"], "plan");
}

#[test]
fn a_plan_requiring_verification_reads_its_items_as_assigned_not_signed() {
    // No version 1 file can say so; the step still says what it would mean.
    let doc = json!({
        "format": FORMAT,
        "version": 1,
        "plan": {
            "id": "p", "title": "P", "level": "township",
            "start": "2024-01-01", "end": "2024-12-31",
            "supervision": {"verification_required": true},
            "areas": [{"id": "a", "title": "A"}],
            "units": [{"id": "u", "name": "U", "kind": "town"}],
            "tasks": [
                {"id": "t1", "code": "1", "title": "T1", "area": "a", "lead": "u", "start": "2024-03-01"},
                {"id": "t2", "code": "2", "title": "T2", "area": "a", "lead": "u"}
            ]
        }
    });
    let plan = import_plan(&doc.to_string()).unwrap();
    assert_eq!(plan.level, Level::Township);
    let steps: Vec<(&str, StepKind, String)> = plan
        .steps
        .iter()
        .map(|s| (s.task.as_str(), s.kind, s.date.to_string()))
        .collect();
    assert_eq!(
        steps,
        [
            ("t1", StepKind::Assigned, "2024-03-01".to_string()),
            ("t2", StepKind::Assigned, "2024-01-01".to_string())
        ]
    );
    for t in &plan.tasks {
        assert_eq!(
            plan_tracker::supervision::task_stage(&plan, &t.id),
            plan_tracker::supervision::Stage::Assigned
        );
    }
}
