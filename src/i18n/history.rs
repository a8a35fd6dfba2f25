//! Texts of the change history: one sentence per entry, naming the item
//! the change was about, in both languages.
//!
//! An entry keeps the label of its item as it was when the change was made
//! (`Change::label`), so the sentence reads on its own after the item is
//! renamed or deleted. Entries written before `Change::milestone` existed
//! read as an edit of their task. A change whose items came in files
//! (`Change::merged_from`, `Change::read_from`) names the files after it,
//! the first three of a long list and how many more.

use super::Num;
use crate::model::{Action, Change, MilestoneChange, MilestoneNote};
use crate::validate::Kind;

/// Texts of the change history.
pub struct HistoryText {
    /// What the entry says happened, with the item's label in it.
    pub sentence: fn(&Change) -> String,
}

pub static EN: HistoryText = HistoryText {
    sentence: |c| match files_in(c) {
        None => en(c),
        Some((merged, files)) => format!("{}, {}", en(c), en_files(merged, files)),
    },
};

pub static ZH: HistoryText = HistoryText {
    sentence: |c| match files_in(c) {
        None => zh(c),
        Some((merged, files)) => format!("{}（{}）", zh(c), zh_files(merged, files)),
    },
};

/// The files an entry's change came in, and whether they were merged (else
/// read as CSV); none for a change made in the app.
fn files_in(c: &Change) -> Option<(bool, &[String])> {
    match (c.merged_from.as_slice(), c.read_from.as_slice()) {
        ([], []) => None,
        ([], read) => Some((false, read)),
        (merged, _) => Some((true, merged)),
    }
}

/// How many files' names a history entry shows before "and n more".
const FILES_NAMED: usize = 3;

/// "merged from a.json, b.json and 5 other files".
fn en_files(merged: bool, all: &[String]) -> String {
    let how = if merged { "merged from" } else { "read from" };
    let named = &all[..all.len().min(FILES_NAMED)];
    let files = match (named, all.len() - named.len()) {
        ([], _) => "files".to_string(),
        ([one], 0) => one.clone(),
        (names, 0) => {
            let (last, rest) = names.split_last().expect("two or more");
            format!("{} and {last}", rest.join(", "))
        }
        (names, 1) => format!("{} and 1 other file", names.join(", ")),
        (names, more) => format!("{} and {} other files", names.join(", "), Num(more)),
    };
    format!("{how} {files}")
}

/// "合并自 a.json、b.json 等 8 个文件".
fn zh_files(merged: bool, all: &[String]) -> String {
    let how = if merged { "合并自" } else { "导入自" };
    let named = &all[..all.len().min(FILES_NAMED)];
    let names = named.join("、");
    if all.len() > named.len() {
        format!("{how} {names} 等 {} 个文件", Num(all.len()))
    } else if names.is_empty() {
        format!("{how}文件")
    } else {
        format!("{how} {names}")
    }
}

/// "task “1.1 …”", or only the label when the kind is not known.
fn en_item(c: &Change) -> String {
    match c.kind {
        // A report's label is its task's or project's: name that.
        Some(Kind::Update) | None => format!("“{}”", c.label),
        // A step's or notice's label is its item's.
        Some(k @ (Kind::Step | Kind::Notice)) => {
            format!("a {} on “{}”", super::en::kind_name(k), c.label)
        }
        Some(k) => format!("{} “{}”", super::en::kind_name(k), c.label),
    }
}

fn zh_item(c: &Change) -> String {
    match c.kind {
        Some(Kind::Update) | None => format!("“{}”", c.label),
        Some(k @ (Kind::Step | Kind::Notice)) => {
            format!("“{}”的{}", c.label, super::zh::kind_name(k))
        }
        Some(k) => format!("{}“{}”", super::zh::kind_name(k), c.label),
    }
}

fn en_milestone(m: &MilestoneNote, task: &str) -> String {
    let name = &m.name;
    match m.change {
        MilestoneChange::Added => format!("Milestone “{name}” added to “{task}”"),
        MilestoneChange::Removed => format!("Milestone “{name}” removed from “{task}”"),
        MilestoneChange::Done => format!("Milestone “{name}” marked done on “{task}”"),
        MilestoneChange::Reopened => format!("Milestone “{name}” marked not done on “{task}”"),
        MilestoneChange::Edited => format!("Milestone “{name}” edited on “{task}”"),
        MilestoneChange::Moved => format!("Milestone “{name}” moved up on “{task}”"),
    }
}

