//! Older plan files are brought up to the current version step by step;
//! newer ones are refused.

use plan_tracker::format::migrate::{needs_upgrade, upgrade, upgrade_with, Step, STEPS};
use plan_tracker::format::{export_plan, import_plan, ImportError, FORMAT, VERSION};
use plan_tracker::model::{Date, Evaluation, Id, Plan};
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
            reporting_weight: 20.0
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
