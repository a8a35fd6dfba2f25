//! 中文（简体）消息目录。

use super::Catalog;
use super::Num;
use crate::format::{ImportError, MAX_FILE_BYTES};
use crate::model::{Level, Tier};
use crate::status::{Light, Reason};
use crate::validate::{Kind, ProblemKind};

pub static CATALOG: Catalog = Catalog {
    app_name: "规划任务督查",
    skip_to_content: "跳到正文",
    toolbar: "规划操作",
    language: "语言",
    lang_switch_unsaved:
        "切换语言会重新加载页面，已打开的表单中填写但尚未保存的内容将会丢失。仍要切换吗？",
    leave_unsaved: "已打开的表单中填写但尚未保存的内容将会丢失。仍要离开此页吗？",
    plan_switcher: "当前规划",
    export: "导出",
    export_hint: "将本规划下载为文件，可发送给其他单位",
    import: "导入",
    import_hint: "打开规划文件（.json）",
    restore_sample: "恢复示例规划",
    restore_sample_confirm:
        "将示例规划恢复为初始内容？您对示例规划所做的修改将被替换，其他规划不受影响。",
    dismiss: "关闭",
    period: "期限",
    issuer: "印发单位",
    level: "层级",
    overall_progress: "总体进度",
    tasks: "任务",
    projects: "重点项目",
    indicators: "指标",
    reports: "进展报告",
    units: "责任单位",
    col_code: "编号",
    col_task: "任务",
    col_lead: "牵头单位",
    col_tier: "类别",
    col_deadline: "完成时限",
    col_progress: "进度",
    no_deadline: "未定时限",
    no_areas: "本规划尚无重点领域。",
    unknown_unit: "（未知单位）",
    add_task: "新增任务",
    new_task: "新任务",
    field_code: "任务编号",
    field_title: "任务名称",
    field_area: "重点领域",
    field_lead: "牵头单位",
    field_tier: "类别",
    field_start: "开始日期",
    field_deadline: "完成时限",
    choose: "请选择…",
    find_in: |list| format!("在“{list}”中查找"),
    find_none: |typed| format!("没有名称含“{typed}”的项。"),
    save: "保存",
    cancel: "取消",
    form_has_errors: "请修改下方标出的内容。",
    task_added: "任务已添加。",
    download_raw: "下载存储的原始内容",
    storage_failed: "规划未能保存到浏览器存储。修改只保存在本页面中，请导出规划以免丢失。",
    download_failed: "规划文件未能下载，规划本身没有变化。",
    export_now: "立即导出",
    sample_restored: "示例规划已恢复。",
    import_failed: "文件未导入，现有数据未作任何改动。",
    error_detail: "技术细节（解析器原文，英文）",
    problem_more: |n| format!("……另有 {n} 处问题。", n = Num(n)),
    period_range: |a, b| format!("{a} 至 {b}"),
    task_count: |n| format!("{n} 项任务", n = Num(n)),
    progress_of: |what, p| format!("{what}：已完成 {p:.0}%"),
    stored_plan_unreadable: |key| {
        format!("本浏览器中保存的一份规划无法读取（存储键“{key}”）。它未被修改或删除。")
    },
    level_name,
    tier_name,
    kind_name,
    field_name,
    problem_kind,
    problem_at: |kind, label, field, what, path| match field {
        Some(field) => format!("{kind}“{label}”的{field}：{what}（{path}）"),
        None => format!("{kind}“{label}”：{what}（{path}）"),
    },
    import_error,
    not_found: |kind, id| format!("不存在标识为“{id}”的{kind}。"),
    in_use: |kind, n| {
        format!(
            "该{kind}仍被 {n} 个其他条目引用，请先调整这些条目。",
            n = Num(n)
        )
    },
    report_immutable: "已记录的进展报告不能修改；请撤回后重新填报。",
    bad_position: |at| format!("位置 {at} 超出了列表范围。"),
    light_name: |l| match l {
        Light::Completed => "已完成",
        Light::Green => "正常推进",
        Light::Yellow => "存在风险",
        Light::Red => "逾期或滞后",
        Light::Grey => "未报进展",
    },
    light_reason,
    reported_vs_shown: |reported, shown, reason| {
        let judged = match shown {
            Light::Completed => "判定为已完成",
            Light::Green => "亮绿灯",
            Light::Yellow => "亮黄灯",
            Light::Grey => "亮灰灯",
            Light::Red => "亮红灯",
        };
        format!("单位报送“{reported}”，系统{judged}：{reason}")
    },
    col_light: "状态",
    as_of: "截至",
    nav_label: "视图",
    nav_dashboard: "总览",
    nav_tasks: "任务清单",
    nav_timeline: "时间轴",
    nav_period_report: "阶段报告",
    nav_projects: "重点项目",
    nav_indicators: "指标",
    nav_units: "责任单位",
    nav_report: "按单位填报",
    nav_setup: "目标与领域",
    nav_plans: "规划管理",
    nav_history: "修改记录",
    back_to_tasks: "返回任务清单",
    not_found_item: "本规划中没有该条目（可能已被删除）。",
    undo: "撤销",
    redo: "重做",
    undo_hint: "撤销上一步修改（Ctrl+Z）",
    redo_hint: "重做（Ctrl+Shift+Z 或 Ctrl+Y）",
    nothing_to_undo: "没有可撤销的修改。",
    undone: "已撤销：",
    redone: "已重做：",
    history_title: "修改记录",
    history_empty: "暂无修改记录。",
    col_when: "时间",
    col_who: "修改人",
    col_what: "内容",
    bring_back: "恢复",
    brought_back: "已恢复：",
    bring_back_gone: "已无法恢复：规划在此之后又有修改。",
    bring_back_changed: "此后已有修改，无法恢复",
    history_more: |n| format!("再显示 {n} 条", n = Num(n)),
    history_shown: |n, of| {
        format!(
            "显示最近 {n} 条，共 {of} 条修改。",
            n = Num(n),
            of = Num(of)
        )
    },
    history: &super::history::ZH,
    about: &super::about::ZH,
    supervision: &super::supervision::ZH,
    bulletin: &super::bulletin::ZH,
    nav: &super::nav::ZH,
    help: &super::help::ZH,
    you: "当前用户：",
    your_name: "您的姓名",
    your_unit: "您的单位",
    set_identity: "修改人信息",
    anonymous: "（未填写姓名）",
    by_goal: "按战略目标",
    by_tier: "按任务类别",
    col_tasks: "任务数",
    light_counts: "任务状态分布",
    lights_summary: |c, g, y, r, grey| {
        format!("已完成 {c} 项，正常推进 {g} 项，存在风险 {y} 项，逾期或滞后 {r} 项，未报进展 {grey} 项", c = Num(c), g = Num(g), y = Num(y), r = Num(r), grey = Num(grey))
    },
    ledger: &super::ledger::ZH,
    setup: &super::setup::ZH,
    figures: &super::figures::ZH,
    table: &super::table::ZH,
    dashboard: &super::dashboard::ZH,
    scoreboard: &super::scoreboard::ZH,
    timeline: &super::timeline::ZH,
    report: &super::report::ZH,
    csv: &super::csv::ZH,
    exchange: &super::exchange::ZH,
    import_preview: &super::import::ZH,
    storage: &super::storage_text::ZH,
    onboarding: &super::onboarding::ZH,
    sample: &super::sample_text::ZH,
};

