//! Texts of CSV export and import (`crate::format::csv`), in both languages:
//! the sheets' headers and the mapping and preview step. The words import
//! recognises in a header or a tier cell are not here: they are data of
//! the core (`crate::format::csv::WORDS`), for both languages at once.

use super::{plural, Num};
use crate::format::csv::{number_cell, CsvError, Field, Issue, SheetText};
use crate::format::encoding::{Encoding, TextError};
use crate::format::MAX_FILE_BYTES;
use crate::i18n::{Catalog, Lang};

/// Texts of CSV export and import.
pub struct CsvText {
    // Export
    /// The button on the task list, projects and indicators.
    pub export_button: &'static str,
    /// Its hint on the task list: (tasks shown).
    pub export_tasks_hint: fn(usize) -> String,
    pub export_projects_hint: &'static str,
    pub export_indicators_hint: &'static str,
    pub export_failed: &'static str,
    /// Words in the file names: "<plan>-<sheet>.csv".
    pub sheet_tasks: &'static str,
    pub sheet_projects: &'static str,
    pub sheet_indicators: &'static str,
    /// Between names in one cell (co-operating units, tags).
    pub list_sep: &'static str,
    /// A task field's name: the export header and the mapping step's label.
    pub field_name: fn(Field) -> &'static str,
    pub col_light: &'static str,
    pub col_light_reason: &'static str,
    /// The project sheet's header.
    pub project_columns: [&'static str; 15],
    /// The indicator sheet's header.
    pub indicator_columns: [&'static str; 15],
    // Import
    pub import_button: &'static str,
    pub import_hint: &'static str,
    /// The encoding the file was read in, said in the step.
    pub read_as: fn(Encoding) -> &'static str,
    /// The header is below the first row: (its row, what the rows above
    /// it say, joined).
    pub above_header: fn(usize, &str) -> String,
    /// The file is not text: what, where, and how to save it instead.
    pub not_text: fn(&TextError) -> String,
    /// The step's heading: (file name).
    pub title: fn(&str) -> String,
    pub intro: &'static str,
    pub map_title: &'static str,
    pub map_intro: &'static str,
    pub col_field: &'static str,
    pub col_column: &'static str,
    pub col_example: &'static str,
    pub required: &'static str,
    pub not_in_file: &'static str,
    /// A column in the menu: (1-based position, header).
    pub column_option: fn(usize, &str) -> String,
    /// Columns no field reads: (their headers, joined).
    pub unused_columns: fn(&str) -> String,
    /// With no key area column: the menu of the area every row goes to.
    pub area_for_all: &'static str,
    /// The same choice when the sheet's sections (一、产业发展) give the
    /// rows' key areas: for the rows before the first section.
    pub area_for_sections: &'static str,
    pub area_choose: &'static str,
    /// The choice to update (and rename) a task by a row's number.
    pub rename_by_code: &'static str,
    pub preview_title: &'static str,
    /// (added, updated, progress reports the rows give, rows that change
    /// nothing, rows left out: the length of the list under
    /// `left_out_title`)
    pub summary: fn(usize, usize, usize, usize, usize) -> String,
    /// Said instead when a problem of the file stops every row: (rows).
    pub blocked: fn(usize) -> String,
    /// The heading of the problems of the whole file: (how many).
    pub file_problems_title: fn(usize) -> String,
    /// The new units and areas confirming adds: (units, areas).
    pub new_entities: fn(usize, usize) -> String,
    pub preview_caption: &'static str,
    pub col_row: &'static str,
    pub col_action: &'static str,
    pub action_add: &'static str,
    pub action_update: &'static str,
    /// Rows past those shown: (how many).
    pub more_rows: fn(usize) -> String,
    /// (rows left out, one list item each)
    pub left_out_title: fn(usize) -> String,
    /// (notes)
    pub notes_title: fn(usize) -> String,
    pub no_problems: &'static str,
    /// One problem: (row, column header, what).
    pub located: fn(Option<usize>, Option<&str>, &str) -> String,
    /// What a problem is.
    pub issue: fn(&Issue) -> String,
    /// The confirm button: (added, updated).
    pub confirm: fn(usize, usize) -> String,
    pub nothing_to_import: &'static str,
    /// After confirming: (added, updated, progress reports recorded).
    pub done: fn(usize, usize, usize) -> String,
    pub unreadable: fn(&CsvError) -> String,
}

impl Catalog {
    /// The words of an exported sheet, in this catalog's language.
    pub fn sheet(&self) -> SheetText {
        let c = self.csv;
        let f = self.figures;
        SheetText {
            field_name: c.field_name,
            list_sep: c.list_sep,
            col_light: c.col_light,
            col_light_reason: c.col_light_reason,
            tier_name: self.tier_name,
            source_name: self.supervision.source_name,
            light_name: self.light_name,
            light_reason: self.light_reason,
            project_columns: c.project_columns,
            phase_name: f.phase_name,
            indicator_columns: c.indicator_columns,
            nature_name: f.nature_name,
            direction_name: f.direction_name,
            tally_name: f.tally_name,
            progress_class: f.progress_class,
            aim_at_least: f.aim_at_least,
            aim_at_most: f.aim_at_most,
        }
    }
}

/// Megabytes, one decimal.
fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

fn en_not_text(e: &TextError) -> String {
    const FIX: &str = "In Excel or WPS, open the file, choose Save As → “CSV UTF-8 (comma delimited)” and import the file saved.";
    match e {
        TextError::TooLarge { bytes } => format!(
            "The file is {} MB; files up to {} MB can be imported.",
            mb(*bytes),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        TextError::Workbook => {
            format!("The file is an Excel or WPS workbook, not a sheet saved as text. {FIX}")
        }
        TextError::Unreadable {
            encoding,
            offset,
            line,
        } => {
            let what = match encoding {
                Encoding::Gb18030 => "is neither UTF-8 nor GBK/GB18030 text",
                Encoding::Utf16Le | Encoding::Utf16Be => {
                    "starts as UTF-16 text but is not UTF-16 throughout"
                }
                Encoding::Utf8 | Encoding::Utf8Bom => {
                    "starts as UTF-8 text but is not UTF-8 throughout"
                }
            };
            format!(
                "The file cannot be read: it {what} (line {line}, byte {} cannot be read). {FIX}",
                offset + 1
            )
        }
    }
}

fn zh_not_text(e: &TextError) -> String {
    const FIX: &str =
        "请在 Excel 或 WPS 中打开该文件，选择“另存为”→“CSV UTF-8（逗号分隔）”，再导入另存的文件。";
    match e {
        TextError::TooLarge { bytes } => format!(
            "文件大小为 {} MB，超过了 {} MB 的上限。",
            mb(*bytes),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        TextError::Workbook => format!("这是 Excel 或 WPS 工作簿，不是保存为文本的表格。{FIX}"),
        TextError::Unreadable {
            encoding,
            offset,
            line,
        } => {
            let what = match encoding {
                Encoding::Gb18030 => "既不是 UTF-8 编码，也不是 GBK/GB18030 编码",
                Encoding::Utf16Le | Encoding::Utf16Be => {
                    "以 UTF-16 编码开头，但并非全部为 UTF-16 编码"
                }
                Encoding::Utf8 | Encoding::Utf8Bom => "以 UTF-8 编码开头，但并非全部为 UTF-8 编码",
            };
            format!(
                "无法读取文件：文件{what}（第 {line} 行第 {} 个字节无法识别）。{FIX}",
                offset + 1
            )
        }
    }
}

/// A task's text field is headed with its own label (as on the form).
fn text_label(f: Field, lang: Lang) -> &'static str {
    f.text()
        .map_or("", |x| lang.catalog().task_text_label(x.key))
}

fn zh_field(f: Field) -> &'static str {
    match f {
        Field::Code => "编号",
        Field::Title => "任务名称",
        Field::Area => "重点领域",
        Field::Lead => "牵头单位",
        Field::CoUnits => "配合单位",
        Field::Leader => "分管领导",
        Field::Tier => "任务层级",
        Field::Start => "开始日期",
        Field::Deadline => "完成时限",
        Field::Requirement => "目标要求",
        Field::Tags => "标签",
        Field::Source => "来源",
        Field::SourceRef => "会议或文件",
        Field::SourceDate => "来源日期",
        Field::Progress => "进度（%）",
        Field::ReportDate => "最近报告日期",
        Field::Narrative => "最新进展情况",
        Field::Problems => "存在问题",
        Field::NextSteps => "下步打算",
        Field::Text(_) => text_label(f, Lang::Zh),
    }
}

fn en_field(f: Field) -> &'static str {
    match f {
        Field::Code => "No.",
        Field::Title => "Task",
        Field::Area => "Key area",
        Field::Lead => "Lead unit",
        Field::CoUnits => "Co-operating units",
        Field::Leader => "Leader in charge",
        Field::Tier => "Tier",
        Field::Start => "Start date",
        Field::Deadline => "Deadline",
        Field::Requirement => "Requirement",
        Field::Tags => "Tags",
        Field::Source => "Source",
        Field::SourceRef => "Meeting or document",
        Field::SourceDate => "Date of the source",
        Field::Progress => "Progress (%)",
        Field::ReportDate => "Last report",
        Field::Narrative => "Latest progress",
        Field::Problems => "Problems",
        Field::NextSteps => "Next steps",
        Field::Text(_) => text_label(f, Lang::En),
    }
}

fn zh_issue(i: &Issue) -> String {
    match i {
        Issue::NoColumn(f) => format!(
            "没有为“{}”选择对应的列。每行都须填写此项，选择之前不能导入。",
            zh_field(*f)
        ),
        Issue::NoRows => "文件只有表头，没有任务行。".into(),
        Issue::NoAreas => "文件中没有重点领域列，本规划也还没有重点领域：请先在“目标与领域”中添加重点领域（再选择全部行归入哪个领域），或在文件中加一列重点领域。".into(),
        Issue::Empty(f) => format!("“{}”未填写。", zh_field(*f)),
        Issue::NotATask(s) => format!("“{s}”是合计或落款行，不是任务，不导入。"),
        Issue::NotADate { text, year } => format!(
            "“{text}”不是可识别的日期，请写作 {year}-06-30、{year}/6/30、{year}年6月30日或{year}年6月底。"
        ),
        Issue::NoSuchDay { text, month_end } => format!(
            "“{text}”不是日历上的日子：{}年{}月只有{}天。",
            chrono::Datelike::year(month_end),
            chrono::Datelike::month(month_end),
            chrono::Datelike::day(month_end)
        ),
        Issue::YearAssumed { text, year } => {
            format!("“{text}”未写年份，按 {year} 年导入，请核对。")
        }
        Issue::NotATier(s) => {
            format!("“{s}”不是任务层级，请填写一般任务、重点任务或重点突破任务。")
        }
        Issue::NotASource(s) => format!(
            "“{s}”不是事项来源，请填写规划任务、会议议定事项、领导批示、文件或其他。"
        ),
        Issue::DeadlineBeforeStart => "完成时限早于开始日期。".into(),
        Issue::Ongoing(s) => format!("“{s}”表示长期或定期开展的任务，没有单一的完成时限，按不设日期导入。"),
        Issue::DuplicateCode { code, first_row } if code.is_empty() => {
            format!("本行与第 {first_row} 行是同一项任务（同名，均无编号）。")
        }
        Issue::DuplicateCode { code, first_row } => {
            format!("编号“{code}”与第 {first_row} 行重复。")
        }
        Issue::ExtraCells { cells, columns } => {
            format!("本行有 {cells} 个单元格，表头只有 {columns} 列，多出的内容不导入。")
        }
        Issue::NewUnit(n) => format!("单位“{n}”不在本规划中，将作为新单位添加。"),
        Issue::NoUnitNamed(n) => format!("“{n}”并非具体单位，本行及以下各行均不将其作为配合单位添加，其余内容照常导入。"),
        Issue::NewArea(n) => format!("重点领域“{n}”不在本规划中，将作为新的重点领域添加。"),
        Issue::FromAbove(v) => format!("空白（合并单元格）：沿用上方的“{v}”。"),
        Issue::OutsidePlan { date, from, to } => {
            format!("{date} 不在规划期（{from} 至 {to}）内，仍按此导入，请核对。")
        }
        Issue::UpdatesTask { code, fields } if code.is_empty() => format!(
            "规划中已有同名任务，将更新其{}（空白单元格不作更改）。",
            fields.iter().map(|f| zh_field(*f)).collect::<Vec<_>>().join("、")
        ),
        Issue::UpdatesTask { code, fields } => format!(
            "编号为“{code}”的任务已在规划中，将更新其{}（空白单元格不作更改）。",
            fields.iter().map(|f| zh_field(*f)).collect::<Vec<_>>().join("、")
        ),
        Issue::NotAPercent(s) => {
            format!("“{s}”不是进度，请填写 0 至 100 之间的百分比，如 35 或 35%。")
        }
        Issue::ShortName { written, name } => {
            format!("“{written}”按本规划的单位“{name}”读入（简称）。")
        }
        Issue::NumberInSection { written, code } => format!(
            "表中各分节（一、二、……）的序号各自从头编起，编号按分节读：本行“{written}”记为“{code}”，其余各行同样。"
        ),
        Issue::Fractions { text, percent } => format!(
            "进度列的数都在 0 至 1 之间，按小数读作百分比：本行“{text}”即 {}%，其余各行同样换算。",
            number_cell(*percent)
        ),
        Issue::ReportAfterToday(d) => format!("报告日期 {d} 晚于今天，进展报告须已发生。"),
        Issue::ProgressKept(Some(p)) => format!(
            "本行有进展情况而未填进度，进展报告按该任务最近一次报告的进度 {}% 记入。",
            number_cell(*p)
        ),
        Issue::ProgressKept(None) => {
            "本行有进展情况而未填进度，该任务尚无进展报告，按 0% 记入。".into()
        }
        Issue::ProgressInWords { text, kept: Some(p) } => format!(
            "“{text}”不是百分比：按进展情况记入，进度沿用该任务最近一次报告的 {}%。要记入进度，请填写 0 至 100 之间的数。",
            number_cell(*p)
        ),
        Issue::ProgressInWords { text, kept: None } => format!(
            "“{text}”不是百分比：按进展情况记入；该任务尚无进展报告，进度按 0% 记入。要记入进度，请填写 0 至 100 之间的数。"
        ),
        Issue::DatedToday(d) => format!(
            "报告日期 {d} 不晚于该任务最近一次报告的日期，而本行所填与该报告不同：本行的进展报告按今天的日期记入。"
        ),
        Issue::Renames { code, from } => format!(
            "编号为“{code}”的任务已在规划中，但名称是“{from}”：将按本行内容更新，名称也改为本行所写。请核对编号是否对应同一项任务。"
        ),
        Issue::CodeTaken { code, title } => format!(
            "编号“{code}”已属于规划中的任务“{title}”（名称与本行不同）：本行作为新任务添加，不带编号。若本行是对该任务的修改，请勾选上方的“按编号更新名称不同的任务”。"
        ),
        Issue::CodeRewritten { written, code } => format!(
            "规划中没有编号“{written}”，但编号为“{code}”的任务与本行名称相同，按该任务更新，编号仍为“{code}”（表格软件常把 1.10 改写为 1.1、001 改写为 1）。"
        ),
        Issue::SameTitle { code } if code.is_empty() => {
            "规划中已有同名任务，本行仍作为新任务添加，请核对是否重复。".into()
        }
        Issue::SameTitle { code } => format!(
            "规划中已有同名任务（编号“{code}”），本行仍作为新任务添加，请核对是否重复。"
        ),
        Issue::SeveralLeads { lead, others } => format!(
            "牵头单位一栏有多个单位：“{lead}”作为牵头单位，“{}”作为配合单位。",
            others.join("、")
        ),
        Issue::Rule(p) => super::Lang::Zh.catalog().problem(p),
    }
}

fn en_issue(i: &Issue) -> String {
    match i {
        Issue::NoColumn(f) => format!(
            "No column is chosen for “{}”. Every row needs one, so nothing can be imported until it is chosen.",
            en_field(*f)
        ),
        Issue::NoRows => "The file has a header and no task rows.".into(),
        Issue::NoAreas => "No column gives the key area, and the plan has no key area yet: add one under Goals & areas (then choose it for every row), or add a key area column to the file.".into(),
        Issue::Empty(f) => format!("“{}” is empty.", en_field(*f)),
        Issue::NotATask(s) => format!("“{s}” is a row of totals or signatures, not a task: not imported."),
        Issue::NotADate { text, year } => format!(
            "“{text}” is not a date; write it as {year}-06-30, {year}/6/30, {year}年6月30日 or {year}年6月底 (end of June)."
        ),
        Issue::NoSuchDay { text, month_end } => format!(
            "“{text}” is no day of the calendar: {month_end} is the last day of its month."
        ),
        Issue::YearAssumed { text, year } => {
            format!("“{text}” has no year: read as in {year}; check it.")
        }
        Issue::NotATier(s) => {
            format!("“{s}” is not a tier; write Regular, Key or Key breakthrough.")
        }
        Issue::NotASource(s) => format!(
            "“{s}” is not a source; write Plan, Meeting, Leader's instruction, Document or Other."
        ),
        Issue::DeadlineBeforeStart => "The deadline is before the start date.".into(),
        Issue::Ongoing(s) => format!("“{s}” means the task is ongoing or recurring, with no one date: imported with no date."),
        Issue::DuplicateCode { code, first_row } if code.is_empty() => {
            format!("Row {first_row} is the same task (the same title, and no number).")
        }
        Issue::DuplicateCode { code, first_row } => {
            format!("Number “{code}” is already used in row {first_row}.")
        }
        Issue::ExtraCells { cells, columns } => format!(
            "The row has {cells} cells and the header {columns} columns; the extra cells are not imported."
        ),
        Issue::NewUnit(n) => {
            format!("Unit “{n}” is not in this plan; it will be added as a new unit.")
        }
        Issue::NoUnitNamed(n) => format!(
            "“{n}” names no particular unit: it is not added as a co-operating unit, here or in the rows below; the rest of each row is imported."
        ),
        Issue::NewArea(n) => {
            format!("Key area “{n}” is not in this plan; it will be added as a new key area.")
        }
        Issue::FromAbove(v) => {
            format!("Blank, as under a merged cell: “{v}” from the row above is taken.")
        }
        Issue::OutsidePlan { date, from, to } => format!(
            "{date} is outside the plan's period ({from} to {to}); imported as written, check it."
        ),
        Issue::UpdatesTask { code, fields } if code.is_empty() => format!(
            "A task of this title is already in the plan; this row changes: {} (a blank cell changes nothing).",
            fields.iter().map(|f| en_field(*f)).collect::<Vec<_>>().join(", ")
        ),
        Issue::UpdatesTask { code, fields } => format!(
            "Task number “{code}” is already in the plan; this row changes: {} (a blank cell changes nothing).",
            fields.iter().map(|f| en_field(*f)).collect::<Vec<_>>().join(", ")
        ),
        Issue::NotAPercent(s) => format!(
            "“{s}” is not a progress in percent: write a number from 0 to 100, e.g. 35 or 35%."
        ),
        Issue::ShortName { written, name } => {
            format!("“{written}” is read as the plan's unit “{name}” (a short name).")
        }
        Issue::NumberInSection { written, code } => format!(
            "Numbers start again in each section (一、二、…), so each is read within its section: “{written}” here is “{code}”."
        ),
        Issue::Fractions { text, percent } => format!(
            "The progress column's numbers are all from 0 to 1, so each is read as a fraction: “{text}” here is {}%.",
            number_cell(*percent)
        ),
        Issue::ReportAfterToday(d) => {
            format!("The report's date, {d}, is after today; a report tells what has happened.")
        }
        Issue::ProgressKept(Some(p)) => format!(
            "The row tells the progress made but gives no percentage: the report is recorded at {}%, the task's latest report's.",
            number_cell(*p)
        ),
        Issue::ProgressKept(None) => "The row tells the progress made but gives no percentage, and the task has no report yet: the report is recorded at 0%.".into(),
        Issue::ProgressInWords { text, kept: Some(p) } => format!(
            "“{text}” is not a percentage: it is recorded as the progress made, at {}%, the task's latest report's. Write a number from 0 to 100 to record a progress.",
            number_cell(*p)
        ),
        Issue::ProgressInWords { text, kept: None } => format!(
            "“{text}” is not a percentage: it is recorded as the progress made, at 0%, as the task has no report yet. Write a number from 0 to 100 to record a progress."
        ),
        Issue::DatedToday(d) => format!(
            "The report's date, {d}, is not after the task's latest report, and the row says otherwise than that report: the row's report is dated today."
        ),
        Issue::Renames { code, from } => format!(
            "Task number “{code}” is already in the plan, titled “{from}”: this row updates it, and its title becomes this row's. Check that the number is the same task's."
        ),
        Issue::CodeTaken { code, title } => format!(
            "Task number “{code}” is the plan's “{title}”: this row, titled otherwise, is added as a new task without the number (or tick the choice above to update that task)."
        ),
        Issue::CodeRewritten { written, code } => format!(
            "No task is numbered “{written}”, but task “{code}” has this row's title: it is the one updated, and keeps its number “{code}” (spreadsheets rewrite 1.10 as 1.1 and 001 as 1)."
        ),
        Issue::SameTitle { code } if code.is_empty() => {
            "A task of the plan has this title; this row is still added as a new task. Check that it is not a duplicate.".into()
        }
        Issue::SameTitle { code } => format!(
            "Task “{code}” of the plan has this title; this row is still added as a new task. Check that it is not a duplicate."
        ),
        Issue::SeveralLeads { lead, others } => format!(
            "The lead unit's cell names several units: “{lead}” leads, and “{}” {}.",
            others.join("”, “"),
            if others.len() == 1 { "co-operates" } else { "co-operate" }
        ),
        Issue::Rule(p) => super::Lang::En.catalog().problem(p),
    }
}

pub static EN: CsvText = CsvText {
    export_button: "Export CSV",
    export_tasks_hint: |n| {
        format!(
            "Download the {} shown, in the order shown, as a CSV file for Excel or WPS",
            plural(n, "task", "tasks")
        )
    },
    export_projects_hint: "Download every key project, with investment and light, as a CSV file for Excel or WPS",
    export_indicators_hint: "Download every indicator, with baseline, latest value, target and class, as a CSV file for Excel or WPS",
    export_failed: "The file could not be downloaded.",
    sheet_tasks: "tasks",
    sheet_projects: "key projects",
    sheet_indicators: "indicators",
    list_sep: "; ",
    field_name: en_field,
    col_light: "Light",
    col_light_reason: "Light reason",
    project_columns: [
        "Project",
        "Key area",
        "Lead unit",
        "Batch",
        "Phase",
        "Planned start",
        "Planned completion",
        "Actual start",
        "Actual completion",
        "Total investment (10k yuan)",
        "Target this year (10k yuan)",
        "Completed this year (10k yuan)",
        "Share of this year's target (%)",
        "Light",
        "Light reason",
    ],
    indicator_columns: [
        "Indicator",
        "Key area",
        "Category",
        "Unit of measure",
        "Binding or anticipatory",
        "Direction",
        "How values are counted",
        "Baseline year",
        "Baseline",
        "Latest period",
        "Latest value",
        "Target year",
        "Target",
        "Class",
        "Progress to target (%)",
    ],
    import_button: "Import CSV",
    import_hint: "Add or update tasks from a CSV file (Excel or WPS)",
    read_as: |e| match e {
        Encoding::Utf8 => "Read as UTF-8.",
        Encoding::Utf8Bom => "Read as UTF-8 (Excel’s “CSV UTF-8”).",
        Encoding::Utf16Le | Encoding::Utf16Be => "Read as UTF-16 (Windows “Unicode text”).",
        Encoding::Gb18030 => "Read as GBK/GB18030 (Chinese Excel/WPS).",
    },
    not_text: en_not_text,
    above_header: |row, above| {
        format!("The header is row {row}; what is above it is not read: “{above}”.")
    },
    title: |file| format!("Import tasks from {file}"),
    intro: "Nothing is changed until you confirm, and the import can be undone.",
    map_title: "1. Match the columns",
    map_intro: "Choose the column of the file that holds each field. The choices are read from the header; check them. A row's progress, what was done, its problems and next steps are recorded as a progress report (dated by the report date column, else today), unless the task's latest report says the same. Lights are not read: they follow from the reports.",
    col_field: "Field",
    col_column: "Column in the file",
    col_example: "First row",
    required: "required",
    not_in_file: "(not in the file)",
    column_option: |n, header| {
        if header.is_empty() {
            format!("Column {n}")
        } else {
            format!("Column {n}: {header}")
        }
    },
    unused_columns: |cols| format!("Columns not read: {cols}"),
    area_for_all: "No column gives the key area: put every row in",
    area_for_sections: "No key area column: each section (一、产业发展 …) is its rows' key area; rows before the first section go in",
    area_choose: "Choose a key area…",
    rename_by_code: "A row numbered like a task of another title updates (renames) it",
    preview_title: "2. Check what will be imported",
    summary: |added, updated, reports, unchanged, left| {
        let mut s = format!(
            "{} will be added and {} updated",
            plural(added, "task", "tasks"),
            updated
        );
        if reports > 0 {
            s.push_str(&format!(
                ", with {} from the sheet's progress columns",
                plural(reports, "progress report", "progress reports")
            ));
        }
        s.push('.');
        match unchanged {
            0 => {}
            1 => s.push_str(" 1 row matches its task and changes nothing."),
            n => s.push_str(&format!(" {n} rows match their tasks and change nothing.")),
        }
        if left > 0 {
            s.push_str(&format!(
                " {} left out because of the problems below.",
                if left == 1 {
                    "1 row is".to_string()
                } else {
                    format!("{left} rows are")
                }
            ));
        }
        s
    },
    blocked: |n| {
        if n == 1 {
            "The row cannot be imported until the problem with the file below is put right.".into()
        } else {
            format!("None of the {n} rows can be imported until the problem with the file below is put right.", n = Num(n))
        }
    },
    file_problems_title: |n| format!("Problems with the file ({n})", n = Num(n)),
    new_entities: |units, areas| {
        let parts: Vec<String> = [
            (units > 0).then(|| plural(units, "unit", "units")),
            (areas > 0).then(|| plural(areas, "key area", "key areas")),
        ]
        .into_iter()
        .flatten()
        .collect();
        format!("New to this plan: {}.", parts.join(" and "))
    },
    preview_caption: "Rows that will become tasks",
    col_row: "Row",
    col_action: "Action",
    action_add: "New",
    action_update: "Update",
    more_rows: |n| format!("… and {} not listed here.", plural(n, "more row", "more rows")),
    left_out_title: |n| format!("Rows left out ({n})", n = Num(n)),
    notes_title: |n| format!("Notes ({n})", n = Num(n)),
    no_problems: "No problems found.",
    located: |row, column, what| match (row, column) {
        (Some(r), Some(c)) => format!("Row {r}, column {c}: {what}"),
        (Some(r), None) => format!("Row {r}: {what}"),
        (None, Some(c)) => format!("Column {c}: {what}"),
        (None, None) => what.to_string(),
    },
    issue: en_issue,
    confirm: |added, updated| match (added, updated) {
        (a, 0) => format!("Add {}", plural(a, "task", "tasks")),
        (0, u) => format!("Update {}", plural(u, "task", "tasks")),
        (a, u) => format!("Add {} and update {}", plural(a, "task", "tasks"), Num(u)),
    },
    nothing_to_import: "There is nothing to import.",
    done: |added, updated, reports| {
        let reports = match reports {
            0 => String::new(),
            n => format!(", {}", plural(n, "progress report", "progress reports")),
        };
        format!("Imported from CSV: {added} tasks added, {updated} updated{reports}. Undo puts the plan back as it was.", added = Num(added), updated = Num(updated))
    },
    unreadable: |e| match e {
        CsvError::Empty => "The file is empty: it has no header row.".into(),
        CsvError::Unreadable { row } => format!("Row {row} cannot be read."),
    },
};

pub static ZH: CsvText = CsvText {
    export_button: "导出 CSV",
    export_tasks_hint: |n| {
        format!("将当前筛选出的 {n} 项任务按当前排序导出为 CSV 文件，可用 Excel 或 WPS 打开", n = Num(n))
    },
    export_projects_hint: "将全部重点项目（含投资和亮灯状态）导出为 CSV 文件，可用 Excel 或 WPS 打开",
    export_indicators_hint: "将全部指标（含基期值、最新值、目标值和评价）导出为 CSV 文件，可用 Excel 或 WPS 打开",
    export_failed: "文件未能下载。",
    sheet_tasks: "任务清单",
    sheet_projects: "重点项目",
    sheet_indicators: "指标",
    list_sep: "、",
    field_name: zh_field,
    col_light: "亮灯状态",
    col_light_reason: "亮灯原因",
    project_columns: [
        "项目名称",
        "重点领域",
        "牵头单位",
        "批次",
        "项目阶段",
        "计划开工日期",
        "计划竣工日期",
        "实际开工日期",
        "实际竣工日期",
        "总投资（万元）",
        "年度计划投资（万元）",
        "年度完成投资（万元）",
        "年度投资完成率（%）",
        "亮灯状态",
        "亮灯原因",
    ],
    indicator_columns: [
        "指标名称",
        "重点领域",
        "类别",
        "计量单位",
        "指标属性",
        "指标方向",
        "数值口径",
        "基期年份",
        "基期值",
        "最新数据期",
        "最新值",
        "目标年份",
        "目标值",
        "评价",
        "完成进度（%）",
    ],
    import_button: "导入 CSV",
    import_hint: "从 Excel 或 WPS 另存的 CSV 文件新增或更新任务",
    read_as: |e| match e {
        Encoding::Utf8 => "已按 UTF-8 编码读取。",
        Encoding::Utf8Bom => "已按 UTF-8 编码读取（Excel 的“CSV UTF-8”格式）。",
        Encoding::Utf16Le | Encoding::Utf16Be => "已按 UTF-16 编码读取（Windows 的“Unicode 文本”）。",
        Encoding::Gb18030 => "已按 GBK/GB18030 编码读取（中文版 Excel/WPS 默认保存的格式）。",
    },
    not_text: zh_not_text,
    above_header: |row, above| format!("表头在第 {row} 行，其上方的内容不导入：“{above}”。"),
    title: |file| format!("从 {file} 导入任务"),
    intro: "确认之前不会改动规划；导入后可以撤销。",
    map_title: "第一步：对应列",
    map_intro: "请为每一项选择文件中对应的列。已按表头自动识别，请核对。每行的进度、进展情况、存在问题和下步打算记为一条进展报告（按报告日期列记日期，没有则记为今天）；与该任务最近一次报告相同的不重复记入。亮灯列不导入：亮灯由进展报告得出。",
    col_field: "任务字段",
    col_column: "文件中的列",
    col_example: "首行示例",
    required: "必填",
    not_in_file: "（文件中没有）",
    column_option: |n, header| {
        if header.is_empty() {
            format!("第 {n} 列")
        } else {
            format!("第 {n} 列：{header}")
        }
    },
    unused_columns: |cols| format!("未导入的列：{cols}"),
    area_for_all: "文件中没有重点领域列，全部行归入",
    area_for_sections: "文件中没有重点领域列：各行按所在分节（如“一、产业发展”）归入重点领域；第一个分节之前的行归入",
    area_choose: "请选择重点领域…",
    rename_by_code: "按编号更新名称不同的任务（名称改为本行所写）",
    preview_title: "第二步：核对导入内容",
    summary: |added, updated, reports, unchanged, left| {
        let mut s = format!("将新增 {added} 项任务，更新 {updated} 项任务", added = Num(added), updated = Num(updated));
        if reports > 0 {
            s.push_str(&format!("，并据进度列记入 {reports} 条进展报告", reports = Num(reports)));
        }
        s.push('。');
        if unchanged > 0 {
            s.push_str(&format!("{unchanged} 行与规划中的任务相同，不作更改。", unchanged = Num(unchanged)));
        }
        if left > 0 {
            s.push_str(&format!("另有 {left} 行因下列问题不导入。", left = Num(left)));
        }
        s
    },
    blocked: |n| format!("须先解决下列文件问题，文件中的 {n} 行才能导入。", n = Num(n)),
    file_problems_title: |n| format!("文件的问题（{n}）", n = Num(n)),
    new_entities: |units, areas| {
        let parts: Vec<String> = [
            (units > 0).then(|| format!("{units} 个单位", units = Num(units))),
            (areas > 0).then(|| format!("{areas} 个重点领域", areas = Num(areas))),
        ]
        .into_iter()
        .flatten()
        .collect();
        format!("将在本规划中新增 {}。", parts.join("、"))
    },
    preview_caption: "将导入的任务",
    col_row: "行号",
    col_action: "处理方式",
    action_add: "新增",
    action_update: "更新",
    more_rows: |n| format!("……另有 {n} 行未列出。", n = Num(n)),
    left_out_title: |n| format!("有问题、不导入的行（{n}）", n = Num(n)),
    notes_title: |n| format!("提示（{n}）", n = Num(n)),
    no_problems: "没有发现问题。",
    located: |row, column, what| match (row, column) {
        (Some(r), Some(c)) => format!("第 {r} 行“{c}”列：{what}"),
        (Some(r), None) => format!("第 {r} 行：{what}"),
        (None, Some(c)) => format!("“{c}”列：{what}"),
        (None, None) => what.to_string(),
    },
    issue: zh_issue,
    confirm: |added, updated| match (added, updated) {
        (a, 0) => format!("新增 {} 项任务", Num(a)),
        (0, u) => format!("更新 {} 项任务", Num(u)),
        (a, u) => format!("新增 {} 项、更新 {} 项任务", Num(a), Num(u)),
    },
    nothing_to_import: "没有可导入的任务。",
    done: |added, updated, reports| {
        let reports = match reports {
            0 => String::new(),
            n => format!("，记入进展报告 {n} 条", n = Num(n)),
        };
        format!("已从 CSV 导入任务：新增 {added} 项，更新 {updated} 项{reports}。如有误，可点“撤销”恢复。", added = Num(added), updated = Num(updated))
    },
    unreadable: |e| match e {
        CsvError::Empty => "文件是空的，没有表头行。".into(),
        CsvError::Unreadable { row } => format!("第 {row} 行无法读取。"),
    },
};
