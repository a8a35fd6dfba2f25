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
fn a_current_plan_is_left_exactly_as_it_is() {
    let mut plan = small();
    plan.supervision.verification_required = true;
    plan.tasks = fixtures_tasks();
    let before = plan.clone();
    upgrade(&mut plan, u64::from(VERSION));
    assert_eq!(plan, before);
}

fn fixtures_tasks() -> Vec<plan_tracker::model::Task> {
    plan_tracker::sample::sample_plan(plan_tracker::i18n::Lang::En)
        .tasks
        .into_iter()
        .take(2)
        .collect()
}

// Two made-up steps show the machinery: order, skipping.
fn mark_title(plan: &mut Plan) {
    plan.title.push_str(" (2)");
}

fn add_weights(plan: &mut Plan) {
    // The second step sees the first's result.
    assert!(plan.title.ends_with(" (2)"));
    plan.evaluation.reporting_weight = 30.0;
}

const TWO_STEPS: [Step; 2] = [mark_title, add_weights];

#[test]
fn steps_run_in_order_from_the_files_version() {
    let mut from_1 = small();
    upgrade_with(&mut from_1, 1, &TWO_STEPS);
    assert_eq!(from_1.title, "City plan 2024 (2)");
    assert_eq!(from_1.evaluation.reporting_weight, 30.0);

    // A version 2 file skips the first step.
    let mut from_2 = small();
    from_2.title.push_str(" (2)");
    upgrade_with(&mut from_2, 2, &TWO_STEPS);
    assert_eq!(from_2, from_1);

    // At the newest version: nothing to do.
    let mut from_3 = from_1.clone();
    upgrade_with(&mut from_3, 3, &TWO_STEPS);
    assert_eq!(from_3, from_1);
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
fn a_version_1_file_reads_every_new_field_with_its_default() {
    let mut doc: Value = serde_json::from_str(&export_plan(&small())).unwrap();
    doc["version"] = json!(1);
    let plan = doc["plan"].as_object_mut().unwrap();
    for key in ["supervision", "steps", "notices"] {
        plan.remove(key);
    }
    plan.insert(
        "evaluation".into(),
        json!({"on_time_weight": 50.0, "progress_weight": 30.0, "reporting_weight": 20.0}),
    );
    plan.insert(
        "units".into(),
        json!([{"id": "u", "name": "U", "kind": "department"}]),
    );
    plan.insert("areas".into(), json!([{"id": "a", "title": "A"}]));
    plan.insert(
        "tasks".into(),
        json!([{"id": "t1", "code": "1", "title": "T", "area": "a", "lead": "u"}]),
    );
    let plan = import_plan(&doc.to_string()).unwrap();
    assert!(!plan.supervision.verification_required);
    assert_eq!(plan.supervision.sign_within_days, None);
    assert!(plan.steps.is_empty() && plan.notices.is_empty());
    assert_eq!(plan.evaluation.notices_weight, 0.0);
    assert_eq!(plan.evaluation.on_time_weight, 50.0);
    assert_eq!(plan.tasks[0].source, SourceKind::Plan);
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
