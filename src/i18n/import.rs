//! Texts of the import preview (a plan file before it is stored) and of
//! dropping files on the page, in both languages.

use super::{plural, Num};
use crate::format::Repair;

/// Texts of the import preview.
pub struct ImportText {
    /// Shown over the page while files are dragged over it.
    pub drop_hint: &'static str,
    /// The preview's heading: (file name).
    pub preview_title: fn(&str) -> String,
    pub preview_note: &'static str,
    /// The heading of what the file holds.
    pub contents: &'static str,
    pub plan_title: &'static str,
    pub plan_id: &'static str,
    pub goals: &'static str,
    pub areas: &'static str,
    pub units: &'static str,
    pub tasks: &'static str,
    pub projects: &'static str,
    pub indicators: &'static str,
    pub reports: &'static str,
    /// Supervision steps and notices, in the comparison with the plan here.
    pub steps: &'static str,
    pub notices: &'static str,
    /// What the gate put right on its own.
    pub repaired: fn(Repair) -> &'static str,
    // The plan of the same id here
    /// (its title here).
    pub same_id: fn(&str) -> String,
    /// The caption of the table of differences.
    pub diff_caption: &'static str,
    pub diff_none: &'static str,
    /// (title here, title in the file).
    pub title_differs: fn(&str, &str) -> String,
    pub settings_differ: &'static str,
    pub col_kind: &'static str,
    pub col_added: &'static str,
    pub col_removed: &'static str,
    pub col_changed: &'static str,
    // The choices
    pub choices: &'static str,
    pub replace: &'static str,
    pub replace_note: &'static str,
    /// Asked before replacing: (title here).
    pub replace_confirm: fn(&str) -> String,
    pub keep_both: &'static str,
    /// (the new plan's title).
    pub keep_both_note: fn(&str) -> String,
    /// Added to the title of a plan kept beside one of the same id.
    pub imported_suffix: &'static str,
    pub merge: &'static str,
    pub merge_note: &'static str,
    /// (new reports, new indicator values).
    pub merge_new: fn(usize, usize) -> String,
    /// Reports and values already here.
    pub merge_duplicates: fn(usize) -> String,
    /// Items that differ from what is here.
    pub merge_conflicts: fn(usize) -> String,
    /// Items about tasks, projects or indicators not in the plan here.
    pub merge_unmatched: fn(usize) -> String,
    /// Merging would change nothing.
    pub merge_nothing: &'static str,
    pub open: &'static str,
    pub open_note: &'static str,
    pub cancel: &'static str,
    // Results
    /// (title, file name).
    pub opened: fn(&str, &str) -> String,
    /// (title, file name).
    pub replaced: fn(&str, &str) -> String,
    /// (the new plan's title).
    pub kept_both: fn(&str) -> String,
    /// (new reports, new values).
    pub merged: fn(usize, usize) -> String,
    /// Merging added nothing.
    pub merged_nothing: &'static str,
    /// Said after a merge: (differing items kept as they were here).
    pub kept_current: fn(usize) -> String,
    pub cancelled: &'static str,
}

pub static EN: ImportText = ImportText {
    drop_hint: "Drop the file to import it",
    preview_title: |file| format!("Import {file}"),
    preview_note: "Check what the file holds and choose what to do with it. Nothing is stored until you choose.",
    contents: "In the file",
    plan_title: "Plan",
    plan_id: "Plan id",
    goals: "Strategic goals",
    areas: "Key areas",
    units: "Units",
    tasks: "Key tasks",
    projects: "Key projects",
    indicators: "Indicators",
    reports: "Progress reports",
    steps: "Supervision steps",
    notices: "Supervision notices",
    repaired: |r| match r {
        Repair::Utf16 => "Converted from UTF-16 to UTF-8.",
        Repair::Utf8Bom => "Byte-order mark removed.",
    },
    same_id: |title| {
        format!("This browser already has a plan with the same id: “{title}”. Compared with it, the file has:")
    },
    diff_caption: "The file compared with the plan in this browser",
    diff_none: "The file holds the same plan as this browser: title, settings, goals, key areas, units, tasks, projects, indicators, progress reports, supervision steps and notices.",
    title_differs: |here, file| format!("Title: “{here}” here, “{file}” in the file."),
    settings_differ: "The plan's settings differ (description, level, issuer, period, reporting cadence, light rules, scoring or supervision settings).",
    col_kind: "Kind",
    col_added: "Only in the file",
    col_removed: "Only here",
    col_changed: "Changed",
    choices: "What to do",
    replace: "Replace",
    replace_note: "The plan in this browser is replaced by the file. Changes made here that the file lacks are lost.",
    replace_confirm: |title| {
        format!("Replace “{title}” in this browser with the file? Changes made here that the file lacks will be lost.")
    },
    keep_both: "Keep both",
    keep_both_note: |title| {
        format!("The file is added as a new plan, “{title}”. The plan here stays as it is.")
    },
    imported_suffix: " (imported)",
    merge: "Merge reports",
    merge_note: "Add the file's progress reports and indicator values to the plan here; its tasks, projects and settings stay as they are. One change, which can be undone.",
    merge_new: |reports, values| {
        format!(
            "New: {} and {}.",
            plural(reports, "progress report", "progress reports"),
            plural(values, "indicator value", "indicator values")
        )
    },
    merge_duplicates: |n| format!("Already here: {n}.", n = Num(n)),
    merge_conflicts: |n| {
        format!("Different from what is here: {n}. What is here will be kept.", n = Num(n))
    },
    merge_unmatched: |n| {
        format!("About tasks, projects or indicators this plan lacks: {n}. They will be left out.", n = Num(n))
    },
    merge_nothing: "Merging would add nothing.",
    open: "Open it",
    open_note: "There is no plan with this id in this browser yet; the file is added as a new plan and opened.",
    cancel: "Cancel",
    opened: |title, file| format!("Plan imported from {file}: “{title}”."),
    replaced: |title, file| format!("Plan imported from {file}: “{title}” has been replaced."),
    kept_both: |title| format!("Plan imported as a new plan: “{title}”."),
    merged: |reports, values| {
        format!(
            "Merged {} and {} into the plan. Undo takes the merge back.",
            plural(reports, "progress report", "progress reports"),
            plural(values, "indicator value", "indicator values")
        )
    },
    merged_nothing: "Nothing merged: the file brings nothing new to the plan here.",
    kept_current: |n| {
        if n == 1 {
            "1 item that differs was kept as it is here.".to_string()
        } else {
            format!("{n} items that differ were kept as they are here.", n = Num(n))
        }
    },
    cancelled: "Import cancelled. Nothing has been changed.",
};

