//! The unit scoreboard: every figure of a small hand-built plan computed by
//! hand, the weights' rules, and a few figures of the sample plan.

use plan_tracker::command::{apply, Command, CommandError, Header};
use plan_tracker::format::{export_plan, import_plan, ImportError};
use plan_tracker::i18n::Lang;
use plan_tracker::model::*;
use plan_tracker::period::{reporting_period, Period};
use plan_tracker::query::TaskIndex;
use plan_tracker::sample::sample_plan;
use plan_tracker::scoreboard::{scoreboard, Components, Scoreboard, UnitScore, Unscored};
use plan_tracker::validate::{validate, ProblemKind};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn task(id: &str, lead: &str, start: Date, deadline: Date) -> Task {
    Task {
        start: Some(start),
        deadline: Some(deadline),
        ..Task::new(id, "", id, "a", lead)
    }
}

/// A report as the report form files it: to the reporting period its date
/// answers under the plan's cadence and grace days.
fn report(plan: &mut Plan, task: &str, date: Date, progress: f64, status: ReportedStatus) {
    let n = plan.updates.len();
    plan.updates.push(Update {
        period: Some(reporting_period(plan.cadence, plan.grace_days, date)),
        status,
        ..Update::new(
            Id::new(format!("r{n}")),
            Subject::Task(Id::new(task)),
            date,
            progress,
        )
    });
}

/// The day the small plan is scored: day 70 of its 100 days, so a task that
/// runs the whole plan expects 70%.
fn today() -> Date {
    d(2023, 3, 12)
}

