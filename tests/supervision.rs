//! The supervision loop's core (督办闭环): the lifecycle rules and the
//! commands that record each step (refusals, undo, history), notices and
//! replies, the counts on a hand-computed plan, the lights when the plan
//! requires verification, the scoreboard's notices weight, and replies
//! travelling in unit report files.

use plan_tracker::command::{apply, apply_recorded, describe, Author, Command, CommandError};
use plan_tracker::format::unit_report::{export_unit_report, import_unit_report, UnitReport};
use plan_tracker::i18n::Lang;
use plan_tracker::merge::{
    merge_command, preview, tally, Conflict, Contribution, NoticeReply, Refused, Resolution,
    Unmatched,
};
use plan_tracker::model::*;
use plan_tracker::period::Period;
use plan_tracker::query::TaskIndex;
use plan_tracker::sample::sample_plan;
use plan_tracker::scoreboard::scoreboard;
use plan_tracker::status::{task_status, Light, Reason};
use plan_tracker::supervision::counts::{task_loops, unit_loops, NoticeCounts};
use plan_tracker::supervision::*;
use plan_tracker::validate::{validate, Entity, Kind, ProblemKind};

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd_opt(y, m, day).unwrap()
}

/// Two units, one area, two items: t1 led by u1, t2 led by u2, both running
/// the first half of 2026.
fn plan() -> Plan {
    let mut p = Plan::new(Id::new("p"), "督查", d(2026, 1, 1), d(2026, 12, 31));
    p.areas.push(KeyArea::new("a1", "领域"));
    p.units.push(Unit::new("u1", "发改委"));
    p.units.push(Unit::new("u2", "住建局"));
    for (id, lead) in [("t1", "u1"), ("t2", "u2")] {
        p.tasks.push(Task {
            start: Some(d(2026, 1, 1)),
            deadline: Some(d(2026, 6, 30)),
            ..Task::new(id, id, format!("事项{id}"), "a1", lead)
        });
    }
    p
}

fn step(id: &str, task: &str, kind: StepKind, date: Date) -> Step {
    let mut s = Step::new(id, task, kind, date);
    match kind {
        StepKind::CompletionReported => s.note = "验收报告".into(),
        StepKind::Returned => s.reasons = "佐证不足".into(),
        _ => {}
    }
    s
}

fn put(entity: Entity) -> Command {
    Command::Put { entity, at: None }
}

fn put_step(s: Step) -> Command {
    put(Entity::Step(s))
}

