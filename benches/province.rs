//! Province scale: how long the task table's work takes on a plan of 10,000
//! tasks, against the 16.7 ms of one frame at 60 Hz; then what each view's
//! own computation costs on a province's year (10,000 tasks with twelve
//! monthly reports each, as the browser benchmark's plan). Prints figures;
//! asserts nothing (the machines are shared and noisy).
//!
//! Run with `cargo bench --bench province`.

use plan_tracker::dashboard::Dashboard;
use plan_tracker::format::packed::{stored_form, Packing};
use plan_tracker::format::{export_plan, import_plan};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id};
use plan_tracker::period::{Period, PeriodKind};
use plan_tracker::query::{Grouping, Sort, SortKey, TaskFilter, TaskIndex, TaskQuery};
use plan_tracker::sample::{province_year, scaled_plan};
use plan_tracker::status::{project_status, Light};
use plan_tracker::{indicator_progress, investment, period_report, scoreboard, status, timeline};
use std::hint::black_box;
use std::time::{Duration, Instant};

const FRAME: Duration = Duration::from_micros(16_667);

/// The median of `runs` timings of `f`.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn line(what: &str, took: Duration) {
    println!(
        "{what:<44} {:>9.3} ms  {:>6.2} frames",
        took.as_secs_f64() * 1e3,
        took.as_secs_f64() / FRAME.as_secs_f64()
    );
}

fn main() {
    let today = Date::from_ymd_opt(2023, 9, 30).expect("a date");
    for tasks in [1_000, 10_000] {
        let plan = scaled_plan(Lang::Zh, tasks);
        println!(
            "\n{} tasks, {} reports, {} units",
            plan.tasks.len(),
            plan.updates.len(),
            plan.units.len()
        );
        let index = TaskIndex::build(&plan, today);
        line(
            "index: lights, progress, search text",
            median(5, || TaskIndex::build(&plan, today)),
        );
        let filters = [
            ("filter: none", TaskFilter::default()),
            (
                "filter: search two words",
                TaskFilter {
                    text: "数字 经济".into(),
                    ..Default::default()
                },
            ),
            (
                "filter: area + light + progress range",
                TaskFilter {
                    areas: vec![plan.areas[6].id.clone()],
                    lights: vec![Light::Red, Light::Yellow],
                    progress_max: Some(70),
                    ..Default::default()
                },
            ),
            (
                "filter: lead unit + overdue",
                TaskFilter {
                    leads: vec![Id::new("u-xiaodian-3")],
                    overdue: true,
                    ..Default::default()
                },
            ),
        ];
        for (what, filter) in &filters {
            line(what, median(21, || filter.apply(&plan, &index)));
        }
        let (_, busy) = &filters[2];
        line(
            "facets: counts for every filter value",
            median(21, || busy.facets(&plan, &index)),
        );
        for key in [SortKey::Code, SortKey::Deadline, SortKey::Lead] {
            let mut rows: Vec<usize> = (0..index.rows.len()).collect();
            let took = median(11, || {
                Sort {
                    key,
                    descending: false,
                }
                .apply(&plan, &index, &mut rows);
            });
            line(&format!("sort: {key:?}"), took);
        }
        let text = export_plan(&plan);
        let parse = median(5, || serde_json::from_str::<serde_json::Value>(&text));
        let import = median(5, || import_plan(&text));
        line(&format!("import gate ({} KB)", text.len() / 1024), import);
        line("  serde_json parse to a Value, for scale", parse);
        println!(
            "  import / plain parse: {:.2}",
            import.as_secs_f64() / parse.as_secs_f64()
        );
    }
    views(today);
}