fn zh_milestone(m: &MilestoneNote, task: &str) -> String {
    let name = &m.name;
    match m.change {
        MilestoneChange::Added => format!("为“{task}”新增节点“{name}”"),
        MilestoneChange::Removed => format!("删除“{task}”的节点“{name}”"),
        MilestoneChange::Done => format!("“{task}”的节点“{name}”标为已完成"),
        MilestoneChange::Reopened => format!("“{task}”的节点“{name}”改为未完成"),
        MilestoneChange::Edited => format!("修改“{task}”的节点“{name}”"),
        MilestoneChange::Moved => format!("“{task}”的节点“{name}”上移"),
    }
}

fn en(c: &Change) -> String {
    let label = &c.label;
    let item = en_item(c);
    if let Some(m) = &c.milestone {
        let what = en_milestone(m, label);
        return match c.action {
            Action::Undo => format!("Undid: {what}"),
            Action::Redo => format!("Redid: {what}"),
            _ => what,
        };
    }
    let several = c.count > 1;
    match c.action {
        Action::Create if !c.read_from.is_empty() => format!("Created the plan “{label}” here"),
        Action::Create if label.is_empty() => "Created the plan".into(),
        Action::Create => format!("Created the plan “{label}”"),
        Action::EditPlan => "Edited the plan settings".into(),
        Action::Add => format!("Added {item}"),
        Action::Edit => format!("Edited {item}"),
        Action::Delete => format!("Deleted {item}"),
        Action::Move => format!("Moved {item}"),
        Action::Report => format!("Reported progress on “{label}”"),
        Action::Withdraw => format!("Withdrew a progress report on “{label}”"),
        Action::Reinstate => format!("Reinstated a progress report on “{label}”"),
        Action::Batch if c.kind == Some(Kind::Notice) => format!(
            "Issued {} supervision notices together, the first on “{label}”",
            Num(c.count)
        ),
        Action::Batch => format!(
            "Changed together: {} items, the first on “{label}”",
            Num(c.count)
        ),
        Action::Undo if several => {
            format!(
                "Undid a change to {} items, the first “{label}”",
                Num(c.count)
            )
        }
        Action::Redo if several => {
            format!(
                "Redid a change to {} items, the first “{label}”",
                Num(c.count)
            )
        }
        Action::Undo => format!("Undid a change to {item}"),
        Action::Redo => format!("Redid a change to {item}"),
        Action::Assign => format!("Assigned “{label}” to its lead unit"),
        Action::SignFor => format!("Recorded that “{label}” was signed for"),
        Action::ReportCompletion => format!("Recorded a completion report on “{label}”"),
        Action::Accept => format!("Verified and accepted the completion of “{label}”"),
        Action::Return => format!("Returned “{label}” with reasons"),
        Action::CloseOut => format!("Closed out “{label}”"),
        Action::IssueNotice => format!("Issued a supervision notice on “{label}”"),
        Action::Reply => format!("Recorded the reply to a supervision notice on “{label}”"),
    }
}