fn problems(e: CommandError) -> Vec<(String, ProblemKind)> {
    match e {
        CommandError::Invalid(ps) => ps.into_iter().map(|p| (p.path, p.kind)).collect(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

/// t1's whole loop: assigned 03-01, signed 03-04, completion reported
/// 05-01, returned 05-03, reported again 05-10, accepted 05-12, closed out
/// 05-15.
fn t1_loop() -> Vec<Step> {
    use StepKind::*;
    vec![
        step("s1", "t1", Assigned, d(2026, 3, 1)),
        step("s2", "t1", SignedFor, d(2026, 3, 4)),
        step("s3", "t1", CompletionReported, d(2026, 5, 1)),
        step("s4", "t1", Returned, d(2026, 5, 3)),
        step("s5", "t1", CompletionReported, d(2026, 5, 10)),
        step("s6", "t1", Accepted, d(2026, 5, 12)),
        step("s7", "t1", ClosedOut, d(2026, 5, 15)),
    ]
}

#[test]
fn each_step_may_follow_only_the_one_before_it() {
    use StepKind::*;
    assert_eq!(allowed_next(None), &[Assigned]);
    assert_eq!(allowed_next(Some(Assigned)), &[SignedFor]);
    assert_eq!(allowed_next(Some(SignedFor)), &[CompletionReported]);
    assert_eq!(
        allowed_next(Some(CompletionReported)),
        &[Accepted, Returned]
    );
    assert_eq!(allowed_next(Some(Returned)), &[CompletionReported]);
    assert_eq!(allowed_next(Some(Accepted)), &[ClosedOut]);
    assert_eq!(allowed_next(Some(ClosedOut)), &[] as &[StepKind]);
    assert_eq!(stage(None), Stage::NotAssigned);
    assert_eq!(stage(Some(Assigned)), Stage::Assigned);
    assert_eq!(stage(Some(SignedFor)), Stage::InProgress);
    assert_eq!(stage(Some(Returned)), Stage::InProgress);
    assert_eq!(stage(Some(CompletionReported)), Stage::CompletionReported);
    assert_eq!(stage(Some(Accepted)), Stage::Accepted);
    assert_eq!(stage(Some(ClosedOut)), Stage::ClosedOut);

    let prev = step("a", "t1", SignedFor, d(2026, 3, 4));
    // The same day as the step before is fine; the day before is not.
    assert!(check_next(
        Some(&prev),
        &step("b", "t1", CompletionReported, d(2026, 3, 4))
    )
    .is_empty());
    assert_eq!(
        check_next(
            Some(&prev),
            &step("b", "t1", CompletionReported, d(2026, 3, 3))
        ),
        vec![("date", ProblemKind::DateBefore(d(2026, 3, 4)))]
    );
    // Evidence and reasons are required.
    let bare = Step::new("b", "t1", CompletionReported, d(2026, 4, 1));
    assert_eq!(
        check_next(Some(&prev), &bare),
        vec![("note", ProblemKind::Empty)]
    );
}

#[test]
fn each_step_is_a_command_undone_exactly_and_named_in_the_history() {
    let original = plan();
    let mut p = original.clone();
    let author = Author {
        name: "王敏".into(),
        unit: "督查室".into(),
    };
    let mut inverses = Vec::new();
    let actions = [
        Action::Assign,
        Action::SignFor,
        Action::ReportCompletion,
        Action::Return,
        Action::ReportCompletion,
        Action::Accept,
        Action::CloseOut,
    ];
    for (s, action) in t1_loop().into_iter().zip(actions) {
        let before = p.clone();
        let cmd = put_step(s);
        assert_eq!(describe(&p, &cmd).action, action);
        let inverse = apply_recorded(&mut p, cmd, &author, "2026-05-15T08:00:00Z", None).unwrap();
        assert!(validate(&p).is_empty());
        // Each inverse takes back exactly its own step.
        let mut undone = p.clone();
        apply(&mut undone, inverse.clone()).unwrap();
        undone.history = before.history.clone();
        assert_eq!(undone, before);
        inverses.push(inverse);
    }
    assert_eq!(task_stage(&p, &Id::new("t1")), Stage::ClosedOut);
    assert_eq!(p.history.len(), 7);
    let last = p.history.last().unwrap();
    assert_eq!(
        (last.kind, last.label.as_str()),
        (Some(Kind::Step), "t1 事项t1")
    );
    for (lang, words) in [(Lang::En, "Closed out"), (Lang::Zh, "销号")] {
        let sentence = (lang.catalog().history.sentence)(last);
        assert!(
            sentence.contains(words) && sentence.contains("事项t1"),
            "{sentence}"
        );
    }
    for lang in Lang::ALL {
        let t = lang.catalog();
        let sentences: Vec<String> = p.history.iter().map(|c| (t.history.sentence)(c)).collect();
        // Seven different sentences for the six kinds (a report twice).
        let mut unique = sentences.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 6, "{sentences:?}");
    }
    for inverse in inverses.into_iter().rev() {
        apply(&mut p, inverse).unwrap();
    }
    p.history.clear();
    assert_eq!(p, original);
}

#[test]
fn a_step_out_of_turn_is_refused_with_its_problem_and_the_plan_unchanged() {
    use StepKind::*;
    let mut p = plan();
    let refused = |p: &mut Plan, cmd: Command| {
        let before = p.clone();
        let e = apply(p, cmd).unwrap_err();
        assert_eq!(*p, before);
        e
    };
    // Nothing before it: only "assigned" may come.
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(step("x", "t1", SignedFor, d(2026, 3, 1)))
        )),
        vec![("kind".into(), ProblemKind::StepNotAllowed { after: None })]
    );
    for s in t1_loop().into_iter().take(2) {
        apply(&mut p, put_step(s)).unwrap();
    }
    // Signed for 03-04: a completion report dated 03-02 goes back in time.
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(step("x", "t1", CompletionReported, d(2026, 3, 2)))
        )),
        vec![("date".into(), ProblemKind::DateBefore(d(2026, 3, 4)))]
    );
    // Accepting before a completion report.
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(step("x", "t1", Accepted, d(2026, 3, 5)))
        )),
        vec![(
            "kind".into(),
            ProblemKind::StepNotAllowed {
                after: Some(SignedFor)
            }
        )]
    );
    // A completion report without evidence; a return without reasons.
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(Step::new("x", "t1", CompletionReported, d(2026, 5, 1)))
        )),
        vec![("note".into(), ProblemKind::Empty)]
    );
    apply(
        &mut p,
        put_step(step("s3", "t1", CompletionReported, d(2026, 5, 1))),
    )
    .unwrap();
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(Step::new("x", "t1", Returned, d(2026, 5, 2)))
        )),
        vec![("reasons".into(), ProblemKind::Empty)]
    );
    // A step on an item the plan lacks.
    assert_eq!(
        problems(refused(
            &mut p,
            put_step(step("x", "t9", Assigned, d(2026, 3, 1)))
        )),
        vec![(
            "task".into(),
            ProblemKind::Missing(Kind::Task, Id::new("t9"))
        )]
    );
    // A recorded step is not replaced, nor moved; only the latest is taken back.
    assert_eq!(
        refused(&mut p, put_step(step("s2", "t1", SignedFor, d(2026, 3, 5)))),
        CommandError::StepRecorded(Id::new("s2"))
    );
    assert_eq!(
        refused(
            &mut p,
            Command::Move {
                kind: Kind::Step,
                id: Id::new("s3"),
                to: 0
            }
        ),
        CommandError::StepRecorded(Id::new("s3"))
    );
    assert!(matches!(
        refused(
            &mut p,
            Command::Remove {
                kind: Kind::Step,
                id: Id::new("s2")
            }
        ),
        CommandError::InUse { by, .. } if by == vec![(Kind::Step, Id::new("s3"))]
    ));
    // Each refusal reads in both languages.
    for lang in Lang::ALL {
        let t = lang.catalog();
        let e = refused(&mut p, put_step(step("x", "t1", ClosedOut, d(2026, 5, 2))));
        let text = t.command_error(&e);
        assert!(
            !text.is_empty() && !text.contains("StepNotAllowed"),
            "{text}"
        );
        let text = t.command_error(&CommandError::StepRecorded(Id::new("s2")));
        assert!(!text.is_empty());
    }
    // Steps on another item do not interfere.
    apply(&mut p, put_step(step("u", "t2", Assigned, d(2026, 1, 1)))).unwrap();
    assert!(validate(&p).is_empty());
}

#[test]
fn removing_an_item_takes_its_steps_and_notices_and_undo_brings_them_back() {
    let mut p = plan();
    for s in t1_loop().into_iter().take(3) {
        apply(&mut p, put_step(s)).unwrap();
    }
    apply(
        &mut p,
        put_step(step("u1", "t2", StepKind::Assigned, d(2026, 3, 2))),
    )
    .unwrap();
    let n = Notice::new(
        "n1",
        "督办〔2026〕1号",
        "t1",
        "u1",
        d(2026, 4, 1),
        "说明",
        d(2026, 4, 5),
    );
    apply(&mut p, put(Entity::Notice(n))).unwrap();
    let before = p.clone();
    let inverse = apply(
        &mut p,
        Command::Remove {
            kind: Kind::Task,
            id: Id::new("t1"),
        },
    )
    .unwrap();
    assert!(p.notices.is_empty());
    assert_eq!(p.steps.len(), 1);
    assert!(validate(&p).is_empty());
    apply(&mut p, inverse).unwrap();
    assert_eq!(p, before);
    // A unit a notice was sent to is in use.
    assert!(matches!(
        apply(
            &mut p,
            Command::Remove {
                kind: Kind::Unit,
                id: Id::new("u1")
            }
        ),
        Err(CommandError::InUse { .. })
    ));
}

