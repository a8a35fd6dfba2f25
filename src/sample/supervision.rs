//! The sample's supervision loop (督办闭环), every text a zh-CN / English
//! pair: one item from a meeting, the lifecycle steps of five items (one
//! closed out, one accepted and waiting, one returned, two in progress, one
//! assigned and never signed for) and six notices on the items the reports
//! say are lagging, chased up to supervision by name (挂牌督办), replied to
//! on time, late or not at all. Illustrative, like the sample's other
//! dates and units. Verification is not required, so the lights and the
//! scores are those of the reports alone.

use super::build::{d, t};
use crate::i18n::Lang;
use crate::model::*;

type Pair = (&'static str, &'static str);

/// The office, as it signs its steps.
const OFFICE: Pair = ("省委督查室", "Provincial Supervision Office");

/// Where the items from outside the plan come from: (task, source,
/// reference, date).
pub(super) fn sources(l: Lang, tasks: &mut [Task]) {
    for task in tasks.iter_mut().filter(|x| x.id.as_str() == "t-1-5") {
        task.source = SourceKind::Meeting;
        task.source_ref = t(
            l,
            "省委常委会会议（2023年第12次）",
            "Provincial Party Standing Committee meeting (12th of 2023)",
        );
        task.source_date = Some(d(2023, 3, 28));
    }
}

#[allow(clippy::too_many_arguments)]
fn step(
    l: Lang,
    task: &str,
    n: usize,
    kind: StepKind,
    date: Date,
    by: Pair,
    note: Pair,
    reasons: Pair,
) -> Step {
    Step {
        by: t(l, by.0, by.1),
        note: t(l, note.0, note.1),
        reasons: t(l, reasons.0, reasons.1),
        ..Step::new(format!("s-{task}-{n}"), task, kind, date)
    }
}

const NONE: Pair = ("", "");

/// The lifecycle steps, in the order they were recorded.
pub(super) fn steps(l: Lang) -> Vec<Step> {
    use StepKind::*;
    let s = |task, n, kind, date, by, note| step(l, task, n, kind, date, by, note, NONE);
    vec![
        s("t-1-3", 1, Assigned, d(2023, 1, 3), OFFICE, NONE),
        s(
            "t-1-3",
            2,
            SignedFor,
            d(2023, 1, 4),
            ("省政府办公厅", "Provincial Government General Office"),
            NONE,
        ),
        s("t-5-3", 1, Assigned, d(2023, 1, 5), OFFICE, NONE),
        s(
            "t-5-3",
            2,
            SignedFor,
            d(2023, 1, 9),
            ("太原市商务局", "Taiyuan Commerce Bureau"),
            NONE,
        ),
        s("t-7-3", 1, Assigned, d(2023, 3, 1), OFFICE, NONE),
        s("t-8-2", 1, Assigned, d(2023, 3, 1), OFFICE, NONE),
        s(
            "t-8-2",
            2,
            SignedFor,
            d(2023, 3, 6),
            ("小店区交通局", "Xiaodian Transport Bureau"),
            NONE,
        ),
        s(
            "t-6-3",
            1,
            Assigned,
            d(2023, 5, 15),
            OFFICE,
            ("汛前交办", "Assigned before the flood season"),
        ),
        s(
            "t-6-3",
            2,
            SignedFor,
            d(2023, 5, 16),
            ("太原市应急管理局", "Taiyuan Emergency Management Bureau"),
            NONE,
        ),
        s(
            "t-1-3",
            3,
            CompletionReported,
            d(2023, 6, 20),
            ("省政府办公厅", "Provincial Government General Office"),
            (
                "综合评价指标体系印发文件",
                "The document issuing the evaluation index system",
            ),
        ),
        s(
            "t-1-3",
            4,
            Accepted,
            d(2023, 6, 26),
            OFFICE,
            ("材料齐全，核查通过", "Complete; verified"),
        ),
        s("t-1-3", 5, ClosedOut, d(2023, 6, 30), OFFICE, NONE),
        s(
            "t-8-2",
            3,
            CompletionReported,
            d(2023, 9, 12),
            ("小店区交通局", "Xiaodian Transport Bureau"),
            (
                "主干道通车照片",
                "Photographs of the main road open to traffic",
            ),
        ),
        step(
            l,
            "t-8-2",
            4,
            Returned,
            d(2023, 9, 18),
            OFFICE,
            NONE,
            (
                "缺少交工验收报告，请补充后重新申请",
                "No handover acceptance report; add it and apply again",
            ),
        ),
        s(
            "t-6-3",
            3,
            CompletionReported,
            d(2023, 9, 26),
            ("太原市应急管理局", "Taiyuan Emergency Management Bureau"),
            ("主汛期工作总结", "The flood season's work summary"),
        ),
        s(
            "t-6-3",
            4,
            Accepted,
            d(2023, 9, 28),
            OFFICE,
            ("待销号", "To be closed out"),
        ),
    ]
}