fn zh(c: &Change) -> String {
    let label = &c.label;
    let item = zh_item(c);
    if let Some(m) = &c.milestone {
        let what = zh_milestone(m, label);
        return match c.action {
            Action::Undo => format!("撤销：{what}"),
            Action::Redo => format!("重做：{what}"),
            _ => what,
        };
    }
    let several = c.count > 1;
    match c.action {
        Action::Create if label.is_empty() => "创建规划".into(),
        Action::Create => format!("创建规划“{label}”"),
        Action::EditPlan => "修改了规划设置".into(),
        Action::Add => format!("新增{item}"),
        Action::Edit => format!("修改{item}"),
        Action::Delete => format!("删除{item}"),
        Action::Move => format!("调整{item}的顺序"),
        Action::Report => format!("填报“{label}”的进展"),
        Action::Withdraw => format!("撤回“{label}”的一条进展报告"),
        Action::Reinstate => format!("恢复“{label}”的一条进展报告"),
        Action::Batch if c.kind == Some(Kind::Notice) => {
            format!("批量下发督办单 {} 份，首份为“{label}”", Num(c.count))
        }
        Action::Batch => format!("批量修改 {} 项，首项为“{label}”", Num(c.count)),
        Action::Undo if several => format!("撤销对 {} 项的修改，首项为“{label}”", Num(c.count)),
        Action::Redo if several => format!("重做对 {} 项的修改，首项为“{label}”", Num(c.count)),
        Action::Undo => format!("撤销对{item}的修改"),
        Action::Redo => format!("重做对{item}的修改"),
        Action::Assign => format!("将“{label}”交办牵头单位"),
        Action::SignFor => format!("登记“{label}”已签收"),
        Action::ReportCompletion => format!("登记“{label}”的办结申请"),
        Action::Accept => format!("核查通过“{label}”的办结申请"),
        Action::Return => format!("退回“{label}”并说明理由"),
        Action::CloseOut => format!("“{label}”销号"),
        Action::IssueNotice => format!("就“{label}”下发督办单"),
        Action::Reply => format!("登记“{label}”督办单的回复"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Id;

    fn entry(action: Action, kind: Option<Kind>, label: &str) -> Change {
        Change {
            at: String::new(),
            by: String::new(),
            unit: String::new(),
            action,
            kind,
            target: Some(Id::new("x")),
            label: label.into(),
            count: 1,
            milestone: None,
            merged_from: Vec::new(),
            read_from: Vec::new(),
        }
    }

    fn said(c: &Change) -> (String, String) {
        ((EN.sentence)(c), (ZH.sentence)(c))
    }

    #[test]
    fn a_change_brought_in_files_names_them() {
        let mut c = entry(Action::Batch, Some(Kind::Update), "1.1 Cloud");
        c.count = 45;
        let files = |n: usize| (1..=n).map(|i| format!("u{i}.report.json")).collect();
        c.merged_from = files(1);
        assert_eq!(
            said(&c),
            (
                "Changed together: 45 items, the first on “1.1 Cloud”, merged from u1.report.json"
                    .into(),
                "批量修改 45 项，首项为“1.1 Cloud”（合并自 u1.report.json）".into()
            )
        );
        c.merged_from = files(3);
        assert!(said(&c)
            .0
            .ends_with("merged from u1.report.json, u2.report.json and u3.report.json"));
        assert!(said(&c)
            .1
            .ends_with("（合并自 u1.report.json、u2.report.json、u3.report.json）"));
        c.merged_from = files(180);
        assert!(said(&c).0.ends_with(
            "merged from u1.report.json, u2.report.json, u3.report.json and 177 other files"
        ));
        assert!(said(&c)
            .1
            .ends_with("（合并自 u1.report.json、u2.report.json、u3.report.json 等 180 个文件）"));
        // An undo repeats the entry, files and all.
        c.action = Action::Undo;
        assert!(said(&c).0.starts_with("Undid a change to 45 items"));
        assert!(said(&c).0.ends_with("and 177 other files"));
        let mut one = entry(Action::Report, Some(Kind::Update), "1.1 Cloud");
        one.read_from = vec!["台账.csv".into()];
        assert_eq!(
            said(&one),
            (
                "Reported progress on “1.1 Cloud”, read from 台账.csv".into(),
                "填报“1.1 Cloud”的进展（导入自 台账.csv）".into()
            )
        );
        // A plan imported from a file: said so, with the file.
        let mut imported = entry(Action::Create, None, "某县督查台账");
        imported.read_from = vec!["某县.plan.json".into()];
        assert_eq!(
            said(&imported),
            (
                "Created the plan “某县督查台账” here, read from 某县.plan.json".into(),
                "创建规划“某县督查台账”（导入自 某县.plan.json）".into()
            )
        );
    }

    #[test]
    fn a_report_names_its_task_not_the_kind_report() {
        let c = entry(Action::Report, Some(Kind::Update), "1.1 Cloud");
        assert_eq!(en(&c), "Reported progress on “1.1 Cloud”");
        assert_eq!(zh(&c), "填报“1.1 Cloud”的进展");
        let w = entry(Action::Withdraw, Some(Kind::Update), "1.1 Cloud");
        assert_eq!(en(&w), "Withdrew a progress report on “1.1 Cloud”");
    }

    #[test]
    fn a_milestone_change_says_what_happened_to_which_milestone() {
        let mut c = entry(Action::Edit, Some(Kind::Task), "1.1 Cloud");
        c.milestone = Some(MilestoneNote {
            name: "Pilot".into(),
            change: MilestoneChange::Done,
        });
        assert_eq!(en(&c), "Milestone “Pilot” marked done on “1.1 Cloud”");
        assert_eq!(zh(&c), "“1.1 Cloud”的节点“Pilot”标为已完成");
        c.action = Action::Undo;
        assert_eq!(
            en(&c),
            "Undid: Milestone “Pilot” marked done on “1.1 Cloud”"
        );
    }

    #[test]
    fn an_old_entry_without_a_milestone_reads_as_an_edit_of_its_task() {
        let c = entry(Action::Edit, Some(Kind::Task), "1.1 Cloud");
        assert_eq!(en(&c), "Edited task “1.1 Cloud”");
        assert_eq!(zh(&c), "修改任务“1.1 Cloud”");
        let mut b = entry(Action::Batch, Some(Kind::Update), "1.1 Cloud");
        b.count = 29;
        assert!(en(&b).contains("29 items"));
    }
}