#[test]
fn notices_keep_their_dates_and_numbers_and_replies_are_recorded() {
    let mut p = plan();
    let n1 = Notice::new(
        "n1",
        "督办〔2026〕1号",
        "t1",
        "u1",
        d(2026, 4, 1),
        "说明",
        d(2026, 4, 5),
    );
    let issue = put(Entity::Notice(n1.clone()));
    assert_eq!(describe(&p, &issue).action, Action::IssueNotice);
    apply(&mut p, issue).unwrap();
    // Due before issued, an empty question, a number used twice.
    let bad = Notice {
        id: Id::new("n2"),
        asked: " ".into(),
        reply_due: d(2026, 3, 31),
        ..n1.clone()
    };
    assert_eq!(
        problems(apply(&mut p, put(Entity::Notice(bad))).unwrap_err()),
        vec![
            ("asked".into(), ProblemKind::Empty),
            ("reply_due".into(), ProblemKind::DateBefore(d(2026, 4, 1))),
            (
                "number".into(),
                ProblemKind::DuplicateNumber("督办〔2026〕1号".into())
            ),
        ]
    );
    // A reply dated before the notice is refused; a reply is an action of its own.
    let replied = |date| Notice {
        reply: Some(Reply {
            date,
            text: "已办".into(),
            by: "李科长".into(),
        }),
        ..n1.clone()
    };
    assert_eq!(
        problems(apply(&mut p, put(Entity::Notice(replied(d(2026, 3, 30))))).unwrap_err()),
        vec![("reply.date".into(), ProblemKind::DateBefore(d(2026, 4, 1)))]
    );
    let reply = put(Entity::Notice(replied(d(2026, 4, 7))));
    assert_eq!(describe(&p, &reply).action, Action::Reply);
    let before = p.clone();
    let inverse = apply(&mut p, reply).unwrap();
    assert_eq!(reply_state(&p.notices[0], d(2026, 4, 30)), ReplyState::Late);
    apply(&mut p, inverse).unwrap();
    assert_eq!(p, before);
    for lang in Lang::ALL {
        let t = lang.catalog();
        for action in [Action::IssueNotice, Action::Reply] {
            let mut c = describe(&p, &put(Entity::Notice(replied(d(2026, 4, 7)))));
            c.action = action;
            assert!((t.history.sentence)(&c).contains("事项t1"));
        }
    }
}

#[test]
fn replies_count_on_time_late_missing_or_pending_as_of_a_day() {
    let mut n = Notice::new("n", "1", "t1", "u1", d(2026, 4, 1), "说明", d(2026, 4, 5));
    assert_eq!(reply_state(&n, d(2026, 4, 5)), ReplyState::Pending);
    assert_eq!(reply_state(&n, d(2026, 4, 6)), ReplyState::Missing);
    n.reply = Some(Reply {
        date: d(2026, 4, 5),
        text: "x".into(),
        by: String::new(),
    });
    assert_eq!(reply_state(&n, d(2026, 4, 5)), ReplyState::OnTime);
    // Seen before the reply was written, it is not there yet.
    assert_eq!(reply_state(&n, d(2026, 4, 4)), ReplyState::Pending);
    n.reply.as_mut().unwrap().date = d(2026, 4, 6);
    assert_eq!(reply_state(&n, d(2026, 4, 6)), ReplyState::Late);
    assert_eq!(reply_state(&n, d(2026, 4, 5)), ReplyState::Pending);
}

#[test]
fn an_unanswered_notice_proposes_the_next_level_and_the_next_number() {
    let mut p = plan();
    let t1 = Id::new("t1");
    let today = d(2026, 4, 20);
    assert_eq!(proposed_level(&p, &t1, today), NoticeLevel::Reminder);
    assert_eq!(next_serial(&p, 2026), 1);
    let mut n = Notice::new(
        "n1",
        "督办〔2026〕1号",
        "t1",
        "u1",
        d(2026, 4, 1),
        "说明",
        d(2026, 4, 5),
    );
    p.notices.push(n.clone());
    // Unanswered past its due date: a chase, and the escalation says so.
    assert_eq!(escalation(&n, today), Some(NoticeLevel::Chase));
    assert_eq!(escalation(&n, d(2026, 4, 5)), None);
    assert_eq!(proposed_level(&p, &t1, today), NoticeLevel::Chase);
    assert_eq!(
        proposed_level(&p, &Id::new("t2"), today),
        NoticeLevel::Reminder
    );
    n = Notice {
        id: Id::new("n2"),
        number: (Lang::Zh.catalog().supervision.notice_number)(2026, next_serial(&p, 2026)),
        level: NoticeLevel::Chase,
        issued: d(2026, 4, 10),
        reply_due: d(2026, 4, 15),
        ..n
    };
    assert_eq!(n.number, "督办〔2026〕2号");
    p.notices.push(n.clone());
    assert_eq!(proposed_level(&p, &t1, today), NoticeLevel::ByName);
    assert_eq!(level_after(NoticeLevel::ByName), NoticeLevel::ByName);
    // Once answered, the next notice starts again with a reminder.
    p.notices[1].reply = Some(Reply {
        date: d(2026, 4, 18),
        text: "已整改".into(),
        by: String::new(),
    });
    p.notices[0].reply = p.notices[1].reply.clone();
    assert_eq!(proposed_level(&p, &t1, today), NoticeLevel::Reminder);
    // Numbers in English and other years.
    let en = (Lang::En.catalog().supervision.notice_number)(2026, 3);
    p.notices.push(Notice {
        id: Id::new("n3"),
        number: en,
        ..n
    });
    assert_eq!(next_serial(&p, 2026), 4);
    assert_eq!(next_serial(&p, 2027), 1);
}

/// The hand-computed plan of the counts: t1's whole loop; t2 assigned
/// 03-01 and never signed for; the plan gives 5 days to sign; notices n1
/// (u1, 04-01 due 04-05, replied 04-05: on time), n2 (u1, 04-10 due 04-15,
/// replied 04-20: late), n3 (u2, 03-05 due 03-08, no reply: missing from
/// 03-09), n4 (u2, 05-18 due 05-25, no reply).
fn counted_plan() -> Plan {
    let mut p = plan();
    p.supervision.sign_within_days = Some(5);
    p.steps = t1_loop();
    p.steps
        .push(step("u", "t2", StepKind::Assigned, d(2026, 3, 1)));
    let reply = |date| {
        Some(Reply {
            date,
            text: "已办".into(),
            by: String::new(),
        })
    };
    let n = |id: &str, task: &str, unit: &str, issued, due| {
        Notice::new(id, id, task, unit, issued, "说明", due)
    };
    p.notices = vec![
        Notice {
            reply: reply(d(2026, 4, 5)),
            ..n("n1", "t1", "u1", d(2026, 4, 1), d(2026, 4, 5))
        },
        Notice {
            reply: reply(d(2026, 4, 20)),
            ..n("n2", "t1", "u1", d(2026, 4, 10), d(2026, 4, 15))
        },
        n("n3", "t2", "u2", d(2026, 3, 5), d(2026, 3, 8)),
        n("n4", "t2", "u2", d(2026, 5, 18), d(2026, 5, 25)),
    ];
    assert!(validate(&p).is_empty(), "{:?}", validate(&p));
    p
}

