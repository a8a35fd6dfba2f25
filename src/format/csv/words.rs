//! The words CSV import recognises: the headers that name each field of a
//! task, and the names of tiers, in Chinese and English alike (a Chinese
//! office may keep an English sheet and the other way round). This is data
//! handed to [`super::guess_mapping`] and [`super::prepare`]; it is not
//! read from the message catalogs, and it holds the catalogs' own export
//! headers so that every exported sheet maps itself (a test checks it).
//!
//! Headers are compared [`super::normalize`]d: case, spaces, punctuation
//! and bracketed notes ("完成时限（年月日）") do not count.

use super::Field;
use crate::model::{SourceKind, Tier};

/// What import recognises, as data.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// For each fixed field, the headers that name it (a task's text
    /// column has its words in its row of `model::task_texts`).
    pub fields: &'static [(Field, &'static [&'static str])],
    /// Headers that name the units responsible for a task (责任单位):
    /// read as the lead unit when no other column names the lead unit,
    /// otherwise as the co-operating units (lead and co-operating together).
    pub responsible: &'static [&'static str],
    /// Headers of columns import does not read (progress, lights, notes,
    /// contacts): known, so that such a column is never taken for a field
    /// because its header contains the field's name.
    pub not_read: &'static [&'static str],
    /// For each tier, the words that name it in a cell.
    pub tiers: &'static [(Tier, &'static [&'static str])],
    /// For each source, the words that name it in a cell.
    pub sources: &'static [(SourceKind, &'static [&'static str])],
    /// Words a ledger puts among the co-operating units that name no unit
    /// in particular (各有关单位, "relevant units"): not made into units.
    pub no_unit: &'static [&'static str],
}

