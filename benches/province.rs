//! Province scale: how long the task table's work takes on a plan of 10,000
//! tasks, against the 16.7 ms of one frame at 60 Hz. Prints figures; asserts
//! nothing (the machines are shared and noisy).
//!
//! Run with `cargo bench --bench province`.

use plan_tracker::format::{export_plan, import_plan};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id};
use plan_tracker::query::{Sort, SortKey, TaskFilter, TaskIndex};
use plan_tracker::sample::scaled_plan;
use plan_tracker::status::Light;
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
}