#[test]
fn the_counts_by_item_and_by_unit_as_computed_by_hand() {
    let p = counted_plan();
    let today = d(2026, 5, 20);
    let tasks = task_loops(&p, today);
    let t1 = &tasks[0];
    assert_eq!(t1.stage(), Stage::ClosedOut);
    assert_eq!(t1.days_to_sign, Some(3)); // 03-01 → 03-04
    assert_eq!(t1.days_to_close, Some(14)); // first report 05-01 → 05-15
    assert_eq!(t1.returned, 1);
    assert!(!t1.not_signed_in_time); // 3 days ≤ 5
    assert_eq!(
        t1.notices,
        NoticeCounts {
            received: 2,
            on_time: 1,
            late: 1,
            missing: 0,
            pending: 0
        }
    );
    let t2 = &tasks[1];
    assert_eq!(t2.stage(), Stage::Assigned);
    assert_eq!((t2.days_to_sign, t2.days_to_close), (None, None));
    assert!(t2.not_signed_in_time); // 80 days unsigned > 5
    assert_eq!(
        (t2.notices.missing, t2.notices.pending, t2.notices.open()),
        (1, 1, 2)
    );

    let units = unit_loops(&p, &tasks, today);
    let u1 = &units[0];
    assert_eq!((u1.signed, u1.days_to_sign_total), (1, 3));
    assert_eq!((u1.closed, u1.days_to_close_total), (1, 14));
    assert_eq!(u1.mean_days_to_close(), Some(14.0));
    assert_eq!((u1.returned, u1.not_signed_in_time), (1, 0));
    assert_eq!((u1.notices.on_time, u1.notices.late), (1, 1));
    let u2 = &units[1];
    assert_eq!(u2.mean_days_to_sign(), None);
    assert_eq!(u2.not_signed_in_time, 1);
    assert_eq!(u2.notices.received, 2);

    // As of 04-18 the loop stood elsewhere: t1 signed, in progress; n2 past
    // due with its reply (04-20) not yet written; n4 not yet issued.
    let then = task_loops(&p, d(2026, 4, 18));
    assert_eq!(then[0].stage(), Stage::InProgress);
    assert_eq!((then[0].days_to_close, then[0].returned), (None, 0));
    assert_eq!((then[0].notices.on_time, then[0].notices.missing), (1, 1));
    assert_eq!(then[1].notices.received, 1);
    // On 03-06 t2 had been waiting 5 days: not yet flagged; on 03-07 it is.
    assert!(!task_loops(&p, d(2026, 3, 6))[1].not_signed_in_time);
    assert!(task_loops(&p, d(2026, 3, 7))[1].not_signed_in_time);
    // Without a limit nothing is flagged.
    let mut free = p.clone();
    free.supervision.sign_within_days = None;
    assert!(task_loops(&free, today)
        .iter()
        .all(|l| !l.not_signed_in_time));
}

#[test]
fn with_verification_completed_means_closed_out_and_without_it_nothing_changes() {
    let mut p = counted_plan();
    // t1 reported 100% and completed on 04-30.
    p.updates.push(Update {
        status: ReportedStatus::Completed,
        ..Update::new("r1", Subject::Task(Id::new("t1")), d(2026, 4, 30), 100.0)
    });
    let t1 = p.tasks[0].clone();
    // Off (the default): today's rule, completed on the report's day.
    let off = task_status(&p, &t1, d(2026, 5, 5));
    assert_eq!(off.light, Light::Completed);
    assert_eq!(
        off.reason,
        Reason::Done {
            on: Some(d(2026, 4, 30))
        }
    );
    // On: at 100% but not closed out (05-15), it is not completed.
    p.supervision.verification_required = true;
    assert_ne!(task_status(&p, &t1, d(2026, 5, 14)).light, Light::Completed);
    let on = task_status(&p, &t1, d(2026, 5, 15));
    assert_eq!(
        on.reason,
        Reason::Done {
            on: Some(d(2026, 5, 15))
        }
    );
    // Past its deadline and never closed out, it is overdue.
    let t2 = p.tasks[1].clone();
    assert_eq!(task_status(&p, &t2, d(2026, 7, 2)).light, Light::Red);
    // The task index reads the same lights.
    for day in [d(2026, 5, 14), d(2026, 5, 15), d(2026, 7, 2)] {
        let index = TaskIndex::build(&p, day);
        for (row, task) in index.rows.iter().zip(&p.tasks) {
            assert_eq!(row.status, task_status(&p, task, day));
        }
    }
}

#[test]
fn the_notices_weight_at_zero_leaves_every_score_as_it_was() {
    for lang in Lang::ALL {
        let plain = sample_plan(lang);
        let today = d(2023, 9, 30);
        let before = scoreboard(&plain, &TaskIndex::build(&plain, today));
        // Notices to the first two units, one on time, one never answered.
        let mut p = plain.clone();
        let (ua, ub) = (p.units[0].id.clone(), p.units[1].id.clone());
        let task = p.tasks[0].id.clone();
        let mut on_time = Notice::new(
            "n1",
            "1",
            task.clone(),
            ua.clone(),
            d(2023, 8, 1),
            "x",
            d(2023, 8, 10),
        );
        on_time.reply = Some(Reply {
            date: d(2023, 8, 9),
            text: "y".into(),
            by: String::new(),
        });
        let missing = Notice::new(
            "n2",
            "2",
            task,
            ub.clone(),
            d(2023, 8, 1),
            "x",
            d(2023, 8, 10),
        );
        p.notices = vec![on_time, missing];
        assert!(validate(&p).is_empty());
        let after = scoreboard(&p, &TaskIndex::build(&p, today));
        assert_eq!(before.rows.len(), after.rows.len());
        for (a, b) in before.rows.iter().zip(&after.rows) {
            assert_eq!(
                (&a.unit, a.score_tenths, a.rank),
                (&b.unit, b.score_tenths, b.rank)
            );
        }
        // With a weight, the unit that never replied loses, the other gains
        // nothing it did not earn: its mark is 100.
        p.evaluation.notices_weight = 20.0;
        let weighted = scoreboard(&p, &TaskIndex::build(&p, today));
        let row = |b: &plan_tracker::scoreboard::Scoreboard, u: &Id| {
            b.rows.iter().find(|r| &r.unit == u).unwrap().clone()
        };
        let b_after = row(&weighted, &ub);
        assert_eq!(b_after.components.unwrap().notices, Some(0.0));
        assert_eq!(row(&weighted, &ua).components.unwrap().notices, Some(100.0));
        assert!(b_after.score_tenths < row(&before, &ub).score_tenths);
        // The score is the weighted mean worked out by hand.
        let c = b_after.components.unwrap();
        let e = &p.evaluation;
        let parts = [
            (e.on_time_weight, c.on_time),
            (e.progress_weight, c.progress),
            (e.reporting_weight, c.reporting),
            (e.notices_weight, c.notices),
        ];
        let (sum, weight) = parts
            .iter()
            .filter_map(|(w, m)| m.map(|m| (w * m, *w)))
            .fold((0.0, 0.0), |(s, t), (x, w)| (s + x, t + w));
        assert_eq!(
            b_after.score_tenths,
            Some((sum / weight * 10.0 + 1e-6).round() as u32)
        );
        assert_eq!(b_after.notices.missing, 1);
    }
}

