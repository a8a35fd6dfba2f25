//! A province-sized plan for benchmarks and load tests: the sample plan's
//! tasks and reports copied over and over with fresh ids, codes, units and
//! dates, so that filters, search and lights have realistic work to do.

use super::sample_plan;
use crate::i18n::Lang;
use crate::model::*;
use chrono::Datelike;

/// The sample plan grown to `tasks` tasks, each with the reports of the
/// sample task it copies (about two per task), spread over ten times the
/// sample's units. Deterministic: the same arguments give the same plan.
pub fn scaled_plan(lang: Lang, tasks: usize) -> Plan {
    let sample = sample_plan(lang);
    let mut plan = sample.clone();
    plan.id = Id::new(format!("scaled-{tasks}"));
    plan.tasks.clear();
    plan.updates.clear();
    plan.history.clear();
    // The sample's supervision records name its own tasks; the grown plan
    // keeps to tasks and reports, so its figures stay comparable.
    plan.steps.clear();
    plan.notices.clear();
    let copies_of_units = 10;
    plan.units = (0..copies_of_units)
        .flat_map(|c| {
            sample.units.iter().map(move |u| Unit {
                id: copy_of(&u.id, c),
                name: match c {
                    0 => u.name.clone(),
                    _ => format!("{} {}", u.name, c + 1),
                },
                kind: u.kind,
                parent: None,
            })
        })
        .collect();
    let unit = |id: &Id, n: usize| copy_of(id, n % copies_of_units);
    for n in 0..tasks {
        let model = &sample.tasks[n % sample.tasks.len()];
        let round = n / sample.tasks.len();
        let mut task = model.clone();
        task.id = Id::new(format!("{}-{n}", model.id));
        task.code = format!("{}.{}", model.code, round + 1);
        task.lead = unit(&model.lead, n);
        task.co_units = model.co_units.iter().map(|u| unit(u, n + 1)).collect();
        // Spread deadlines over the year so that sorting and lights vary.
        if let Some(deadline) = task.deadline {
            let shift = (n % 120) as i64 - 60;
            let moved = deadline - chrono::Duration::days(shift.abs());
            task.deadline = Some(moved.max(plan.start));
        }
        for report in sample
            .updates
            .iter()
            .filter(|u| u.subject == Subject::Task(model.id.clone()))
        {
            let mut copy = report.clone();
            copy.id = Id::new(format!("{}-{n}", report.id));
            copy.subject = Subject::Task(task.id.clone());
            plan.updates.push(copy);
        }
        plan.tasks.push(task);
    }
    plan
}

/// A province's year: [`scaled_plan`] with `tasks` tasks, each reported on
/// monthly, `reports_per_task` times (at most 12: one report on the 28th of
/// each month from January), with progress rising and the narrative, problems
/// and next steps of the sample's own reports (numbered per task, so no two
/// reports are the same text). 10,000 tasks and 12 reports make the 120,000
/// reports of the benchmarks. Deterministic.
pub fn province_year(lang: Lang, tasks: usize, reports_per_task: u32) -> Plan {
    let mut plan = scaled_plan(lang, tasks);
    let models: Vec<Update> = std::mem::take(&mut plan.updates);
    let year = plan.start.year();
    let months = reports_per_task.min(12);
    let mut updates = Vec::with_capacity(tasks * months as usize);
    for (n, task) in plan.tasks.iter().enumerate() {
        for m in 1..=months {
            let model = &models[(n * 7 + m as usize) % models.len()];
            let Some(date) = Date::from_ymd_opt(year, m, 28) else {
                continue;
            };
            let progress = (f64::from(m) * (6.0 + (n % 5) as f64)).min(100.0);
            updates.push(Update {
                id: Id::new(format!("r-{n}-{m}")),
                subject: Subject::Task(task.id.clone()),
                date,
                progress,
                status: if progress >= 100.0 {
                    ReportedStatus::Completed
                } else {
                    ReportedStatus::OnTrack
                },
                narrative: format!("{} ({}-{m})", model.narrative, task.code),
                problems: model.problems.clone(),
                next_steps: model.next_steps.clone(),
                reporter: model.reporter.clone(),
                evidence: String::new(),
                completed_on: None,
                withdrawn: None,
                period: Some(crate::period::Period::Month(year, m as u8)),
            });
        }
    }
    plan.updates = updates;
    plan
}

/// The id of copy `c` of a sample unit; copy 0 is the unit itself (projects
/// and indicators keep referring to it).
fn copy_of(id: &Id, c: usize) -> Id {
    match c {
        0 => id.clone(),
        _ => Id::new(format!("{id}-{c}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_year_has_monthly_reports_and_is_valid() {
        let plan = province_year(Lang::Zh, 300, 12);
        assert_eq!(plan.updates.len(), 300 * 12);
        assert_eq!(crate::validate::validate(&plan), vec![]);
    }

    #[test]
    fn a_scaled_plan_is_valid_and_has_the_size_asked_for() {
        let plan = scaled_plan(Lang::En, 500);
        assert_eq!(plan.tasks.len(), 500);
        assert!(plan.updates.len() > 500);
        assert_eq!(crate::validate::validate(&plan), vec![]);
        assert_eq!(plan, scaled_plan(Lang::En, 500), "deterministic");
    }
}
