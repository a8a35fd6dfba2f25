//! The views' indexed computations equal the plain ones they replace: a
//! project's light from reports indexed once ([`project_statuses`],
//! [`project_status_given`]) against [`project_status`], which reads every
//! report; the period report, computed without copying the plan, against
//! the plain roll-ups of the plan as it stood ([`plan_as_of`]); the red
//! count per unit on the dashboard and the timeline's project lights. Over
//! plans generated from the sample: project reports on any day (many on one
//! day), withdrawn reports, any phase, target and planned end, any today.

use plan_tracker::dashboard::Dashboard;
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id, Phase, Plan, Subject, Update, Withdrawal};
use plan_tracker::period::{Period, PeriodKind};
use plan_tracker::period_report::{
    as_of, build, build_first, plan_as_of, reports_in, ReportSubject,
};
use plan_tracker::query::{Grouping, TaskIndex, TaskQuery};
use plan_tracker::sample::sample_plan;
use plan_tracker::status::{
    project_status, project_status_given, project_statuses, rollup, task_status, Light,
};
use plan_tracker::timeline::{layout, Row};
use proptest::prelude::*;
use std::sync::OnceLock;

fn day(offset: u32) -> Date {
    Date::from_ymd_opt(2023, 1, 1).unwrap() + chrono::Days::new(u64::from(offset))
}

fn sample() -> &'static Plan {
    static SAMPLE: OnceLock<Plan> = OnceLock::new();
    SAMPLE.get_or_init(|| sample_plan(Lang::En))
}

const PHASES: [Phase; 5] = [
    Phase::Planned,
    Phase::Preparing,
    Phase::UnderConstruction,
    Phase::Completed,
    Phase::InOperation,
];

/// One change to the sample: a project's settings, a new project report
/// (on one of few days, so that several fall on one day), or a report
/// withdrawn.
#[derive(Clone, Debug)]
enum Change {
    Project {
        project: usize,
        phase: usize,
        target: u8,
        completed: u8,
        planned_end: Option<u16>,
    },
    Report {
        project: usize,
        day: u16,
        progress: u8,
    },
    Withdraw {
        update: usize,
    },
}

fn arb_change() -> impl Strategy<Value = Change> {
    prop_oneof![
        1 => (0..8usize, 0..5usize, 0..4u8, 0..5u8, prop::option::of(0..500u16)).prop_map(
            |(project, phase, target, completed, planned_end)| Change::Project {
                project,
                phase,
                target,
                completed,
                planned_end,
            }
        ),
        3 => (0..8usize, (0..12u16).prop_map(|d| d * 37), 0..=100u8).prop_map(
            |(project, day, progress)| Change::Report {
                project,
                day,
                progress,
            }
        ),
        1 => (0..200usize).prop_map(|update| Change::Withdraw { update }),
    ]
}

fn changed(changes: &[Change]) -> Plan {
    let mut plan = sample().clone();
    for (n, c) in changes.iter().enumerate() {
        match *c {
            Change::Project {
                project,
                phase,
                target,
                completed,
                planned_end,
            } => {
                let len = plan.projects.len();
                let p = &mut plan.projects[project % len];
                p.phase = PHASES[phase];
                p.year_target = f64::from(target) * 1000.0;
                p.completed_investment = f64::from(completed) * 400.0;
                p.planned_end = planned_end.map(|d| day(u32::from(d)));
            }
            Change::Report {
                project,
                day: d,
                progress,
            } => {
                let id = plan.projects[project % plan.projects.len()].id.clone();
                plan.updates.push(Update::new(
                    format!("gen-{n}"),
                    Subject::Project(id),
                    day(u32::from(d)),
                    f64::from(progress),
                ));
            }
            Change::Withdraw { update } => {
                let len = plan.updates.len();
                plan.updates[update % len].withdrawn = Some(Withdrawal {
                    date: day(300),
                    by: String::new(),
                    reason: "generated".into(),
                });
            }
        }
    }
    plan
}

