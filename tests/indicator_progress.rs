//! Indicators against their targets: every class rule, the path and progress
//! figures, the chart geometry and the summary line, with hand-computed
//! numbers, including the sample plan's real figures.

use plan_tracker::i18n::figures::{EN, ZH};
use plan_tracker::i18n::Lang;
use plan_tracker::indicator_progress::chart::{layout, Frame, Point, TargetMark};
use plan_tracker::indicator_progress::*;
use plan_tracker::model::*;
use plan_tracker::period::Period;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

fn near(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() < tolerance
}

fn sample() -> Plan {
    plan_tracker::sample::sample_plan(Lang::En)
}

fn sample_indicator(id: &str) -> Indicator {
    sample().indicator(&Id::new(id)).unwrap().clone()
}

/// An indicator with the given baseline, target and values.
fn ind(
    direction: Direction,
    baseline: Option<(i32, f64)>,
    target: Option<(i32, Aim)>,
    actuals: &[(&str, f64)],
) -> Indicator {
    Indicator {
        id: Id::new("i"),
        name: "I".into(),
        measure: String::new(),
        category: String::new(),
        direction,
        nature: Nature::Anticipatory,
        tally: Tally::Level,
        baseline: baseline.map(|(year, value)| Baseline { year, value }),
        target: target.map(|(year, aim)| Target { year, aim }),
        actuals: actuals
            .iter()
            .map(|(p, v)| Actual {
                period: p.parse().unwrap(),
                value: *v,
                note: String::new(),
            })
            .collect(),
        weight: 1.0,
        area: None,
    }
}

const TODAY: (i32, u32, u32) = (2023, 9, 30);

