//! A report that steps back from the one before it on its subject.

use plan_tracker::model::*;
use plan_tracker::step_back::{step_back, StepBack};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn report(id: &str, task: &str, date: Date, progress: f64) -> Update {
    Update::new(Id::new(id), Subject::Task(Id::new(task)), date, progress)
}

fn plan_with(reports: Vec<Update>) -> Plan {
    let mut plan = Plan::new(Id::new("p"), "Plan", d(2023, 1, 1), d(2023, 12, 31));
    plan.updates = reports;
    plan
}

#[test]
fn a_lower_progress_than_the_report_before_steps_back() {
    let plan = plan_with(vec![
        report("a", "t1", d(2023, 8, 31), 40.0),
        report("b", "t1", d(2023, 9, 25), 65.0),
    ]);
    let new = report("n", "t1", d(2023, 9, 30), 56.0);
    assert_eq!(
        step_back(&plan, &new),
        Some(StepBack::Lower {
            from: 65.0,
            on: d(2023, 9, 25)
        })
    );
    // The same or more does not.
    for p in [65.0, 70.0] {
        assert_eq!(
            step_back(&plan, &report("n", "t1", d(2023, 9, 30), p)),
            None
        );
    }
}

#[test]
fn the_report_before_is_the_latest_standing_one_on_or_before_its_date() {
    let mut withdrawn = report("w", "t1", d(2023, 9, 28), 90.0);
    withdrawn.withdrawn = Some(Withdrawal {
        date: d(2023, 9, 29),
        by: "Office".into(),
        reason: "typed wrong".into(),
    });
    let plan = plan_with(vec![
        report("a", "t1", d(2023, 8, 31), 40.0),
        // On another task.
        report("x", "t2", d(2023, 9, 20), 99.0),
        withdrawn,
        // After the new report's date: a report back-dated is compared with
        // what came before it.
        report("c", "t1", d(2023, 10, 31), 80.0),
    ]);
    assert_eq!(
        step_back(&plan, &report("n", "t1", d(2023, 9, 30), 50.0)),
        None
    );
    assert_eq!(
        step_back(&plan, &report("n", "t1", d(2023, 9, 30), 30.0)),
        Some(StepBack::Lower {
            from: 40.0,
            on: d(2023, 8, 31)
        })
    );
    // No report before it: nothing to step back from.
    assert_eq!(
        step_back(&plan, &report("n", "t3", d(2023, 9, 30), 0.0)),
        None
    );
}

#[test]
fn of_two_reports_on_one_day_the_later_recorded_is_the_one_before() {
    let plan = plan_with(vec![
        report("a", "t1", d(2023, 9, 25), 70.0),
        report("b", "t1", d(2023, 9, 25), 60.0),
    ]);
    assert_eq!(
        step_back(&plan, &report("n", "t1", d(2023, 9, 30), 65.0)),
        None
    );
    // A report edited is not compared with itself.
    assert_eq!(
        step_back(&plan, &report("b", "t1", d(2023, 9, 25), 50.0)),
        Some(StepBack::Lower {
            from: 70.0,
            on: d(2023, 9, 25),
        })
    );
}

#[test]
fn a_subject_called_completed_and_then_not_is_reopened() {
    let mut done = report("a", "t1", d(2023, 9, 25), 100.0);
    done.status = ReportedStatus::Completed;
    let plan = plan_with(vec![done]);
    let mut again = report("n", "t1", d(2023, 9, 30), 100.0);
    again.status = ReportedStatus::OnTrack;
    assert_eq!(
        step_back(&plan, &again),
        Some(StepBack::Reopened { on: d(2023, 9, 25) })
    );
    again.status = ReportedStatus::Completed;
    assert_eq!(step_back(&plan, &again), None);
}