fn light_reason(r: &Reason) -> String {
    match *r {
        Reason::Done { on: Some(d) } => format!("已于 {d} 完成"),
        Reason::Done { on: None } => "已完成".into(),
        Reason::OnTrack { progress, expected } => {
            format!("已完成 {progress:.0}%，按时序应达 {expected:.0}%")
        }
        Reason::NoSchedule { progress } => {
            format!("已完成 {progress:.0}%，长期任务，未设完成时限")
        }
        Reason::MilestoneDue { days_left: 0 } => "今天到期".into(),
        Reason::MilestoneDue { days_left } => format!("{days_left} 天后到期"),
        Reason::MilestoneOverdue { days_over } => format!("已超期 {days_over} 天，尚未标记完成"),
        Reason::Upcoming { days_left } => format!("{days_left} 天后到期"),
        Reason::Behind { progress, expected } => {
            format!("已完成 {progress:.0}%，按时序应达 {expected:.0}%")
        }
        Reason::DueSoon {
            days_left: 0,
            progress,
        } => format!("今天到期，已完成 {progress:.0}%"),
        Reason::DueSoon {
            days_left,
            progress,
        } => {
            format!("{days_left} 天后到期，已完成 {progress:.0}%")
        }
        Reason::Overdue {
            days_over,
            progress,
        } => {
            format!("已超期 {days_over} 天，已完成 {progress:.0}%")
        }
        Reason::MilestoneMissed {
            missed: 1,
            days_over,
            progress,
        } => format!("有 1 个节点逾期 {days_over} 天未完成，已完成 {progress:.0}%"),
        Reason::MilestoneMissed {
            missed,
            days_over,
            progress,
        } => format!(
            "有 {missed} 个节点逾期未完成（最早逾期 {days_over} 天），已完成 {progress:.0}%"
        ),
        Reason::LaggingBadly { progress, expected } => {
            format!("进度滞后：已完成 {progress:.0}%，按时序应达 {expected:.0}%")
        }
        Reason::StartLate { days_late } => format!("计划开工日已过 {days_late} 天，尚未开工"),
        Reason::NotStarted { starts_in_days } => format!("{starts_in_days} 天后开始"),
        Reason::NoReport { first_due } => format!("尚未报送，首次报送截止 {first_due}"),
        Reason::FirstReportLate { due } => format!("应于 {due} 前首次报送，逾期未报"),
        Reason::ReportMissing { due, expected } => {
            format!("应于 {due} 前报送，逾期未报；按时序应达 {expected:.0}%")
        }
        Reason::Stale { days_since } => format!("最近一次报送在 {days_since} 天前"),
    }
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::National => "国家级",
        Level::Province => "省级",
        Level::City => "市级",
        Level::District => "区级",
        Level::County => "县级",
        Level::Township => "乡镇级",
        Level::Other => "其他",
    }
}