const KINDS: [PeriodKind; 4] = [
    PeriodKind::Month,
    PeriodKind::Quarter,
    PeriodKind::Half,
    PeriodKind::Year,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Every project's light from reports indexed once is its light from
    /// every report read.
    #[test]
    fn project_lights_indexed_equal_the_plain_ones(
        changes in prop::collection::vec(arb_change(), 0..30),
        today in 0..500u32,
    ) {
        let plan = changed(&changes);
        let today = day(today);
        let plain: Vec<_> = plan.projects.iter().map(|p| project_status(&plan, p, today)).collect();
        prop_assert_eq!(&project_statuses(&plan, today), &plain);
        for (p, light) in plan.projects.iter().zip(&plain) {
            let latest = plan.latest_report(&Subject::Project(p.id.clone()));
            prop_assert_eq!(&project_status_given(&plan, p, latest, today), light);
        }
        // The timeline shows each project with that light.
        let index = TaskIndex::build(&plan, today);
        let chart = layout(&plan, &index, &TaskQuery::default(), Grouping::Area, usize::MAX);
        for row in chart.groups.iter().flat_map(|g| &g.rows) {
            if let Row::Project(bar) = row {
                prop_assert_eq!(&bar.status, &plain[bar.project]);
            }
        }
    }

    /// The period report's lights, roll-ups and project lights are those of
    /// the plain functions on the plan as it stood on the as-of day.
    #[test]
    fn the_period_report_equals_the_plan_as_it_stood(
        changes in prop::collection::vec(arb_change(), 0..30),
        kind in 0..4usize,
        within in 0..500u32,
        today in 0..500u32,
    ) {
        let plan = changed(&changes);
        let today = day(today);
        let period = Period::containing(KINDS[kind], day(within));
        let report = build(&plan, period, today);
        let (as_of_day, _) = as_of(period, today);
        let then = plan_as_of(&plan, as_of_day, today);

        prop_assert_eq!(&report.overview.tasks, &rollup(&then, &then.tasks, as_of_day));
        for (row, area) in report.areas.iter().zip(&plan.areas) {
            let tasks = then.tasks.iter().filter(|t| t.area == area.id);
            prop_assert_eq!(&row.rollup, &rollup(&then, tasks, as_of_day));
        }
        let leads: Vec<_> = plan
            .units
            .iter()
            .map(|u| (u.id.clone(), rollup(&then, then.tasks.iter().filter(|t| t.lead == u.id), as_of_day)))
            .filter(|(_, r)| r.tasks > 0)
            .collect();
        prop_assert_eq!(report.lead_units.len(), leads.len());
        for (row, (id, r)) in report.lead_units.iter().zip(&leads) {
            prop_assert_eq!(&row.id, id);
            prop_assert_eq!(&row.rollup, r);
        }
        let red: Vec<_> = then
            .tasks
            .iter()
            .map(|t| (t, task_status(&then, t, as_of_day)))
            .filter(|(_, s)| s.light == Light::Red)
            .collect();
        prop_assert_eq!(report.red_list.len(), red.len());
        for (row, (t, s)) in report.red_list.iter().zip(&red) {
            prop_assert_eq!(&row.id, &t.id);
            prop_assert_eq!(&row.status, s);
            prop_assert_eq!(row.progress, then.progress_of(&Subject::Task(t.id.clone())));
        }
        for (row, p) in report.projects.iter().zip(&then.projects) {
            prop_assert_eq!(&row.status, &project_status(&then, p, as_of_day));
        }
    }

    /// The report for a screen is the whole report with its first groups of
    /// reports only: every figure and count the same.
    #[test]
    fn the_first_groups_of_a_report_are_the_whole_report_cut(
        changes in prop::collection::vec(arb_change(), 0..20),
        kind in 0..4usize,
        within in 0..500u32,
        today in 0..500u32,
        first in 0..60usize,
    ) {
        let plan = changed(&changes);
        let period = Period::containing(KINDS[kind], day(within));
        let mut whole = build(&plan, period, day(today));
        prop_assert_eq!(whole.report_groups, whole.reports.len());
        prop_assert_eq!(whole.overview.subjects_reported, whole.reports.len());
        whole.reports.truncate(first);
        prop_assert_eq!(build_first(&plan, period, day(today), first), whole);
    }

    /// The units behind on the dashboard: every unit leading red tasks, with
    /// as many as it leads, most first and in plan order among equals.
    #[test]
    fn red_tasks_by_unit_are_counted_task_by_task(
        changes in prop::collection::vec(arb_change(), 0..10),
        today in 0..500u32,
    ) {
        let plan = changed(&changes);
        let index = TaskIndex::build(&plan, day(today));
        let dash = Dashboard::build(&plan, &index);
        let mut plain: Vec<(Id, usize)> = plan
            .units
            .iter()
            .map(|u| {
                let n = plan
                    .tasks
                    .iter()
                    .filter(|t| t.lead == u.id && task_status(&plan, t, day(today)).light == Light::Red)
                    .count();
                (u.id.clone(), n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        plain.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let shown: Vec<(Id, usize)> = dash.red_by_unit.iter().map(|u| (u.id.clone(), u.red.count)).collect();
        prop_assert_eq!(shown, plain);
    }

    /// The reports indexed by subject: every standing report on a task or
    /// project of the plan, once, oldest first (recorded order within a
    /// day), the last of each the subject's latest report.
    #[test]
    fn reports_indexed_by_subject_are_the_plans_own(
        changes in prop::collection::vec(arb_change(), 0..30),
    ) {
        let plan = changed(&changes);
        let index = TaskIndex::build(&plan, day(0));
        let reports = &index.reports;
        let plain = |subject: &Subject| -> Vec<usize> {
            let mut found: Vec<usize> = (0..plan.updates.len())
                .filter(|&i| plan.updates[i].withdrawn.is_none() && &plan.updates[i].subject == subject)
                .collect();
            found.sort_by_key(|&i| plan.updates[i].date);
            found
        };
        let mut seen = 0;
        for (i, t) in plan.tasks.iter().enumerate() {
            let subject = Subject::Task(t.id.clone());
            let indexed: Vec<usize> = reports.of_task(i).iter().map(|r| r.update).collect();
            prop_assert_eq!(&indexed, &plain(&subject));
            let last = reports.of_task(i).last().map(|r| &plan.updates[r.update]);
            prop_assert_eq!(last, plan.latest_report(&subject));
            seen += indexed.len();
        }
        for (i, p) in plan.projects.iter().enumerate() {
            let subject = Subject::Project(p.id.clone());
            let indexed: Vec<usize> = reports.of_project(i).iter().map(|r| r.update).collect();
            prop_assert_eq!(&indexed, &plain(&subject));
            seen += indexed.len();
        }
        prop_assert_eq!(seen, reports.all().len());
        for r in reports.all() {
            let u = &plan.updates[r.update];
            prop_assert_eq!(r.date, u.date);
            prop_assert_eq!(r.answers_end, plan.report_period(u).end());
        }
    }

    /// The period's reports, read from the index, are the plan's standing
    /// reports dated by today that answer a period ending in it, by task
    /// (plan order) then project, each oldest first.
    #[test]
    fn the_reports_of_a_period_are_every_standing_one_that_answers_it(
        changes in prop::collection::vec(arb_change(), 0..30),
        kind in 0..4usize,
        within in 0..500u32,
        today in 0..500u32,
    ) {
        let plan = changed(&changes);
        let today = day(today);
        let period = Period::containing(KINDS[kind], day(within));
        let in_period = |subject: &Subject| -> Vec<&Update> {
            let mut found: Vec<&Update> = plan
                .updates
                .iter()
                .filter(|u| {
                    u.withdrawn.is_none()
                        && &u.subject == subject
                        && u.date <= today
                        && period.contains(plan.report_period(u).end())
                })
                .collect();
            found.sort_by_key(|u| u.date);
            found
        };
        let mut plain = Vec::new();
        for t in &plan.tasks {
            let found = in_period(&Subject::Task(t.id.clone()));
            if !found.is_empty() {
                plain.push((t.id.clone(), found));
            }
        }
        for p in &plan.projects {
            let found = in_period(&Subject::Project(p.id.clone()));
            if !found.is_empty() {
                plain.push((p.id.clone(), found));
            }
        }
        let groups = reports_in(&plan, period, today);
        prop_assert_eq!(groups.len(), plain.len());
        for (g, (id, found)) in groups.iter().zip(&plain) {
            let gid = match &g.subject {
                ReportSubject::Task { id, .. } | ReportSubject::Project { id, .. } => id,
            };
            prop_assert_eq!(gid, id);
            let ids: Vec<&Id> = g.entries.iter().map(|e| &e.id).collect();
            let want: Vec<&Id> = found.iter().map(|u| &u.id).collect();
            prop_assert_eq!(ids, want);
        }
        let report = build(&plan, period, today);
        prop_assert_eq!(report.overview.reports_in_period, plain.iter().map(|(_, f)| f.len()).sum::<usize>());
    }
}