#[allow(clippy::too_many_arguments)]
fn notice(
    l: Lang,
    n: u32,
    task: &str,
    unit: &str,
    level: NoticeLevel,
    issued: Date,
    asked: Pair,
    due: Date,
    reply: Option<(Date, Pair, Pair)>,
) -> Notice {
    let number = match l {
        Lang::Zh => format!("督办〔2023〕{n}号"),
        Lang::En => format!("Supervision [2023] No. {n}"),
    };
    Notice {
        level,
        reply: reply.map(|(date, text, by)| Reply {
            date,
            text: t(l, text.0, text.1),
            by: t(l, by.0, by.1),
        }),
        ..Notice::new(
            format!("n-2023-{n}"),
            number,
            task,
            unit,
            issued,
            t(l, asked.0, asked.1),
            due,
        )
    }
}

/// The notices, in the order they were issued.
pub(super) fn notices(l: Lang) -> Vec<Notice> {
    use NoticeLevel::*;
    let xd = (
        "小店区人民政府办公室",
        "Xiaodian District Government Office",
    );
    let ty = ("太原市商务局", "Taiyuan Commerce Bureau");
    vec![
        notice(
            l,
            1,
            "t-7-3",
            "u-xiaodian",
            Reminder,
            d(2023, 6, 1),
            (
                "文旅康养融合发展任务尚未报送进展，请书面说明推进情况。",
                "No progress has been reported on the culture, tourism and wellness task: report in writing how it stands.",
            ),
            d(2023, 6, 10),
            None,
        ),
        notice(
            l,
            2,
            "t-5-3",
            "u-taiyuan",
            Reminder,
            d(2023, 7, 10),
            (
                "外贸外资进度滞后，请报送下半年攻坚措施。",
                "Foreign trade and investment lag behind: send the measures for the second half of the year.",
            ),
            d(2023, 7, 20),
            Some((
                d(2023, 7, 18),
                ("已制定下半年稳外贸十条措施。", "Ten measures to steady foreign trade in the second half have been drawn up."),
                ty,
            )),
        ),
        notice(
            l,
            3,
            "t-7-3",
            "u-xiaodian",
            Chase,
            d(2023, 8, 1),
            (
                "前次督办未回复，请于期限内报送进展和存在问题。",
                "The last notice went unanswered: report progress and problems by the due date.",
            ),
            d(2023, 8, 10),
            None,
        ),
        notice(
            l,
            4,
            "t-5-3",
            "u-taiyuan",
            Chase,
            d(2023, 8, 25),
            (
                "进度仍明显滞后，请说明原因并明确完成时限。",
                "Still far behind: explain why and set a date for completion.",
            ),
            d(2023, 9, 5),
            Some((
                d(2023, 9, 8),
                (
                    "受外需下降影响，已对接重点外贸企业，力争年底前完成。",
                    "Falling foreign demand; the main exporters have been met, aiming to finish by year end.",
                ),
                ty,
            )),
        ),
        notice(
            l,
            5,
            "t-7-3",
            "u-xiaodian",
            ByName,
            d(2023, 9, 1),
            (
                "两次督办未回复，现予挂牌督办，请区政府主要负责同志牵头整改。",
                "Two notices unanswered: the item is now supervised by name; the district's head is to lead the rectification.",
            ),
            d(2023, 9, 10),
            Some((
                d(2023, 9, 14),
                (
                    "已成立工作专班，制定整改方案，10月底前报送首期进展。",
                    "A task force and a rectification plan are in place; the first progress report comes by the end of October.",
                ),
                xd,
            )),
        ),
        notice(
            l,
            6,
            "t-8-2",
            "u-xiaodian",
            Chase,
            d(2023, 9, 20),
            (
                "综合交通体系已逾期，请补充交工验收报告并说明原因。",
                "The transport system is past its deadline: add the handover acceptance report and explain the delay.",
            ),
            d(2023, 9, 27),
            None,
        ),
    ]
}
