//! The import preview's figures: what a plan file holds and how it differs
//! from the plan of the same id (`format::diff`).

use plan_tracker::format::diff::{diff, kept_beside, Changes, Kind, PlanCounts};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Id, Plan, Withdrawal};
use plan_tracker::sample::sample_plan;

fn sample() -> Plan {
    sample_plan(Lang::En)
}

#[test]
fn counts_are_the_lengths_of_each_list() {
    let plan = sample();
    let c = PlanCounts::of(&plan);
    assert_eq!(
        c,
        PlanCounts {
            goals: plan.goals.len(),
            areas: plan.areas.len(),
            units: plan.units.len(),
            tasks: plan.tasks.len(),
            projects: plan.projects.len(),
            indicators: plan.indicators.len(),
            reports: plan.updates.len(),
        }
    );
    // The sample's 13 key areas (the dashboard shows one bar each).
    assert_eq!(c.areas, 13);
    let empty = Plan::new(Id::new("x"), "x", plan.start, plan.end);
    assert_eq!(PlanCounts::of(&empty), PlanCounts::default());
}

#[test]
fn the_same_plan_has_no_difference() {
    let d = diff(&sample(), &sample());
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn added_removed_and_changed_are_counted_by_id() {
    let here = sample();
    let mut file = here.clone();
    file.title = "Another title".into();
    // Tasks: the last one gone (with its reports), the first renamed, one new.
    let gone = file.tasks.pop().unwrap();
    let gone_reports = file
        .updates
        .iter()
        .filter(|u| matches!(&u.subject, plan_tracker::model::Subject::Task(t) if *t == gone.id))
        .count();
    file.updates
        .retain(|u| !matches!(&u.subject, plan_tracker::model::Subject::Task(t) if *t == gone.id));
    file.tasks[0].title.push_str(" (revised)");
    let mut new_task = file.tasks[1].clone();
    new_task.id = Id::new("t-new");
    new_task.code = "99.1".into();
    file.tasks.push(new_task);
    // Reports: two new ones, and the first one withdrawn in the file.
    let mut r1 = file.updates[0].clone();
    r1.id = Id::new("u-new-1");
    let mut r2 = file.updates[0].clone();
    r2.id = Id::new("u-new-2");
    file.updates.push(r1);
    file.updates.push(r2);
    file.updates[0].withdrawn = Some(Withdrawal {
        date: here.start,
        by: "office".into(),
        reason: "typed twice".into(),
    });

    let d = diff(&here, &file);
    assert_eq!(d.title.as_deref(), Some("Another title"));
    assert_eq!(
        d.tasks,
        Changes {
            added: 1,
            removed: 1,
            changed: 1
        }
    );
    assert_eq!(
        d.reports,
        Changes {
            added: 2,
            removed: gone_reports,
            changed: 1
        }
    );
    assert!(d.projects.is_empty() && d.indicators.is_empty());
    assert!(!d.is_empty());

    // Seen from the other side, added and removed swap.
    let back = diff(&file, &here);
    assert_eq!(
        back.tasks,
        Changes {
            added: 1,
            removed: 1,
            changed: 1
        }
    );
    assert_eq!(
        (back.reports.added, back.reports.removed),
        (gone_reports, 2)
    );
    assert_eq!(back.title.as_deref(), Some(here.title.as_str()));
}

#[test]
fn supervision_units_and_settings_are_compared_too() {
    let here = sample();
    assert!(!here.steps.is_empty() && !here.notices.is_empty());
    let one = |c: Changes| (c.added, c.removed, c.changed);

    // A reply recorded in the file on a notice still open here: only the
    // notices differ.
    let mut file = here.clone();
    let open = file
        .notices
        .iter()
        .position(|n| n.reply.is_none())
        .expect("an open notice");
    file.notices[open].reply = Some(plan_tracker::model::Reply {
        date: here.start,
        text: "Done as asked.".into(),
        by: "unit".into(),
    });
    let d = diff(&here, &file);
    assert_eq!(one(d.notices), (0, 0, 1));
    assert!(!d.is_empty(), "a plan whose notices differ is not the same");
    let listed: Vec<Kind> = d
        .kinds()
        .into_iter()
        .filter(|(k, c)| k.always_listed() || !c.is_empty())
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        listed,
        [
            Kind::Tasks,
            Kind::Projects,
            Kind::Indicators,
            Kind::Reports,
            Kind::Notices
        ]
    );

    // A step taken, a unit renamed, a goal added, the cadence changed.
    let mut file = here.clone();
    let mut step = file.steps[0].clone();
    step.id = Id::new("s-new");
    file.steps.push(step);
    file.units[0].name.push_str(" (renamed)");
    let mut goal = file.goals[0].clone();
    goal.id = Id::new("g-new");
    file.goals.push(goal);
    file.grace_days += 1;
    let d = diff(&here, &file);
    assert_eq!(one(d.steps), (1, 0, 0));
    assert_eq!(one(d.units), (0, 0, 1));
    assert_eq!(one(d.goals), (1, 0, 0));
    assert!(d.settings);
    assert!(d.areas.is_empty() && d.tasks.is_empty() && d.title.is_none());

    // The history alone is not compared: it records the changes counted.
    let mut file = here.clone();
    file.history.clear();
    assert!(diff(&here, &file).is_empty());
}

#[test]
fn a_plan_kept_beside_gets_a_new_id_and_a_marked_title() {
    let plan = sample();
    let kept = kept_beside(plan.clone(), Id::new("plan-2"), " (imported)", &[]);
    assert_eq!(kept.id, Id::new("plan-2"));
    let marked = format!("{} (imported)", plan.title);
    assert_eq!(kept.title, marked);
    // Kept beside it again: numbered.
    let again = kept_beside(
        plan.clone(),
        Id::new("plan-3"),
        " (imported)",
        &[&plan.title, &marked],
    );
    assert_eq!(again.title, format!("{marked} 2"));
    let third = format!("{marked} 2");
    let more = kept_beside(
        plan.clone(),
        Id::new("plan-4"),
        " (imported)",
        &[&marked, &third],
    );
    assert_eq!(more.title, format!("{marked} 3"));
    assert_eq!((kept.tasks, kept.updates), (plan.tasks, plan.updates));
    assert!(plan_tracker::validate::validate(&kept_beside(
        sample(),
        Id::new("plan-2"),
        "（导入）",
        &[]
    ))
    .is_empty());
}
