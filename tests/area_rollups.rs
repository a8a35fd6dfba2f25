//! The goals & areas view's roll-ups read from the task index
//! ([`TaskIndex::by_area`]) equal the plain ones ([`by_area`]), which work
//! out every task's status again: over plans generated from the sample
//! (task reports on any day, withdrawn ones, any weight, tasks moved to
//! another area or to one the plan does not hold), on any day, with
//! verification required or not (the sample closes tasks out).

use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id, Plan, Subject, Update, Withdrawal};
use plan_tracker::query::TaskIndex;
use plan_tracker::sample::sample_plan;
use plan_tracker::status::by_area;
use proptest::prelude::*;

fn day(offset: u32) -> Date {
    Date::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Days::new(u64::from(offset))
}

#[derive(Clone, Debug)]
enum Change {
    Report { task: usize, day: u16, progress: u8 },
    Withdraw { report: usize },
    Weight { task: usize, weight: u8 },
    Area { task: usize, area: usize },
}

fn arb_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0usize..100, 0u16..365, 0u8..=100).prop_map(|(task, day, progress)| Change::Report {
            task,
            day,
            progress
        }),
        (0usize..200).prop_map(|report| Change::Withdraw { report }),
        (0usize..100, 0u8..4).prop_map(|(task, weight)| Change::Weight { task, weight }),
        (0usize..100, 0usize..20).prop_map(|(task, area)| Change::Area { task, area }),
    ]
}

fn changed(changes: &[Change]) -> Plan {
    let mut plan = sample_plan(Lang::En);
    for (n, change) in changes.iter().enumerate() {
        let tasks = plan.tasks.len();
        match *change {
            Change::Report {
                task,
                day: d,
                progress,
            } => {
                let id = plan.tasks[task % tasks].id.clone();
                plan.updates.push(Update::new(
                    format!("r-gen-{n}"),
                    Subject::Task(id),
                    day(u32::from(d)),
                    f64::from(progress),
                ));
            }
            Change::Withdraw { report } => {
                let reports = plan.updates.len();
                plan.updates[report % reports].withdrawn = Some(Withdrawal {
                    date: day(200),
                    by: "office".into(),
                    reason: "entered twice".into(),
                });
            }
            Change::Weight { task, weight } => {
                plan.tasks[task % tasks].weight = f64::from(weight);
            }
            Change::Area { task, area } => {
                // Past the plan's areas: an area the plan does not hold.
                plan.tasks[task % tasks].area = match plan.areas.get(area) {
                    Some(a) => a.id.clone(),
                    None => Id::new(format!("a-missing-{area}")),
                };
            }
        }
    }
    plan
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn area_rollups_from_the_index_equal_the_plain_ones(
        changes in prop::collection::vec(arb_change(), 0..40),
        today in 0u32..420,
        verification in any::<bool>(),
    ) {
        let mut plan = changed(&changes);
        plan.supervision.verification_required = verification;
        let today = day(today);
        let index = TaskIndex::build(&plan, today);
        prop_assert_eq!(index.by_area(&plan), by_area(&plan, today));
    }
}