/// The office's plan: t1 assigned on 03-01 and a notice to u1 issued on
/// 04-01. The unit's copy: the same, then signed for 03-02, completion
/// reported 04-02 and the notice answered 04-03.
fn office_and_unit() -> (Plan, Plan) {
    let mut office = plan();
    office
        .steps
        .push(step("s1", "t1", StepKind::Assigned, d(2026, 3, 1)));
    office.notices.push(Notice::new(
        "n1",
        "督办〔2026〕1号",
        "t1",
        "u1",
        d(2026, 4, 1),
        "说明进度",
        d(2026, 4, 5),
    ));
    let mut unit = office.clone();
    unit.steps
        .push(step("s2", "t1", StepKind::SignedFor, d(2026, 3, 2)));
    unit.steps.push(step(
        "s3",
        "t1",
        StepKind::CompletionReported,
        d(2026, 4, 2),
    ));
    unit.notices[0].reply = Some(Reply {
        date: d(2026, 4, 3),
        text: "已完成".into(),
        by: "李科长".into(),
    });
    (office, unit)
}

#[test]
fn a_units_file_carries_its_sign_fors_completion_reports_and_replies() {
    let (office, unit) = office_and_unit();
    let report = UnitReport::of(&unit, &Id::new("u1"), Period::Half(2026, 1), "李科长", "");
    // Its own steps only: the office's assignment stays out.
    let kinds: Vec<StepKind> = report.steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [StepKind::SignedFor, StepKind::CompletionReported]);
    assert_eq!(report.replies.len(), 1);
    // Another unit's file carries none of it.
    let other = UnitReport::of(&unit, &Id::new("u2"), Period::Half(2026, 1), "", "");
    assert!(other.steps.is_empty() && other.replies.is_empty());
    // Through the file and back.
    let text = export_unit_report(&report);
    assert!(text.contains("\"version\": 2"));
    let back = import_unit_report(&text).unwrap();
    assert_eq!(back, report);

    // Merged: both steps and the reply, as one undoable change.
    let file = back.contribution();
    let pv = preview(&office, std::slice::from_ref(&file));
    assert_eq!((pv.new_steps.len(), pv.new_replies.len()), (2, 1));
    let cmd = merge_command(&office, &pv, &[], || Id::new("unused")).unwrap();
    let mut merged = office.clone();
    let inverse = apply(&mut merged, cmd).unwrap();
    assert!(validate(&merged).is_empty());
    assert_eq!(merged.steps, unit.steps);
    assert_eq!(merged.notices, unit.notices);
    let mut undone = merged.clone();
    apply(&mut undone, inverse).unwrap();
    assert_eq!(undone, office);

    // The same file again, and twice in one merge, counts once.
    let again = preview(&merged, std::slice::from_ref(&file));
    assert!(again.new_steps.is_empty() && again.new_replies.is_empty());
    assert_eq!((again.duplicate_steps, again.duplicate_replies), (2, 1));
    assert!(tally(&again, &[]).changes_nothing());
    let twice = preview(&office, &[file.clone(), file.clone()]);
    assert_eq!((twice.new_steps.len(), twice.new_replies.len()), (2, 1));
    assert_eq!((twice.duplicate_steps, twice.duplicate_replies), (2, 1));
    assert!(twice.conflicts.is_empty() && twice.refused.is_empty());
}

#[test]
fn a_different_reply_is_a_conflict_and_a_step_out_of_turn_is_refused_not_dropped() {
    let (office, unit) = office_and_unit();
    let file = UnitReport::of(&unit, &Id::new("u1"), Period::Year(2026), "", "").contribution();
    // The office recorded the sign-for itself (another id) and a reply of
    // its own from a phone call.
    let mut here = office.clone();
    here.steps
        .push(step("o2", "t1", StepKind::SignedFor, d(2026, 3, 3)));
    here.notices[0].reply = Some(Reply {
        date: d(2026, 4, 4),
        text: "电话回复".into(),
        by: String::new(),
    });
    let pv = preview(&here, std::slice::from_ref(&file));
    // The unit's sign-for cannot follow the office's; its completion report
    // (04-02) follows the office's sign-for (03-03) and is merged.
    assert!(matches!(
        &pv.refused[..],
        [Refused::Step { step, problems, .. }]
            if step.id.as_str() == "s2"
                && problems[0].kind == ProblemKind::StepNotAllowed { after: Some(StepKind::SignedFor) }
    ));
    assert_eq!(pv.new_steps.len(), 1);
    assert!(matches!(
        &pv.conflicts[..],
        [Conflict::Reply { current, incoming, .. }]
            if current.text == "电话回复" && incoming.text == "已完成"
    ));
    let t = tally(&pv, &[]);
    assert_eq!((t.steps_added, t.refused, t.conflicts_resolved), (1, 1, 1));
    // Keeping the current reply, or taking the incoming one.
    let keep = merge_command(&here, &pv, &[], || Id::new("x")).unwrap();
    let mut kept = here.clone();
    apply(&mut kept, keep).unwrap();
    assert_eq!(kept.notices[0].reply.as_ref().unwrap().text, "电话回复");
    let take = merge_command(&here, &pv, &[Resolution::TakeIncoming], || Id::new("x")).unwrap();
    let mut taken = here.clone();
    apply(&mut taken, take).unwrap();
    assert_eq!(taken.notices[0].reply.as_ref().unwrap().text, "已完成");
    assert_eq!(tally(&pv, &[Resolution::TakeIncoming]).replies_replaced, 1);

    // Replies and steps the plan has nothing for are unmatched; a reply
    // dated before its notice is refused.
    let stray = Contribution {
        steps: vec![step("z", "t9", StepKind::Assigned, d(2026, 3, 1))],
        replies: vec![
            NoticeReply {
                notice: Id::new("n9"),
                reply: Reply {
                    date: d(2026, 4, 3),
                    text: "x".into(),
                    by: String::new(),
                },
            },
            NoticeReply {
                notice: Id::new("n1"),
                reply: Reply {
                    date: d(2026, 3, 3),
                    text: "x".into(),
                    by: String::new(),
                },
            },
        ],
        ..Default::default()
    };
    let pv = preview(&office, &[stray]);
    assert!(matches!(
        &pv.unmatched[..],
        [Unmatched::Step { .. }, Unmatched::Reply { .. }]
    ));
    assert!(matches!(&pv.refused[..], [Refused::Reply { .. }]));
    assert!(merge_command(&office, &pv, &[], || Id::new("x")).is_none());
}

