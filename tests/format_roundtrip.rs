//! Plan file format v1: arbitrary valid plans survive export and import
//! unchanged, the import gate never panics, and each way a text can be wrong
//! gives the error it should.

use chrono::Datelike;
use plan_tracker::format::{
    export_compact, export_plan, import_plan, ImportError, FORMAT, MAX_FILE_BYTES, VERSION,
};
use plan_tracker::model::*;
use plan_tracker::period::Period;
use plan_tracker::validate::{validate, Kind, ProblemKind};
use proptest::prelude::*;
use proptest::sample::Index;

// ---------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------

/// Any text: arbitrary Unicode, and the awkward cases a plan office meets.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        2 => "[\\p{Han}a-zA-Z0-9 ，。、“”《》（）]{0,24}",
        1 => Just(String::new()),
        1 => Just("重点任务：推进“放管服”改革（2023—2025年）".to_string()),
        1 => Just("<script>alert('x')</script>".to_string()),
        1 => Just("\"quoted\" 'single' \\backslash\\ /slash/".to_string()),
        1 => Just("line\nbreak\ttab\r\u{0}\u{1f}\u{7f}".to_string()),
        1 => Just("\u{feff}BOM inside, emoji 🚄, RTL \u{202e}abc, combining e\u{301}".to_string()),
        1 => Just("   ".to_string()),
    ]
}

/// Text with at least one non-whitespace character (the validator requires it).
fn nonempty() -> impl Strategy<Value = String> {
    text().prop_map(|s| {
        if s.trim().is_empty() {
            format!("项{s}")
        } else {
            s
        }
    })
}

/// Any date chrono can hold (years −262143 to +262142), and mostly realistic ones.
fn date() -> impl Strategy<Value = Date> {
    let min = Date::MIN.num_days_from_ce();
    let max = Date::MAX.num_days_from_ce();
    let realistic_min = Date::from_ymd_opt(1949, 10, 1).unwrap().num_days_from_ce();
    let realistic_max = Date::from_ymd_opt(2100, 12, 31).unwrap().num_days_from_ce();
    prop_oneof![
        3 => realistic_min..=realistic_max,
        1 => min..=max,
        1 => prop_oneof![Just(min), Just(max)],
    ]
    .prop_map(|n| Date::from_num_days_from_ce_opt(n).expect("in chrono's range"))
}

fn ordered_dates() -> impl Strategy<Value = (Date, Date)> {
    (date(), date()).prop_map(|(a, b)| if a <= b { (a, b) } else { (b, a) })
}

fn optional_ordered_dates() -> impl Strategy<Value = (Option<Date>, Option<Date>)> {
    prop_oneof![
        Just((None, None)),
        date().prop_map(|d| (Some(d), None)),
        date().prop_map(|d| (None, Some(d))),
        ordered_dates().prop_map(|(a, b)| (Some(a), Some(b))),
    ]
}

/// Finite numbers of every sort: fractional, huge, tiny, subnormal, signed zero.
fn finite() -> impl Strategy<Value = f64> {
    use proptest::num::f64 as f;
    prop_oneof![
        3 => -1.0e6..1.0e6f64,
        2 => f::NORMAL | f::SUBNORMAL | f::ZERO | f::POSITIVE | f::NEGATIVE,
        1 => prop_oneof![
            Just(0.1),
            Just(1.0 / 3.0),
            Just(-0.0),
            Just(f64::MAX),
            Just(f64::MIN_POSITIVE),
            Just(12_345.678_9),
        ],
    ]
}

/// A finite number that is zero or more.
fn amount() -> impl Strategy<Value = f64> {
    finite().prop_map(|x| x.abs())
}

fn percent() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0..=100.0f64,
        (0u8..=100).prop_map(f64::from),
        Just(0.0),
        Just(100.0),
    ]
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![
        Just(Level::Province),
        Just(Level::City),
        Just(Level::District),
        Just(Level::County),
        Just(Level::Other),
    ]
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        Just(Cadence::Weekly),
        Just(Cadence::Monthly),
        Just(Cadence::Quarterly),
        Just(Cadence::HalfYearly),
        Just(Cadence::Yearly),
    ]
}

fn unit_kind() -> impl Strategy<Value = UnitKind> {
    prop_oneof![
        Just(UnitKind::City),
        Just(UnitKind::Department),
        Just(UnitKind::District),
        Just(UnitKind::Town),
        Just(UnitKind::Other),
    ]
}

fn tier() -> impl Strategy<Value = Tier> {
    prop_oneof![
        Just(Tier::Regular),
        Just(Tier::Key),
        Just(Tier::KeyBreakthrough)
    ]
}

fn phase() -> impl Strategy<Value = Phase> {
    prop_oneof![
        Just(Phase::Planned),
        Just(Phase::Preparing),
        Just(Phase::UnderConstruction),
        Just(Phase::Completed),
        Just(Phase::InOperation),
    ]
}

fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![
        Just(Direction::HigherIsBetter),
        Just(Direction::LowerIsBetter)
    ]
}

fn nature() -> impl Strategy<Value = Nature> {
    prop_oneof![Just(Nature::Binding), Just(Nature::Anticipatory)]
}

fn status() -> impl Strategy<Value = ReportedStatus> {
    prop_oneof![
        Just(ReportedStatus::NotStarted),
        Just(ReportedStatus::OnTrack),
        Just(ReportedStatus::AtRisk),
        Just(ReportedStatus::Behind),
        Just(ReportedStatus::Completed),
    ]
}

fn aim() -> impl Strategy<Value = Aim> {
    prop_oneof![
        finite().prop_map(|value| Aim::Value { value }),
        finite().prop_map(|value| Aim::AtLeast { value }),
        finite().prop_map(|value| Aim::AtMost { value }),
        nonempty().prop_map(|text| Aim::Words { text }),
    ]
}