/// The plan's stored form packed at once, and a slice at a time: the page
/// waits for the one, and for the longest step of the other.
fn stored_form_in_slices(plan: &plan_tracker::model::Plan) {
    line(
        "stored form: packed at once",
        median(3, || stored_form(plan)),
    );
    let (mut longest, mut steps) = (Duration::ZERO, 1);
    let start = Instant::now();
    let mut packing = Packing::start(plan);
    longest = longest.max(start.elapsed());
    loop {
        let t = Instant::now();
        let made = packing.step(&plan.updates);
        longest = longest.max(t.elapsed());
        if made.is_some() {
            break;
        }
        steps += 1;
    }
    line(
        &format!("stored form in {steps} steps: all of them"),
        start.elapsed(),
    );
    line("  the longest step", longest);
}

/// What each view computes before it draws, on a province's year.
fn views(today: Date) {
    let plan = province_year(Lang::Zh, 10_000, 12);
    println!(
        "\nviews: {} tasks, {} reports, {} units, {} projects, {} indicators",
        plan.tasks.len(),
        plan.updates.len(),
        plan.units.len(),
        plan.projects.len(),
        plan.indicators.len()
    );
    line(
        "validate: every rule of the whole plan",
        median(5, || plan_tracker::validate::validate(&plan)),
    );
    stored_form_in_slices(&plan);
    let index = TaskIndex::build(&plan, today);
    line(
        "task index (shared by the views)",
        median(5, || TaskIndex::build(&plan, today)),
    );
    line(
        "dashboard: every figure and list",
        median(11, || Dashboard::build(&plan, &index)),
    );
    line(
        "timeline: layout, first page, by area",
        median(11, || {
            timeline::layout(
                &plan,
                &index,
                &TaskQuery::default(),
                Grouping::Area,
                timeline::PAGE,
            )
        }),
    );
    line(
        "timeline: layout, first page, by unit",
        median(11, || {
            timeline::layout(
                &plan,
                &index,
                &TaskQuery::default(),
                Grouping::Unit,
                timeline::PAGE,
            )
        }),
    );
    line(
        "units: scoreboard",
        median(11, || scoreboard::scoreboard(&plan, &index)),
    );
    line(
        "indicators: every class",
        median(11, || indicator_progress::assess_plan(&plan, today)),
    );
    line(
        "projects: investment sums and phases",
        median(11, || {
            (
                investment::whole_plan(&plan),
                investment::by_area(&plan),
                investment::by_batch(&plan),
                investment::phase_counts(&plan),
            )
        }),
    );
    line(
        "projects: every project's light, one by one",
        median(11, || {
            plan.projects
                .iter()
                .map(|p| project_status(&plan, p, today))
                .collect::<Vec<_>>()
        }),
    );
    line(
        "projects: every project's light, reports read once",
        median(11, || status::project_statuses(&plan, today)),
    );
    line(
        "status: roll-ups by area, every task's light worked out again",
        median(5, || status::by_area(&plan, today)),
    );
    line(
        "status: roll-ups by area from the task index (goals & areas view)",
        median(11, || index.by_area(&plan)),
    );
    for kind in [PeriodKind::Month, PeriodKind::Quarter, PeriodKind::Year] {
        let period = Period::containing(kind, today);
        line(
            &format!("period report: {period}"),
            median(5, || {
                period_report::build_indexed(&plan, &index, period, usize::MAX)
            }),
        );
        line(
            &format!("period report: {period}, first 50 groups written"),
            median(5, || {
                period_report::build_indexed(&plan, &index, period, 50)
            }),
        );
    }
    let quarter = Period::containing(PeriodKind::Quarter, today);
    line(
        &format!("bulletin: {quarter}"),
        median(5, || plan_tracker::bulletin::build(&plan, &index, quarter)),
    );
    let bulletin = plan_tracker::bulletin::build(&plan, &index, quarter);
    line(
        &format!("bulletin: {quarter}, written"),
        median(5, || {
            let mut out = String::new();
            plan_tracker::bulletin::bulletin_html(&mut out, Lang::Zh.catalog(), &bulletin, false);
            out
        }),
    );
    // Report by unit: the unit leading the most tasks, its quarter's file.
    let busiest = plan
        .units
        .iter()
        .max_by_key(|u| plan.tasks.iter().filter(|t| t.lead == u.id).count())
        .expect("a unit");
    line(
        &format!("report by unit: {quarter}'s unit report, busiest unit"),
        median(5, || {
            plan_tracker::format::unit_report::UnitReport::of(&plan, &busiest.id, quarter, "", "")
        }),
    );
    // Every unit's file of the quarter merged into the office's plan as it
    // stood before the quarter's reports came in.
    let mut office = plan.clone();
    office.updates.retain(|u| u.date < quarter.start());
    let files: Vec<plan_tracker::merge::Contribution> = plan
        .units
        .iter()
        .map(|u| {
            plan_tracker::format::unit_report::UnitReport::of(&plan, &u.id, quarter, "", "")
                .contribution()
        })
        .collect();
    let preview = plan_tracker::merge::preview(&office, &files);
    line(
        &format!(
            "merge: {} units' files of {quarter}, preview ({} new reports)",
            files.len(),
            preview.new_updates.len()
        ),
        median(3, || plan_tracker::merge::preview(&office, &files)),
    );
    let mut n = 0;
    let command = plan_tracker::merge::merge_command(&office, &preview, &[], || {
        n += 1;
        Id::new(format!("m{n}"))
    })
    .expect("something to merge");
    line(
        "  the office's plan copied, for scale",
        median(3, || office.clone()),
    );
    line(
        "merge: the plan copied, the command applied",
        median(3, || {
            let mut p = office.clone();
            plan_tracker::command::apply(&mut p, command.clone()).expect("it applies")
        }),
    );
    // As the app does it: through the session, which keeps what an undo
    // removed, to bring back from the History.
    let author = plan_tracker::command::Author {
        name: "Li".into(),
        unit: "Office".into(),
    };
    let at = "2023-10-08T09:00:00Z";
    // The merge applied and undone through a new session, on a copy.
    let merged_and_undone = || {
        let mut p = office.clone();
        let mut s = plan_tracker::session::Session::default();
        let entry = plan_tracker::command::describe(&p, &command);
        s.apply(&mut p, command.clone(), entry, &author, at)
            .expect("it applies");
        s.undo(&mut p, &author, at)
            .expect("a step")
            .expect("it undoes");
        (p, s)
    };
    line(
        "merge through the session: applied, undone, redone (plan copied)",
        median(3, || {
            let (mut p, mut s) = merged_and_undone();
            s.redo(&mut p, &author, at)
                .expect("a step")
                .expect("it redoes");
            p
        }),
    );
    // What each save keeps across a reload once the round is merged and
    // undone (its redo step holds every report): written out at the first
    // save, passed over at the next ones.
    let (p, s) = merged_and_undone();
    let budget = plan_tracker::session::KEPT_BYTES;
    let first = std::time::Instant::now();
    let kept = s.kept_text(&p, budget);
    let first = first.elapsed();
    line(
        &format!(
            "steps kept at a save after the merge undone ({} characters kept): the first save {:.1} ms, the next",
            kept.len(),
            first.as_secs_f64() * 1000.0
        ),
        median(3, || s.kept_text(&p, budget)),
    );
    let mut merged = office.clone();
    let undo = plan_tracker::command::apply(&mut merged, command).expect("it applies");
    line(
        "merge: the plan copied, the merge undone",
        median(3, || {
            let mut p = merged.clone();
            plan_tracker::command::apply(&mut p, undo.clone()).expect("it undoes")
        }),
    );
    let redo = plan_tracker::command::apply(&mut merged, undo).expect("it undoes");
    line(
        "merge: the plan copied, the merge done again (redo)",
        median(3, || {
            let mut p = merged.clone();
            plan_tracker::command::apply(&mut p, redo.clone()).expect("it redoes")
        }),
    );
}