/// A plan of 100 days (2023-01-01 to 2023-04-11), monthly cadence with 5
/// grace days, default weights 40 / 40 / 20, and six units. On 03-12 the
/// period due is February (28 February + 5 days is before 03-12; March's
/// report is not due yet): a task that started by 02-28 and is not completed
/// owes February's report. Reports are filed to the period they answer:
/// written by the 5th, to the month before. The year's record of reports
/// counts January (due by 02-05) and February (due by 03-05) for every task
/// running by then, and for a completed task the months that ended before
/// it was completed.
///
/// - **A** leads t1 (whole plan, 30% on 02-01 answering January, 56% on
///   03-04 answering February, in time: expects 70, mark 80; 2 of 2
///   months in time), t2 (due 02-28, completed 02-20: on time; owed
///   January's report and sent none: 0 of 1) and t3 (due 03-01, 50% on
///   01-20 for January: overdue, expects 100, mark 50, and late: no report
///   for February; 1 of 2). Reporting 3 of 5. It co-operates on t5.
/// - **B** leads t4 (due 02-10, completed late on 02-15, no report for
///   January: 0 of 1) and t5 (starts 03-20: nothing expected, owes no
///   report, never reported). Nothing owes February's report.
/// - **C** leads t6 (whole plan, 0% on 03-01, which answers February: mark
///   0, not late; nothing for January: 1 of 2) and t7 (started 03-01, never
///   reported: owes no report yet; expects 11/41, mark 0). Nothing
///   completed or overdue: on-time completion does not apply.
/// - **D** only co-operates (on t1).
/// - **E** has no task at all.
/// - **F** leads t8 (whole plan, 14% on 02-01 answering January: mark 20,
///   late for February, 1 of 2; a 90% of 03-11 is withdrawn).
fn small_plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "Plan", d(2023, 1, 1), d(2023, 4, 11));
    p.cadence = Cadence::Monthly;
    p.grace_days = 5;
    p.areas.push(KeyArea {
        id: Id::new("a"),
        title: "Area".into(),
        description: String::new(),
        goal: None,
    });
    for (id, name) in [
        ("ua", "A"),
        ("ub", "B"),
        ("uc", "C"),
        ("ud", "D"),
        ("ue", "E"),
        ("uf", "F"),
    ] {
        p.units.push(Unit {
            id: Id::new(id),
            name: name.into(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    let (start, end) = (p.start, p.end);
    let mut t1 = task("t1", "ua", start, end);
    t1.co_units = vec![Id::new("ud")];
    let mut t5 = task("t5", "ub", d(2023, 3, 20), end);
    t5.co_units = vec![Id::new("ua")];
    p.tasks = vec![
        t1,
        task("t2", "ua", start, d(2023, 2, 28)),
        task("t3", "ua", start, d(2023, 3, 1)),
        task("t4", "ub", start, d(2023, 2, 10)),
        t5,
        task("t6", "uc", start, end),
        task("t7", "uc", d(2023, 3, 1), end),
        task("t8", "uf", start, end),
    ];
    use ReportedStatus::*;
    report(&mut p, "t1", d(2023, 2, 1), 30.0, OnTrack);
    report(&mut p, "t1", d(2023, 3, 4), 56.0, OnTrack);
    report(&mut p, "t2", d(2023, 2, 20), 100.0, Completed);
    report(&mut p, "t3", d(2023, 1, 20), 50.0, OnTrack);
    report(&mut p, "t4", d(2023, 2, 15), 100.0, Completed);
    report(&mut p, "t6", d(2023, 3, 1), 0.0, Behind);
    report(&mut p, "t8", d(2023, 2, 1), 14.0, Behind);
    // A later report withdrawn: t8 stands at 14% from 02-01, still late.
    report(&mut p, "t8", d(2023, 3, 11), 90.0, OnTrack);
    p.updates.last_mut().unwrap().withdrawn = Some(Withdrawal {
        date: d(2023, 3, 11),
        by: "office".into(),
        reason: "wrong task".into(),
    });
    assert_eq!(validate(&p), vec![], "the small plan is valid");
    p
}

/// The scoreboard's weights: on-time completion, progress, reporting
/// (replies to notices weigh 0).
fn weights(on_time: f64, progress: f64, reporting: f64) -> Evaluation {
    Evaluation {
        on_time_weight: on_time,
        progress_weight: progress,
        reporting_weight: reporting,
        notices_weight: 0.0,
    }
}

fn board(plan: &Plan, today: Date) -> Scoreboard {
    scoreboard(plan, &TaskIndex::build(plan, today))
}

fn row<'a>(b: &'a Scoreboard, unit: &str) -> &'a UnitScore {
    b.rows
        .iter()
        .find(|r| r.unit.as_str() == unit)
        .unwrap_or_else(|| panic!("no row for {unit}"))
}

fn order(b: &Scoreboard) -> Vec<(&str, Option<usize>, Option<u32>)> {
    b.rows
        .iter()
        .map(|r| (r.unit.as_str(), r.rank, r.score_tenths))
        .collect()
}

fn marks(c: Components) -> [Option<f64>; 3] {
    [c.on_time, c.progress, c.reporting]
}

fn close_marks(c: Components, want: [Option<f64>; 3]) -> bool {
    marks(c).iter().zip(want).all(|(a, b)| match (a, b) {
        (Some(a), Some(b)) => close(*a, b),
        (None, None) => true,
        _ => false,
    })
}

#[test]
fn the_period_due_and_the_reports_filed_to_it() {
    let p = small_plan();
    let periods: Vec<Period> = p.updates.iter().map(|u| p.report_period(u)).collect();
    use Period::Month;
    assert_eq!(
        periods,
        [
            Month(2023, 1),
            Month(2023, 2),
            Month(2023, 2),
            Month(2023, 1),
            Month(2023, 2),
            Month(2023, 2),
            Month(2023, 1),
            Month(2023, 3),
        ]
    );
    assert_eq!(board(&p, today()).due_period, Month(2023, 2));
    // Three days earlier, 02-28 + 5 is not yet past: January is due.
    assert_eq!(board(&p, d(2023, 3, 5)).due_period, Month(2023, 1));
}

#[test]
fn every_figure_of_unit_a() {
    let b = board(&small_plan(), today());
    let a = row(&b, "ua");
    assert_eq!(
        (a.led, a.co_operated, a.completed, a.on_time, a.overdue),
        (3, 1, 1, 1, 1)
    );
    // (56 + 100 + 50) / 3.
    assert!(close(a.average_progress.unwrap(), 206.0 / 3.0));
    // t1 and t3 owe February's report; t3 has only January's.
    assert_eq!((a.owing_report, a.late), (2, 1));
    // The year's record: t1 2 of 2, t2 0 of 1, t3 1 of 2.
    assert_eq!((a.periods_owed, a.periods_in_time), (5, 3));
    let c = a.components.unwrap();
    // 1 on time of 1 completed + 1 overdue. Marks 80 (56 of 70), 100
    // (completed), 50 (50 of 100). Reporting 3 of 5.
    assert!(close_marks(c, [Some(50.0), Some(230.0 / 3.0), Some(60.0)]));
    // Every component applies: (40 × 50 + 40 × 76.67 + 20 × 60) / 100 = 62.67.
    assert_eq!(a.score_tenths, Some(627));
    assert_eq!(a.score(), Some(62.7));
    assert_eq!(a.unscored, None);
}

#[test]
fn every_figure_of_units_b_c_and_f_with_weights_renormalised() {
    let b = board(&small_plan(), today());

    let ub = row(&b, "ub");
    assert_eq!(
        (ub.led, ub.co_operated, ub.completed, ub.on_time, ub.overdue),
        (2, 0, 1, 0, 0)
    );
    assert!(close(ub.average_progress.unwrap(), 50.0));
    // t4 is completed and t5 starts 03-20: neither owes February's report.
    assert_eq!((ub.owing_report, ub.late), (0, 0));
    // But t4 owed January's, due 02-05, before it was completed on 02-15.
    assert_eq!((ub.periods_owed, ub.periods_in_time), (1, 0));
    // Completed late: 0 of 1. Only t4 is marked (t5 expects nothing yet).
    assert!(close_marks(
        ub.components.unwrap(),
        [Some(0.0), Some(100.0), Some(0.0)]
    ));
    // (40 × 0 + 40 × 100 + 20 × 0) / 100 = 40.
    assert_eq!(ub.score_tenths, Some(400));

    let uc = row(&b, "uc");
    assert_eq!(
        (uc.led, uc.co_operated, uc.completed, uc.on_time, uc.overdue),
        (2, 0, 0, 0, 0)
    );
    assert!(close(uc.average_progress.unwrap(), 0.0));
    // t6 reported for February; t7 started in March and owes nothing yet.
    assert_eq!((uc.owing_report, uc.late), (1, 0));
    // t6 sent nothing for January.
    assert_eq!((uc.periods_owed, uc.periods_in_time), (2, 1));
    // Nothing completed or overdue: no points for on-time completion.
    assert!(close_marks(
        uc.components.unwrap(),
        [None, Some(0.0), Some(50.0)]
    ));
    // (40 × 0 + 20 × 50) / (40 + 20) = 16.67.
    assert_eq!(uc.score_tenths, Some(167));

    let uf = row(&b, "uf");
    assert_eq!((uf.led, uf.completed, uf.overdue), (1, 0, 0));
    // The withdrawn 90% does not count: 14% from 02-01, for January.
    assert!(close(uf.average_progress.unwrap(), 14.0));
    assert_eq!((uf.owing_report, uf.late), (1, 1));
    // January's report came in time, February's did not.
    assert_eq!((uf.periods_owed, uf.periods_in_time), (2, 1));
    assert!(close_marks(
        uf.components.unwrap(),
        [None, Some(20.0), Some(50.0)]
    ));
    // (40 × 20 + 20 × 50) / 60 = 30.
    assert_eq!(uf.score_tenths, Some(300));
    // The shares after renormalising: progress 2/3, reporting 1/3.
    let shares = uf.components.unwrap().shares(&Evaluation::default());
    assert_eq!(shares[0], None);
    assert!(close(shares[1].unwrap(), 200.0 / 3.0) && close(shares[2].unwrap(), 100.0 / 3.0));
}

#[test]
fn a_unit_with_no_progress_gets_no_points_for_on_time_completion() {
    // Under the old rule C (0% on both tasks, nothing completed or overdue)
    // scored 40 + 0 + 20 = 60. Now on-time completion does not apply.
    let b = board(&small_plan(), today());
    let uc = row(&b, "uc");
    assert_eq!(uc.components.unwrap().on_time, None);
    assert!(uc.score().unwrap() < 40.0);
    // With only on-time completion weighed, C has no score at all.
    let mut p = small_plan();
    p.evaluation = weights(1.0, 0.0, 0.0);
    let uc = row(&board(&p, today()), "uc").clone();
    assert_eq!(
        (uc.score_tenths, uc.rank, uc.unscored),
        (None, None, Some(Unscored::OnlyZeroWeights))
    );
}

#[test]
fn ranked_with_ties_sharing_a_rank_and_the_unscored_last() {
    let b = board(&small_plan(), today());
    assert_eq!(
        order(&b),
        vec![
            ("ua", Some(1), Some(627)),
            ("ub", Some(2), Some(400)),
            ("uf", Some(3), Some(300)),
            ("uc", Some(4), Some(167)),
            // D leads nothing: listed, no score, no rank.
            ("ud", None, None),
        ]
    );
    let ud = row(&b, "ud");
    assert_eq!((ud.led, ud.co_operated), (0, 1));
    assert_eq!((ud.average_progress, ud.components), (None, None));
    assert_eq!(ud.unscored, Some(Unscored::LeadsNoTask));
    // E has no task at all.
    assert_eq!(b.without_tasks, vec![Id::new("ue")]);
}

#[test]
fn weights_change_the_score_and_the_ranking() {
    let mut p = small_plan();
    // Only on-time completion: A 50, B 0; C and F have no on-time mark, so
    // no score.
    p.evaluation = weights(1.0, 0.0, 0.0);
    assert_eq!(
        order(&board(&p, today())),
        vec![
            ("ua", Some(1), Some(500)),
            ("ub", Some(2), Some(0)),
            ("uc", None, None),
            ("ud", None, None),
            ("uf", None, None),
        ]
    );
    // Equal weights: A (50 + 76.67 + 60) / 3 = 62.22 → 62.2;
    // B (0 + 100 + 0) / 3 = 33.3; C (0 + 50) / 2 = 25; F (20 + 50) / 2 = 35.
    p.evaluation = weights(1.0, 1.0, 1.0);
    assert_eq!(
        order(&board(&p, today())),
        vec![
            ("ua", Some(1), Some(622)),
            ("uf", Some(2), Some(350)),
            ("ub", Some(3), Some(333)),
            ("uc", Some(4), Some(250)),
            ("ud", None, None),
        ]
    );
    // Progress 1, reporting 2: A (76.67 + 2 × 60) / 3 = 65.56; F (20 + 2 ×
    // 50) / 3 = 40; B (100 + 2 × 0) / 3 and C (0 + 2 × 50) / 3, both
    // 33.33: a tie, sharing third place, in plan order.
    p.evaluation = weights(0.0, 1.0, 2.0);
    assert_eq!(
        order(&board(&p, today())),
        vec![
            ("ua", Some(1), Some(656)),
            ("uf", Some(2), Some(400)),
            ("ub", Some(3), Some(333)),
            ("uc", Some(3), Some(333)),
            ("ud", None, None),
        ]
    );
}

#[test]
fn rounding_is_half_up_to_one_decimal() {
    // F (progress 20, reporting 50) with weights 0 / 4 / 3: 230 / 7 =
    // 32.857 → 32.9. A with 0 / 1 / 1: (76.67 + 60) / 2 = 68.33 → 68.3.
    let mut p = small_plan();
    let mut score = |w: (f64, f64, f64), unit: &str| {
        p.evaluation = weights(w.0, w.1, w.2);
        row(&board(&p, today()), unit).score_tenths
    };
    assert_eq!(score((0.0, 4.0, 3.0), "uf"), Some(329));
    // F has no on-time mark: with progress weighing 0, reporting alone.
    assert_eq!(score((3.0, 0.0, 5.0), "uf"), Some(500));
    assert_eq!(score((0.0, 1.0, 1.0), "ua"), Some(683));
    // A with 0 / 3 / 1: (230 + 60) / 4 = 72.5 exactly.
    assert_eq!(score((0.0, 3.0, 1.0), "ua"), Some(725));
    // B with 7 / 1 / 0: 100 / 8 = 12.5.
    assert_eq!(score((7.0, 1.0, 0.0), "ub"), Some(125));
    // C (progress 0, reporting 50) with 0 / 7 / 1: 50 / 8 = 6.25 → 6.3,
    // half up.
    assert_eq!(score((0.0, 7.0, 1.0), "uc"), Some(63));
    // B with 2 / 1 / 0: 100 / 3 = 33.33 → 33.3.
    assert_eq!(score((2.0, 1.0, 0.0), "ub"), Some(333));
}

#[test]
fn before_anything_falls_due_no_unit_has_a_score() {
    // On the plan's first day, with no reports yet, nothing is expected,
    // completed, overdue or due: no component applies, so no unit scores
    // (never full marks for what has not happened).
    let mut p = small_plan();
    p.updates.clear();
    let b = board(&p, d(2023, 1, 1));
    assert_eq!(b.rows.len(), 5);
    for r in b.rows.iter().filter(|r| r.led > 0) {
        assert!(
            close_marks(r.components.unwrap(), [None, None, None]),
            "{r:?}"
        );
        assert_eq!(
            (r.rank, r.score_tenths, r.unscored),
            (None, None, Some(Unscored::NothingToMeasure))
        );
    }
    // A week in, progress is expected but no report is due yet: nothing is
    // held against a unit before its tasks owe a word (no score, not 0).
    let b = board(&p, d(2023, 1, 8));
    let a = row(&b, "ua");
    assert!(close_marks(a.components.unwrap(), [None, None, None]));
    assert_eq!((a.owing_report, a.late), (0, 0));
    assert_eq!(a.score_tenths, None);
}

#[test]
fn zero_negative_and_infinite_weights_are_refused_and_a_change_undoes() {
    let mut p = small_plan();
    let mut h = Header::of(&p);
    h.evaluation = weights(0.0, 0.0, 0.0);
    let before = p.clone();
    match apply(&mut p, Command::SetHeader(h.clone())) {
        Err(CommandError::Invalid(ps)) => {
            assert_eq!(ps.len(), 1);
            assert_eq!(ps[0].path, "evaluation");
            assert_eq!(ps[0].kind, ProblemKind::ZeroWeights);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    h.evaluation.on_time_weight = -1.0;
    h.evaluation.reporting_weight = f64::INFINITY;
    match apply(&mut p, Command::SetHeader(h.clone())) {
        Err(CommandError::Invalid(ps)) => {
            let got: Vec<_> = ps.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
            assert_eq!(
                got,
                vec![
                    ("evaluation.on_time_weight", &ProblemKind::Negative),
                    ("evaluation.reporting_weight", &ProblemKind::NotFinite),
                ]
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(p, before, "a refused command leaves the plan as it was");

    // One weight at zero is fine; the change is undone by its inverse.
    h.evaluation = weights(0.0, 1.0, 0.0);
    let undo = apply(&mut p, Command::SetHeader(h)).expect("applies");
    assert_eq!(p.evaluation.progress_weight, 1.0);
    // Only progress: A 76.67, B 100, C 0, F 20.
    assert_eq!(row(&board(&p, today()), "ub").rank, Some(1));
    apply(&mut p, undo).expect("undoes");
    assert_eq!(p, before);
}

#[test]
fn a_file_with_zero_weights_is_refused_and_one_without_them_gets_the_defaults() {
    let mut p = small_plan();
    p.evaluation = weights(0.0, 0.0, 0.0);
    match import_plan(&export_plan(&p)) {
        Err(ImportError::Invalid(ps, _)) => {
            assert!(ps
                .iter()
                .any(|p| p.path == "plan.evaluation" && p.kind == ProblemKind::ZeroWeights))
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let mut v: serde_json::Value = serde_json::from_str(&export_plan(&small_plan())).unwrap();
    v["plan"].as_object_mut().unwrap().remove("evaluation");
    let back = import_plan(&v.to_string()).expect("imports");
    assert_eq!(back.evaluation, Evaluation::default());
    assert_eq!(
        (
            back.evaluation.on_time_weight,
            back.evaluation.progress_weight,
            back.evaluation.reporting_weight
        ),
        (40.0, 40.0, 20.0)
    );
}

/// The sample plan on 2023-09-30, figures checked by hand. Monthly
/// reporting with 15 grace days: the period due is August (its report was
/// due by 15 September). The sample's reports carry no period, so each
/// answers the month of its date.
#[test]
fn sample_plan_figures() {
    let plan = sample_plan(Lang::En);
    let b = board(&plan, d(2023, 9, 30));
    let name = |r: &UnitScore| plan.unit(&r.unit).unwrap().name.clone();
    assert_eq!(b.due_period, Period::Month(2023, 8));

    // The Taiyuan Investment Promotion Bureau's one task (3.1) runs 08-01
    // to 12-31: 60 of 152 days gone expects 39.5%; it reported August's
    // 20% on 08-28 and 40% on 09-27 (for September). Nothing is completed or
    // overdue: progress and reporting, 40 / 60 and 20 / 60, 100.0 alone on
    // top. The sample's tasks report about once a quarter under monthly
    // reporting: most months' reports never came, so the year's record of
    // most units is low.
    let top: Vec<_> = b
        .rows
        .iter()
        .take(5)
        .map(|r| (r.unit.as_str(), r.rank, r.score_tenths))
        .collect();
    assert_eq!(
        top,
        vec![
            ("u-ty-invest", Some(1), Some(1000)),
            ("u-prov-office", Some(2), Some(879)),
            ("u-qibin", Some(3), Some(810)),
            ("u-taiyuan", Some(4), Some(797)),
            ("u-qb-ndrc", Some(5), Some(766)),
        ]
    );
    assert_eq!(name(&b.rows[0]), "Taiyuan Investment Promotion Bureau");
    let invest = &b.rows[0];
    assert_eq!(
        invest.components,
        Some(Components {
            on_time: None,
            progress: Some(100.0),
            reporting: Some(100.0),
            notices: None,
        })
    );

    // Provincial general office: 1.1 (70% of 272/364 expected; reported on
    // 04-10, 07-10 and 09-28, so August's report is late), 1.3 (completed
    // 06-20, due 06-30: on time), 1.5 (60% of 182/274 expected; August's
    // report on 08-31). The year's record, January to August: 1.1's
    // report of 04-10 (April's) came by March's deadline (04-15) and
    // April's, that of 07-10 by June's and July's: 4 of 8; 1.3 answered
    // March (03-28), April and May (05-15): 3 of the 5 months before it
    // was completed; 1.5, started 04-01, June (06-30) and August (08-31):
    // 2 of 5. In all 9 of 18.
    // Every component applies: 40 + 0.4 × 94.67 + 0.2 × 50 = 87.87.
    let office = row(&b, "u-prov-office");
    assert_eq!(
        (
            office.led,
            office.co_operated,
            office.completed,
            office.on_time,
            office.overdue,
            office.late
        ),
        (3, 1, 1, 1, 0, 1)
    );
    assert_eq!((office.periods_owed, office.periods_in_time), (18, 9));
    assert!(close(office.average_progress.unwrap(), 230.0 / 3.0));
    let progress = (70.0 * 364.0 / 272.0 + 100.0 + 60.0 * 274.0 / 182.0) / 3.0;
    let c = office.components.unwrap();
    assert!(close(c.progress.unwrap(), progress));
    assert_eq!((c.on_time, c.reporting), (Some(100.0), Some(50.0)));
    assert_eq!(office.score_tenths, Some(879));

    // Xinzhou: 13.1 at 74% and 13.5 at 72%, both expecting 272/364:
    // progress 97.69; both reported in July or June, then on 09-28 and
    // 09-30, after August's deadline: August's reports late, 0 of 2. Of
    // the year's 16 months owed, 13.1 answered April (04-30) and July
    // (07-31), 13.5 June (06-30): 3 of 16, 18.75.
    // (40 × 97.69 + 20 × 18.75) / 60 = 71.38.
    let xinzhou = row(&b, "u-xinzhou");
    let progress = (74.0 + 72.0) * 364.0 / 272.0 / 2.0;
    let c = xinzhou.components.unwrap();
    assert!(close(c.progress.unwrap(), progress));
    assert_eq!((xinzhou.owing_report, xinzhou.late), (2, 2));
    assert_eq!((xinzhou.periods_owed, xinzhou.periods_in_time), (16, 3));
    assert_eq!(c.reporting, Some(18.75));
    assert_eq!(xinzhou.score_tenths, Some(714));

    // Kelan's 13.2 reported on 06-15 (June, which answers May too, due
    // that day) and 09-15 (September, which answers August, due that day):
    // 3 of 8. (40 × 93.68 + 20 × 37.5) / 60 = 74.95 → 75.0, tied with
    // Xiaodian's emergency office (100 and 2 of 8: 75.0).
    let (kelan, emergency) = (row(&b, "u-kelan"), row(&b, "u-xd-emergency"));
    assert_eq!((kelan.periods_owed, kelan.periods_in_time), (8, 3));
    assert_eq!(kelan.score_tenths, Some(750));
    assert_eq!(emergency.score_tenths, Some(750));
    assert_eq!(kelan.rank, emergency.rank);

    // Xiaodian District: one overdue task (on time 0 of 1); of its 11
    // unfinished tasks, 7.3 and 10.2 were never reported, three reported
    // for August in time (8.2 on 08-18, 10.3 on 08-10, 11.2 on 08-31), the
    // other six only before August and then in late September. Of the
    // 80 months its tasks owed, 12 were answered in time:
    // (40 × 0 + 40 × 70.60 + 20 × 15) / 100 = 31.2.
    let xiaodian = row(&b, "u-xiaodian");
    assert_eq!(
        (
            xiaodian.led,
            xiaodian.overdue,
            xiaodian.owing_report,
            xiaodian.late
        ),
        (11, 1, 11, 8)
    );
    assert_eq!((xiaodian.periods_owed, xiaodian.periods_in_time), (80, 12));
    assert_eq!(xiaodian.score_tenths, Some(312));

    // Pianguan's one task (13.4) started 04-01 and was never reported: late
    // for each of its 5 months, 0% progress, nothing completed or overdue. It used to score 40 for
    // on-time completion it never had; now it scores 0, last.
    let pianguan = row(&b, "u-pianguan");
    assert_eq!((pianguan.led, pianguan.late), (1, 1));
    assert_eq!((pianguan.periods_owed, pianguan.periods_in_time), (5, 0));
    assert_eq!(pianguan.components.unwrap().on_time, None);
    assert_eq!(pianguan.score_tenths, Some(0));
    assert_eq!(
        b.rows
            .iter()
            .rfind(|r| r.rank.is_some())
            .unwrap()
            .unit
            .as_str(),
        "u-pianguan"
    );

    // Every task is led by exactly one listed unit.
    let led: usize = b.rows.iter().map(|r| r.led).sum();
    assert_eq!(led, plan.tasks.len());
}

/// On the plan's first day nothing of the tasks can be marked; a unit whose
/// notice was already answered has only replies to notices to be marked,
/// weighed 0 by default: its reason says so, in both languages. Weighed,
/// the reply alone scores it.
#[test]
fn a_unit_with_only_replies_to_mark_says_so() {
    let mut p = small_plan();
    p.updates.clear();
    p.notices.push(Notice {
        reply: Some(Reply {
            date: d(2023, 1, 1),
            text: "已办".into(),
            by: String::new(),
        }),
        ..Notice::new("n1", "1", "t1", "ua", d(2023, 1, 1), "说明", d(2023, 1, 3))
    });
    let b = board(&p, d(2023, 1, 1));
    let a = row(&b, "ua");
    assert_eq!(a.components.unwrap().notices, Some(100.0));
    assert_eq!(
        (a.score_tenths, a.unscored),
        (None, Some(Unscored::OnlyNotices))
    );
    assert_eq!(
        (Lang::En.catalog().scoreboard.unscored_reason)(Unscored::OnlyNotices),
        "only replies to notices can be marked yet, and they weigh 0"
    );
    assert_eq!(
        (Lang::Zh.catalog().scoreboard.unscored_reason)(Unscored::OnlyNotices),
        "目前仅督办回复可考核，其权重为0"
    );
    // The other units still have nothing to measure.
    assert_eq!(row(&b, "ub").unscored, Some(Unscored::NothingToMeasure));
    p.evaluation.notices_weight = 1.0;
    assert_eq!(
        row(&board(&p, d(2023, 1, 1)), "ua").score_tenths,
        Some(1000)
    );
}

/// A task due at a period's end, reported done in that period's report
/// written within the grace days after it, was done on time: the report
/// tells how things stood at the period's end. One reported done in a
/// later period's report was not.
#[test]
fn done_in_the_report_of_the_period_that_ends_at_the_deadline_is_on_time() {
    let mut p = small_plan();
    // t3 (A, due 03-01) is replaced by one due 02-28, reported done on
    // 03-03, within the 5 grace days: the February report.
    p.tasks[2].deadline = Some(d(2023, 2, 28));
    p.updates
        .retain(|u| u.subject != Subject::Task(Id::new("t3")));
    report(
        &mut p,
        "t3",
        d(2023, 3, 3),
        100.0,
        ReportedStatus::Completed,
    );
    assert_eq!(
        p.report_period(p.updates.last().unwrap()),
        Period::Month(2023, 2)
    );
    let b = board(&p, today());
    let a = row(&b, "ua");
    assert_eq!((a.completed, a.on_time, a.overdue), (2, 2, 0));
    // Reported done on 03-08, past the grace days: the March report, late.
    p.updates.pop();
    report(
        &mut p,
        "t3",
        d(2023, 3, 8),
        100.0,
        ReportedStatus::Completed,
    );
    let b = board(&p, today());
    assert_eq!((row(&b, "ua").completed, row(&b, "ua").on_time), (2, 1));
}

#[test]
fn a_task_entered_after_the_period_due_owes_no_report_for_it() {
    let mut p = small_plan();
    // t1 (A), running the whole plan, owes February's report on 03-12; had
    // it been entered in the plan on 3 March, it would not.
    assert_eq!(row(&board(&p, today()), "ua").owing_report, 2);
    let t1 = p.tasks.iter_mut().find(|t| t.id == Id::new("t1")).unwrap();
    t1.added = Some(d(2023, 3, 3));
    let a = board(&p, today());
    assert_eq!((row(&a, "ua").owing_report, row(&a, "ua").late), (1, 1));
}

#[test]
fn a_task_whose_first_report_is_not_due_is_not_marked_for_progress() {
    // t1 (A) entered in the plan on 03-10, never reported: grey, its first
    // report (March's) due 04-05. It leaves A's progress mark: (100 + 50) /
    // 2 instead of (80 + 100 + 50) / 3, and owes no report.
    let mut p = small_plan();
    p.updates
        .retain(|u| u.subject != Subject::Task(Id::new("t1")));
    let t1 = p.tasks.iter_mut().find(|t| t.id == Id::new("t1")).unwrap();
    t1.added = Some(d(2023, 3, 10));
    let a = row(&board(&p, today()), "ua").clone();
    assert_eq!((a.owing_report, a.late), (1, 1));
    // Reporting: t2 0 of 1 (January), t3 1 of 2; t1 owes none.
    assert_eq!((a.periods_owed, a.periods_in_time), (3, 1));
    let c = a.components.unwrap();
    assert!(
        close_marks(c, [Some(50.0), Some(75.0), Some(100.0 / 3.0)]),
        "{c:?}"
    );
}

/// E's one task (whole plan) with one report on it, dated `date` and
/// answering `period`, withdrawn or not: is E's report for February (due
/// by 03-05 on 03-12) late?
fn e_late(date: Date, period: Period, withdrawn: bool) -> bool {
    let mut p = small_plan();
    let (start, end) = (p.start, p.end);
    p.tasks.push(task("t9", "ue", start, end));
    p.updates.push(Update {
        period: Some(period),
        withdrawn: withdrawn.then(|| Withdrawal {
            date,
            by: String::new(),
            reason: "typed twice".into(),
        }),
        ..Update::new(Id::new("r-e"), Subject::Task(Id::new("t9")), date, 10.0)
    });
    assert_eq!(validate(&p), vec![]);
    let e = row(&board(&p, today()), "ue").clone();
    assert_eq!(e.owing_report, 1);
    e.late == 1
}

#[test]
fn a_report_sent_after_its_periods_deadline_is_late() {
    use Period::Month;
    // February's report is due by 03-05 (28 February + 5 grace days).
    assert!(
        !e_late(d(2023, 3, 5), Month(2023, 2), false),
        "on the last day"
    );
    assert!(e_late(d(2023, 3, 6), Month(2023, 2), false), "a day after");
    assert!(
        e_late(d(2023, 3, 11), Month(2023, 2), false),
        "a week after"
    );
    // A report for a later period, sent by the deadline, answers it too;
    // sent after, it does not make February's report on time.
    assert!(!e_late(d(2023, 3, 3), Month(2023, 3), false));
    assert!(e_late(d(2023, 3, 10), Month(2023, 3), false));
    // January's report does not answer February's, however early.
    assert!(e_late(d(2023, 2, 1), Month(2023, 1), false));
    // A withdrawn report answers nothing.
    assert!(e_late(d(2023, 3, 4), Month(2023, 2), true));
}

/// A plan of 2026, monthly reporting with 15 grace days, scored on 12-05:
/// October is the period due (its report by 11-15), so every task running
/// since January owed ten monthly reports.
fn year_plan() -> Plan {
    let mut p = Plan::new(Id::new("y"), "Year", d(2026, 1, 1), d(2026, 12, 31));
    p.cadence = Cadence::Monthly;
    p.grace_days = 15;
    p.areas.push(KeyArea {
        id: Id::new("a"),
        title: "Area".into(),
        description: String::new(),
        goal: None,
    });
    for id in ["ux", "uy", "uz"] {
        p.units.push(Unit {
            id: Id::new(id),
            name: id.into(),
            kind: UnitKind::Department,
            parent: None,
        });
    }
    let (start, end) = (p.start, p.end);
    let mut z1 = task("z1", "uz", start, end);
    z1.added = Some(d(2026, 9, 20));
    p.tasks = vec![
        task("x1", "ux", start, end),
        task("y1", "uy", start, end),
        task("y2", "uy", start, d(2026, 6, 30)),
        z1,
    ];
    use ReportedStatus::*;
    // X: silent for nine months, then October's report on 11-10.
    report(&mut p, "x1", d(2026, 11, 10), 80.0, OnTrack);
    // Y: y1 reports each month on the 10th of the next, but July's came on
    // 08-20, after its deadline (08-15), so it answers August.
    for m in 2..=11 {
        let day = if m == 8 { 20 } else { 10 };
        report(&mut p, "y1", d(2026, m, day), f64::from(m) * 8.0, OnTrack);
    }
    // y2 reports on the 10th and is done in April's report (05-10), within
    // April's grace days: April's report is the completion itself.
    for m in 2..=5 {
        let status = if m == 5 { Completed } else { OnTrack };
        report(
            &mut p,
            "y2",
            d(2026, m, 10),
            f64::from(m - 1) * 25.0,
            status,
        );
    }
    // Z: z1 entered on 09-20 owes September and October, and sent both.
    report(&mut p, "z1", d(2026, 10, 10), 20.0, OnTrack);
    report(&mut p, "z1", d(2026, 11, 10), 40.0, OnTrack);
    assert_eq!(validate(&p), vec![], "the year plan is valid");
    p
}

/// Reporting discipline counts every period owed, not only the latest: a
/// unit silent for nine months that reports once in time is not at 100.
#[test]
fn reporting_discipline_is_the_years_record_period_by_period() {
    let p = year_plan();
    let b = board(&p, d(2026, 12, 5));
    assert_eq!(b.due_period, Period::Month(2026, 10));

    let x = row(&b, "ux");
    // October's report is in: nothing late for the period due…
    assert_eq!((x.owing_report, x.late), (1, 0));
    // …but of January to October only October's came in time.
    assert_eq!((x.periods_owed, x.periods_in_time), (10, 1));
    assert_eq!(x.components.unwrap().reporting, Some(10.0));

    let y = row(&b, "uy");
    // y1: ten months, July late (its report came on 08-20); y2: January to
    // March, the months whose reports were due before it was done on
    // 05-10, all in time. 12 of 13.
    assert_eq!((y.periods_owed, y.periods_in_time), (13, 12));
    assert!(close(
        y.components.unwrap().reporting.unwrap(),
        1200.0 / 13.0
    ));

    let z = row(&b, "uz");
    // Entered on 09-20: September and October.
    assert_eq!((z.periods_owed, z.periods_in_time), (2, 2));

    // A day before October's deadline passes, September is the period due:
    // X then owes nine and has none in time.
    let b = board(&p, d(2026, 11, 15));
    assert_eq!(b.due_period, Period::Month(2026, 9));
    let x = row(&b, "ux");
    assert_eq!((x.periods_owed, x.periods_in_time, x.late), (9, 0, 1));
    // A withdrawn report answers nothing.
    let mut p = year_plan();
    p.updates[0].withdrawn = Some(Withdrawal {
        date: d(2026, 11, 12),
        by: String::new(),
        reason: "wrong task".into(),
    });
    let x = row(&board(&p, d(2026, 12, 5)), "ux").clone();
    assert_eq!((x.periods_owed, x.periods_in_time, x.late), (10, 0, 1));
}

/// A unit that reports a task completed again in later rounds completed it
/// on the first: its completion date, and so its on-time mark, do not move.
#[test]
fn a_task_reported_completed_again_was_completed_on_the_first_report() {
    let mut p = small_plan();
    // t2 (A, due 02-28) was reported completed on 02-20; again on 03-10.
    report(
        &mut p,
        "t2",
        d(2023, 3, 10),
        100.0,
        ReportedStatus::Completed,
    );
    let index = TaskIndex::build(&p, today());
    let t2 = index
        .rows
        .iter()
        .find(|r| p.tasks[r.index].id == Id::new("t2"))
        .unwrap();
    let first = plan_tracker::status::Reason::Done {
        on: Some(d(2023, 2, 20)),
    };
    assert_eq!(t2.status.reason, first);
    let task = p.task(&Id::new("t2")).unwrap();
    assert_eq!(
        plan_tracker::status::task_status(&p, task, today()).reason,
        first
    );
    let a = row(&board(&p, today()), "ua").clone();
    assert_eq!((a.completed, a.on_time), (1, 1));
    // A report between them that is not a completion starts the run again.
    let mut p = small_plan();
    report(&mut p, "t2", d(2023, 3, 1), 90.0, ReportedStatus::AtRisk);
    report(
        &mut p,
        "t2",
        d(2023, 3, 10),
        100.0,
        ReportedStatus::Completed,
    );
    let a = row(&board(&p, today()), "ua").clone();
    assert_eq!((a.completed, a.on_time), (1, 0));
}

/// A task finished before its report (a plan set up after the work was
/// done): the report gives the day completed, and the completion dates
/// from it: on time against the deadline, and no report owed for a period
/// whose deadline came after it.
#[test]
fn a_report_giving_the_day_completed_dates_the_completion_from_it() {
    let mut p = small_plan();
    // B's t4 (due 02-10) was reported completed on 02-15: late, and it owed
    // January's report (due 02-05). Say the work was finished on 02-08.
    let t4 = Subject::Task(Id::new("t4"));
    let r = p.updates.iter_mut().find(|u| u.subject == t4).unwrap();
    r.completed_on = Some(d(2023, 2, 8));
    assert_eq!(validate(&p), vec![]);
    let status = plan_tracker::status::task_status(&p, &p.tasks[3], today());
    assert_eq!(
        status.reason,
        plan_tracker::status::Reason::Done {
            on: Some(d(2023, 2, 8))
        }
    );
    let b = board(&p, today());
    let ub = row(&b, "ub");
    assert_eq!((ub.completed, ub.on_time), (1, 1));
    // Still owed January's report: its deadline (02-05) came before 02-08.
    assert_eq!((ub.periods_owed, ub.periods_in_time), (1, 0));
    assert!(close_marks(
        ub.components.unwrap(),
        [Some(100.0), Some(100.0), Some(0.0)]
    ));

    // Finished on 01-31: January's report is no longer owed either.
    let r = p.updates.iter_mut().find(|u| u.subject == t4).unwrap();
    r.completed_on = Some(d(2023, 1, 31));
    let b = board(&p, today());
    let ub = row(&b, "ub");
    assert_eq!((ub.periods_owed, ub.periods_in_time), (0, 0));
    assert_eq!(
        ub.components.unwrap().reporting,
        None,
        "no period owed: reporting does not apply"
    );

    // A later report saying completed again, with no day of its own, keeps
    // the earlier day; one giving an earlier day moves it there.
    report(
        &mut p,
        "t4",
        d(2023, 3, 3),
        100.0,
        ReportedStatus::Completed,
    );
    let day = |p: &Plan| plan_tracker::status::task_status(p, &p.tasks[3], today()).reason;
    assert_eq!(
        day(&p),
        plan_tracker::status::Reason::Done {
            on: Some(d(2023, 1, 31))
        }
    );
    p.updates.last_mut().unwrap().completed_on = Some(d(2023, 1, 20));
    assert_eq!(
        day(&p),
        plan_tracker::status::Reason::Done {
            on: Some(d(2023, 1, 20))
        }
    );

    // A day completed after the report's own date is refused.
    p.updates.last_mut().unwrap().completed_on = Some(d(2023, 3, 4));
    let problems = validate(&p);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].path,
        format!("updates[{}].completed_on", p.updates.len() - 1)
    );
    assert_eq!(problems[0].kind, ProblemKind::AfterReport(d(2023, 3, 3)));
}