fn tier_name(t: Tier) -> &'static str {
    match t {
        Tier::Regular => "一般任务",
        Tier::Key => "重点任务",
        Tier::KeyBreakthrough => "重点突破任务",
    }
}

pub(super) fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Goal => "战略目标",
        Kind::Area => "重点领域",
        Kind::Unit => "单位",
        Kind::Task => "任务",
        Kind::Project => "项目",
        Kind::Indicator => "指标",
        Kind::Update => "进展报告",
        Kind::Step => "办理环节",
        Kind::Notice => "督办单",
    }
}

fn field_name(f: &str) -> Option<&'static str> {
    Some(match f {
        "id" => "编号",
        "title" => "名称",
        "name" => "名称",
        "code" => "任务编号",
        "area" => "重点领域",
        "goal" => "战略目标",
        "lead" => "牵头单位",
        "co_units" => "配合单位",
        "parent" => "上级单位",
        "start" => "开始日期",
        "end" => "结束日期",
        "deadline" => "完成时限",
        "weight" => "权重",
        "progress" => "进度",
        "subject" => "任务或项目",
        "period" => "期间",
        "value" => "数值",
        "indicator" => "指标",
        "planned_end" => "计划竣工",
        "actual_end" => "实际竣工",
        "total_investment" => "总投资",
        "year_target" => "年度投资目标",
        "completed_investment" => "完成投资",
        "task" => "事项",
        "kind" => "环节",
        "date" => "日期",
        "completed_on" => "完成日期",
        "note" => "佐证材料",
        "reasons" => "退回理由",
        "number" => "编号",
        "unit" => "单位",
        "asked" => "督办要求",
        "reply_due" => "回复期限",
        "text" => "回复内容",
        "sign_within_days" => "签收时限（天）",
        "notices_weight" => "督办回复",
        _ => return None,
    })
}