/// The usual headers of Chinese ledgers (台账) and of English sheets.
pub static WORDS: Words = Words {
    fields: &[
        (
            Field::Code,
            &[
                "编号",
                "序号",
                "任务编号",
                "任务序号",
                "代码",
                "编码",
                "No.",
                "No",
                "Number",
                "Code",
                "Task no",
                "Task number",
                "Ref",
            ],
        ),
        (
            Field::Title,
            &[
                "任务名称",
                "任务",
                "重点任务",
                "工作任务",
                "任务内容",
                "具体任务",
                "主要任务",
                "重点工作",
                "名称",
                "标题",
                "事项",
                "工作事项",
                "Task",
                "Title",
                "Task title",
                "Task name",
                "Name",
                "Key task",
            ],
        ),
        (
            Field::Area,
            &[
                "重点领域",
                "领域",
                "重点方面",
                "方面",
                "板块",
                "类别",
                "所属领域",
                "工作领域",
                "Key area",
                "Area",
                "Key area of focus",
                "Focus area",
            ],
        ),
        (
            Field::Lead,
            &[
                "牵头单位",
                "牵头部门",
                "主责单位",
                "主责部门",
                "主办单位",
                "牵头责任单位",
                "Lead unit",
                "Lead",
                "Lead department",
                "Lead agency",
                "Owner",
            ],
        ),
        (
            Field::CoUnits,
            &[
                "配合单位",
                "配合部门",
                "协同单位",
                "协同部门",
                "协办单位",
                "协作单位",
                "协助单位",
                "参与单位",
                "Co-operating units",
                "Co-operating unit",
                "Cooperating units",
                "Co-units",
                "Supporting units",
                "Partners",
            ],
        ),
        (
            Field::Leader,
            &[
                "分管领导",
                "责任领导",
                "分管负责人",
                "牵头领导",
                "Leader in charge",
                "Leader",
                "Responsible leader",
            ],
        ),
        (
            Field::Tier,
            &[
                "任务层级",
                "层级",
                "级别",
                "任务类别",
                "任务类型",
                "类型",
                "Tier",
                "Type",
                "Priority",
            ],
        ),
        (
            Field::Start,
            &[
                "开始日期",
                "开始时间",
                "起始时间",
                "启动时间",
                "开始",
                "Start date",
                "Start",
                "Starts",
                "Begin",
            ],
        ),
        (
            Field::Deadline,
            &[
                "完成时限",
                "时限",
                "截止日期",
                "完成时间",
                "截止时间",
                "完成期限",
                "完成日期",
                "办结时限",
                "Deadline",
                "Due",
                "Due date",
                "End date",
                "Completion date",
                "Time limit",
            ],
        ),
        (
            Field::Requirement,
            &[
                "目标要求",
                "工作要求",
                "任务要求",
                "具体要求",
                "工作目标",
                "目标任务",
                "要求",
                "Requirement",
                "Requirements",
                "Target requirement",
                "Target",
            ],
        ),
        (
            Field::Source,
            &[
                "来源",
                "事项来源",
                "任务来源",
                "交办来源",
                "Source",
                "Item source",
                "Origin",
            ],
        ),
        (
            Field::SourceRef,
            &[
                "会议或文件",
                "来源依据",
                "会议名称",
                "文件名称",
                "文号",
                "批示件",
                "Meeting or document",
                "Source reference",
                "Reference",
                "Document No.",
            ],
        ),
        (
            Field::SourceDate,
            &[
                "来源日期",
                "会议日期",
                "批示日期",
                "印发日期",
                "Date of the source",
                "Source date",
                "Meeting date",
            ],
        ),
        (
            Field::Tags,
            &[
                "标签",
                "关键词",
                "标记",
                "Tags",
                "Tag",
                "Labels",
                "Keywords",
            ],
        ),
    ],
    responsible: &[
        "责任单位",
        "责任部门",
        "负责单位",
        "Responsible unit",
        "Responsible units",
        "Responsible department",
    ],
    not_read: &[
        "进展情况",
        "完成进度",
        "进度",
        "完成情况",
        "工作进展",
        "进展",
        "亮灯状态",
        "亮灯原因",
        "亮灯",
        "状态",
        "最近报告日期",
        "存在问题",
        "下步打算",
        "下一步计划",
        "佐证材料",
        "备注",
        "联系人",
        "联系电话",
        "Progress",
        "Status",
        "Light",
        "Light reason",
        "Last report",
        "Problems",
        "Next steps",
        "Notes",
        "Remarks",
        "Contact",
    ],
    tiers: &[
        (
            Tier::KeyBreakthrough,
            &[
                "重点突破任务",
                "重点突破",
                "突破",
                "Key breakthrough",
                "Key breakthrough task",
                "Breakthrough",
            ],
        ),
        (Tier::Key, &["重点任务", "重点", "Key", "Key task"]),
        (
            Tier::Regular,
            &[
                "一般任务",
                "一般",
                "普通",
                "Regular",
                "Regular task",
                "Normal",
                "General",
            ],
        ),
    ],
    no_unit: &[
        "各有关单位",
        "有关单位",
        "各相关单位",
        "相关单位",
        "其他有关单位",
        "其他相关单位",
        "各有关部门",
        "有关部门",
        "各相关部门",
        "相关部门",
        "其他有关部门",
        "有关方面",
        "各有关方面",
        "Relevant units",
        "All relevant units",
        "Other relevant units",
        "Units concerned",
        "Relevant departments",
        "Departments concerned",
    ],
    sources: &[
        (
            SourceKind::Plan,
            &["规划任务", "规划", "计划", "Plan", "Plan task"],
        ),
        (
            SourceKind::Meeting,
            &[
                "会议议定事项",
                "会议",
                "会议事项",
                "Meeting",
                "Meeting decision",
            ],
        ),
        (
            SourceKind::Instruction,
            &[
                "领导批示",
                "批示",
                "批示件",
                "Leader's instruction",
                "Instruction",
            ],
        ),
        (SourceKind::Document, &["文件", "文件事项", "Document"]),
        (SourceKind::Other, &["其他", "其它", "Other"]),
    ],
};
