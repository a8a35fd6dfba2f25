//! Texts of the way from the sample to the user's own plan: the sample
//! banner, the new-plan dialog and the setup checklist, in both languages.

use crate::checklist::Step;

/// Texts of the sample banner, the new-plan dialog and the setup checklist.
pub struct OnboardingText {
    /// The name of the banner shown while the sample plan is open.
    pub sample_label: &'static str,
    /// Its first, bold sentence.
    pub sample_title: &'static str,
    /// What the sample is and where edits are kept.
    pub sample_text: &'static str,
    /// The banner's button that opens the new-plan dialog.
    pub start_own: &'static str,
    /// The header's button that opens the same dialog.
    pub new_plan: &'static str,
    /// The dialog's heading.
    pub dialog_title: &'static str,
    /// What the dialog asks, and what comes after.
    pub dialog_intro: &'static str,
    /// The level field's label.
    pub field_level: &'static str,
    /// The issuing office field's label (optional).
    pub field_issuer: &'static str,
    /// Said when no level was chosen.
    pub level_required: &'static str,
    /// The dialog's submit button.
    pub create: &'static str,
    /// Said once the plan is made and open.
    pub created: &'static str,
    /// The checklist's heading.
    pub checklist_title: &'static str,
    /// What the checklist is.
    pub checklist_intro: &'static str,
    /// "2 of 4 steps done".
    pub steps_done: fn(usize, usize) -> String,
    /// A step's name.
    pub step_name: fn(Step) -> &'static str,
    /// What to do for a step.
    pub step_what: fn(Step) -> &'static str,
    /// The link to where a step is done.
    pub step_link: fn(Step) -> &'static str,
    /// A step's state in words (the tick is not the only sign).
    pub done: &'static str,
    pub to_do: &'static str,
}

pub static EN: OnboardingText = OnboardingText {
    sample_label: "About the sample plan",
    sample_title: "This is a sample plan.",
    sample_text: "It is the Shanxi 2023 plan, assembled from public reports to show how supervision works here. Try anything: changes stay in this browser only, and \"Restore sample plan\" puts it back.",
    start_own: "Start your own plan",
    new_plan: "New plan",
    dialog_title: "New plan",
    dialog_intro: "Name the plan and say what it covers. Goals, units and tasks come next, step by step.",
    field_level: "Level",
    field_issuer: "Issuing office (optional)",
    level_required: "Choose the level of the plan.",
    create: "Create plan",
    created: "Your plan is created and open. Follow the steps below to set it up.",
    checklist_title: "Set up your plan",
    checklist_intro: "Four steps to a plan you can supervise. Each is ticked once the plan has it.",
    steps_done: |done, all| format!("{done} of {all} steps done"),
    step_name: |s| match s {
        Step::GoalsAndAreas => "Goals and key areas",
        Step::Units => "Units",
        Step::Tasks => "Tasks",
        Step::FirstReport => "First reporting round",
    },
    step_what: |s| match s {
        Step::GoalsAndAreas => "Write the plan's strategic goals and the key areas its tasks fall under.",
        Step::Units => "Add the units that lead or help with tasks: departments, districts, towns.",
        Step::Tasks => "Add each key task with its lead unit and deadline, or import your task list from a spreadsheet (CSV).",
        Step::FirstReport => "Enter the first progress reports, one unit at a time.",
    },
    step_link: |s| match s {
        Step::GoalsAndAreas => "Go to goals & areas",
        Step::Units => "Go to units",
        Step::Tasks => "Go to tasks",
        Step::FirstReport => "Report by unit",
    },
    done: "Done",
    to_do: "To do",
};

pub static ZH: OnboardingText = OnboardingText {
    sample_label: "关于示例规划",
    sample_title: "这是一份示例规划。",
    sample_text: "内容为山西省2023年规划，依据公开报道汇编，用于演示督查工作的做法。可随意尝试：修改只保存在本浏览器中，点击“恢复示例规划”即可复原。",
    start_own: "创建自己的规划",
    new_plan: "新建规划",
    dialog_title: "新建规划",
    dialog_intro: "填写规划名称和基本信息。目标、单位和任务随后逐步添加。",
    field_level: "层级",
    field_issuer: "印发单位（选填）",
    level_required: "请选择规划层级。",
    create: "创建规划",
    created: "规划已创建并打开。请按下列步骤完成设置。",
    checklist_title: "设置规划",
    checklist_intro: "完成以下四步，即可开始督查。每完成一步，自动打勾。",
    steps_done: |done, all| format!("已完成 {done}/{all} 步"),
    step_name: |s| match s {
        Step::GoalsAndAreas => "战略目标与重点领域",
        Step::Units => "责任单位",
        Step::Tasks => "重点任务",
        Step::FirstReport => "首轮进度报送",
    },
    step_what: |s| match s {
        Step::GoalsAndAreas => "填写规划的战略目标，以及用于归类任务的重点领域。",
        Step::Units => "添加牵头或配合完成任务的单位，如部门、区县、乡镇。",
        Step::Tasks => "逐项添加重点任务及其牵头单位和完成时限，或从表格（CSV）导入任务清单。",
        Step::FirstReport => "按单位逐一录入首轮进度报告。",
    },
    step_link: |s| match s {
        Step::GoalsAndAreas => "前往目标与领域",
        Step::Units => "前往责任单位",
        Step::Tasks => "前往任务清单",
        Step::FirstReport => "按单位填报",
    },
    done: "已完成",
    to_do: "待完成",
};
