//! Merging unit reports: every report arrives once, conflicts are listed,
//! nothing is dropped silently; idempotent and order-independent.

use plan_tracker::command::{apply, Command};
use plan_tracker::i18n::Lang;
use plan_tracker::merge::*;
use plan_tracker::model::*;
use plan_tracker::period::Period;
use plan_tracker::query::TaskIndex;
use plan_tracker::sample::sample_plan;
use plan_tracker::status::Light;
use plan_tracker::validate::validate;
use proptest::prelude::*;
use std::collections::BTreeMap;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn report(id: &str, task: &str, date: Date, progress: f64) -> Update {
    Update {
        narrative: format!("report {id}"),
        reporter: "Pianguan".into(),
        ..Update::new(Id::new(id), Subject::Task(Id::new(task)), date, progress)
    }
}

fn value(indicator: &str, period: &str, v: f64) -> IndicatorValue {
    IndicatorValue {
        indicator: Id::new(indicator),
        actual: Actual {
            period: period.parse().unwrap(),
            value: v,
            note: String::new(),
        },
    }
}

/// Merge `files` into `plan`, every conflict resolved as `choice`.
fn merged(plan: &Plan, files: &[Contribution], choice: Resolution) -> Plan {
    let p = preview(plan, files);
    let choices = vec![choice; p.conflicts.len()];
    let mut n = 0;
    let mut out = plan.clone();
    if let Some(cmd) = merge_command(plan, &p, &choices, || {
        n += 1;
        Id::new(format!("kept-{n}"))
    }) {
        apply(&mut out, cmd).expect("a merge applies");
    }
    out
}

/// Reports by id and values by (indicator, period): what a merge must agree on.
fn contents(plan: &Plan) -> (BTreeMap<String, Update>, BTreeMap<(String, String), f64>) {
    let reports = plan
        .updates
        .iter()
        .map(|u| (u.id.to_string(), u.clone()))
        .collect();
    let values = plan
        .indicators
        .iter()
        .flat_map(|i| {
            i.actuals
                .iter()
                .map(|a| ((i.id.to_string(), a.period.to_string()), a.value))
        })
        .collect();
    (reports, values)
}

fn sample() -> Plan {
    sample_plan(Lang::En)
}

#[test]
fn new_reports_and_values_are_added_as_one_undoable_change() {
    let plan = sample();
    let file = Contribution {
        updates: vec![
            report("r-new-1", "t-13-4", d(2023, 10, 10), 20.0),
            report("r-new-2", "t-13-2", d(2023, 10, 11), 75.0),
        ],
        values: vec![value(&plan.indicators[0].id.to_string(), "2030", 1.0)],
        ..Default::default()
    };
    let p = preview(&plan, std::slice::from_ref(&file));
    assert_eq!((p.new_updates.len(), p.new_values.len()), (2, 1));
    assert_eq!((p.duplicate_updates, p.duplicate_values), (0, 0));
    assert!(p.conflicts.is_empty() && p.unmatched.is_empty());
    let cmd = merge_command(&plan, &p, &[], || Id::new("unused")).unwrap();
    let mut after = plan.clone();
    let inverse = apply(&mut after, cmd).unwrap();
    assert_eq!(after.updates.len(), plan.updates.len() + 2);
    assert_eq!(validate(&after), vec![]);
    apply(&mut after, inverse).unwrap();
    assert_eq!(after, plan, "undo takes the whole merge back");
}

#[test]
fn the_same_report_twice_counts_once() {
    let plan = sample();
    let existing = plan.updates[3].clone();
    let mut withdrawn_copy = existing.clone();
    withdrawn_copy.withdrawn = Some(Withdrawal {
        date: d(2023, 10, 1),
        by: "unit".into(),
        reason: "x".into(),
    });
    let fresh = report("r-new", "t-13-4", d(2023, 10, 10), 20.0);
    let file = Contribution {
        updates: vec![existing, withdrawn_copy, fresh.clone(), fresh],
        values: vec![],
        ..Default::default()
    };
    let p = preview(&plan, &[file.clone(), file]);
    assert_eq!(p.new_updates.len(), 1);
    // The withdrawn copy withdraws the plan's standing one (once); every
    // other copy, withdrawn or not, is already here.
    assert_eq!(p.withdrawals.len(), 1);
    assert_eq!(p.duplicate_updates, 6);
    assert!(p.conflicts.is_empty());
}