/// The text of a reporting period in one of the four accepted shapes.
fn period_text() -> impl Strategy<Value = String> {
    (0u32..=9999, 0u8..4, 1u8..=12).prop_map(|(y, shape, n)| match shape {
        0 => format!("{y:04}"),
        1 => format!("{y:04}-Q{}", (n - 1) % 4 + 1),
        2 => format!("{y:04}-H{}", (n - 1) % 2 + 1),
        _ => format!("{y:04}-{n:02}"),
    })
}

/// A reporting period, read from its text.
fn period() -> impl Strategy<Value = Period> {
    period_text().prop_map(|s| Period::exact(&s).expect("a period's own spelling"))
}

/// Actual values with distinct periods.
fn actuals() -> impl Strategy<Value = Vec<Actual>> {
    prop::collection::vec((period(), finite(), text()), 0..5).prop_map(|raw| {
        let mut seen = rustc_hash::FxHashSet::default();
        raw.into_iter()
            .filter(|(p, _, _)| seen.insert(*p))
            .map(|(period, value, note)| Actual {
                period,
                value,
                note,
            })
            .collect()
    })
}

/// An id that is unique by construction (prefix and position) and otherwise arbitrary.
fn make_id(prefix: &str, i: usize, tail: &str) -> Id {
    Id::new(format!("{prefix}{i}-{tail}"))
}

fn pick<'a, T>(list: &'a [T], ix: &Index) -> &'a T {
    &list[ix.index(list.len())]
}

fn pick_opt<T: Clone>(list: &[T], ix: &Option<Index>) -> Option<T> {
    match ix {
        Some(ix) if !list.is_empty() => Some(pick(list, ix).clone()),
        _ => None,
    }
}

type HeaderRaw = (
    (String, String, String, Level, String),
    (Date, Date),
    Cadence,
    (f64, f64, u32),
    (f64, f64, f64),
);

fn header_raw() -> impl Strategy<Value = HeaderRaw> {
    (
        (nonempty(), nonempty(), text(), level(), text()),
        ordered_dates(),
        cadence(),
        (amount(), amount(), any::<u32>()),
        // Scoreboard weights: at least one above zero, as the rules ask.
        (1.0..1e6f64, amount(), amount()),
    )
        // Boxed: the plan strategy's value tree is large enough that one
        // more unboxed tuple overflows a test thread's stack in debug builds.
        .boxed()
}

type GoalRaw = (String, String, String);
type AreaRaw = (String, String, String, Option<Index>);
type UnitRaw = (String, String, UnitKind, Option<Index>);

type IndicatorRaw = (
    (String, String, String, String, Direction, Nature),
    Option<(i32, f64)>,
    Option<(i32, Aim)>,
    Vec<Actual>,
    f64,
    Option<Index>,
);

fn indicator_raw() -> impl Strategy<Value = IndicatorRaw> {
    (
        (text(), nonempty(), text(), text(), direction(), nature()),
        prop::option::of((any::<i32>(), finite())),
        prop::option::of((any::<i32>(), aim())),
        actuals(),
        amount(),
        prop::option::of(any::<Index>()),
    )
}

type TaskRaw = (
    (String, Option<String>, String, String, Tier, String),
    (Index, Index, Vec<Index>),
    (Option<Date>, Option<Date>),
    Vec<(String, Date, Option<Date>)>,
    (String, Option<Index>),
    (f64, Option<Date>),
    Vec<String>,
);

fn task_raw() -> impl Strategy<Value = TaskRaw> {
    (
        (
            text(),
            prop::option::of(text()),
            nonempty(),
            text(),
            tier(),
            text(),
        ),
        (
            any::<Index>(),
            any::<Index>(),
            prop::collection::vec(any::<Index>(), 0..3),
        ),
        optional_ordered_dates(),
        prop::collection::vec((nonempty(), date(), prop::option::of(date())), 0..3),
        (text(), prop::option::of(any::<Index>())),
        (amount(), prop::option::of(date())),
        prop::collection::vec(text(), 0..3),
    )
}

type ProjectRaw = (
    (String, String, Option<Index>, Index),
    (f64, f64, f64, Phase),
    (Option<Date>, Option<Date>),
    (Option<Date>, Option<Date>),
    String,
);

fn project_raw() -> impl Strategy<Value = ProjectRaw> {
    (
        (
            text(),
            nonempty(),
            prop::option::of(any::<Index>()),
            any::<Index>(),
        ),
        (amount(), amount(), amount(), phase()),
        optional_ordered_dates(),
        optional_ordered_dates(),
        text(),
    )
}

type UpdateRaw = (
    (String, bool, Index, Date, f64, ReportedStatus),
    (String, String, String, String, String),
    Option<(Date, String, String)>,
);

fn update_raw() -> impl Strategy<Value = UpdateRaw> {
    (
        (
            text(),
            any::<bool>(),
            any::<Index>(),
            date(),
            percent(),
            status(),
        ),
        (text(), text(), text(), text(), text()),
        prop::option::of((date(), text(), text())),
    )
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::Create),
        Just(Action::EditPlan),
        Just(Action::Add),
        Just(Action::Edit),
        Just(Action::Delete),
        Just(Action::Move),
        Just(Action::Report),
        Just(Action::Withdraw),
        Just(Action::Reinstate),
        Just(Action::Batch),
        Just(Action::Undo),
        Just(Action::Redo),
    ]
}

fn milestone_note() -> impl Strategy<Value = MilestoneNote> {
    let change = prop_oneof![
        Just(MilestoneChange::Added),
        Just(MilestoneChange::Removed),
        Just(MilestoneChange::Done),
        Just(MilestoneChange::Reopened),
        Just(MilestoneChange::Edited),
        Just(MilestoneChange::Moved),
    ];
    (text(), change).prop_map(|(name, change)| MilestoneNote { name, change })
}