pub static ZH: ImportText = ImportText {
    drop_hint: "松开鼠标即可导入文件",
    preview_title: |file| format!("导入文件“{file}”"),
    preview_note: "请核对文件内容后选择处理方式。作出选择之前，不会保存任何内容。",
    contents: "文件内容",
    plan_title: "规划名称",
    plan_id: "规划标识",
    goals: "战略目标",
    areas: "重点领域",
    units: "责任单位",
    tasks: "重点任务",
    projects: "重点项目",
    indicators: "指标",
    reports: "进展报告",
    steps: "督办环节",
    notices: "督办单",
    repaired: |r| match r {
        Repair::Utf16 => "已由 UTF-16 编码转换为 UTF-8。",
        Repair::Utf8Bom => "已去除字节顺序标记（BOM）。",
    },
    same_id: |title| format!("本浏览器中已有标识相同的规划“{title}”。与之相比，文件中："),
    diff_caption: "文件与本浏览器中规划的差异",
    diff_none: "文件与本浏览器中的规划完全一致：名称、设置、战略目标、重点领域、责任单位、任务、项目、指标、进展报告、督办环节和督办单均相同。",
    title_differs: |here, file| format!("规划名称：本机为“{here}”，文件中为“{file}”。"),
    settings_differ: "规划设置不同（简介、层级、印发单位、期限、报送周期、亮灯规则、考核计分或督办设置）。",
    col_kind: "类别",
    col_added: "仅文件中有",
    col_removed: "仅本机有",
    col_changed: "内容不同",
    choices: "处理方式",
    replace: "替换",
    replace_note: "用文件替换本浏览器中的规划。本机有而文件中没有的改动将会丢失。",
    replace_confirm: |title| {
        format!("确定用文件替换本浏览器中的“{title}”吗？本机有而文件中没有的改动将会丢失。")
    },
    keep_both: "两者都保留",
    keep_both_note: |title| format!("将文件另存为新规划“{title}”，本机原有规划保持不变。"),
    imported_suffix: "（导入）",
    merge: "合并进展报告",
    merge_note: "将文件中的进展报告和指标实际值并入本机规划，任务、项目和设置保持不变。合并记为一次改动，可以撤销。",
    merge_new: |reports, values| format!("新增：进展报告 {reports} 条，指标实际值 {values} 个。", reports = Num(reports), values = Num(values)),
    merge_duplicates: |n| format!("本机已有：{n} 项。", n = Num(n)),
    merge_conflicts: |n| format!("与本机内容不同：{n} 项，将保留本机内容。", n = Num(n)),
    merge_unmatched: |n| format!("涉及本机规划中没有的任务、项目或指标：{n} 项，不予合并。", n = Num(n)),
    merge_nothing: "合并不会新增任何内容。",
    open: "打开",
    open_note: "本浏览器中还没有该标识的规划，将作为新规划添加并打开。",
    cancel: "取消",
    opened: |title, file| format!("规划已导入（{file}）：“{title}”。"),
    replaced: |title, file| format!("规划已导入（{file}），已替换“{title}”。"),
    kept_both: |title| format!("规划已导入为新规划“{title}”。"),
    merged: |reports, values| {
        format!("已合并进展报告 {reports} 条、指标实际值 {values} 个；如需取消，可撤销本次合并。", reports = Num(reports), values = Num(values))
    },
    merged_nothing: "未合并任何内容：文件中没有本机规划所缺的内容。",
    kept_current: |n| format!("另有 {n} 项与本机内容不同，已保留本机内容。", n = Num(n)),
    cancelled: "已取消导入，现有数据未作任何改动。",
};