#[test]
fn the_stepper_rows_give_the_days_between_steps_and_replies_their_days_past_due() {
    let p = counted_plan();
    let rows: Vec<(StepKind, Option<i64>)> = step_rows(&p, &Id::new("t1"))
        .into_iter()
        .map(|(s, d)| (s.kind, d))
        .collect();
    use StepKind::*;
    assert_eq!(
        rows,
        [
            (Assigned, None),
            (SignedFor, Some(3)),
            (CompletionReported, Some(58)),
            (Returned, Some(2)),
            (CompletionReported, Some(7)),
            (Accepted, Some(2)),
            (ClosedOut, Some(3)),
        ]
    );
    let today = d(2026, 5, 20);
    let past: Vec<i64> = p.notices.iter().map(|n| days_past_due(n, today)).collect();
    // n1 on time, n2 five days late, n3 unanswered 73 days past 03-08, n4 not due.
    assert_eq!(past, [0, 5, 73, 0]);
    for lang in Lang::ALL {
        let s = lang.catalog().supervision;
        let words: Vec<String> = p
            .notices
            .iter()
            .map(|n| (s.reply_status)(reply_state(n, today), days_past_due(n, today)))
            .collect();
        assert!(
            words[1].contains('5') && words[2].contains("73"),
            "{words:?}"
        );
        assert_eq!(words.iter().collect::<rustc_hash::FxHashSet<_>>().len(), 4);
    }
}

#[test]
fn the_stepper_and_the_printed_notice_are_escaped_html_in_both_languages() {
    use plan_tracker::supervision::html::{notice_doc_html, stepper_html};
    let mut p = counted_plan();
    p.steps[3].reasons = "<b>佐证</b> & 不足".into();
    p.issuer = "市委督查室".into();
    for lang in Lang::ALL {
        let t = lang.catalog();
        let s = t.supervision;
        let mut out = String::new();
        stepper_html(&mut out, t, &p, &Id::new("t1"));
        // Seven steps, the last marked current in words and by aria-current.
        assert_eq!(out.matches("<li class=\"step").count(), 7);
        assert_eq!(out.matches("aria-current=\"step\"").count(), 1);
        let last = &out[out.rfind("<li").unwrap()..];
        assert!(last.contains(s.current_step) && last.contains((s.step_name)(StepKind::ClosedOut)));
        // 03-04 signed, 05-01 first completion report: 58 days.
        assert!(out.contains(&(s.days_after)(58)));
        assert_eq!(out.matches("class=\"step-days\"").count(), 6);
        assert!(out.contains(&(s.stage_now)((s.stage_name)(Stage::ClosedOut))));
        assert!(out.contains("&lt;b&gt;佐证&lt;/b&gt; &amp; 不足") && !out.contains("<b>"));
        // An item with no step says so.
        let mut none = String::new();
        stepper_html(&mut none, t, &plan(), &Id::new("t1"));
        assert!(none.contains(s.no_steps) && !none.contains("<ol"));

        let mut doc = String::new();
        notice_doc_html(&mut doc, t, &p, &p.notices[1]);
        for needle in [
            s.print_title,
            "n2",
            "发改委",
            "t1 事项t1",
            (s.level_name)(NoticeLevel::Reminder),
            "2026-04-15",
            "市委督查室",
        ] {
            assert!(doc.contains(needle), "{lang:?} lacks {needle}: {doc}");
        }
        assert!(doc.contains(&(s.print_reply_by)(d(2026, 4, 15))));
        // Its reply came five days late, and says so.
        assert!(doc.contains(&(s.reply_status)(ReplyState::Late, 5)));
        let mut unanswered = String::new();
        notice_doc_html(&mut unanswered, t, &p, &p.notices[2]);
        assert!(!unanswered.contains("nd-reply"));
    }
}

#[test]
fn a_notice_saved_as_html_is_one_page_with_its_own_style_and_no_script() {
    use plan_tracker::supervision::html::{notice_doc_html, notice_document, notice_file_name};
    let sheet = plan_tracker::saved_sheets::minify(include_str!("../style/notice.css"));
    let mut p = counted_plan();
    p.notices[1].asked = "</style><script>alert(1)</script> 请 & 回复".into();
    p.notices[1].number = "督〔2026〕2/号".into();
    for lang in Lang::ALL {
        let (t, tag) = (lang.catalog(), lang.tag());
        let n = &p.notices[1];
        let page = notice_document(t, tag, &p, n, &sheet);
        let mut doc = String::new();
        notice_doc_html(&mut doc, t, &p, n);
        assert!(page.starts_with("<!doctype html>"));
        assert!(page.contains(&format!("<html lang=\"{tag}\">")));
        assert!(
            page.contains(&doc),
            "{lang:?}: the document is the page's body"
        );
        // The sheet inlined whole (only "</" written so it cannot end the element).
        assert!(page.contains(&sheet.replace("</", "<\\/")) && page.contains("--nd-red"));
        assert!(
            !page.contains("<script"),
            "{lang:?}: no script, the request escaped"
        );
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; 请 &amp; 回复"));
        assert!(!page.contains("<link") && !page.contains("src="));
        assert!(page.contains(&format!(
            "<title>{} 督〔2026〕2/号</title>",
            t.supervision.print_title
        )));
        // The number made safe for a file name.
        let name = notice_file_name(t, n);
        assert_eq!(
            name,
            format!("{} 督〔2026〕2_号.html", t.supervision.print_title)
        );
    }
}