/// The files a change came in: any names, merged or read as CSV.
fn files() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..3)
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Goal),
        Just(Kind::Area),
        Just(Kind::Unit),
        Just(Kind::Task),
        Just(Kind::Project),
        Just(Kind::Indicator),
        Just(Kind::Update),
    ]
}

/// A history timestamp: what the app writes, or any text (the reader takes any string).
fn timestamp() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => "20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\\.[0-9]{3}Z",
        1 => text(),
    ]
}

/// How many changes an entry stands for: at least 1, and within a 32-bit `usize` (wasm).
fn count() -> impl Strategy<Value = usize> {
    prop_oneof![
        3 => Just(1u32),
        2 => 2u32..=20,
        1 => 1u32..=u32::MAX,
    ]
    .prop_map(|n| n as usize)
}

/// A history entry. The gate does not check history against the plan, so a
/// target is any id, whether or not it names an entity.
fn change() -> impl Strategy<Value = Change> {
    (
        (timestamp(), text(), text(), action()),
        (prop::option::of(kind()), prop::option::of(text())),
        (
            text(),
            count(),
            prop::option::of(milestone_note()),
            (files(), files()),
        ),
    )
        .prop_map(
            |(
                (at, by, unit, action),
                (kind, target),
                (label, count, milestone, (merged_from, read_from)),
            )| Change {
                at,
                by,
                unit,
                action,
                kind,
                target: target.map(Id::new),
                label,
                count,
                milestone,
                merged_from,
                read_from,
            },
        )
}

/// Shuffle deterministically from a seed (a small LCG is plenty here).
fn shuffle<T>(list: &mut [T], mut seed: u64) {
    for i in (1..list.len()).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = ((seed >> 33) as usize) % (i + 1);
        list.swap(i, j);
    }
}

/// An arbitrary plan that keeps every rule of `validate`.
fn valid_plan() -> impl Strategy<Value = Plan> {
    (
        header_raw(),
        prop::collection::vec((text(), nonempty(), text()), 0..4),
        prop::collection::vec(
            (text(), nonempty(), text(), prop::option::of(any::<Index>())),
            0..5,
        ),
        (
            prop::collection::vec(
                (
                    text(),
                    nonempty(),
                    unit_kind(),
                    prop::option::of(any::<Index>()),
                ),
                0..6,
            ),
            any::<u64>(),
        ),
        prop::collection::vec(indicator_raw(), 0..4),
        prop::collection::vec(task_raw(), 0..7),
        prop::collection::vec(project_raw(), 0..4),
        prop::collection::vec(update_raw(), 0..8),
        prop::collection::vec(change(), 0..6),
    )
        .prop_map(build_plan)
}