/// A unit withdrew a report it had sent (a completion reported by mistake):
/// its next file carries the report withdrawn, and the merge withdraws the
/// office's copy, with the unit's date, name and reason. Undo takes it
/// back; a file never reinstates a withdrawn report.
#[test]
fn a_report_the_unit_withdrew_is_withdrawn_when_its_file_is_merged() {
    let mut plan = sample();
    let done = Update {
        status: ReportedStatus::Completed,
        ..report("r-done", "t-13-4", d(2023, 9, 5), 100.0)
    };
    plan.updates.push(done.clone());
    let index = |p: &Plan| TaskIndex::build(p, d(2023, 9, 30));
    let light = |p: &Plan| {
        let i = index(p);
        let row = i
            .rows
            .iter()
            .find(|r| p.tasks[r.index].id == Id::new("t-13-4"))
            .unwrap();
        row.status.light
    };
    assert_eq!(light(&plan), Light::Completed);
    let withdrawal = Withdrawal {
        date: d(2023, 9, 9),
        by: "偏关县".into(),
        reason: "误报：尚未完成".into(),
    };
    let file = Contribution {
        updates: vec![Update {
            withdrawn: Some(withdrawal.clone()),
            ..done.clone()
        }],
        ..Default::default()
    };
    let p = preview(&plan, std::slice::from_ref(&file));
    assert_eq!(p.withdrawals.len(), 1);
    assert_eq!(p.withdrawals[0].0.withdrawn, Some(withdrawal.clone()));
    assert_eq!((p.new_updates.len(), p.duplicate_updates), (0, 0));
    assert!(!p.is_empty());
    assert_eq!(tally(&p, &[]).reports_withdrawn, 1);
    assert!(!tally(&p, &[]).changes_nothing());
    let mut after = plan.clone();
    let undo = apply(
        &mut after,
        merge_command(&plan, &p, &[], || Id::new("unused")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        after.update(&Id::new("r-done")).unwrap().withdrawn,
        Some(withdrawal)
    );
    assert_eq!(after.updates.len(), plan.updates.len());
    assert_ne!(light(&after), Light::Completed);
    // Merged again: nothing to do.
    assert!(preview(&after, std::slice::from_ref(&file)).is_empty());
    // The unit's older file, with the report standing, does not bring it back.
    let older = Contribution {
        updates: vec![done],
        ..Default::default()
    };
    let p = preview(&after, &[older]);
    assert_eq!((p.withdrawals.len(), p.duplicate_updates), (0, 1));
    assert!(p.is_empty());
    apply(&mut after, undo).unwrap();
    assert_eq!(after, plan, "undo takes the withdrawal back");
}

/// A report sent in one file and withdrawn in the next, merged together in
/// either order, comes in withdrawn; one the plan never had comes in
/// withdrawn, as the record of what was sent.
#[test]
fn a_report_sent_and_withdrawn_in_files_merged_together_comes_in_withdrawn() {
    let plan = sample();
    let sent = report("r-sent", "t-13-4", d(2023, 9, 5), 40.0);
    let withdrawn = Update {
        withdrawn: Some(Withdrawal {
            date: d(2023, 9, 9),
            by: String::new(),
            reason: "wrong task".into(),
        }),
        ..sent.clone()
    };
    let first = Contribution {
        updates: vec![sent],
        ..Default::default()
    };
    let second = Contribution {
        updates: vec![withdrawn.clone()],
        ..Default::default()
    };
    let a = merged(
        &plan,
        &[first.clone(), second.clone()],
        Resolution::KeepCurrent,
    );
    let b = merged(&plan, &[second.clone(), first], Resolution::KeepCurrent);
    assert_eq!(a.update(&Id::new("r-sent")), Some(&withdrawn));
    assert_eq!(a.updates, b.updates);
    let p = preview(&plan, &[second]);
    assert_eq!((p.new_updates.len(), p.withdrawals.len()), (1, 0));
}

#[test]
fn a_report_typed_again_under_another_id_counts_once() {
    let plan = sample();
    // The office typed a unit's report from its e-mail; the unit's own
    // file then brings the same report under the id its copy gave it.
    let existing = plan.updates[3].clone();
    let again = Update {
        id: Id::new("r-unit-copy"),
        ..existing.clone()
    };
    // Withdrawn here or there, it is still the same report.
    let again_withdrawn = Update {
        id: Id::new("r-unit-copy-2"),
        withdrawn: Some(Withdrawal {
            date: d(2023, 10, 1),
            by: "unit".into(),
            reason: "x".into(),
        }),
        ..existing.clone()
    };
    // Typed twice in the file itself, a new report counts once too.
    let fresh = report("r-new", "t-13-4", d(2023, 10, 10), 20.0);
    let fresh_again = Update {
        id: Id::new("r-new-again"),
        ..fresh.clone()
    };
    // Anything that differs (here the progress, or the day) is another report.
    let other_figure = Update {
        id: Id::new("r-other-figure"),
        progress: existing.progress + 1.0,
        ..existing.clone()
    };
    let other_day = Update {
        id: Id::new("r-other-day"),
        date: existing.date.succ_opt().unwrap(),
        period: Some(plan.report_period(&existing)),
        ..existing.clone()
    };
    let file = Contribution {
        updates: vec![
            again,
            again_withdrawn,
            fresh,
            fresh_again,
            other_figure,
            other_day,
        ],
        ..Default::default()
    };
    let p = preview(&plan, std::slice::from_ref(&file));
    let new: Vec<&str> = p.new_updates.iter().map(|(u, _)| u.id.as_str()).collect();
    assert_eq!(new, ["r-new", "r-other-figure", "r-other-day"]);
    assert_eq!(p.duplicate_updates, 3);
    assert!(p.conflicts.is_empty());
    let after = merged(&plan, &[file], Resolution::KeepCurrent);
    assert_eq!(after.updates.len(), plan.updates.len() + 3);
}

#[test]
fn conflicts_are_listed_and_resolved_by_the_user() {
    let plan = sample();
    let ind = plan
        .indicators
        .iter()
        .find(|i| !i.actuals.is_empty())
        .unwrap();
    let taken = ind.actuals[0].clone();
    let mut changed_report = plan.updates[0].clone();
    changed_report.progress = (changed_report.progress + 7.0).min(100.0);
    changed_report.narrative.push_str(" (revised)");
    let file = Contribution {
        updates: vec![changed_report.clone()],
        values: vec![value(
            &ind.id.to_string(),
            &taken.period.to_string(),
            taken.value + 1.5,
        )],
        ..Default::default()
    };
    let p = preview(&plan, std::slice::from_ref(&file));
    assert_eq!(p.conflicts.len(), 2);
    assert!(p.new_updates.is_empty() && p.new_values.is_empty());

    let kept = merged(&plan, std::slice::from_ref(&file), Resolution::KeepCurrent);
    assert_eq!(kept, plan, "keeping the current items changes nothing");

    let taken_plan = merged(&plan, &[file], Resolution::TakeIncoming);
    assert_eq!(
        taken_plan.updates.len(),
        plan.updates.len() + 1,
        "both reports kept"
    );
    let copy = taken_plan.update(&Id::new("kept-1")).unwrap();
    assert_eq!(copy.narrative, changed_report.narrative);
    let v = &taken_plan.indicator(&ind.id).unwrap().actuals;
    assert_eq!(
        v.iter().find(|a| a.period == taken.period).unwrap().value,
        taken.value + 1.5
    );
}

#[test]
fn two_files_disagreeing_with_each_other_conflict() {
    let plan = sample();
    let id = plan.indicators[0].id.to_string();
    let a = Contribution {
        updates: vec![],
        values: vec![value(&id, "2031", 1.0)],
        ..Default::default()
    };
    let b = Contribution {
        updates: vec![],
        values: vec![value(&id, "2031", 2.0)],
        ..Default::default()
    };
    let p = preview(&plan, &[a, b]);
    assert_eq!(p.new_values.len(), 1);
    assert_eq!(p.conflicts.len(), 1);
    match &p.conflicts[0] {
        Conflict::Value {
            current_from,
            incoming_from,
            ..
        } => assert_eq!((*current_from, *incoming_from), (Source::File(0), 1)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn items_for_things_not_in_the_plan_are_unmatched_not_dropped() {
    let plan = sample();
    let file = Contribution {
        updates: vec![report("r-x", "no-such-task", d(2023, 10, 1), 5.0)],
        values: vec![value("no-such-indicator", "2023", 1.0)],
        ..Default::default()
    };
    let p = preview(&plan, &[file]);
    assert_eq!(p.unmatched.len(), 2);
    assert!(merge_command(&plan, &p, &[], || Id::new("x")).is_none());
}

#[test]
fn a_full_plan_file_merges_into_itself_as_duplicates() {
    let plan = sample();
    let p = preview(&plan, &[Contribution::of_plan(&plan)]);
    assert!(p.is_empty());
    assert_eq!(p.duplicate_updates, plan.updates.len());
    // Nothing new, but the files held something: not the same as files
    // that hold nothing at all.
    assert!(!p.files_hold_nothing());
    let empty = preview(&plan, &[Contribution::default(), Contribution::default()]);
    assert!(empty.is_empty() && empty.files_hold_nothing());
}

/// Non-conflicting files: fresh report ids and (indicator, period) pairs
/// drawn from pools so that files overlap with each other.
fn arb_files() -> impl Strategy<Value = Vec<Contribution>> {
    let plan = sample();
    let tasks: Vec<String> = plan.tasks.iter().map(|t| t.id.to_string()).collect();
    let inds: Vec<String> = plan.indicators.iter().map(|i| i.id.to_string()).collect();
    let file = (
        prop::collection::vec((0usize..12, 0usize..tasks.len()), 0..6),
        prop::collection::vec((0usize..inds.len(), 2030i32..2034), 0..4),
    )
        .prop_map(move |(reports, values)| Contribution {
            // A report's content is a function of its id, so equal ids are
            // the same report, as when one file is sent twice.
            updates: reports
                .into_iter()
                .map(|(r, _)| {
                    let task = &tasks[r % tasks.len()];
                    report(&format!("r-{r}"), task, d(2023, 10, 1 + r as u32), r as f64)
                })
                .collect(),
            values: values
                .into_iter()
                .map(|(i, y)| value(&inds[i], &y.to_string(), f64::from(y) + i as f64))
                .collect(),
            ..Default::default()
        });
    prop::collection::vec(file, 1..5)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_again_adds_nothing(files in arb_files()) {
        let plan = sample();
        let once = merged(&plan, &files, Resolution::TakeIncoming);
        let p = preview(&once, &files);
        prop_assert!(p.is_empty(), "{p:?}");
        prop_assert_eq!(merged(&once, &files, Resolution::TakeIncoming), once);
    }

    #[test]
    fn the_order_of_files_does_not_matter(files in arb_files()) {
        let plan = sample();
        let mut reversed = files.clone();
        reversed.reverse();
        let a = merged(&plan, &files, Resolution::KeepCurrent);
        let b = merged(&plan, &reversed, Resolution::KeepCurrent);
        prop_assert_eq!(contents(&a), contents(&b));
        prop_assert_eq!(validate(&a), vec![]);
    }

    #[test]
    fn every_incoming_item_is_accounted_for(files in arb_files()) {
        let plan = sample();
        let p = preview(&plan, &files);
        let reports: usize = files.iter().map(|f| f.updates.len()).sum();
        let values: usize = files.iter().map(|f| f.values.len()).sum();
        let conflicts_r = p.conflicts.iter().filter(|c| matches!(c, Conflict::Report { .. })).count();
        let conflicts_v = p.conflicts.len() - conflicts_r;
        prop_assert_eq!(p.new_updates.len() + p.duplicate_updates + conflicts_r, reports);
        prop_assert_eq!(p.new_values.len() + p.duplicate_values + conflicts_v, values);
    }
}

#[test]
fn merge_is_a_batch_command() {
    let plan = sample();
    let file = Contribution {
        updates: vec![report("r-a", "t-13-4", d(2023, 10, 10), 20.0)],
        values: vec![],
        ..Default::default()
    };
    let p = preview(&plan, &[file]);
    assert!(matches!(
        merge_command(&plan, &p, &[], || Id::new("x")),
        Some(Command::Batch(_))
    ));
}

mod unit_report_file {
    use super::*;
    use plan_tracker::format::unit_report::*;
    use plan_tracker::format::{read_incoming_stepped, ImportError};
    use plan_tracker::period::Period;
    use plan_tracker::validate::ProblemKind;

    fn q3_of(unit: &str) -> UnitReport {
        UnitReport::of(
            &sample(),
            &Id::new(unit),
            Period::Quarter(2023, 3),
            "Wang Fang · Xiaodian",
            "2023-10-05T08:00:00Z",
        )
    }

    /// The latest standing report on a task or project the unit leads,
    /// found the long way.
    fn latest_standing(plan: &Plan, unit: &Id) -> Option<Update> {
        plan.updates
            .iter()
            .filter(|u| u.withdrawn.is_none())
            .filter(|u| match &u.subject {
                Subject::Task(t) => plan.task(t).is_some_and(|t| &t.lead == unit),
                Subject::Project(p) => plan.projects.iter().any(|x| &x.id == p && &x.lead == unit),
            })
            .max_by_key(|u| u.date)
            .cloned()
    }

    #[test]
    fn a_period_the_unit_did_not_report_in_holds_nothing_and_its_latest_period_is_named() {
        let mut plan = sample();
        let unit = Id::new("u-xiaodian");
        // Only indicator values and steps of the unit's own could fill a
        // file besides its reports: none in a year before the plan.
        let empty = UnitReport::of(&plan, &unit, Period::Year(2020), "", "");
        assert!(empty.is_empty());
        assert!(!q3_of("u-xiaodian").is_empty());
        // The latest standing report on its tasks, by date, names the period.
        let latest = latest_standing(&plan, &unit).unwrap();
        assert_eq!(
            UnitReport::latest_period(&plan, &unit),
            Some(plan.report_period(&latest))
        );
        // Withdrawn, it gives way to the latest of the January reports left.
        plan.updates
            .retain(|u| u.id == latest.id || u.date < Date::from_ymd_opt(2023, 2, 1).unwrap());
        plan.updates
            .iter_mut()
            .filter(|u| u.id == latest.id)
            .for_each(|u| {
                u.withdrawn = Some(Withdrawal {
                    date: u.date,
                    by: "x".into(),
                    reason: "x".into(),
                })
            });
        let january = latest_standing(&plan, &unit);
        assert_ne!(january.as_ref().map(|u| &u.id), Some(&latest.id));
        assert_eq!(
            UnitReport::latest_period(&plan, &unit),
            january.map(|u| plan.report_period(&u))
        );
        plan.updates.clear();
        assert_eq!(UnitReport::latest_period(&plan, &unit), None);
    }

    #[test]
    fn a_unit_report_holds_the_units_reports_of_the_period() {
        let plan = sample();
        let r = q3_of("u-xiaodian");
        assert!(!r.updates.is_empty());
        for u in &r.updates {
            assert!(Period::Quarter(2023, 3).contains(u.date), "{}", u.date);
            let Subject::Task(t) = &u.subject else {
                continue;
            };
            let t = plan.task(t).unwrap();
            assert!(t.lead == Id::new("u-xiaodian") || t.co_units.contains(&Id::new("u-xiaodian")));
        }
        // Every standing Q3 report on a task Xiaodian leads is there.
        let led: usize = plan
            .updates
            .iter()
            .filter(|u| {
                u.withdrawn.is_none()
                    && Period::Quarter(2023, 3).contains(u.date)
                    && matches!(&u.subject, Subject::Task(t)
                        if plan.task(t).unwrap().lead == Id::new("u-xiaodian"))
            })
            .count();
        assert!(r.updates.len() >= led && led > 0);
        assert_eq!(
            r.unit_name,
            "Xiaodian District People's Government, Taiyuan"
        );
        assert!(r.file_name().ends_with("2023-Q3.report.json"));
    }

    #[test]
    fn export_then_import_is_the_identity() {
        let r = q3_of("u-xiaodian");
        let text = export_unit_report(&r);
        assert!(text.contains("\"format\": \"plan-tracker/unit-report\""));
        assert_eq!(import_unit_report(&text), Ok(r.clone()));
        assert_eq!(import_unit_report(&format!("\u{feff}{text}")), Ok(r));
    }

    /// Every unit's file of every quarter and of the year holds the reports
    /// and steps found by looking each one's task or project up in the
    /// plan, in the plan's order: the tasks and projects indexed once
    /// give the same file as searching the plan for each report.
    #[test]
    fn a_unit_report_holds_what_its_units_items_were_reported() {
        let plan = sample();
        let periods = [1, 2, 3, 4]
            .map(|q| Period::Quarter(2023, q))
            .into_iter()
            .chain([Period::Year(2023)]);
        for period in periods {
            for unit in &plan.units {
                let u = &unit.id;
                // Reports on what it leads only: a task's reports are its
                // lead unit's to send.
                let involved = |s: &Subject| match s {
                    Subject::Task(id) => plan.task(id).is_some_and(|t| &t.lead == u),
                    Subject::Project(id) => plan.project(id).is_some_and(|p| &p.lead == u),
                };
                // Withdrawn ones too: the office withdraws its copy.
                let updates: Vec<Update> = plan
                    .updates
                    .iter()
                    .filter(|r| {
                        period.contains(plan.report_period(r).end()) && involved(&r.subject)
                    })
                    .cloned()
                    .collect();
                let steps: Vec<Step> = plan
                    .steps
                    .iter()
                    .filter(|s| {
                        matches!(s.kind, StepKind::SignedFor | StepKind::CompletionReported)
                            && period.contains(s.date)
                            && plan.task(&s.task).is_some_and(|t| &t.lead == u)
                    })
                    .cloned()
                    .collect();
                let file = UnitReport::of(&plan, u, period, "", "");
                assert_eq!(file.updates, updates, "{u} {period}");
                assert_eq!(file.steps, steps, "{u} {period}");
            }
        }
        let some = |period| {
            plan.units
                .iter()
                .map(|u| UnitReport::of(&plan, &u.id, period, "", "").updates.len())
                .sum::<usize>()
        };
        assert!(
            some(Period::Quarter(2023, 3)) > 0,
            "the sample's units reported in Q3"
        );
        // The approval bureau's Q3 file carries the report it withdrew.
        let approval = UnitReport::of(
            &plan,
            &Id::new("u-xd-approval"),
            Period::Quarter(2023, 3),
            "",
            "",
        );
        assert!(approval
            .updates
            .iter()
            .any(|u| u.id == Id::new("r-8-1-b") && u.withdrawn.is_some()));
    }

    #[test]
    fn twenty_unit_reports_merge_once() {
        let full = sample();
        let mut office = full.clone();
        office
            .updates
            .retain(|u| u.date < Date::from_ymd_opt(2023, 7, 1).unwrap());
        let files: Vec<Contribution> = full
            .units
            .iter()
            .map(|u| {
                let r = UnitReport::of(&full, &u.id, Period::Quarter(2023, 3), "", "");
                import_unit_report(&export_unit_report(&r))
                    .unwrap()
                    .contribution()
            })
            .collect();
        let twice: Vec<Contribution> = files.iter().chain(&files).cloned().collect();
        let after = merged(&office, &twice, Resolution::KeepCurrent);
        let q3: Vec<&Update> = full
            .updates
            .iter()
            .filter(|u| Period::Quarter(2023, 3).contains(u.date))
            .collect();
        let before = office.updates.len();
        assert_eq!(
            after.updates.len() - before,
            q3.len(),
            "every Q3 report arrived once"
        );
        // Each as the units recorded it, the withdrawn one withdrawn.
        assert!(q3.iter().any(|u| u.withdrawn.is_some()));
        for u in q3 {
            assert_eq!(after.update(&u.id), Some(u));
        }
        assert!(preview(&after, &twice).is_empty());
    }

    #[test]
    fn a_unit_file_adds_and_withdraws_reports_only_on_what_its_unit_leads() {
        let plan = sample();
        // 8.2 is Xiaodian's, and Taiyuan co-operates on it: Taiyuan's file
        // does not carry its reports.
        let taiyuan = Id::new("u-taiyuan");
        let t82 = plan.task(&Id::new("t-8-2")).unwrap();
        assert!(t82.co_units.contains(&taiyuan) && t82.lead.as_str() == "u-xiaodian");
        let mut file = UnitReport::of(&plan, &taiyuan, Period::Quarter(2023, 3), "", "");
        assert!(!file
            .updates
            .iter()
            .any(|u| u.subject == Subject::Task(t82.id.clone())));
        // A file made by hand (or a copy where the co-operating unit took
        // the lead unit's report back): Xiaodian's report withdrawn, a new
        // one, and one just as the plan has it.
        let standing = plan.update(&Id::new("r-8-2-b")).unwrap().clone();
        let mut withdrawn = standing.clone();
        withdrawn.withdrawn = Some(Withdrawal {
            date: d(2023, 9, 1),
            by: "Taiyuan".into(),
            reason: "not ours".into(),
        });
        let new = report("r-taiyuan-8-2", "t-8-2", d(2023, 9, 20), 95.0);
        file.updates = vec![
            withdrawn.clone(),
            new.clone(),
            plan.update(&Id::new("r-8-2-a")).unwrap().clone(),
        ];
        let p = preview(&plan, &[file.contribution()]);
        let refused: Vec<(&Id, &str)> = p
            .refused
            .iter()
            .map(|r| match r {
                Refused::Report { update, lead, .. } => (&update.id, lead.as_str()),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            refused,
            vec![(&standing.id, "u-xiaodian"), (&new.id, "u-xiaodian")]
        );
        assert!(p.withdrawals.is_empty() && p.new_updates.is_empty());
        assert_eq!(p.duplicate_updates, 1);
        // Nothing to merge: the plan keeps Xiaodian's report standing.
        assert_eq!(merge_command(&plan, &p, &[], || Id::new("x")), None);

        // The lead unit's own file withdraws it.
        let mut own = UnitReport::of(&plan, &t82.lead, Period::Quarter(2023, 3), "", "");
        own.updates = vec![withdrawn.clone()];
        let p = preview(&plan, &[own.contribution()]);
        assert!(p.refused.is_empty());
        assert_eq!(p.withdrawals, vec![(withdrawn, 0)]);
    }

    #[test]
    fn a_bad_unit_report_lists_every_problem() {
        let mut r = q3_of("u-xiaodian");
        r.period = "Q3".into();
        r.updates[0].progress = 140.0;
        r.updates[1].id = r.updates[0].id.clone();
        let day = r.updates[2].date;
        r.updates[2].completed_on = day.succ_opt();
        let text = export_unit_report(&r);
        let Err(ImportError::Invalid(problems, places)) = import_unit_report(&text) else {
            panic!("accepted");
        };
        // Each report's problem named by its subject and date.
        let label = |i: usize| {
            let u = &r.updates[i];
            let (Subject::Task(id) | Subject::Project(id)) = &u.subject;
            format!("{id} · {}", u.date)
        };
        assert_eq!(places[0], None);
        assert_eq!(places[1].as_ref().map(|p| p.label.clone()), Some(label(0)));
        assert_eq!(places[3].as_ref().map(|p| p.label.clone()), Some(label(2)));
        let kinds: Vec<(&str, &ProblemKind)> = problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("report.period", &ProblemKind::BadPeriod("Q3".into())),
                (
                    "report.updates[0].progress",
                    &ProblemKind::PercentOutOfRange
                ),
                (
                    "report.updates[1].id",
                    &ProblemKind::DuplicateId(r.updates[0].id.clone())
                ),
                (
                    "report.updates[2].completed_on",
                    &ProblemKind::AfterReport(day)
                ),
            ]
        );
    }

    #[test]
    fn a_bad_unit_report_names_its_tasks_as_the_open_plan_has_them() {
        let plan = sample();
        let mut r = q3_of("u-xiaodian");
        r.updates[0].progress = 140.0;
        let text = export_unit_report(&r);
        let u = &r.updates[0];
        let Subject::Task(id) = &u.subject else {
            panic!("a task's report");
        };
        let t = plan.task(id).unwrap();
        let named = |open: Option<&Plan>| match read_incoming_stepped(text.as_bytes(), open, |_| {})
        {
            Err(ImportError::Invalid(_, places)) => places[0].clone().map(|p| p.label),
            other => panic!("accepted: {other:?}"),
        };
        // With the plan open: its code and title (a long one cut), and
        // the date.
        let label = named(Some(&plan)).unwrap();
        let head: String = t.title.chars().take(12).collect();
        assert!(label.starts_with(&format!("{} {head}", t.code)), "{label}");
        assert!(label.ends_with(&format!(" · {}", u.date)), "{label}");
        // Another plan open, or none: the id the file gives.
        let other = Plan::new(Id::from("p-other"), "Other", u.date, u.date);
        assert_eq!(named(Some(&other)), Some(format!("{id} · {}", u.date)));
        assert_eq!(named(None), Some(format!("{id} · {}", u.date)));
    }

    #[test]
    fn a_plan_file_is_not_a_unit_report_and_a_newer_one_is_refused() {
        let plan_text = plan_tracker::format::export_plan(&sample());
        assert_eq!(
            import_unit_report(&plan_text),
            Err(ImportError::NotAPlanFile)
        );
        let newer =
            export_unit_report(&q3_of("u-kelan")).replace("\"version\": 2", "\"version\": 7");
        assert_eq!(
            import_unit_report(&newer),
            Err(ImportError::NewerVersion { found: 7 })
        );
    }
}

#[test]
fn new_items_are_grouped_by_task_then_project_and_by_indicator() {
    let plan = sample();
    let (first, second) = (plan.indicators[0].id.clone(), plan.indicators[1].id.clone());
    let mut on_project = report("r-p", "unused", d(2023, 10, 12), 40.0);
    on_project.subject = Subject::Project(Id::new("p-xd-digital-park"));
    let file = Contribution {
        updates: vec![
            on_project,
            report("r-a", "t-13-4", d(2023, 10, 10), 20.0),
            report("r-b", "t-13-2", d(2023, 10, 11), 75.0),
            report("r-c", "t-13-4", d(2023, 10, 20), 25.0),
        ],
        values: vec![
            value(second.as_str(), "2031", 3.0),
            value(first.as_str(), "2031", 2.0),
            value(first.as_str(), "2030", 1.0),
        ],
        ..Default::default()
    };
    let items = new_items(&plan, &preview(&plan, &[file]));
    assert_eq!(
        items.reports,
        vec![
            (Subject::Task(Id::new("t-13-2")), 1),
            (Subject::Task(Id::new("t-13-4")), 2),
            (Subject::Project(Id::new("p-xd-digital-park")), 1),
        ]
    );
    assert_eq!(
        items.values,
        vec![
            (first, vec![Period::Year(2030), Period::Year(2031)]),
            (second, vec![Period::Year(2031)]),
        ]
    );
}

#[test]
fn the_tally_counts_what_the_merge_does() {
    let plan = sample();
    let ind = plan
        .indicators
        .iter()
        .find(|i| !i.actuals.is_empty())
        .unwrap();
    let old = ind.actuals[0].clone();
    let mut changed = plan.updates[0].clone();
    changed.narrative.push_str(" (revised)");
    let file = Contribution {
        updates: vec![
            plan.updates[1].clone(),
            plan.updates[2].clone(),
            changed,
            report("r-new", "t-13-4", d(2023, 10, 10), 20.0),
            report("r-lost", "no-such-task", d(2023, 10, 10), 20.0),
        ],
        values: vec![
            value(ind.id.as_str(), &old.period.to_string(), old.value + 1.0),
            value(ind.id.as_str(), "2031", 5.0),
        ],
        ..Default::default()
    };
    let p = preview(&plan, &[file]);
    // Nothing chosen: both conflicts keep the current item.
    let kept = tally(&p, &[]);
    assert_eq!(
        kept,
        MergeTally {
            reports_added: 1,
            values_added: 1,
            values_replaced: 0,
            already_here: 2,
            conflicts_resolved: 2,
            unmatched: 1,
            ..MergeTally::default()
        }
    );
    let taken = tally(&p, &[Resolution::TakeIncoming, Resolution::TakeIncoming]);
    assert_eq!((taken.reports_added, taken.values_replaced), (2, 1));
    let cmd = merge_command(&plan, &p, &[Resolution::TakeIncoming; 2], || {
        Id::new("kept")
    });
    let mut after = plan.clone();
    apply(&mut after, cmd.unwrap()).unwrap();
    assert_eq!(
        after.updates.len(),
        plan.updates.len() + taken.reports_added
    );
    let values = &after.indicator(&ind.id).unwrap().actuals;
    assert_eq!(values.len(), ind.actuals.len() + taken.values_added);
    assert_eq!(
        values
            .iter()
            .find(|a| a.period == old.period)
            .unwrap()
            .value,
        old.value + 1.0
    );
    assert!(!kept.changes_nothing());
    assert!(tally(&preview(&plan, &[Contribution::of_plan(&plan)]), &[]).changes_nothing());
}

#[test]
fn one_disagreement_sent_by_two_units_is_decided_once() {
    let plan = sample();
    let ind = plan
        .indicators
        .iter()
        .find(|i| !i.actuals.is_empty())
        .unwrap();
    let old = ind.actuals[0].clone();
    let mut revised = plan.updates[0].clone();
    revised.narrative.push_str(" (revised)");
    let file = Contribution {
        updates: vec![revised.clone()],
        values: vec![value(
            ind.id.as_str(),
            &old.period.to_string(),
            old.value + 1.0,
        )],
        ..Default::default()
    };
    let mut other = file.clone();
    other.values[0].actual.value = old.value + 2.0;
    // Files 0 and 1 agree with each other; file 2 sends another value.
    let p = preview(&plan, &[file.clone(), file, other]);
    // Per file: the report, then the value. File 2's report is the same
    // disagreement again; its value is a different one.
    assert_eq!(p.conflicts.len(), 6);
    let groups = conflict_groups(&p);
    assert_eq!(groups, vec![vec![0, 2, 4], vec![1, 3], vec![5]]);
    let all = [Resolution::TakeIncoming; 3];
    let per_conflict = group_resolutions(&p, &groups, &all[..2]);
    use Resolution::{KeepCurrent as K, TakeIncoming as T};
    assert_eq!(per_conflict, vec![T, T, K, K, K, K]);
    let counted = tally(&p, &per_conflict);
    assert_eq!(
        (
            counted.reports_added,
            counted.values_replaced,
            counted.conflicts_resolved
        ),
        (1, 1, 3)
    );
    let mut n = 0;
    let cmd = merge_command(&plan, &p, &per_conflict, || {
        n += 1;
        Id::new(format!("kept-{n}"))
    });
    let mut after = plan.clone();
    apply(&mut after, cmd.unwrap()).unwrap();
    assert_eq!(
        after.updates.len(),
        plan.updates.len() + 1,
        "the revised report is added once"
    );
    let v = after.indicator(&ind.id).unwrap();
    assert_eq!(
        v.actuals
            .iter()
            .find(|a| a.period == old.period)
            .unwrap()
            .value,
        old.value + 1.0
    );
}

mod periods {
    use super::*;
    use plan_tracker::format::unit_report::UnitReport;
    use plan_tracker::period::Period;

    /// The sample plan reporting quarterly, with three reports on task 13.4
    /// (Pianguan leads it): the Q1 round written on 10 April and filed to
    /// Q1, one written the same day in a file without periods (it answers
    /// the quarter of its date, Q2), and one of 20 May filed to Q2.
    fn quarterly() -> Plan {
        let mut p = sample();
        p.cadence = Cadence::Quarterly;
        p.updates.clear();
        let mut q1 = report("r-q1", "t-13-4", d(2023, 4, 10), 20.0);
        q1.period = Some(Period::Quarter(2023, 1));
        let old = report("r-old", "t-13-4", d(2023, 4, 10), 25.0);
        let mut q2 = report("r-q2", "t-13-4", d(2023, 5, 20), 30.0);
        q2.period = Some(Period::Quarter(2023, 2));
        p.updates = vec![q1, old, q2];
        p
    }

    fn ids(r: &UnitReport) -> Vec<&str> {
        r.updates.iter().map(|u| u.id.as_str()).collect()
    }

    #[test]
    fn a_unit_report_holds_the_reports_that_answer_its_period() {
        let p = quarterly();
        let unit = p.task(&Id::new("t-13-4")).unwrap().lead.clone();
        let of = |period| UnitReport::of(&p, &unit, period, "", "");
        assert_eq!(ids(&of(Period::Quarter(2023, 1))), ["r-q1"]);
        assert_eq!(ids(&of(Period::Quarter(2023, 2))), ["r-old", "r-q2"]);
        assert_eq!(ids(&of(Period::Half(2023, 1))), ["r-q1", "r-old", "r-q2"]);
        // April's monthly file holds none: the quarter ends in June.
        assert!(of(Period::Month(2023, 4)).updates.is_empty());
        assert_eq!(ids(&of(Period::Month(2023, 6))), ["r-old", "r-q2"]);
        // Reports go out as recorded.
        assert_eq!(of(Period::Quarter(2023, 2)).updates[0].period, None);
    }

    #[test]
    fn a_report_without_a_period_is_the_same_as_its_copy_that_names_it() {
        let p = quarterly();
        let mut named = p.update(&Id::new("r-old")).unwrap().clone();
        named.period = Some(Period::Quarter(2023, 2));
        let mut unnamed = p.update(&Id::new("r-q1")).unwrap().clone();
        unnamed.period = None;
        let file = Contribution {
            updates: vec![named.clone(), unnamed.clone()],
            values: Vec::new(),
            ..Default::default()
        };
        // r-old (Q2 by its date) named Q2: the same report. r-q1 (Q1)
        // without a period reads as Q2: a different report.
        let pv = preview(&p, std::slice::from_ref(&file));
        assert_eq!(pv.duplicate_updates, 1);
        assert_eq!(pv.conflicts.len(), 1);
        assert!(
            matches!(&pv.conflicts[0], Conflict::Report { incoming, .. } if incoming.id.as_str() == "r-q1")
        );
        // Another period is another report too.
        named.period = Some(Period::Quarter(2023, 1));
        let pv = preview(
            &p,
            &[Contribution {
                updates: vec![named],
                values: Vec::new(),
                ..Default::default()
            }],
        );
        assert_eq!((pv.duplicate_updates, pv.conflicts.len()), (0, 1));
    }
}

/// Conflicts grouped as `conflict_groups` is defined: each joins the first
/// group whose first conflict is the same disagreement (one current item,
/// the same incoming content), else starts a group.
fn groups_by_definition(p: &MergePreview) -> Vec<Vec<usize>> {
    let same = |a: &Conflict, b: &Conflict| match (a, b) {
        (
            Conflict::Report {
                current: c1,
                incoming: i1,
                ..
            },
            Conflict::Report {
                current: c2,
                incoming: i2,
                ..
            },
        ) => {
            c1 == c2
                && Update {
                    withdrawn: None,
                    ..(**i1).clone()
                } == Update {
                    withdrawn: None,
                    ..(**i2).clone()
                }
        }
        _ => false,
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, c) in p.conflicts.iter().enumerate() {
        match groups.iter_mut().find(|g| same(&p.conflicts[g[0]], c)) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    groups
}

#[test]
fn a_round_of_corrected_files_conflicts_once_per_file_and_groups_by_disagreement() {
    // Six units send every report again, corrected in one of three ways;
    // the first file holds each report twice.
    let plan = sample();
    let files: Vec<Contribution> = (0..6)
        .map(|k| {
            let corrected = plan.updates.iter().map(|u| Update {
                narrative: format!("{} (corrected {})", u.narrative, k % 3),
                ..u.clone()
            });
            let updates = if k == 0 {
                corrected.flat_map(|u| [u.clone(), u]).collect()
            } else {
                corrected.collect()
            };
            Contribution {
                updates,
                ..Default::default()
            }
        })
        .collect();
    let p = preview(&plan, &files);
    let reports = plan.updates.len();
    assert_eq!(p.duplicate_updates, reports, "the first file's repeats");
    assert_eq!(p.conflicts.len(), 6 * reports);
    for (i, a) in p.conflicts.iter().enumerate() {
        assert!(
            p.conflicts[i + 1..].iter().all(|b| a != b),
            "listed once: {a:?}"
        );
    }
    let groups = conflict_groups(&p);
    assert_eq!(groups, groups_by_definition(&p));
    assert_eq!(groups.len(), 3 * reports, "one per report and correction");
}

/// A province's round: every count in the merged message has its digits
/// grouped, in both languages.
#[test]
fn merged_message_groups_the_digits_of_every_count() {
    let tally = MergeTally {
        reports_added: 10_000,
        reports_withdrawn: 4_500,
        values_added: 1_200,
        values_replaced: 3_400,
        steps_added: 5_600,
        replies_added: 7_000,
        replies_replaced: 800,
        refused: 1_001,
        already_here: 20_466,
        conflicts_resolved: 30_000,
        unmatched: 2_002,
    };
    for lang in [Lang::En, Lang::Zh] {
        let said = (lang.catalog().exchange.merged)(&tally);
        for n in [
            "10,000", "4,500", "1,200", "3,400", "5,600", "7,800", "1,001", "20,466", "30,000",
            "2,002",
        ] {
            assert!(said.contains(n), "{lang:?}: {n} in {said}");
        }
        assert!(!said.contains("20466"), "{said}");
    }
}

/// A unit's sheet saved twice: the reports the plan holds already (the
/// same subject, day, period, figures and texts, under any id) are found,
/// a withdrawn one is not, and any difference makes a report new.
#[test]
fn a_sheet_saved_twice_is_found_recorded_already() {
    let mut plan = sample_plan(Lang::En);
    let task = plan.tasks[0].id.clone();
    let first = report("x1", task.as_str(), d(2023, 9, 30), 81.0);
    plan.updates.push(first.clone());
    let again = Update {
        id: Id::new("x2"),
        ..first.clone()
    };
    let other_figure = Update {
        id: Id::new("x3"),
        progress: 82.0,
        ..first.clone()
    };
    let other_day = Update {
        id: Id::new("x4"),
        date: d(2023, 9, 29),
        ..first.clone()
    };
    let other_task = Update {
        id: Id::new("x5"),
        subject: Subject::Task(plan.tasks[1].id.clone()),
        ..first.clone()
    };
    let batch = [again.clone(), other_figure, other_day, other_task];
    assert_eq!(
        recorded_already(&plan, &batch),
        vec![true, false, false, false]
    );
    // Withdrawn, the first no longer stands: the same report is new again.
    plan.updates.last_mut().unwrap().withdrawn = Some(Withdrawal {
        date: d(2023, 9, 30),
        by: String::new(),
        reason: "typed twice".into(),
    });
    assert_eq!(recorded_already(&plan, &[again]), vec![false]);
}