#[test]
fn the_notices_list_says_each_reply_in_words_and_links_each_print() {
    use plan_tracker::supervision::html::notices_html;
    let p = counted_plan();
    let today = d(2026, 5, 20);
    for lang in Lang::ALL {
        let t = lang.catalog();
        let s = t.supervision;
        let mut out = String::new();
        notices_html(
            &mut out,
            t,
            &p,
            &Id::new("t1"),
            today,
            None,
            "?lang=en&today=2026-05-20",
        );
        assert_eq!(out.matches("<li class=\"sv-notice\">").count(), 2);
        assert!(out.contains(&(s.reply_status)(ReplyState::OnTime, 0)));
        assert!(out.contains(&(s.reply_status)(ReplyState::Late, 5)));
        assert!(out.contains("data-state=\"late\""));
        // Both replied: no reply button; each has its print link.
        assert!(!out.contains("data-reply"));
        assert!(out.contains("href=\"?view=notice&amp;id=n1&amp;lang=en&amp;today=2026-05-20\""));
        let mut t2 = String::new();
        notices_html(
            &mut t2,
            t,
            &p,
            &Id::new("t2"),
            today,
            Some(&Id::new("n3")),
            "",
        );
        assert!(t2.contains("data-reply=\"n3\" aria-expanded=\"true\""));
        assert!(t2.contains("data-reply=\"n4\" aria-expanded=\"false\""));
        assert!(t2.contains(&(s.reply_status)(ReplyState::Missing, 73)));
        let mut none = String::new();
        notices_html(&mut none, t, &plan(), &Id::new("t1"), today, None, "");
        assert!(none.contains(s.no_notices) && !none.contains("<ul"));
    }
}

/// A notice issued on many items at once: one per item to its lead unit,
/// numbered on from the year's next serial, as one batch undone in one
/// step; items with an open notice at the same or a higher level skipped
/// and named, whatever the order or repetition of the ids given.
#[test]
fn a_bulk_notice_skips_items_already_pressed_as_hard_and_undoes_in_one_step() {
    let mut p = plan();
    p.tasks.push(Task::new("t3", "t3", "事项t3", "a1", "u1"));
    let open = |id: &str, task: &str, level, issued, due| Notice {
        level,
        ..Notice::new(
            id,
            format!("督办〔2026〕{}号", &id[1..]),
            task,
            "u1",
            issued,
            "说明",
            due,
        )
    };
    // t1: a chase, unanswered and past due; t2: a reminder not yet due.
    p.notices.push(open(
        "n1",
        "t1",
        NoticeLevel::Chase,
        d(2026, 3, 1),
        d(2026, 3, 5),
    ));
    p.notices.push(open(
        "n2",
        "t2",
        NoticeLevel::Reminder,
        d(2026, 3, 8),
        d(2026, 3, 20),
    ));
    let ids = |xs: &[&str]| xs.iter().map(|x| Id::new(*x)).collect::<Vec<_>>();
    let given = ids(&["t3", "t1", "t2", "t1", "no-such-item"]);
    let day = d(2026, 3, 10);
    let skip = |task: &str, number: &str, level| Skipped {
        task: Id::new(task),
        number: number.into(),
        level,
    };

    // A reminder: both items with an open notice are skipped.
    let (to, skipped) = bulk_targets(&p, &given, NoticeLevel::Reminder, day);
    assert_eq!(to, ids(&["t3"]));
    assert_eq!(
        skipped,
        vec![
            skip("t1", "督办〔2026〕1号", NoticeLevel::Chase),
            skip("t2", "督办〔2026〕2号", NoticeLevel::Reminder),
        ]
    );
    // A chase passes the reminder's item, not the chased one.
    let (to, skipped) = bulk_targets(&p, &given, NoticeLevel::Chase, day);
    assert_eq!(to, ids(&["t3", "t2"]));
    assert_eq!(
        skipped,
        vec![skip("t1", "督办〔2026〕1号", NoticeLevel::Chase)]
    );
    // Supervision by name passes all three.
    let (to, skipped) = bulk_targets(&p, &given, NoticeLevel::ByName, day);
    assert_eq!(to, ids(&["t3", "t1", "t2"]));
    assert!(skipped.is_empty());
    // A notice issued after the day, or answered by it, is not open.
    assert_eq!(
        bulk_targets(&p, &given, NoticeLevel::Reminder, d(2026, 3, 7)).0,
        ids(&["t3", "t2"])
    );
    let mut answered = p.clone();
    answered.notices[0].reply = Some(Reply {
        date: d(2026, 3, 9),
        text: "已办".into(),
        by: String::new(),
    });
    assert_eq!(
        bulk_targets(&answered, &given, NoticeLevel::Chase, day).0,
        ids(&["t3", "t1", "t2"])
    );

    // The command: one notice per item, to its lead unit, numbered 3 and 4.
    let (to, _) = bulk_targets(&p, &given, NoticeLevel::Chase, day);
    let draft = BulkNotice {
        level: NoticeLevel::Chase,
        issued: day,
        asked: " 书面说明进度 ".into(),
        reply_due: d(2026, 3, 17),
    };
    let mut n = 0;
    let cmd = bulk_command(
        &p,
        &to,
        &draft,
        Lang::Zh.catalog().supervision.notice_number,
        || {
            n += 1;
            Id::new(format!("b{n}"))
        },
    );
    let change = describe(&p, &cmd);
    assert_eq!((change.action, change.count), (Action::Batch, 2));
    assert!((Lang::En.catalog().history.sentence)(&change)
        .starts_with("Issued 2 supervision notices together, the first on “t3"));
    assert!((Lang::Zh.catalog().history.sentence)(&change).starts_with("批量下发督办单 2 份"));
    let before = p.clone();
    let inverse = apply(&mut p, cmd).unwrap();
    let issued: Vec<_> = p.notices[2..]
        .iter()
        .map(|n| {
            (
                n.id.as_str(),
                n.number.as_str(),
                n.task.as_str(),
                n.unit.as_str(),
                n.level,
            )
        })
        .collect();
    assert_eq!(
        issued,
        vec![
            ("b1", "督办〔2026〕3号", "t3", "u1", NoticeLevel::Chase),
            ("b2", "督办〔2026〕4号", "t2", "u2", NoticeLevel::Chase),
        ]
    );
    assert!(p.notices[2..]
        .iter()
        .all(|n| n.asked == "书面说明进度" && n.reply_due == d(2026, 3, 17) && n.issued == day));
    // Every item now has an open chase: a second chase reaches none.
    assert_eq!(
        bulk_targets(&p, &given, NoticeLevel::Chase, day).0,
        ids(&[])
    );
    // One undo takes both back.
    apply(&mut p, inverse).unwrap();
    assert_eq!(p, before);
    // A bad request refuses the whole batch, the plan unchanged.
    let bad = bulk_command(
        &p,
        &to,
        &BulkNotice {
            asked: " ".into(),
            ..draft
        },
        Lang::En.catalog().supervision.notice_number,
        || Id::new("x"),
    );
    assert!(apply(&mut p, bad).is_err());
    assert_eq!(p, before);
}