#[allow(clippy::type_complexity)]
fn build_plan(
    (header, goals, areas, (units, unit_seed), indicators, tasks, projects, updates, history): (
        HeaderRaw,
        Vec<GoalRaw>,
        Vec<AreaRaw>,
        (Vec<UnitRaw>, u64),
        Vec<IndicatorRaw>,
        Vec<TaskRaw>,
        Vec<ProjectRaw>,
        Vec<UpdateRaw>,
        Vec<Change>,
    ),
) -> Plan {
    let ((id, title, description, level, issuer), (start, end), cadence, (a, b, w), (e1, e2, e3)) =
        header;
    let mut plan = Plan::new(Id::new(id), title, start, end);
    plan.description = description;
    plan.level = level;
    plan.issuer = issuer;
    plan.cadence = cadence;
    plan.thresholds = Thresholds {
        // The red threshold is never below the yellow one (a rule of the plan).
        at_risk_lag: a.min(b),
        lagging_lag: a.max(b),
        warning_days: w,
    };
    plan.evaluation = Evaluation {
        on_time_weight: e1,
        progress_weight: e2,
        reporting_weight: e3,
        notices_weight: 0.0,
    };

    plan.goals = goals
        .into_iter()
        .enumerate()
        .map(|(i, (tail, title, description))| Goal {
            id: make_id("g", i, &tail),
            title,
            description,
        })
        .collect();
    let goal_ids: Vec<Id> = plan.goals.iter().map(|g| g.id.clone()).collect();

    plan.areas = areas
        .into_iter()
        .enumerate()
        .map(|(i, (tail, title, description, goal))| KeyArea {
            id: make_id("a", i, &tail),
            title,
            description,
            goal: pick_opt(&goal_ids, &goal),
        })
        .collect();
    let area_ids: Vec<Id> = plan.areas.iter().map(|a| a.id.clone()).collect();

    // A unit's parent is always made before it, so the tree is acyclic; the
    // list is then shuffled so parents may come after their children.
    let mut unit_list: Vec<Unit> = Vec::new();
    for (i, (tail, name, kind, parent)) in units.into_iter().enumerate() {
        let earlier: Vec<Id> = unit_list.iter().map(|u| u.id.clone()).collect();
        unit_list.push(Unit {
            id: make_id("u", i, &tail),
            name,
            kind,
            parent: pick_opt(&earlier, &parent),
        });
    }
    shuffle(&mut unit_list, unit_seed);
    plan.units = unit_list;
    let unit_ids: Vec<Id> = plan.units.iter().map(|u| u.id.clone()).collect();

    plan.indicators = indicators
        .into_iter()
        .enumerate()
        .map(
            |(
                i,
                (
                    (tail, name, measure, category, direction, nature),
                    baseline,
                    target,
                    actuals,
                    weight,
                    area,
                ),
            )| Indicator {
                id: make_id("i", i, &tail),
                name,
                measure,
                category,
                direction,
                nature,
                tally: if i % 3 == 1 {
                    Tally::RunningTotal
                } else {
                    Tally::Level
                },
                baseline: baseline.map(|(year, value)| Baseline { year, value }),
                target: target.map(|(year, aim)| Target { year, aim }),
                actuals,
                weight,
                area: pick_opt(&area_ids, &area),
            },
        )
        .collect();
    let indicator_ids: Vec<Id> = plan.indicators.iter().map(|i| i.id.clone()).collect();

    if !area_ids.is_empty() && !unit_ids.is_empty() {
        plan.tasks = tasks
            .into_iter()
            .enumerate()
            .map(
                |(
                    i,
                    (
                        (tail, code, title, description, tier, leader),
                        (area, lead, co),
                        (start, deadline),
                        milestones,
                        (req_text, req_ind),
                        (weight, added),
                        tags,
                    ),
                )| {
                    // Built from the constructor, every field then set: a
                    // field added later starts at its default here.
                    let mut t = Task::new(
                        make_id("t", i, &tail),
                        // Empty, or made unique by the task's position at its end.
                        code.map_or(String::new(), |c| format!("{c}#{i}")),
                        title,
                        pick(&area_ids, &area),
                        pick(&unit_ids, &lead),
                    );
                    t.description = description;
                    t.tier = tier;
                    t.co_units = co.iter().map(|ix| pick(&unit_ids, ix).clone()).collect();
                    t.leader = leader;
                    t.start = start;
                    t.deadline = deadline;
                    t.milestones = milestones
                        .into_iter()
                        .map(|(name, due, done)| Milestone { name, due, done })
                        .collect();
                    t.requirement = Requirement {
                        text: req_text,
                        indicator: pick_opt(&indicator_ids, &req_ind),
                    };
                    t.weight = weight;
                    t.added = added;
                    t.tags = tags;
                    t
                },
            )
            .collect();
    }

    if !unit_ids.is_empty() {
        plan.projects = projects
            .into_iter()
            .enumerate()
            .map(
                |(
                    i,
                    (
                        (tail, name, area, lead),
                        (total_investment, year_target, completed_investment, phase),
                        (planned_start, planned_end),
                        (actual_start, actual_end),
                        batch,
                    ),
                )| Project {
                    id: make_id("p", i, &tail),
                    name,
                    area: pick_opt(&area_ids, &area),
                    lead: pick(&unit_ids, &lead).clone(),
                    total_investment,
                    year_target,
                    completed_investment,
                    phase,
                    planned_start,
                    planned_end,
                    actual_start,
                    actual_end,
                    batch,
                },
            )
            .collect();
    }

    let task_ids: Vec<Id> = plan.tasks.iter().map(|t| t.id.clone()).collect();
    let project_ids: Vec<Id> = plan.projects.iter().map(|p| p.id.clone()).collect();
    if !task_ids.is_empty() || !project_ids.is_empty() {
        plan.updates = updates
            .into_iter()
            .enumerate()
            .map(
                |(
                    i,
                    (
                        (tail, on_task, subject, date, progress, status),
                        (narrative, problems, next_steps, reporter, evidence),
                        withdrawn,
                    ),
                )| {
                    let on_task = if project_ids.is_empty() {
                        true
                    } else {
                        on_task && !task_ids.is_empty()
                    };
                    let subject = if on_task {
                        Subject::Task(pick(&task_ids, &subject).clone())
                    } else {
                        Subject::Project(pick(&project_ids, &subject).clone())
                    };
                    // Every kind of period, and none (files written before
                    // reports carried one); a period is written with a
                    // four-digit year.
                    let period = Some(plan_tracker::period::Period::containing(
                        plan_tracker::period::PeriodKind::ALL[i % 4],
                        date,
                    ))
                    .filter(|p| i % 5 != 0 && p.is_writable());
                    Update {
                        id: make_id("r", i, &tail),
                        subject,
                        date,
                        period,
                        progress,
                        status,
                        // Some completions dated before the report, never
                        // after it (the rule the gate keeps).
                        completed_on: (status == ReportedStatus::Completed && i % 3 == 0).then(
                            || {
                                date.checked_sub_signed(chrono::Duration::days(i as i64 % 40))
                                    .unwrap_or(date)
                            },
                        ),
                        narrative,
                        problems,
                        next_steps,
                        reporter,
                        evidence,
                        withdrawn: withdrawn.map(|(date, by, reason)| Withdrawal {
                            date,
                            by,
                            reason,
                        }),
                    }
                },
            )
            .collect();
    }
    plan.history = history;
    plan
}

/// A valid export and a way to damage it.
#[derive(Clone, Debug)]
enum Damage {
    Truncate(Index),
    Replace(Index, u8),
}

fn damage() -> impl Strategy<Value = Damage> {
    let byte = prop_oneof![
        prop::sample::select(b"{}[]:,\"\\ 0123456789.-+eEnulltrfa\n\t".to_vec()),
        any::<u8>(),
    ];
    prop_oneof![
        any::<Index>().prop_map(Damage::Truncate),
        (any::<Index>(), byte).prop_map(|(i, b)| Damage::Replace(i, b)),
    ]
}