fn today() -> Date {
    d(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn path_fraction_counts_days_and_clamps() {
    // 2014-12-31 → 2020-12-31: 6 years, two of them leap (2016, 2020) = 2192 days.
    let (start, end) = (d(2014, 12, 31), d(2020, 12, 31));
    assert_eq!((end - start).num_days(), 2192);
    // 2019-06-30: 4 years to 2018-12-31 (1461 days) + 181 days = 1642.
    assert!(close(
        path_fraction(start, end, d(2019, 6, 30)),
        1642.0 / 2192.0
    ));
    assert_eq!(path_fraction(start, end, start), 0.0);
    assert_eq!(path_fraction(start, end, d(2010, 1, 1)), 0.0);
    assert_eq!(path_fraction(start, end, end), 1.0);
    assert_eq!(path_fraction(start, end, d(2023, 9, 30)), 1.0);
    // A degenerate path (end not after start): 0 before the end, 1 from it on.
    assert_eq!(path_fraction(end, end, d(2020, 12, 30)), 0.0);
    assert_eq!(path_fraction(end, start, end), 1.0);
}

#[test]
fn poverty_incidence_lower_is_better_is_lagging_after_its_target_year() {
    // Xinzhou: 19.81% in 2014, at most 2% by 2020, 2.28% in 2018.
    let p = assess(&sample_indicator("i-poverty-incidence"), today());
    assert_eq!(p.class, ProgressClass::Lagging);
    let latest = p.latest.unwrap();
    assert_eq!(latest.period, Period::Year(2018));
    assert_eq!(latest.date, d(2018, 12, 31));
    assert!(close(latest.value, 2.28));
    assert!(!p.met, "2.28 is above the bound of 2");
    // A fall counts as progress: (19.81 − 2.28) / (19.81 − 2) = 17.53 / 17.81 = 98.43%.
    assert!(close(p.progress.unwrap(), 17.53 / 17.81 * 100.0));
    assert!(near(p.progress.unwrap(), 98.43, 0.005));
    // The target year 2020 is over: the path expects the whole way, the bound itself.
    assert!(close(p.expected_share.unwrap(), 100.0));
    assert!(close(p.expected_value.unwrap(), 2.0));
    let t = p.target.unwrap();
    assert_eq!(
        (t.kind, t.year, t.date),
        (TargetKind::AtMost, 2020, d(2020, 12, 31))
    );
    assert!(!t.higher_is_better);
    assert_eq!(p.baseline.unwrap().date, d(2014, 12, 31));
}

#[test]
fn poverty_incidence_was_on_track_mid_2019() {
    // 2019-06-30: fraction 1642 / 2192 = 0.74909; expected 19.81 − 0.74909 × 17.81 = 6.4687.
    let p = assess(&sample_indicator("i-poverty-incidence"), d(2019, 6, 30));
    assert!(near(p.expected_share.unwrap(), 74.909, 0.001));
    assert!(near(p.expected_value.unwrap(), 6.4687, 0.0001));
    // 2.28 is below (better than) 6.47.
    assert_eq!(p.class, ProgressClass::OnTrack);
    // On the target date itself the path reaches the bound: 2.28 > 2 → lagging.
    assert_eq!(
        assess(&sample_indicator("i-poverty-incidence"), d(2020, 12, 31)).class,
        ProgressClass::Lagging
    );
    // Before 2018 began, the 2018 figure is not known: no reading, not enough data.
    let early = assess(&sample_indicator("i-poverty-incidence"), d(2017, 12, 31));
    assert_eq!(early.class, ProgressClass::NoData);
    assert!(early.readings.is_empty() && early.latest.is_none());
    assert!(early.progress.is_none());
    // …but the path is still there: 2014-12-31 → 2017-12-31 is 1096 days.
    assert!(near(
        early.expected_share.unwrap(),
        1096.0 / 2192.0 * 100.0,
        1e-9
    ));
}

#[test]
fn rural_poor_population_has_a_target_only_in_words() {
    // Xinzhou: 46.74 (10k people) in 2014, 5.37 in 2018; the target is words.
    let p = assess(&sample_indicator("i-poor-people"), today());
    assert_eq!(p.class, ProgressClass::NotQuantified);
    assert!(p.target.is_none() && !p.met);
    assert!(p.progress.is_none() && p.expected_share.is_none() && p.expected_value.is_none());
    assert!(close(p.latest.unwrap().value, 5.37));
    assert!(close(p.baseline.unwrap().value, 46.74));
}

#[test]
fn rural_poor_population_with_a_numeric_target() {
    // The same figures with a target of 0 by 2020, lower is better.
    let i = ind(
        Direction::LowerIsBetter,
        Some((2014, 46.74)),
        Some((2020, Aim::Value { value: 0.0 })),
        &[("2018", 5.37)],
    );
    // Progress (5.37 − 46.74) / (0 − 46.74) = 41.37 / 46.74 = 88.51%.
    let p = assess(&i, today());
    assert!(near(p.progress.unwrap(), 88.511, 0.001));
    // 2020 is over and 5.37 > 0: lagging.
    assert_eq!(p.class, ProgressClass::Lagging);
    // Mid-2019 the path expects 46.74 × (1 − 0.74909) = 11.728; 5.37 is better.
    let mid = assess(&i, d(2019, 6, 30));
    assert!(near(mid.expected_value.unwrap(), 11.728, 0.001));
    assert_eq!(mid.class, ProgressClass::OnTrack);
    // Had it reached 0 in 2018, it would be achieved early in 2019 and achieved in 2021.
    let zero = ind(
        Direction::LowerIsBetter,
        Some((2014, 46.74)),
        Some((2020, Aim::Value { value: 0.0 })),
        &[("2018", 0.0)],
    );
    assert_eq!(
        assess(&zero, d(2019, 6, 30)).class,
        ProgressClass::AchievedEarly
    );
    assert_eq!(
        assess(&zero, d(2020, 12, 31)).class,
        ProgressClass::AchievedEarly
    );
    assert_eq!(assess(&zero, d(2021, 1, 1)).class, ProgressClass::Achieved);
    assert!(close(assess(&zero, d(2021, 1, 1)).progress.unwrap(), 100.0));
}

#[test]
fn bounds_are_met_by_satisfying_them() {
    // Medical participation 98.98% ≥ 95% (2023), no baseline: met before 2023 ended.
    let medical = sample_indicator("i-medical");
    let p = assess(&medical, today());
    assert_eq!(p.class, ProgressClass::AchievedEarly);
    assert!(p.met && p.progress.is_none() && p.expected_share.is_none());
    assert_eq!(
        assess(&medical, d(2023, 12, 31)).class,
        ProgressClass::AchievedEarly
    );
    assert_eq!(
        assess(&medical, d(2024, 1, 1)).class,
        ProgressClass::Achieved
    );
    // Hygiene counties: 13 ≥ 13, equality meets a bound.
    assert_eq!(
        assess(&sample_indicator("i-hygiene-counties"), today()).class,
        ProgressClass::AchievedEarly
    );
    // A bound below it, higher is better (at least 50, 48 now): not met, path to the bound.
    // 2022-12-31 → 2023-12-31 is 365 days; 2023-09-30 is 273 days in: 40 + 10 × 273/365 = 47.479.
    let share = ind(
        Direction::HigherIsBetter,
        Some((2022, 40.0)),
        Some((2023, Aim::AtLeast { value: 50.0 })),
        &[("2023-Q3", 48.0)],
    );
    let p = assess(&share, today());
    assert!(near(p.expected_value.unwrap(), 47.479, 0.001));
    assert!(near(p.expected_share.unwrap(), 74.795, 0.001));
    assert!(close(p.progress.unwrap(), 80.0));
    assert_eq!(p.class, ProgressClass::OnTrack);
    // 47 < 47.479: lagging.
    let behind = ind(
        Direction::HigherIsBetter,
        Some((2022, 40.0)),
        Some((2023, Aim::AtLeast { value: 50.0 })),
        &[("2023-Q3", 47.0)],
    );
    assert_eq!(assess(&behind, today()).class, ProgressClass::Lagging);
    // A bound decides its own better side, whatever the direction says.
    let at_most = ind(
        Direction::HigherIsBetter,
        Some((2022, 10.0)),
        Some((2023, Aim::AtMost { value: 6.0 })),
        &[("2023-Q3", 6.0)],
    );
    assert!(assess(&at_most, today()).met);
    // A part-year figure that meets a year's target is on track: the
    // year's figure settles it.
    assert_eq!(assess(&at_most, today()).class, ProgressClass::OnTrack);
    let mut by_2025 = at_most.clone();
    by_2025.target.as_mut().unwrap().year = 2025;
    by_2025.actuals[0].period = "2022".parse().unwrap();
    assert_eq!(
        assess(&by_2025, today()).class,
        ProgressClass::AchievedEarly
    );
    // The year over, a part-year figure still settles nothing (GDP growth
    // 6.6% for January to September against "at least 6.5"); one to the
    // year's end does.
    let gdp = |period: &str| {
        ind(
            Direction::HigherIsBetter,
            Some((2022, 6.0)),
            Some((2023, Aim::AtLeast { value: 6.5 })),
            &[(period, 6.6)],
        )
    };
    let after = d(2024, 1, 20);
    assert_eq!(assess(&gdp("2023-Q3"), after).class, ProgressClass::OnTrack);
    assert_eq!(
        assess(&gdp("2023-Q4"), after).class,
        ProgressClass::Achieved
    );
    assert_eq!(
        assess(&gdp("2023-12"), after).class,
        ProgressClass::Achieved
    );
    assert_eq!(assess(&gdp("2023"), after).class, ProgressClass::Achieved);
}

#[test]
fn a_bound_met_at_the_baseline_has_no_way_to_go() {
    // "Within 5.5": 4 at the baseline, so there is no progress figure.
    let keep = |v: f64| {
        ind(
            Direction::LowerIsBetter,
            Some((2022, 4.0)),
            Some((2023, Aim::AtMost { value: 5.5 })),
            &[("2023-Q3", v)],
        )
    };
    let inside = assess(&keep(5.0), today());
    assert!(inside.met);
    assert_eq!(inside.class, ProgressClass::OnTrack);
    assert!(inside.progress.is_none());
    // Out of the bound: 6 is worse than the path's 4 + 1.5 × 0.74795 = 5.122.
    let outside = assess(&keep(6.0), today());
    assert_eq!(outside.class, ProgressClass::Lagging);
    assert!(outside.progress.is_none());
}

#[test]
fn value_targets_follow_the_direction() {
    let key = |direction, v| {
        ind(
            direction,
            Some((2022, 0.0)),
            Some((2023, Aim::Value { value: 165.0 })),
            &[("2023-Q3", v)],
        )
    };
    // 0 → 165 over 2023; 273/365 of it by 09-30: 123.41 expected.
    let p = assess(&key(Direction::HigherIsBetter, 118.0), today());
    assert!(near(p.expected_value.unwrap(), 123.411, 0.001));
    assert!(near(p.progress.unwrap(), 71.515, 0.001));
    assert_eq!(p.class, ProgressClass::Lagging);
    assert_eq!(
        assess(&key(Direction::HigherIsBetter, 124.0), today()).class,
        ProgressClass::OnTrack
    );
    // Met by a part-year figure: on track until the year's figure.
    assert_eq!(
        assess(&key(Direction::HigherIsBetter, 165.0), today()).class,
        ProgressClass::OnTrack
    );
    assert!(assess(&key(Direction::HigherIsBetter, 165.0), today()).met);
    // Lower is better: 165 or below meets it, even far below.
    assert!(assess(&key(Direction::LowerIsBetter, 118.0), today()).met);
    assert_eq!(
        assess(&key(Direction::LowerIsBetter, 118.0), today()).class,
        ProgressClass::OnTrack
    );
    assert!(!assess(&key(Direction::LowerIsBetter, 166.0), today()).met);
}

#[test]
fn key_tasks_without_a_baseline_have_no_path() {
    // 118 of 165 by Q3 with the baseline taken away: not met, and no path
    // to judge against.
    let mut ind = sample_indicator("i-key-tasks");
    ind.baseline = None;
    let p = assess(&ind, today());
    assert_eq!(p.class, ProgressClass::NoData);
    assert_eq!(p.latest.unwrap().period, Period::Quarter(2023, 3));
    assert_eq!(p.readings.len(), 2);
    assert!(p.expected_share.is_none() && p.progress.is_none());
    // On 06-30 the Q3 figure is not known yet; from 07-01, when Q3 begins, it is.
    assert_eq!(assess(&ind, d(2023, 6, 30)).latest.unwrap().value, 71.0);
    assert_eq!(assess(&ind, d(2023, 7, 1)).latest.unwrap().value, 118.0);
}

#[test]
fn key_tasks_counted_from_the_start_of_the_year_lag_the_straight_path() {
    // The sample counts from 0 at the end of 2022 to 165 at the end of 2023.
    // On 2023-09-30, 273 days after 2022-12-31 of 365: 165 × 273 / 365 =
    // 123.4 expected; 118 done is behind.
    let p = assess(&sample_indicator("i-key-tasks"), today());
    assert_eq!(p.class, ProgressClass::Lagging);
    let share = p.expected_share.unwrap();
    assert!((share - 273.0 / 365.0 * 100.0).abs() < 0.01, "{share}");
    // 31 of 50 breakthrough tasks against 37.4 expected: behind too.
    assert_eq!(
        assess(&sample_indicator("i-key-breakthrough"), today()).class,
        ProgressClass::Lagging
    );
}

#[test]
fn latest_reading_is_by_period_end_and_the_year_wins_a_tie() {
    let i = ind(
        Direction::HigherIsBetter,
        None,
        None,
        &[
            ("2023", 10.0),
            ("2023-Q4", 9.0),
            ("2023-06", 4.0),
            ("2023-H1", 5.0),
            ("2022", 1.0),
        ],
    );
    let p = assess(&i, d(2023, 12, 31));
    let order: Vec<String> = p.readings.iter().map(|r| r.period.to_string()).collect();
    assert_eq!(order, ["2022", "2023-06", "2023-H1", "2023-Q4", "2023"]);
    assert_eq!(p.latest.unwrap().value, 10.0);
    // On 2023-09-30 the Q4 figure is not known yet; the year's period has begun.
    let p = assess(&i, today());
    assert_eq!(p.readings.len(), 4);
    assert_eq!(p.latest.unwrap().period, Period::Year(2023));
    // No target at all: only observed.
    assert_eq!(p.class, ProgressClass::NoTarget);
}

#[test]
fn sample_plan_classes_and_counts() {
    let plan = sample();
    let classes: Vec<(&str, ProgressClass)> = assess_plan(&plan, today())
        .into_iter()
        .map(|(i, p)| (i.id.as_str(), p.class))
        .collect();
    use ProgressClass::*;
    assert_eq!(
        classes,
        [
            ("i-key-tasks", Lagging),
            ("i-key-breakthrough", Lagging),
            ("i-poor-people", NotQuantified),
            ("i-poverty-incidence", Lagging),
            ("i-counties-lifted", NoTarget),
            ("i-relocated", NoTarget),
            ("i-villages-cancelled", NoTarget),
            ("i-medical", AchievedEarly),
            ("i-hygiene-counties", AchievedEarly),
            ("i-hygiene-towns", NoTarget),
            ("i-non-coal-share", NoData),
            ("i-private-share", NoData),
        ]
    );
    let counts = count_classes(&plan, today());
    assert_eq!(
        counts,
        ClassCounts {
            total: 12,
            achieved: 0,
            achieved_early: 2,
            on_track: 0,
            lagging: 3,
            no_data: 2,
            not_quantified: 1,
            no_target: 4,
        }
    );
    assert_eq!(
        counts.nonzero(),
        [
            (AchievedEarly, 2),
            (Lagging, 3),
            (NoData, 2),
            (NotQuantified, 1),
            (NoTarget, 4)
        ]
    );
    assert_eq!(counts.get(Lagging), 3);
}

#[test]
fn summary_line_in_both_languages() {
    let counts = count_classes(&sample(), today());
    assert_eq!(
        (EN.indicator_summary)(&counts),
        "Of 12 indicators: 2 achieved early, 3 lagging, 2 without enough data, \
         1 not quantified, 4 without a target."
    );
    assert_eq!(
        (ZH.indicator_summary)(&counts),
        "12项指标中：提前实现2项，滞后于序时进度3项，数据不足2项，定性目标1项，未设目标值4项。"
    );
    let one = ClassCounts::of([ProgressClass::OnTrack]);
    assert_eq!((EN.indicator_summary)(&one), "Of 1 indicator: 1 on track.");
    assert_eq!(
        (EN.indicator_summary)(&ClassCounts::default()),
        "No indicators."
    );
}

#[test]
fn chart_geometry_by_hand() {
    // 0 in 2020, 50 in 2022, 100 by 2024: dates 2020-12-31, 2022-12-31, 2024-12-31.
    // 2021 + 2022 = 730 days; + 2023 + 2024 (leap) = 1461 days.
    let i = ind(
        Direction::HigherIsBetter,
        Some((2020, 0.0)),
        Some((2024, Aim::Value { value: 100.0 })),
        &[("2022", 50.0)],
    );
    let day = d(2022, 12, 31);
    let p = assess(&i, day);
    // A frame one unit a day wide with no margins; values 0..100 padded by 8 each
    // side span 116, so y = 116 − (v + 8) = 108 − v.
    let frame = Frame {
        width: 1461.0,
        height: 116.0,
        left: 0.0,
        right: 0.0,
        top: 0.0,
        bottom: 0.0,
    };
    let c = layout(&p, day, frame).unwrap();
    assert_eq!(c.plot, (0.0, 0.0, 1461.0, 116.0));
    assert_eq!(c.baseline, Some(Point { x: 0.0, y: 108.0 }));
    assert_eq!(c.readings, [Point { x: 730.0, y: 58.0 }]);
    assert_eq!(c.actual_line, "0.0,108.0 730.0,58.0");
    assert_eq!(
        c.target,
        Some(TargetMark::Point(Point { x: 1461.0, y: 8.0 }))
    );
    assert_eq!(
        c.path,
        Some((Point { x: 0.0, y: 108.0 }, Point { x: 1461.0, y: 8.0 }))
    );
    assert_eq!(c.today_x, 730.0);
    let times: Vec<(f64, Date)> = c.time_ticks.iter().map(|t| (t.at, t.value)).collect();
    assert_eq!(times, [(0.0, d(2020, 12, 31)), (1461.0, d(2024, 12, 31))]);
    let values: Vec<(f64, f64)> = c.value_ticks.iter().map(|t| (t.at, t.value)).collect();
    assert_eq!(values, [(108.0, 0.0), (8.0, 100.0)]);
    // With margins, the plot is inset: x = 42 + days / 1461 × 246.
    let c = layout(&p, day, Frame::SMALL).unwrap();
    assert_eq!(c.plot, (42.0, 10.0, 288.0, 100.0));
    assert!(close(c.readings[0].x, 42.0 + 730.0 / 1461.0 * 246.0));
    // The same figures against a bound draw a line across the plot.
    let bound = ind(
        Direction::HigherIsBetter,
        Some((2020, 0.0)),
        Some((2024, Aim::AtLeast { value: 100.0 })),
        &[("2022", 50.0)],
    );
    let c = layout(&assess(&bound, day), day, frame).unwrap();
    assert_eq!(
        c.target,
        Some(TargetMark::Bound {
            y: 8.0,
            at: Point { x: 1461.0, y: 8.0 },
            at_least: true
        })
    );
}

#[test]
fn chart_of_poverty_incidence_spans_baseline_to_today() {
    // Dates 2014-12-31 … 2023-09-30: 2922 + 273 = 3195 days; the 2018 figure is
    // 1461 days in: x = 42 + 1461 / 3195 × 246 = 154.49.
    let p = assess(&sample_indicator("i-poverty-incidence"), today());
    let c = layout(&p, today(), Frame::SMALL).unwrap();
    assert_eq!(c.baseline.unwrap().x, 42.0);
    assert!(near(c.readings[0].x, 154.49, 0.01));
    assert_eq!(c.today_x, 288.0);
    // Values 2 … 19.81 padded by 1.4248: the baseline is high (small y), the bound low.
    let b = c.baseline.unwrap();
    let Some(TargetMark::Bound { y, at_least, .. }) = c.target else {
        panic!("a bound")
    };
    assert!(!at_least);
    assert!(b.y < c.readings[0].y && c.readings[0].y < y);
    // y of 19.81: 100 − (19.81 − 0.5752) / 20.6596 × 90 = 16.21.
    assert!(near(b.y, 16.21, 0.01));
}

#[test]
fn chart_of_a_single_figure_and_of_nothing() {
    // One reading and today on its date: half a year either side, value ±1.
    let one = ind(Direction::HigherIsBetter, None, None, &[("2023", 5.0)]);
    let day = d(2023, 12, 31);
    let c = layout(&assess(&one, day), day, Frame::SMALL).unwrap();
    assert!(close(c.readings[0].x, 42.0 + 123.0));
    assert!(close(c.readings[0].y, 55.0));
    assert!(c.actual_line.is_empty() && c.path.is_none() && c.target.is_none());
    assert_eq!(c.value_ticks.len(), 1);
    assert_eq!(c.time_ticks.len(), 1);
    // Words and no figures: nothing to draw.
    let words = ind(
        Direction::HigherIsBetter,
        None,
        Some((
            2023,
            Aim::Words {
                text: "kept in a reasonable range".into(),
            },
        )),
        &[],
    );
    assert!(layout(&assess(&words, day), day, Frame::SMALL).is_none());
}

#[test]
fn the_latest_reading_is_the_one_the_class_reads_and_values_list_by_period_end() {
    let mut ind = Indicator::new("i", "Share", "%");
    for (period, value) in [
        ("2023", 9.0),
        ("2023-H2", 8.0),
        ("2024-Q1", 7.0),
        ("2023-Q4", 6.0),
    ] {
        ind.actuals.push(Actual {
            period: period.parse().unwrap(),
            value,
            note: String::new(),
        });
    }
    // On 2023-12-31 the 2024 quarter has not begun: it is not read yet.
    // The year, the half and the quarter all end that day: the year is latest.
    let r = latest_reading(&ind, d(2023, 12, 31)).unwrap();
    assert_eq!((r.period, r.value), (Period::Year(2023), 9.0));
    let r = latest_reading(&ind, d(2024, 1, 1)).unwrap();
    assert_eq!((r.period, r.value), (Period::Quarter(2024, 1), 7.0));
    assert_eq!(
        latest_reading(&Indicator::new("j", "None", ""), d(2024, 1, 1)),
        None
    );

    let mut listed = ind.actuals.clone();
    listed.sort_by_key(|a| value_order(a.period));
    let order: Vec<String> = listed.iter().map(|a| a.period.to_string()).collect();
    assert_eq!(order, ["2023-Q4", "2023-H2", "2023", "2024-Q1"]);
}

/// A running total (新增就业, 1–N月累计) starts from zero each January: a
/// part-year total is measured against the share of its year gone by the
/// end of its period, and against the year's target, not against last
/// year's total as a baseline.
#[test]
fn a_running_total_counts_from_zero_each_year() {
    let jobs = |actuals: &[(&str, f64)]| Indicator {
        tally: Tally::RunningTotal,
        ..ind(
            Direction::HigherIsBetter,
            Some((2025, 3.82)),
            Some((2026, Aim::AtLeast { value: 4.0 })),
            actuals,
        )
    };
    // June's total on 20 July: 181 of 365 days by 30 June.
    let june = assess(&jobs(&[("2026-06", 2.31)]), d(2026, 7, 20));
    assert!(near(
        june.expected_value.unwrap(),
        4.0 * 181.0 / 365.0,
        1e-9
    ));
    assert!(near(june.progress.unwrap(), 57.75, 1e-9));
    assert_eq!(june.class, ProgressClass::OnTrack);
    let path = june.path.unwrap();
    assert_eq!((path.0.date, path.0.value), (d(2025, 12, 31), 0.0));
    assert_eq!((path.1.date, path.1.value), (d(2026, 12, 31), 4.0));
    // The same figure as a level reads as a fall from 3.82: what the
    // running total is for.
    let as_level = Indicator {
        tally: Tally::Level,
        ..jobs(&[("2026-06", 2.31)])
    };
    assert!(assess(&as_level, d(2026, 7, 20)).progress.unwrap() < 0.0);
    // Behind the share of the year: 1.5 of an expected 1.98.
    assert_eq!(
        assess(&jobs(&[("2026-06", 1.5)]), d(2026, 7, 20)).class,
        ProgressClass::Lagging
    );
    // Reached in October: achieved early; the year counted whole and
    // short of it: lagging; reached: achieved.
    assert_eq!(
        assess(&jobs(&[("2026-10", 4.05)]), d(2026, 11, 5)).class,
        ProgressClass::AchievedEarly
    );
    assert_eq!(
        assess(&jobs(&[("2026", 3.9)]), d(2027, 1, 20)).class,
        ProgressClass::Lagging
    );
    assert_eq!(
        assess(&jobs(&[("2026", 4.1)]), d(2027, 1, 20)).class,
        ProgressClass::Achieved
    );
    // The next year's first total is measured against that year.
    let next = assess(&jobs(&[("2026", 4.1), ("2027-03", 1.1)]), d(2027, 4, 10));
    assert_eq!(next.target.unwrap().date, d(2027, 12, 31));
    assert_eq!(next.class, ProgressClass::OnTrack);

    // A total kept within a bound (accidents at most 20 a year) is met
    // only once its year is counted whole.
    let accidents = |actuals: &[(&str, f64)]| Indicator {
        tally: Tally::RunningTotal,
        ..ind(
            Direction::LowerIsBetter,
            None,
            Some((2026, Aim::AtMost { value: 20.0 })),
            actuals,
        )
    };
    assert_eq!(
        assess(&accidents(&[("2026-Q3", 12.0)]), d(2026, 10, 8)).class,
        ProgressClass::OnTrack
    );
    assert_eq!(
        assess(&accidents(&[("2026-Q3", 16.0)]), d(2026, 10, 8)).class,
        ProgressClass::Lagging
    );
    assert_eq!(
        assess(&accidents(&[("2026", 18.0)]), d(2027, 1, 8)).class,
        ProgressClass::Achieved
    );
    assert_eq!(
        assess(&accidents(&[("2026", 21.0)]), d(2027, 1, 8)).class,
        ProgressClass::Lagging
    );
    // Past its cap by September: lagging, and no share "beyond the
    // target" (a cap has no way to go, only room left).
    let past = assess(&accidents(&[("2026-Q3", 35.0)]), d(2026, 10, 8));
    assert_eq!(past.class, ProgressClass::Lagging);
    assert_eq!(past.progress, None);
}

/// A running total whose target year is the smallest a file can hold is
/// assessed without overflow, whatever the year says.
#[test]
fn a_running_totals_extreme_target_year_is_assessed_calmly() {
    for year in [i32::MIN, i32::MAX, -262_143, 262_142] {
        let mut x = ind(
            Direction::HigherIsBetter,
            None,
            Some((year, Aim::AtLeast { value: 4.0 })),
            &[],
        );
        x.tally = Tally::RunningTotal;
        assert_eq!(assess(&x, today()).class, ProgressClass::NoData);
    }
}