/// The task filter's loop facets on the hand-computed plan, as of a day:
/// the stage after the latest step (a return told from a sign-for), not
/// signed for in time, open notices by level, late and missing replies;
/// and each in the URL.
#[test]
fn the_task_filter_finds_items_by_stage_notice_and_reply() {
    use plan_tracker::query::{TaskFilter, TaskQuery};
    let mut p = counted_plan();
    p.notices[3].level = NoticeLevel::Chase;
    let ids = |p: &Plan, day: Date, f: TaskFilter| -> Vec<String> {
        let index = TaskIndex::build(p, day);
        f.apply(p, &index)
            .into_iter()
            .map(|i| index.rows[i].id.to_string())
            .collect()
    };
    let stage = |s: LoopStage| TaskFilter {
        stages: vec![s],
        ..Default::default()
    };
    // 5 May: t1 returned on 05-03 (in progress again), t2 assigned only.
    let may5 = d(2026, 5, 5);
    assert_eq!(ids(&p, may5, stage(LoopStage::Returned)), ["t1"]);
    assert!(ids(&p, may5, stage(LoopStage::SignedFor)).is_empty());
    assert_eq!(ids(&p, may5, stage(LoopStage::Assigned)), ["t2"]);
    // 20 May: t1 closed out; t2 long past its 5 days to sign.
    let may20 = d(2026, 5, 20);
    assert_eq!(ids(&p, may20, stage(LoopStage::ClosedOut)), ["t1"]);
    let unsigned = TaskFilter {
        not_signed_in_time: true,
        ..Default::default()
    };
    assert_eq!(ids(&p, may20, unsigned.clone()), ["t2"]);
    assert!(ids(&p, d(2026, 3, 6), unsigned).is_empty());
    // Open notices: t2's reminder n3 (missing since 03-09) and its chase
    // n4 (from 05-18); t1's are answered.
    let open = |levels: Vec<Option<NoticeLevel>>| TaskFilter {
        notices: levels,
        ..Default::default()
    };
    assert_eq!(ids(&p, may20, open(vec![None])), ["t2"]);
    assert_eq!(ids(&p, may20, open(vec![Some(NoticeLevel::Chase)])), ["t2"]);
    assert!(ids(&p, may5, open(vec![Some(NoticeLevel::Chase)])).is_empty());
    assert!(ids(&p, may20, open(vec![Some(NoticeLevel::ByName)])).is_empty());
    // Replies: t1's n2 replied late (04-20, due 04-15); t2's n3 missing.
    let reply = |r: ReplyState| TaskFilter {
        replies: vec![r],
        ..Default::default()
    };
    assert_eq!(ids(&p, may20, reply(ReplyState::Late)), ["t1"]);
    assert!(ids(&p, d(2026, 4, 19), reply(ReplyState::Late)).is_empty());
    assert_eq!(ids(&p, may20, reply(ReplyState::Missing)), ["t2"]);
    // The facets count each value under the other filters.
    let index = TaskIndex::build(&p, may20);
    let facets = TaskFilter::default().facets(&p, &index);
    assert_eq!(facets.not_signed_in_time, 1);
    assert_eq!(
        facets.notices,
        vec![
            (None, 1),
            (Some(NoticeLevel::Reminder), 1),
            (Some(NoticeLevel::Chase), 1),
            (Some(NoticeLevel::ByName), 0)
        ]
    );
    assert_eq!(
        facets.replies,
        vec![(ReplyState::Late, 1), (ReplyState::Missing, 1)]
    );
    // Written in the URL and read back.
    let q = TaskQuery {
        filter: TaskFilter {
            stages: vec![LoopStage::Returned, LoopStage::ClosedOut],
            not_signed_in_time: true,
            notices: vec![None, Some(NoticeLevel::ByName)],
            replies: vec![ReplyState::Missing],
            ..Default::default()
        },
        sort: None,
    };
    let params = q.to_params();
    assert_eq!(
        params
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>(),
        [
            "stage=returned",
            "stage=closed_out",
            "unsigned=1",
            "notice=any",
            "notice=by_name",
            "reply=missing"
        ]
    );
    assert_eq!(TaskQuery::from_params(&params), q);
}

/// One item's loop, read from its own steps and notices, is its entry of
/// every item's loops, on every day of the hand-computed plan and of the
/// sample.
#[test]
fn one_items_loop_is_its_entry_of_every_items_loops() {
    use plan_tracker::supervision::counts::task_loop;
    let mut checked = 0;
    for (p, days) in [
        (counted_plan(), (d(2026, 2, 28), d(2026, 6, 1))),
        (sample_plan(Lang::En), (d(2023, 1, 1), d(2024, 1, 1))),
    ] {
        let mut day = days.0;
        while day <= days.1 {
            let all = task_loops(&p, day);
            for (task, l) in p.tasks.iter().zip(&all) {
                assert_eq!(&task_loop(&p, &task.id, day), l, "{} on {day}", task.id);
                checked += usize::from(l.last.is_some() || l.notices.received > 0);
            }
            day = day + chrono::Days::new(3);
        }
    }
    // Not only items the loop never touched.
    assert!(checked > 100, "{checked}");
}

/// The merge's "already here" note counts the loop's steps and replies
/// too, and names only what there is.
#[test]
fn the_duplicates_note_counts_steps_and_replies_too() {
    let en = Lang::En.catalog().exchange.duplicates_note;
    let zh = Lang::Zh.catalog().exchange.duplicates_note;
    let tail = "already in the plan; each is counted once and not added again.";
    assert_eq!(
        en(0, 0, 2),
        format!("2 supervision steps and replies are {tail}")
    );
    assert_eq!(
        en(0, 0, 1),
        format!("1 supervision step or reply is {tail}")
    );
    assert_eq!(
        en(1, 0, 1),
        format!("1 report and 1 supervision step or reply are {tail}")
    );
    assert_eq!(
        en(2, 3, 4),
        format!("2 reports, 3 values and 4 supervision steps and replies are {tail}")
    );
    assert_eq!(en(2, 1, 0), format!("2 reports and 1 value are {tail}"));
    assert_eq!(
        zh(0, 0, 3),
        "督办环节及回复 3 项已在本规划中，只计一次，不重复添加。"
    );
    assert_eq!(
        zh(2, 1, 0),
        "进展报告 2 条、指标数值 1 项已在本规划中，只计一次，不重复添加。"
    );
}