fn apply_damage(text: &str, d: &Damage) -> String {
    match d {
        Damage::Truncate(ix) => {
            let mut cut = ix.index(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text[..cut].to_string()
        }
        Damage::Replace(ix, b) => {
            let mut bytes = text.as_bytes().to_vec();
            let at = ix.index(bytes.len());
            bytes[at] = *b;
            String::from_utf8(bytes)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
    }
}

/// The gate's one promise besides not panicking: what it lets in is valid.
fn assert_gate_sound(text: &str) {
    if let Ok(plan) = import_plan(text) {
        assert!(
            validate(&plan).is_empty(),
            "the gate let in an invalid plan"
        );
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn generated_plans_are_valid(plan in valid_plan()) {
        let problems = validate(&plan);
        prop_assert!(problems.is_empty(), "generator made an invalid plan: {problems:?}");
    }

    #[test]
    fn pretty_export_round_trips(plan in valid_plan()) {
        let text = export_plan(&plan);
        prop_assert_eq!(import_plan(&text), Ok(plan));
    }

    #[test]
    fn gzip_export_round_trips(plan in valid_plan()) {
        let gz = plan_tracker::format::gzip::gzip(export_plan(&plan).as_bytes());
        let read = plan_tracker::format::read_incoming(&gz).map(|(i, _)| i);
        prop_assert_eq!(read, Ok(plan_tracker::format::Incoming::Plan(plan)));
    }

    #[test]
    fn compact_export_round_trips(plan in valid_plan()) {
        let text = export_compact(&plan);
        // Newlines inside strings are escaped, so the compact form is one line.
        prop_assert!(!text.contains('\n'));
        prop_assert_eq!(import_plan(&text), Ok(plan));
    }

    #[test]
    fn export_with_bom_round_trips(plan in valid_plan()) {
        let text = format!("\u{feff}{}", export_compact(&plan));
        prop_assert_eq!(import_plan(&text), Ok(plan));
    }

    #[test]
    fn gate_survives_arbitrary_text(text in any::<String>()) {
        assert_gate_sound(&text);
    }

    #[test]
    fn gate_survives_json_like_text(text in "[{}\\[\\]:,\"a-z0-9.\\- \n]{0,200}") {
        assert_gate_sound(&text);
        assert_gate_sound(&format!("{{\"format\":\"{FORMAT}\",\"version\":{VERSION},\"plan\":{text}"));
    }

    #[test]
    fn gate_survives_damaged_exports(
        plan in valid_plan(),
        damages in prop::collection::vec(damage(), 1..4),
        compact in any::<bool>(),
    ) {
        let original = if compact { export_compact(&plan) } else { export_plan(&plan) };
        let mut text = original.clone();
        for d in &damages {
            if text.is_empty() {
                break;
            }
            text = apply_damage(&text, d);
        }
        assert_gate_sound(&text);
        // A proper prefix of a JSON object is never a whole document.
        if damages.iter().all(|d| matches!(d, Damage::Truncate(_))) && text.len() < original.len() {
            prop_assert!(import_plan(&text).is_err());
        }
    }
}

// ---------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// A small plan with one of everything.
fn small_plan() -> Plan {
    let mut p = Plan::new(
        Id::new("plan-1"),
        "十四五规划",
        d(2021, 1, 1),
        d(2025, 12, 31),
    );
    p.goals.push(Goal {
        id: Id::new("g1"),
        title: "高质量发展".into(),
        description: String::new(),
    });
    p.areas.push(KeyArea {
        id: Id::new("a1"),
        title: "营商环境".into(),
        description: String::new(),
        goal: Some(Id::new("g1")),
    });
    p.units.push(Unit {
        id: Id::new("u1"),
        name: "发改委".into(),
        kind: UnitKind::Department,
        parent: None,
    });
    p.tasks.push(Task {
        tier: Tier::Key,
        start: Some(d(2023, 1, 1)),
        deadline: Some(d(2023, 6, 30)),
        ..Task::new("t1", "1.1", "优化审批", "a1", "u1")
    });
    p.updates.push(Update::new(
        Id::new("r1"),
        Subject::Task(Id::new("t1")),
        d(2023, 3, 31),
        40.0,
    ));
    p
}

fn json(plan: &Plan) -> serde_json::Value {
    serde_json::from_str(&export_plan(plan)).unwrap()
}

fn import_value(v: &serde_json::Value) -> Result<Plan, ImportError> {
    import_plan(&serde_json::to_string_pretty(v).unwrap())
}

#[test]
fn utf8_bom_is_accepted() {
    let plan = small_plan();
    let text = format!("\u{feff}{}", export_plan(&plan));
    assert_eq!(import_plan(&text), Ok(plan));
}

#[test]
fn only_one_bom_is_skipped() {
    let text = format!("\u{feff}\u{feff}{}", export_plan(&small_plan()));
    assert!(matches!(
        import_plan(&text),
        Err(ImportError::Syntax { .. })
    ));
}

#[test]
fn empty_and_blank_texts_are_empty() {
    for text in ["", "   \n\t", "\u{feff}", "\u{feff}  \r\n"] {
        assert_eq!(import_plan(text), Err(ImportError::Empty), "{text:?}");
    }
}

#[test]
fn newer_version_is_refused() {
    let text = r#"{"format":"plan-tracker/plan","version":3,"plan":{"whatever":true}}"#;
    assert_eq!(
        import_plan(text),
        Err(ImportError::NewerVersion { found: 3 })
    );
    let mut v = json(&small_plan());
    v["version"] = 3.into();
    assert_eq!(
        import_value(&v),
        Err(ImportError::NewerVersion { found: 3 })
    );
}

#[test]
fn bad_versions_are_refused() {
    let mut v = json(&small_plan());
    for bad in [
        serde_json::json!(0),
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!("1"),
        serde_json::Value::Null,
    ] {
        v["version"] = bad.clone();
        assert_eq!(import_value(&v), Err(ImportError::BadVersion), "{bad}");
    }
    v.as_object_mut().unwrap().remove("version");
    assert_eq!(import_value(&v), Err(ImportError::BadVersion));
}

#[test]
fn missing_or_other_format_is_not_a_plan_file() {
    let mut v = json(&small_plan());
    v.as_object_mut().unwrap().remove("format");
    assert_eq!(import_value(&v), Err(ImportError::NotAPlanFile));
    v["format"] = "plan-tracker/other".into();
    assert_eq!(import_value(&v), Err(ImportError::NotAPlanFile));
    v["format"] = 1.into();
    assert_eq!(import_value(&v), Err(ImportError::NotAPlanFile));
    for text in ["[]", "null", "42", "\"plan\"", "{}", r#"{"version":1}"#] {
        assert_eq!(import_plan(text), Err(ImportError::NotAPlanFile), "{text}");
    }
}

#[test]
fn truncated_json_is_a_syntax_error_with_position() {
    // The document breaks off after `    "title": ` on line 3: serde_json points
    // at the last character it read, 1-based, i.e. column 13 of that line.
    let text =
        "{\"format\": \"plan-tracker/plan\", \"version\": 1,\n  \"plan\": {\n    \"title\": ";
    match import_plan(text) {
        Err(ImportError::Syntax { line, column, .. }) => {
            assert_eq!((line, column), (3, 13));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    // A stray character: reported where it stands.
    let text = "{\n  \"format\": \"plan-tracker/plan\",\n  \"version\": 1 x\n}";
    match import_plan(text) {
        Err(ImportError::Syntax { line, column, .. }) => assert_eq!((line, column), (3, 16)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn truncated_export_is_a_syntax_error_at_its_end() {
    let full = export_plan(&small_plan());
    let cut = &full[..full.len() - 10];
    let last_line = cut.lines().count();
    let last_col = cut.lines().last().unwrap().chars().count();
    match import_plan(cut) {
        Err(ImportError::Syntax { line, column, .. }) => {
            assert_eq!(line, last_line);
            assert!(column <= last_col + 1, "column {column} past {last_col}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn lead_naming_a_missing_unit_is_invalid() {
    let mut v = json(&small_plan());
    v["plan"]["tasks"][0]["lead"] = "no-such-unit".into();
    match import_value(&v) {
        Err(ImportError::Invalid(problems, _)) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].path, "plan.tasks[0].lead");
            assert_eq!(
                problems[0].kind,
                ProblemKind::Missing(Kind::Unit, Id::new("no-such-unit"))
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_report_s_period_is_written_as_text_and_left_out_when_absent() {
    let mut p = small_plan();
    assert!(json(&p)["plan"]["updates"][0].get("period").is_none());
    for (period, text) in [
        (Period::Quarter(2024, 1), "2024-Q1"),
        (Period::Month(2024, 3), "2024-03"),
        (Period::Half(2024, 1), "2024-H1"),
        (Period::Year(2024), "2024"),
    ] {
        p.updates[0].period = Some(period);
        let v = json(&p);
        assert_eq!(v["plan"]["updates"][0]["period"], text);
        assert_eq!(import_value(&v).unwrap(), p);
    }
    // null reads as absent; a period that does not exist is refused at its path.
    let mut v = json(&p);
    v["plan"]["updates"][0]["period"] = serde_json::Value::Null;
    assert_eq!(import_value(&v).unwrap().updates[0].period, None);
    for bad in ["2024-Q5", "2024-13", "Q1", ""] {
        v["plan"]["updates"][0]["period"] = bad.into();
        match import_value(&v) {
            Err(ImportError::Shape { path, detail, .. }) => {
                assert_eq!(path, "plan.updates[0].period", "{bad}");
                assert!(detail.contains("is not a period"), "{detail}");
            }
            other => panic!("expected Shape for {bad:?}, got {other:?}"),
        }
    }
}

#[test]
fn an_indicator_value_s_period_is_written_as_text_and_read_exactly() {
    let mut p = small_plan();
    let mut ind = Indicator::new("i-1", "Share", "%");
    ind.actuals.push(Actual {
        period: Period::Half(2024, 1),
        value: 1.0,
        note: String::new(),
    });
    p.indicators.push(ind);
    let mut v = json(&p);
    assert_eq!(
        v["plan"]["indicators"][0]["actuals"][0]["period"],
        "2024-H1"
    );
    assert_eq!(import_value(&v).unwrap(), p);
    // Files spell a period one way: a lower-case letter, a space or a
    // period that does not exist is refused at its path, saying why.
    for bad in ["2024-h1", " 2024-H1", "Q1 2024", "2024-Q5", "24", ""] {
        v["plan"]["indicators"][0]["actuals"][0]["period"] = bad.into();
        match import_value(&v) {
            Err(ImportError::Shape { path, detail, .. }) => {
                assert_eq!(path, "plan.indicators[0].actuals[0].period", "{bad:?}");
                assert!(detail.contains("is not a period"), "{detail}");
            }
            other => panic!("expected Shape for {bad:?}, got {other:?}"),
        }
    }
}

proptest! {
    /// A period prints as files spell it and reads back as itself; typed
    /// in lower case or with spaces around it, it reads the same, but only
    /// its own spelling is read from a file.
    #[test]
    fn a_period_prints_and_reads_back_as_itself(text in period_text()) {
        let p = Period::exact(&text).expect("its own spelling");
        prop_assert_eq!(p.to_string(), text.clone());
        prop_assert_eq!(text.parse::<Period>(), Ok(p));
        let typed = format!("  {}  ", text.to_lowercase());
        prop_assert_eq!(Period::parse(&typed), Some(p));
        prop_assert_eq!(Period::exact(&typed), None);
    }
}

#[test]
fn impossible_date_is_a_shape_error_at_its_path() {
    let mut v = json(&small_plan());
    v["plan"]["tasks"][0]["deadline"] = "2023-02-30".into();
    match import_value(&v) {
        Err(ImportError::Shape { path, .. }) => assert_eq!(path, "plan.tasks[0].deadline"),
        other => panic!("expected Shape, got {other:?}"),
    }
}

#[test]
fn wrong_types_are_shape_errors_at_their_paths() {
    let cases: [(&str, serde_json::Value, &str); 5] = [
        ("level", "state".into(), "plan.level"),
        ("start", 20230101.into(), "plan.start"),
        ("goals", "none".into(), "plan.goals"),
        ("title", serde_json::Value::Null, "plan.title"),
        (
            "thresholds",
            serde_json::json!({"at_risk_lag": 5}),
            "plan.thresholds",
        ),
    ];
    for (field, value, want) in cases {
        let mut v = json(&small_plan());
        v["plan"][field] = value;
        match import_value(&v) {
            Err(ImportError::Shape { path, .. }) => assert_eq!(path, want, "{field}"),
            other => panic!("{field}: expected Shape, got {other:?}"),
        }
    }
    let mut v = json(&small_plan());
    v["plan"]["updates"][0]["progress"] = "40".into();
    assert!(matches!(
        import_value(&v),
        Err(ImportError::Shape { path, .. }) if path == "plan.updates[0].progress"
    ));
    let mut v = json(&small_plan());
    v["plan"].as_object_mut().unwrap().remove("level");
    assert!(matches!(import_value(&v), Err(ImportError::Shape { .. })));
}

#[test]
fn duplicate_task_ids_are_invalid() {
    let mut plan = small_plan();
    let mut t2 = plan.tasks[0].clone();
    t2.code = "1.2".into();
    plan.tasks.push(t2);
    match import_plan(&export_plan(&plan)) {
        Err(ImportError::Invalid(problems, _)) => {
            assert!(
                problems.iter().any(|p| p.path == "plan.tasks[1].id"
                    && p.kind == ProblemKind::DuplicateId(Id::new("t1"))),
                "{problems:?}"
            );
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn duplicate_task_codes_are_invalid() {
    let mut plan = small_plan();
    let mut t2 = plan.tasks[0].clone();
    t2.id = Id::new("t2");
    t2.code = " 1.1 ".into();
    plan.tasks.push(t2);
    match import_plan(&export_plan(&plan)) {
        Err(ImportError::Invalid(problems, _)) => assert_eq!(
            problems
                .iter()
                .map(|p| (p.path.as_str(), &p.kind))
                .collect::<Vec<_>>(),
            vec![(
                "plan.tasks[1].code",
                &ProblemKind::DuplicateCode(" 1.1 ".into())
            )]
        ),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn out_of_range_number_is_an_error_not_a_panic() {
    // JSON has no NaN. serde_json refuses a literal that overflows f64
    // ("number out of range"); the text is still JSON, so the gate reports
    // it as a shape error at the number's path.
    let mut v = json(&small_plan());
    v["plan"]["tasks"][0]["weight"] = 7.0.into();
    let text = serde_json::to_string_pretty(&v)
        .unwrap()
        .replace("\"weight\": 7.0", "\"weight\": 1e400");
    assert!(text.contains("1e400"));
    match import_plan(&text) {
        Err(ImportError::Shape { path, detail, .. }) => {
            assert_eq!(path, "plan.tasks[0].weight");
            assert!(detail.contains("number out of range"), "{detail}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    let text = text.replace("1e400", "-1e400");
    assert!(matches!(import_plan(&text), Err(ImportError::Shape { .. })));
    // Inside an internally tagged aim (buffered by serde before it is read).
    let mut p = small_plan();
    let mut ind = plan_tracker::model::Indicator {
        id: Id::new("i1"),
        name: "指标".into(),
        measure: String::new(),
        category: String::new(),
        direction: Direction::default(),
        nature: Nature::default(),
        tally: Tally::default(),
        baseline: None,
        target: Some(Target {
            year: 2025,
            aim: Aim::AtMost { value: 7.0 },
        }),
        actuals: vec![],
        weight: 1.0,
        area: None,
    };
    p.indicators.push(ind.clone());
    let text = export_compact(&p).replace("\"value\":7.0", "\"value\":1e400");
    assert!(text.contains("1e400"));
    assert!(matches!(import_plan(&text), Err(ImportError::Shape { .. })));
    // A literal too small for f64 underflows to zero, which is a fine value.
    ind.target = Some(Target {
        year: 2025,
        aim: Aim::AtMost { value: 0.0 },
    });
    let text = text.replace("1e400", "1e-400");
    p.indicators[0] = ind;
    assert_eq!(import_plan(&text), Ok(p));
}

#[test]
fn wrong_json_type_for_an_enum_is_a_shape_error_not_a_syntax_error() {
    // serde_json files these under "syntax" ("expected value"), but the text
    // is valid JSON: the gate must say where the bad value is.
    for bad in [
        serde_json::Value::Null,
        5.into(),
        serde_json::json!(["city"]),
    ] {
        let mut v = json(&small_plan());
        v["plan"]["level"] = bad.clone();
        match import_value(&v) {
            Err(ImportError::Shape { path, .. }) => assert_eq!(path, "plan.level", "{bad}"),
            other => panic!("{bad}: expected Shape, got {other:?}"),
        }
        let mut v = json(&small_plan());
        v["plan"]["updates"][0]["status"] = bad.clone();
        match import_value(&v) {
            Err(ImportError::Shape { path, .. }) => {
                assert_eq!(path, "plan.updates[0].status", "{bad}")
            }
            other => panic!("{bad}: expected Shape, got {other:?}"),
        }
    }
}

#[test]
fn progress_over_100_is_out_of_range() {
    let mut v = json(&small_plan());
    v["plan"]["updates"][0]["progress"] = 150.into();
    match import_value(&v) {
        Err(ImportError::Invalid(problems, _)) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "plan.updates[0].progress");
            assert_eq!(problems[0].kind, ProblemKind::PercentOutOfRange);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn unknown_fields_are_ignored_and_defaults_filled() {
    let text = r#"{
        "format": "plan-tracker/plan",
        "version": 1,
        "generator": "someone else",
        "plan": {
            "id": "p", "title": "T", "level": "city",
            "start": "2023-01-01", "end": "2023-12-31",
            "colour": "red",
            "units": [{"id": "u", "name": "U", "kind": "town", "extra": [1, 2]}],
            "areas": [{"id": "a", "title": "A"}],
            "tasks": [{"id": "t", "code": "", "title": "T", "area": "a", "lead": "u"}]
        }
    }"#;
    let plan = import_plan(text).expect("imports");
    assert_eq!(plan.cadence, Cadence::Monthly);
    assert_eq!(plan.thresholds, Thresholds::default());
    assert_eq!(plan.evaluation, Evaluation::default());
    assert_eq!(plan.tasks[0].weight, 1.0);
    assert_eq!(plan.tasks[0].tier, Tier::Regular);
    assert_eq!(plan.tasks[0].requirement, Requirement::default());
    assert!(plan.goals.is_empty() && plan.updates.is_empty());
}

#[test]
fn too_large_text_is_refused_before_parsing() {
    let text = " ".repeat(MAX_FILE_BYTES as usize) + "{}";
    assert_eq!(
        import_plan(&text),
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 2
        })
    );
}

#[test]
fn export_names_format_and_version_first() {
    let text = export_compact(&small_plan());
    assert!(text.starts_with(r#"{"format":"plan-tracker/plan","version":2,"plan":{"#));
    let pretty = export_plan(&small_plan());
    assert!(pretty.starts_with("{\n  \"format\": \"plan-tracker/plan\",\n  \"version\": 2,"));
}

/// A value of the wrong form is said with its line and column, in the
/// user's language, as well as its path.
#[test]
fn a_shape_error_names_its_line_and_column() {
    let text = "{\"format\":\"plan-tracker/plan\",\"version\":2,\"plan\":{\"id\":\"p\",\"title\":\"P\",\n\"start\":\"2023/1/1\",\"end\":\"2023-12-31\"}}";
    let e = import_plan(text).unwrap_err();
    let ImportError::Shape { path, line, .. } = &e else {
        panic!("{e:?}")
    };
    assert_eq!((path.as_str(), *line), ("plan.start", 2));
    let zh = (plan_tracker::i18n::Lang::Zh.catalog().import_error)(&e);
    assert!(zh.starts_with("第 2 行第 "), "{zh}");
    assert!(
        zh.ends_with("列（plan.start）的值类型或格式不正确。"),
        "{zh}"
    );
}

/// A rule broken is said where it stands in the file's own words: the
/// task by its code and title, a report by its task and date, with the
/// path beside them, in both languages.
#[test]
fn a_broken_rule_names_the_task_or_report_it_stands_in() {
    let mut plan = plan_tracker::sample::sample_plan(plan_tracker::i18n::Lang::Zh);
    plan.tasks[0].lead = Id::new("no-such-unit");
    let task = &plan.tasks[0];
    let head = format!("{} {}", task.code, task.title);
    let at = plan
        .updates
        .iter()
        .position(|u| u.subject == Subject::Task(plan.tasks[1].id.clone()))
        .unwrap();
    plan.updates[at].progress = 120.0;
    let (code, date) = (plan.tasks[1].code.clone(), plan.updates[at].date);
    let e = import_plan(&export_plan(&plan)).unwrap_err();
    let ImportError::Invalid(problems, places) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(problems.len(), 2);
    let zh = plan_tracker::i18n::Lang::Zh.catalog();
    assert_eq!((zh.import_error)(&e), "文件中有 2 处不符合规则。");
    let said: Vec<String> = problems
        .iter()
        .zip(places)
        .map(|(p, at)| zh.problem_in(p, at.as_ref()))
        .collect();
    assert_eq!(
        said[0],
        format!("任务“{head}”的牵头单位：不存在标识为“no-such-unit”的单位（plan.tasks[0].lead）")
    );
    assert!(
        said[1].starts_with(&format!("进展报告“{code} ")),
        "{}",
        said[1]
    );
    assert!(
        said[1].ends_with(&format!(
            " · {date}”的进度：百分比应在 0 到 100 之间（plan.updates[{at}].progress）"
        )),
        "{}",
        said[1]
    );
    let en = plan_tracker::i18n::Lang::En.catalog();
    assert_eq!(
        en.problem_in(&problems[0], places[0].as_ref()),
        format!(
            "task “{head}”, lead unit: no unit with id “no-such-unit” exists (plan.tasks[0].lead)"
        )
    );
    // Where no entity is named (the plan's own fields), the path alone.
    assert_eq!(en.problem_in(&problems[0], None), en.problem(&problems[0]));

    // A long title is cut: about 24 Chinese characters, or 48 letters.
    plan.tasks[0].title = "推动".repeat(20);
    plan.tasks[1].title = "Deliver ".repeat(10);
    plan.tasks[1].lead = Id::new("no-such-unit");
    let e = import_plan(&export_plan(&plan)).unwrap_err();
    let ImportError::Invalid(problems, places) = &e else {
        panic!("{e:?}")
    };
    assert_eq!(problems.len(), 3);
    let labels: Vec<&str> = places.iter().flatten().map(|p| p.label.as_str()).collect();
    assert_eq!(labels[0], format!("1.1 {}…", "推动".repeat(11)));
    assert_eq!(
        labels[1],
        format!("{code} Deliver Deliver Deliver Deliver Deliver Deli…")
    );
}
