//! Next year's plan from this year's: dates moved by whole years, reports
//! dropped or moved with their periods, and a copy that keeps every rule.

use plan_tracker::copy_plan::{copy_plan, shift};
use plan_tracker::i18n::Lang;
use plan_tracker::model::{Date, Id};
use plan_tracker::period::Period;
use plan_tracker::sample::sample_plan;
use plan_tracker::validate::validate;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

#[test]
fn dates_move_by_whole_years_and_29_february_becomes_28() {
    assert_eq!(shift(d("2023-06-30"), 1), d("2024-06-30"));
    assert_eq!(shift(d("2024-02-29"), 1), d("2025-02-28"));
    assert_eq!(shift(d("2024-02-29"), -4), d("2020-02-29"));
    assert_eq!(shift(d("2023-12-31"), -1), d("2022-12-31"));
    assert_eq!(shift(d("2023-12-31"), 0), d("2023-12-31"));
}

#[test]
fn periods_move_with_their_year() {
    assert_eq!(
        Period::Quarter(2023, 3).plus_years(1),
        Period::Quarter(2024, 3)
    );
    assert_eq!(
        Period::Month(2023, 12).plus_years(-1),
        Period::Month(2022, 12)
    );
}

#[test]
fn a_copy_without_reports_starts_clean_a_year_later() {
    let src = sample_plan(Lang::En);
    let copy = copy_plan(&src, Id::new("next"), "Next year".into(), 1, true);
    assert_eq!(copy.id, Id::new("next"));
    assert_eq!(copy.title, "Next year");
    assert!(copy.history.is_empty());
    assert!(copy.updates.is_empty());
    assert!(copy
        .tasks
        .iter()
        .all(|t| t.milestones.iter().all(|m| m.done.is_none())));
    assert!(copy.indicators.iter().all(|i| i.actuals.is_empty()));
    assert_eq!(copy.start, shift(src.start, 1));
    assert_eq!(copy.end, shift(src.end, 1));
    for (a, b) in copy.tasks.iter().zip(&src.tasks) {
        assert_eq!(a.id, b.id);
        assert_eq!(a.deadline, b.deadline.map(|x| shift(x, 1)));
        assert_eq!(a.start, b.start.map(|x| shift(x, 1)));
        for (m, n) in a.milestones.iter().zip(&b.milestones) {
            assert_eq!(m.due, shift(n.due, 1));
        }
    }
    for (a, b) in copy.projects.iter().zip(&src.projects) {
        assert_eq!(a.planned_end, b.planned_end.map(|x| shift(x, 1)));
        assert_eq!(a.actual_start, b.actual_start.map(|x| shift(x, 1)));
    }
    for (a, b) in copy.indicators.iter().zip(&src.indicators) {
        // The baseline was observed: it stays; the target moves.
        assert_eq!(a.baseline, b.baseline);
        assert_eq!(
            a.target.as_ref().map(|t| t.year),
            b.target.as_ref().map(|t| t.year + 1)
        );
    }
    assert_eq!(validate(&copy), vec![], "the copy keeps every rule");
}

#[test]
fn a_copy_with_reports_moves_them_with_their_periods() {
    let mut src = sample_plan(Lang::En);
    assert!(!src.updates.is_empty());
    // One report answers an earlier period than its date says.
    src.updates[0].period = Some(Period::Quarter(2023, 2));
    let copy = copy_plan(&src, Id::new("next"), "Next".into(), 1, false);
    assert_eq!(copy.updates.len(), src.updates.len());
    for (a, b) in copy.updates.iter().zip(&src.updates) {
        assert_eq!(a.date, shift(b.date, 1));
        assert_eq!(a.period, b.period.map(|p| p.plus_years(1)));
        assert_eq!(a.progress, b.progress);
    }
    for (a, b) in copy.indicators.iter().zip(&src.indicators) {
        let periods: Vec<Period> = b.actuals.iter().map(|x| x.period.plus_years(1)).collect();
        assert_eq!(
            a.actuals.iter().map(|x| x.period).collect::<Vec<_>>(),
            periods
        );
    }
    // The same reporting period answered, a year on: counted the same way.
    for (a, b) in copy.updates.iter().zip(&src.updates) {
        assert_eq!(copy.report_period(a), src.report_period(b).plus_years(1));
    }
    assert_eq!(copy.updates[0].period, Some(Period::Quarter(2024, 2)));
    assert_eq!(validate(&copy), vec![]);
}

#[test]
fn a_copy_in_the_same_years_changes_only_what_names_it() {
    let src = sample_plan(Lang::En);
    let copy = copy_plan(&src, Id::new("same"), "Same".into(), 0, false);
    assert_eq!(copy.tasks, src.tasks);
    assert_eq!(copy.updates, src.updates);
    assert_eq!(copy.indicators, src.indicators);
    assert_eq!(copy.start, src.start);
}

#[test]
fn the_supervision_loop_moves_with_the_plan_or_starts_afresh() {
    let sample = sample_plan(Lang::Zh);
    assert!(!sample.steps.is_empty() && !sample.notices.is_empty());
    let kept = copy_plan(&sample, Id::new("next"), "下一年".into(), 1, false);
    assert!(validate(&kept).is_empty());
    assert_eq!(kept.steps.len(), sample.steps.len());
    for (a, b) in sample.steps.iter().zip(&kept.steps) {
        assert_eq!(shift(a.date, 1), b.date);
    }
    for (a, b) in sample.notices.iter().zip(&kept.notices) {
        assert_eq!(
            (shift(a.issued, 1), shift(a.reply_due, 1)),
            (b.issued, b.reply_due)
        );
        assert_eq!(
            a.reply.as_ref().map(|r| shift(r.date, 1)),
            b.reply.as_ref().map(|r| r.date)
        );
    }
    let fresh = copy_plan(&sample, Id::new("next"), "下一年".into(), 1, true);
    assert!(validate(&fresh).is_empty());
    assert!(fresh.steps.is_empty() && fresh.notices.is_empty());
}