fn problem_kind(k: &ProblemKind) -> String {
    match k {
        ProblemKind::Empty => "此项必填".into(),
        ProblemKind::DuplicateId(id) => format!("编号“{id}”重复"),
        ProblemKind::DuplicateCode(c) => format!("任务编号“{c}”已被其他任务使用"),
        ProblemKind::DuplicateName(n) => format!("已有名为“{n}”的单位"),
        ProblemKind::AfterToday(today) => {
            format!("填报日期不能晚于今天（{today}），请核对年份和月份")
        }
        ProblemKind::BeforePlanStart(start) => {
            format!("填报日期不能早于规划起始日（{start}），请核对年份")
        }
        ProblemKind::ActualAfterToday(today) => {
            format!("实际日期不能晚于今天（{today}），尚未到来的日期请填在计划日期中")
        }
        ProblemKind::AfterReport(date) => format!("完成日期不能晚于填报日期（{date}）"),
        ProblemKind::AmountTooLarge => "超过 1 万亿元，请核对金额单位（万元）和位数".into(),
        ProblemKind::AboveTotal(total) => {
            format!(
                "年度计划投资不能超过总投资（{} 万元）",
                crate::input::display(*total)
            )
        }
        ProblemKind::Missing(kind, id) => format!("不存在标识为“{id}”的{}", kind_name(*kind)),
        ProblemKind::EndBeforeStart => "结束日期早于开始日期".into(),
        ProblemKind::NotFinite => "不是有效的数字".into(),
        ProblemKind::Negative => "不能为负数".into(),
        ProblemKind::PercentOutOfRange => "百分比应在 0 到 100 之间".into(),
        ProblemKind::UnitCycle => "单位不能隶属于自身".into(),
        ProblemKind::BadPeriod(p) => {
            format!("“{p}”不是有效期间，应写作 2023、2023-Q2、2023-H1 或 2023-06")
        }
        ProblemKind::ZeroWeights => "权重不能全部为零".into(),
        ProblemKind::LaggingBelowAtRisk => "红灯阈值不能小于黄灯阈值".into(),
        ProblemKind::AboveMax(max) => format!("不能大于 {max}"),
        ProblemKind::StepNotAllowed { after } => (super::supervision::ZH.step_not_allowed)(*after),
        ProblemKind::DateBefore(d) => format!("不能早于 {d}"),
        ProblemKind::DuplicateNumber(n) => format!("督办单编号“{n}”已被使用"),
    }
}

fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::Empty => "文件是空的。".into(),
        ImportError::TooLarge { bytes } => format!(
            "文件大小为 {} MB，超过 {} MB 的文件不予读取。",
            super::mb_up(*bytes),
            MAX_FILE_BYTES / 1_048_576
        ),
        ImportError::UnpacksTooLarge => format!(
            "压缩文件解压后超过 {} MB 的上限，不予读取。",
            MAX_FILE_BYTES / 1_048_576
        ),
        ImportError::Syntax { line, column, path, cut_short, .. } => {
            let at = path.as_deref().map(|p| format!("（{p}）")).unwrap_or_default();
            if *cut_short {
                format!("文件在第 {line} 行第 {column} 列{at}处中断，JSON 不完整：文件不全，可能是复制或下载没有完成。")
            } else {
                format!("文件不是有效的 JSON：第 {line} 行第 {column} 列{at}出错。")
            }
        }
        ImportError::NotAPlanFile => "这不是本系统的规划文件（缺少“format”字段或其值不符）。".into(),
        ImportError::BadVersion => "文件的“version”字段缺失或不是整数。".into(),
        ImportError::NewerVersion { found } => format!(
            "该文件为第 {found} 版格式，由更新版本的系统生成；本系统最高只能读取第 {} 版。请使用新版本打开。",
            crate::format::VERSION
        ),
        ImportError::Shape { path, line, column, .. } => {
            format!("第 {line} 行第 {column} 列（{path}）的值类型或格式不正确。")
        }
        ImportError::Invalid(ps, _) => format!("文件中有 {} 处不符合规则。", ps.len()),
        ImportError::BadGzip => "压缩文件（.gz）已损坏或不完整，无法读取。请重新导出，或打开未压缩的 .json 文件。".into(),
        ImportError::Damaged => "保存的规划已损坏：其压缩形式无法读取。".into(),
        ImportError::OtherKey { id } => format!("保存的规划（标识 {id}）存放在其他规划的位置下，已原样保留。"),
        ImportError::Journal { change: Some(n) } => format!(
            "规划保存后记录的修改中，第 {} 项无法应用到规划上：规划已打开，只含此前的修改；全部修改记录原样保留。",
            n + 1
        ),
        ImportError::Journal { change: None } => "规划保存后记录的修改无法读取：规划已按保存时的内容打开；修改记录原样保留。".into(),
        ImportError::NotText { offset } => format!(
            "文件不是 UTF-8 或 UTF-16 编码的文本（第 {offset} 个字节无法读取）。请另存为 UTF-8 编码后重试。"
        ),
        ImportError::Workbook => "这是 Excel 或 WPS 工作簿，不是规划文件。规划文件由本系统“导出”得到；任务表格请在 Excel 或 WPS 中“另存为”“CSV UTF-8（逗号分隔）”，再在任务列表中用“导入 CSV”导入。".into(),
    }
}
