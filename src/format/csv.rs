//! CSV for spreadsheet users (Excel, WPS): the task list, key projects and
//! indicators out as CSV, and a task list in, through a column mapping and a
//! preview that names every problem by row and column.
//!
//! Out: UTF-8 with a byte-order mark and CRLF line ends, so Excel and WPS
//! open Chinese text correctly; headers in the user's language. A text cell
//! that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
//! `@`, a tab, a carriage return or a `'`) gets a leading `'`, which import
//! removes again.
//!
//! In: the file's bytes are decoded by [`super::encoding::decode_text`]
//! (UTF-8 with or without a mark, UTF-16 with a mark, else GB18030 as
//! Chinese Excel and WPS save it); [`parse_table`] reads the text (comma,
//! semicolon or tab separated, rows of any length, cells trimmed);
//! [`guess_mapping`] matches the header to the fields a task has with the
//! usual headers of both languages ([`WORDS`], data of this module, not of
//! the message catalogs; a task's text column has its words in its row of
//! [`TASK_TEXTS`], which also gives its export cell); [`prepare`] turns the rows into tasks and
//! problems, changing nothing; [`CsvImport::outcome`] is what the preview
//! says and lists; [`CsvImport::command`] is the one undoable change the
//! user confirms.
//!
//! Import rules:
//! - Rows are numbered as a spreadsheet shows them: the header is row 1, the
//!   first task row 2 (blank lines are skipped and not counted). A title
//!   and office lines above the header are passed over ([`find_header`]);
//!   a header of two rows (责任单位 over 牵头 and 配合) is read as one.
//! - A row whose number or title begins with a total's or a signature's
//!   word (合计, 填表人: [`Words::not_a_task`]) is no task; left out.
//! - Title, key area and lead unit are required: a required field with no
//!   column stops every row, unless the sheet numbers tasks the plan has
//!   (a sheet of new deadlines sent out and back: its rows update those
//!   tasks, which keep their own title, area and lead, and a row that
//!   numbers no task is left out); a row without one is left out, as is a row
//!   with a date or tier that cannot be read, a deadline before its start,
//!   or a task code already used by an earlier row.
//! - 责任单位 (responsible units) is the lead unit when no other column is
//!   the lead unit's, else the co-operating units (where the lead unit it
//!   also names is not repeated).
//! - Dates are read by [`parse_date`]: ISO and slashed or dotted days,
//!   `2024年4月底` (month end), `2024年6月`, `6月30日` and `年底` (this
//!   year while the plan runs, else its first or last year; in a plan of
//!   several years a note says which), half-years and quarters. Messages
//!   give examples in that year; a day its month does not have (2月29日 of
//!   a common year) is said as such.
//! - Key areas and units are matched by name, exactly, then ignoring case,
//!   spaces and punctuation. Co-operating units (and tags) in one cell are
//!   separated by 、 ; ； commas or line ends, never inside brackets
//!   (各县（市、区）人民政府 is one unit); a part that is a known unit's
//!   name is kept whole even if it contains a comma. A name the plan does
//!   not have is **added** as a new key area or unit (the preview says so at
//!   the first row that names it). Among the co-operating units, words that
//!   name no unit in particular (各有关单位, "relevant units": [`WORDS`])
//!   are not made a unit, unless the plan has a unit so named.
//! - A row whose task code is already in the plan **updates** that task: the
//!   cells it fills replace its values; a blank cell changes nothing (a
//!   sheet with gaps, or of a few columns, clears nothing), and everything
//!   else (milestones, reports) stays. The note says which fields change;
//!   a row that changes nothing is counted apart ([`CsvImport::unchanged`]).
//!   When
//!   that task has another title, the row is a new task without the code
//!   instead ([`Issue::CodeTaken`]: a second batch numbered 1, 2, 3 …),
//!   unless the mapping says such rows update ([`Mapping::rename_by_code`]).
//! - With no key area column, every row can go to one of the plan's areas
//!   ([`Mapping::area`]).
//! - A row's progress columns (进度, 进展情况, 存在问题, 下步打算 and the
//!   report's date, 最近报告日期: the task sheet writes each task's latest
//!   report so, and a ledger keeps them so) are recorded as a progress
//!   report on its task, in the same change: dated by the row, else the
//!   day of the import, and filed to the reporting period of that day. No
//!   report is recorded when they say nothing (a progress of 0 alone, on a
//!   task never reported, is how the sheet writes such a task), or what
//!   the task's latest report says (a sheet exported and imported again
//!   adds none), or, with its date, what a report of that date says (an
//!   older sheet imported again adds none). A row that changes a task's report under a date not after
//!   its latest report's (the date the sheet was exported with) is dated
//!   the day of the import, and a note says so. A row telling what was done without a progress is
//!   recorded at the task's latest progress, or 0, and a note says so;
//!   a word for done in the progress column (已完成) is 100%, other words
//!   there (过半) are what was done, at the progress kept, with a note; a
//!   number that is not a percentage from 0 to 100, or a report's date
//!   after today, leaves the row out. A sheet gives no unit's own
//!   judgement, so the report's status is what its figures give on its
//!   date (`sheet_status`).
//! - Lights and their reasons are not read: they follow from the reports.

pub mod dates;
pub mod sections;
pub mod words;

pub use dates::{ongoing, parse_date, past_month_end};
pub use words::{Words, WORDS};

use crate::command::Command;
use crate::indicator_progress::{assess, ProgressClass};
use crate::investment::project_share;
use crate::model::task_texts::{TaskText, TASK_TEXTS};
use crate::model::{
    Aim, Date, Direction, Id, KeyArea, Nature, Phase, Plan, ReportedStatus, SourceKind, Subject,
    Tally, Task, Tier, Unit, UnitKind, Update,
};
use crate::period::reporting_period;
use crate::query::TaskIndex;
use crate::status::{project_status, task_status_given, Light, Reason};
use crate::validate::{check_entity, check_update_held, Entity, Problem};
use chrono::Datelike;
use rustc_hash::FxHashMap as HashMap;

/// The media type a CSV download is offered with.
pub const MIME: &str = "text/csv;charset=utf-8";

/// The byte-order mark every exported file starts with.
pub const BOM: char = '\u{feff}';

// ---------------------------------------------------------------------------
// Export

/// The words a sheet is written in: one language's names of columns and
/// values. The caller gives them (the message catalogs make one for each
/// language), so this module reads no catalog.
#[derive(Clone, Copy)]
pub struct SheetText {
    /// A task field's name, the header of its column.
    pub field_name: fn(Field) -> &'static str,
    /// Between names in one cell (co-operating units, tags).
    pub list_sep: &'static str,
    pub col_light: &'static str,
    pub col_light_reason: &'static str,
    pub tier_name: fn(Tier) -> &'static str,
    pub source_name: fn(SourceKind) -> &'static str,
    pub light_name: fn(Light) -> &'static str,
    pub light_reason: fn(&Reason) -> String,
    /// The project sheet's header.
    pub project_columns: [&'static str; 15],
    pub phase_name: fn(Phase) -> &'static str,
    /// The indicator sheet's header.
    pub indicator_columns: [&'static str; 15],
    pub nature_name: fn(Nature) -> &'static str,
    pub direction_name: fn(Direction) -> &'static str,
    pub tally_name: fn(Tally) -> &'static str,
    pub progress_class: fn(ProgressClass) -> &'static str,
    /// A target that is a lower bound: (the value).
    pub aim_at_least: fn(&str) -> String,
    /// A target that is an upper bound: (the value).
    pub aim_at_most: fn(&str) -> String,
}

/// Whether a cell starting with `c` would be run as a formula (or, for
/// `'`, lose its first character to [`unguard`]).
fn risky(c: Option<char>) -> bool {
    matches!(c, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\''))
}

/// A text cell, guarded against being run as a spreadsheet formula: a
/// leading `'` when it starts with `=`, `+`, `-`, `@`, a tab, a carriage
/// return or a `'`.
fn text_cell(s: &str) -> String {
    if risky(s.chars().next()) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// A cell as read back: the guard's `'` removed again.
fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if risky(rest.chars().next()) => rest,
        _ => s,
    }
}

/// A number as a spreadsheet reads it: plain, at most two decimals. Also
/// how the import's preview and messages show a row's progress.
pub fn number_cell(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    if rounded == 0.0 {
        "0".to_string()
    } else {
        format!("{rounded}")
    }
}

fn date_cell(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// A whole sheet: the mark, the header and the rows, CRLF line ends.
fn write_sheet(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from(BOM);
    write_row(&mut out, &mut header.iter().copied());
    for row in rows {
        write_row(&mut out, &mut row.iter().map(String::as_str));
    }
    out
}

/// One row as the `csv` crate writes it with its defaults (a test compares
/// the two): a cell holding a comma, a quote or a line break is quoted, its
/// quotes doubled; a row of one empty cell is `""`. Written here because the
/// crate's writer also carries a float reader for a quoting style the app
/// never uses (core's, with its tables; the app reads numbers with
/// serde_json's).
fn write_row(out: &mut String, cells: &mut dyn Iterator<Item = &str>) {
    let start = out.len();
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    if out.len() == start {
        out.push_str("\"\"");
    }
    out.push_str("\r\n");
}

/// The columns of the task sheet, in order; the `Field`s among them are the
/// ones import reads back.
fn task_header(c: &SheetText) -> Vec<&'static str> {
    let f = c.field_name;
    let mut header = vec![
        f(Field::Code),
        f(Field::Title),
        f(Field::Area),
        f(Field::Lead),
        f(Field::CoUnits),
        f(Field::Leader),
        f(Field::Tier),
        f(Field::Start),
        f(Field::Deadline),
        f(Field::Progress),
        c.col_light,
        c.col_light_reason,
        f(Field::ReportDate),
        f(Field::Narrative),
        f(Field::Problems),
        f(Field::NextSteps),
        f(Field::Tags),
        f(Field::Source),
        f(Field::SourceRef),
        f(Field::SourceDate),
    ];
    header.extend(Field::texts().into_iter().map(f));
    // Read back by its header too (a sheet exported, edited, imported).
    header.push(f(Field::Requirement));
    header
}

/// The tasks at `positions` (places in `index.rows`, as the filter and sort
/// give them), one line each, in that order, with light, progress and last
/// report from `index`.
pub fn export_tasks(plan: &Plan, index: &TaskIndex, positions: &[usize], t: &SheetText) -> String {
    let sep = t.list_sep;
    let area = |id: &Id| plan.area(id).map_or_else(String::new, |a| a.title.clone());
    let unit = |id: &Id| plan.unit(id).map_or_else(String::new, |u| u.name.clone());
    let texts: Vec<&TaskText> = Field::texts().iter().filter_map(|f| f.text()).collect();
    let rows = positions.iter().filter_map(|&pos| {
        let row = index.rows.get(pos)?;
        let task = plan.tasks.get(row.index)?;
        let co: Vec<String> = task.co_units.iter().map(unit).collect();
        let latest = index
            .reports
            .of_task(row.index)
            .last()
            .and_then(|r| plan.updates.get(r.update));
        let said = |text: fn(&Update) -> &String| text_cell(latest.map_or("", |u| text(u)));
        let mut cells = vec![
            text_cell(&task.code),
            text_cell(&task.title),
            text_cell(&area(&task.area)),
            text_cell(&unit(&task.lead)),
            text_cell(&co.join(sep)),
            text_cell(&task.leader),
            (t.tier_name)(task.tier).to_string(),
            date_cell(task.start),
            date_cell(task.deadline),
            number_cell(row.progress),
            (t.light_name)(row.status.light).to_string(),
            text_cell(&(t.light_reason)(&row.status.reason)),
            date_cell(row.last_report),
            said(|u| &u.narrative),
            said(|u| &u.problems),
            said(|u| &u.next_steps),
            text_cell(&task.tags.join(sep)),
            (t.source_name)(task.source).to_string(),
            text_cell(&task.source_ref),
            date_cell(task.source_date),
        ];
        for x in &texts {
            cells.push(text_cell((x.get)(task)));
        }
        cells.push(text_cell(&task.requirement.text));
        Some(cells)
    });
    write_sheet(&task_header(t), rows)
}

/// Every key project with its investment figures, schedule and light as of `today`.
pub fn export_projects(plan: &Plan, today: Date, t: &SheetText) -> String {
    let rows = plan.projects.iter().map(|p| {
        let status = project_status(plan, p, today);
        let area = p
            .area
            .as_ref()
            .and_then(|a| plan.area(a))
            .map_or_else(String::new, |a| a.title.clone());
        let lead = plan
            .unit(&p.lead)
            .map_or_else(String::new, |u| u.name.clone());
        vec![
            text_cell(&p.name),
            text_cell(&area),
            text_cell(&lead),
            text_cell(&p.batch),
            (t.phase_name)(p.phase).to_string(),
            date_cell(p.planned_start),
            date_cell(p.planned_end),
            date_cell(p.actual_start),
            date_cell(p.actual_end),
            number_cell(p.total_investment),
            number_cell(p.year_target),
            number_cell(p.completed_investment),
            project_share(p).map(number_cell).unwrap_or_default(),
            (t.light_name)(status.light).to_string(),
            text_cell(&(t.light_reason)(&status.reason)),
        ]
    });
    write_sheet(&t.project_columns, rows)
}

/// Every indicator with baseline, latest value, target and class as of `today`.
pub fn export_indicators(plan: &Plan, today: Date, t: &SheetText) -> String {
    let f = t;
    let rows = plan.indicators.iter().map(|ind| {
        let progress = assess(ind, today);
        let area = ind
            .area
            .as_ref()
            .and_then(|a| plan.area(a))
            .map_or_else(String::new, |a| a.title.clone());
        let (target_year, target) = match &ind.target {
            None => (String::new(), String::new()),
            Some(target) => (
                target.year.to_string(),
                match &target.aim {
                    Aim::Value { value } => number_cell(*value),
                    Aim::AtLeast { value } => (f.aim_at_least)(&number_cell(*value)),
                    Aim::AtMost { value } => (f.aim_at_most)(&number_cell(*value)),
                    Aim::Words { text } => text.clone(),
                },
            ),
        };
        vec![
            text_cell(&ind.name),
            text_cell(&area),
            text_cell(&ind.category),
            text_cell(&ind.measure),
            (f.nature_name)(ind.nature).to_string(),
            (f.direction_name)(ind.direction).to_string(),
            (f.tally_name)(ind.tally).to_string(),
            ind.baseline
                .as_ref()
                .map(|b| b.year.to_string())
                .unwrap_or_default(),
            ind.baseline
                .as_ref()
                .map(|b| number_cell(b.value))
                .unwrap_or_default(),
            progress
                .latest
                .map(|r| r.period.to_string())
                .unwrap_or_default(),
            progress
                .latest
                .map(|r| number_cell(r.value))
                .unwrap_or_default(),
            target_year,
            text_cell(&target),
            (f.progress_class)(progress.class).to_string(),
            progress.progress.map(number_cell).unwrap_or_default(),
        ]
    });
    write_sheet(&t.indicator_columns, rows)
}

/// A file name for a sheet of `plan`: its title (characters file systems
/// refuse replaced), a word for what the sheet holds, `.csv`.
pub fn csv_file_name(plan: &Plan, sheet: &str) -> String {
    let title: String = plan
        .title
        .chars()
        .map(|c| {
            if c.is_control() || "\\/:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .chars()
        .take(80)
        .collect();
    let title = if title.is_empty() {
        plan.id.to_string()
    } else {
        title
    };
    format!("{title}-{sheet}.csv")
}

// ---------------------------------------------------------------------------
// Reading a file

/// A CSV file as read: the header and the rows, each with its number.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvTable {
    pub headers: Vec<String>,
    /// The header's row number: 1, unless [`find_header`] found it lower.
    pub header_row: usize,
    /// What the rows above the header say (their cells joined), e.g. the
    /// sheet's title: not read.
    pub above: Vec<String>,
    pub rows: Vec<CsvRow>,
}

/// One row of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvRow {
    /// The row as a spreadsheet numbers it: the header is row 1.
    pub number: usize,
    pub cells: Vec<String>,
}

impl CsvRow {
    /// The cell in `column`, or "" when the row is shorter.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

/// Why a text could not be read as a table.
#[derive(Clone, Debug, PartialEq)]
pub enum CsvError {
    /// No header row: the file is empty or blank.
    Empty,
    /// The reader stopped at a row. It reads a text already in memory and
    /// rows of any length, so it has no error to give; were it to stop,
    /// the row says where.
    Unreadable { row: usize },
}

/// The separator the first line that has any uses most: comma (the
/// default), semicolon (Excel in some locales) or tab. A title line above
/// the header with none at all does not decide.
fn sniff_delimiter(text: &str) -> u8 {
    let separators = [',', ';', '\t'];
    let first = text
        .lines()
        .take(HEADER_SEARCH + 1)
        .find(|line| line.contains(separators))
        .unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    let (commas, semicolons, tabs) = (count(','), count(';'), count('\t'));
    if tabs > commas && tabs >= semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Read `text` (already decoded; a stray byte-order mark is dropped) as a
/// header row and rows of any length, every cell trimmed. Rows whose cells
/// are all empty are dropped, but keep their place in the numbering, as do
/// blank lines (a spreadsheet shows each as an empty row); a cell's line
/// breaks inside quotes do not count.
pub fn parse_table(text: &str) -> Result<CsvTable, CsvError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    // Bytes, not text: the fields of a `str` cut at ASCII separators and
    // quotes are text already (and no error of the reader's own can come
    // of reading them).
    let mut record = csv::ByteRecord::new();
    // The row before, and where the reader stood after it.
    let mut number = 0;
    let mut at = 0;
    loop {
        let read = reader.read_byte_record(&mut record);
        let row = number + 1 + blank_lines(text.as_bytes(), at);
        match read {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => return Err(CsvError::Unreadable { row }),
        }
        number = row;
        at = reader.position().byte() as usize;
        let cells: Vec<String> = record
            .iter()
            .map(|c| {
                unguard(String::from_utf8_lossy(c).trim())
                    .trim()
                    .to_string()
            })
            .collect();
        if headers.is_none() {
            headers = Some(cells);
        } else if cells.iter().any(|c| !c.is_empty()) {
            rows.push(CsvRow { number, cells });
        }
    }
    match headers {
        Some(h) if h.iter().any(|c| !c.is_empty()) => Ok(CsvTable {
            headers: h,
            header_row: 1,
            above: Vec::new(),
            rows,
        }),
        _ => Err(CsvError::Empty),
    }
}

/// The blank lines from `at`, where the reader stood after a record (past
/// the first character of its line break) or at the start: the reader
/// passes over them without a record, and a spreadsheet shows each as a row.
fn blank_lines(text: &[u8], at: usize) -> usize {
    let mut i = at;
    // The rest of the record's own line break ("\r\n").
    if i > 0 && text.get(i - 1) == Some(&b'\r') && text.get(i) == Some(&b'\n') {
        i += 1;
    }
    let mut blanks = 0;
    while let Some(&c) = text.get(i) {
        match c {
            b'\r' if text.get(i + 1) == Some(&b'\n') => i += 2,
            b'\r' | b'\n' => i += 1,
            _ => break,
        }
        blanks += 1;
    }
    blanks
}

/// Rows looked at for the header: a ledger's title, its office and date
/// lines and a blank line fit well within.
const HEADER_SEARCH: usize = 10;

/// The table with its header found: ledgers often start with a title row
/// ("XX县2024年重点任务台账") and lines such as "填报单位：" above the header.
/// Of the first rows, the one whose cells `words` name the most fields is
/// the header (the first row unless a later one names strictly more); rows
/// above it are kept in [`CsvTable::above`] and not read.
pub fn find_header(table: CsvTable, words: &Words) -> CsvTable {
    let named = |cells: &[String]| {
        let m = guess_mapping(cells, words);
        Field::all().iter().filter(|f| m.get(**f).is_some()).count()
    };
    let mut best = (named(&table.headers), None);
    for (i, row) in table.rows.iter().take(HEADER_SEARCH).enumerate() {
        let n = named(&row.cells);
        if n > best.0 {
            best = (n, Some(i));
        }
    }
    let Some(at) = best.1 else {
        return under_header(table, words);
    };
    let mut rows = table.rows;
    let header = rows.remove(at);
    let said = |cells: &[String]| {
        cells
            .iter()
            .filter(|c| !c.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let above = std::iter::once(said(&table.headers))
        .chain(rows.drain(..at).map(|r| said(&r.cells)))
        .collect();
    under_header(
        CsvTable {
            headers: header.cells,
            header_row: header.number,
            above,
            rows,
        },
        words,
    )
}

/// A header of two rows, as a ledger's merged cells make it: "责任单位"
/// over "牵头单位" and "配合单位" (the group's cell empty over its second
/// column). When every cell of the row under the header is a column's name
/// and together they name more fields, each column takes the lower name
/// where it has one, and that row is no task.
fn under_header(mut table: CsvTable, words: &Words) -> CsvTable {
    let named = |cells: &[String]| {
        let m = guess_mapping(cells, words);
        Field::all().iter().filter(|f| m.get(**f).is_some()).count()
    };
    let Some(next) = table.rows.first() else {
        return table;
    };
    let names_only = next.cells.iter().any(|c| !c.trim().is_empty())
        && next
            .cells
            .iter()
            .filter(|c| !c.trim().is_empty())
            .all(|c| named(std::slice::from_ref(c)) > 0);
    if !names_only {
        return table;
    }
    let width = table.headers.len().max(next.cells.len());
    let joined: Vec<String> = (0..width)
        .map(|j| {
            let lower = next.cells.get(j).map_or("", |c| c.trim());
            if lower.is_empty() {
                table.headers.get(j).cloned().unwrap_or_default()
            } else {
                lower.to_string()
            }
        })
        .collect();
    if named(&joined) > named(&table.headers) {
        table.headers = joined;
        table.rows.remove(0);
    }
    table
}

// ---------------------------------------------------------------------------
// Mapping columns to fields

/// A field of a task that import can fill from a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    // The latest report's columns come first, so that a header naming one
    // of them and a task's field ("重点任务完成情况", "任务进展") is read as
    // the report's (ties go to the field declared first).
    /// The progress of a first (or newer) report, in percent.
    Progress,
    /// What was done (进展情况): the report's narrative.
    Narrative,
    /// The report's problems met (存在问题).
    Problems,
    /// The report's next steps (下步打算).
    NextSteps,
    /// The report's date (最近报告日期); without it, the day of the import.
    ReportDate,
    Code,
    Title,
    Area,
    Lead,
    CoUnits,
    Leader,
    Tier,
    Start,
    Deadline,
    /// The task's requirement (目标要求), as text.
    Requirement,
    Tags,
    /// Where the item comes from (来源): plan, meeting, instruction …
    Source,
    /// The source's reference: the meeting's name, the document's number.
    SourceRef,
    /// The source's date.
    SourceDate,
    /// A free-text field of the task: the row at this place in
    /// [`TASK_TEXTS`], one that has CSV words (see [`Field::texts`]).
    Text(usize),
}

impl Field {
    /// The fields with a column of their own, in the order the mapping
    /// step lists them.
    const FIXED: [Field; 19] = [
        Field::Code,
        Field::Title,
        Field::Area,
        Field::Lead,
        Field::CoUnits,
        Field::Leader,
        Field::Tier,
        Field::Start,
        Field::Deadline,
        Field::Requirement,
        Field::Tags,
        Field::Source,
        Field::SourceRef,
        Field::SourceDate,
        Field::Progress,
        Field::ReportDate,
        Field::Narrative,
        Field::Problems,
        Field::NextSteps,
    ];

    /// Every field, in the order the mapping step lists them: the fixed
    /// ones, then the task's text columns.
    pub fn all() -> Vec<Field> {
        let mut all = Field::FIXED.to_vec();
        all.extend(Field::texts());
        all
    }

    /// The task's free-text fields that are CSV columns, in the order of
    /// [`TASK_TEXTS`]: written after the fixed columns, read by header.
    pub fn texts() -> Vec<Field> {
        let mut texts = Vec::new();
        for (i, x) in TASK_TEXTS.iter().enumerate() {
            if x.csv.is_some() {
                texts.push(Field::Text(i));
            }
        }
        texts
    }

    /// The row of [`TASK_TEXTS`] a text field reads and writes.
    pub fn text(self) -> Option<&'static TaskText> {
        match self {
            Field::Text(i) => TASK_TEXTS.get(i),
            _ => None,
        }
    }

    /// Whether every row needs a value (and so the field needs a column).
    pub fn required(self) -> bool {
        matches!(self, Field::Title | Field::Area | Field::Lead)
    }

    fn slot(self) -> usize {
        match self {
            Field::Text(i) => {
                let before = TASK_TEXTS.iter().take(i).filter(|x| x.csv.is_some());
                Field::FIXED.len() + before.count()
            }
            f => Field::FIXED
                .iter()
                .position(|x| *x == f)
                .expect("every field but a text is fixed"),
        }
    }
}

/// Which column of the file fills each field (`None`: not in the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mapping {
    /// By [`Field::slot`], one for each of [`Field::all`].
    columns: Vec<Option<usize>>,
    /// The key area of every row, when no column gives one (a ledger of
    /// one area's tasks, or one that names none): one of the plan's areas.
    pub area: Option<Id>,
    /// Whether a row whose code is the code of a task with another title
    /// updates that task, its title with the rest ([`Issue::Renames`]).
    /// Off by default: such a row is added as a new task without the code
    /// ([`Issue::CodeTaken`]), as a second batch numbered 1, 2, 3 … is.
    pub rename_by_code: bool,
}

impl Default for Mapping {
    fn default() -> Self {
        Mapping {
            columns: vec![None; Field::all().len()],
            area: None,
            rename_by_code: false,
        }
    }
}

impl Mapping {
    /// The column for `field`.
    pub fn get(&self, field: Field) -> Option<usize> {
        self.columns.get(field.slot()).copied().flatten()
    }

    /// Take `field` from `column` (or from nowhere).
    pub fn set(&mut self, field: Field, column: Option<usize>) {
        if let Some(c) = self.columns.get_mut(field.slot()) {
            *c = column;
        }
    }

    /// Columns of the file that no field reads, in file order.
    pub fn unused(&self, columns: usize) -> Vec<usize> {
        (0..columns)
            .filter(|c| !self.columns.contains(&Some(*c)))
            .collect()
    }
}

/// A header or a name, for matching: lower case, full-width letters and
/// digits as ASCII ones, no spaces or punctuation, no bracketed notes
/// ("完成时限（年月日）" reads as "完成时限").
pub fn normalize(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // Each letter by itself: a capital sigma is a small one
            // here, never a final one (`text::lower` lowers words).
            'Σ' => out.push('σ'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    crate::text::fold(&out)
}

/// What a header names: a field, the responsible units (lead or
/// co-operating, see [`Words::responsible`]), or a column not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Named {
    /// First on a tie: a header that names both a column not read and a
    /// field ("重点任务完成情况") is a column not read.
    NotRead,
    Field(Field),
    Responsible,
}

impl Words {
    /// Whether a progress cell says the task is done (已完成, "Done").
    pub fn says_done(&self, text: &str) -> bool {
        let text = normalize(text);
        self.done.iter().any(|w| normalize(w) == text)
    }

    /// Every word with what it names, normalized.
    fn all(&self) -> Vec<(Named, String)> {
        let fields = self
            .fields
            .iter()
            .flat_map(|(f, ws)| ws.iter().map(move |w| (Named::Field(*f), *w)));
        // A text column's words are in its row of the task's text table.
        let mut texts = Vec::new();
        for f in Field::texts() {
            for w in f.text().and_then(|x| x.csv).unwrap_or_default() {
                texts.push((Named::Field(f), *w));
            }
        }
        let fields = fields.chain(texts);
        let responsible = self.responsible.iter().map(|w| (Named::Responsible, *w));
        let not_read = self.not_read.iter().map(|w| (Named::NotRead, *w));
        fields
            .chain(responsible)
            .chain(not_read)
            .map(|(n, w)| (n, normalize(w)))
            .filter(|(_, w)| !w.is_empty())
            .collect()
    }
}

/// A mapping read off the header with `words`: first the headers that are
/// a field's name (any case, spaces, punctuation and bracketed notes
/// ignored), then those that name the responsible units (责任单位: the lead
/// unit when no column is the lead unit's, otherwise the co-operating
/// units), then headers that contain a name, longest name first. Columns
/// known not to be read (progress, notes) are never taken. Each column fills
/// at most one field.
pub fn guess_mapping(headers: &[String], words: &Words) -> Mapping {
    let normalized: Vec<String> = headers.iter().map(|h| normalize(h)).collect();
    let mut mapping = Mapping::default();
    let mut taken = vec![false; headers.len()];
    let all = words.all();
    // Give `col` to what `names` names, unless it or the field is taken.
    fn assign(mapping: &mut Mapping, taken: &mut [bool], names: Named, col: usize) {
        if taken[col] {
            return;
        }
        let field = match names {
            Named::NotRead => {
                taken[col] = true;
                return;
            }
            Named::Field(f) => Some(f),
            Named::Responsible => [Field::Lead, Field::CoUnits]
                .into_iter()
                .find(|f| mapping.get(*f).is_none()),
        };
        if let Some(f) = field.filter(|f| mapping.get(*f).is_none()) {
            mapping.set(f, Some(col));
            taken[col] = true;
        }
    }
    let exact = |names: Named, col: usize| {
        all.iter()
            .any(|(n, w)| *n == names && *w == normalized[col])
    };
    // Exact names: each field in its order, then the responsible units,
    // then the columns not read.
    let order = Field::all()
        .into_iter()
        .map(Named::Field)
        .chain([Named::Responsible, Named::NotRead]);
    for names in order {
        for col in 0..headers.len() {
            if exact(names, col) {
                assign(&mut mapping, &mut taken, names, col);
            }
        }
    }
    // Headers that contain a name: only names long enough not to match by chance.
    let mut candidates: Vec<(usize, Named, usize)> = Vec::new();
    for (names, word) in &all {
        let long_enough = if word.is_ascii() {
            word.len() >= 4
        } else {
            word.chars().count() >= 2
        };
        if !long_enough {
            continue;
        }
        for (col, header) in normalized.iter().enumerate() {
            if header.contains(word.as_str()) {
                candidates.push((word.chars().count(), *names, col));
            }
        }
    }
    crate::order::sort_by_key(&mut candidates, |&(len, names, col)| {
        (std::cmp::Reverse(len), names, col)
    });
    for (_, names, col) in candidates {
        assign(&mut mapping, &mut taken, names, col);
    }
    mapping
}

// ---------------------------------------------------------------------------
// Rows to tasks

/// What is wrong with (or worth saying about) a file or a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Issue {
    /// A required field has no column: no row can be imported.
    NoColumn(Field),
    /// The file has a header and no task rows.
    NoRows,
    /// No column gives the key area, and the plan has no key area yet to
    /// put every row in.
    NoAreas,
    /// A required cell is empty; the row is left out.
    Empty(Field),
    /// A row of totals or signatures (合计, 填表人 …: [`Words::not_a_task`]);
    /// left out.
    NotATask(String),
    /// Not a date [`parse_date`] reads; left out. `year` is the plan's,
    /// for the examples the message gives.
    NotADate { text: String, year: i32 },
    /// A day its month does not have (2026年2月29日); left out. `month_end`
    /// is that month's last day.
    NoSuchDay { text: String, month_end: Date },
    /// A date written without its year, in a plan of several years: read
    /// in `year` (this year while the plan runs, else its nearest year).
    YearAssumed { text: String, year: i32 },
    /// Not a tier's name in either language; left out.
    NotATier(String),
    /// Not a source's name in either language; left out.
    NotASource(String),
    /// The deadline is before the start; left out.
    DeadlineBeforeStart,
    /// A word for an ongoing task (长期坚持) in a date column: read as no date.
    Ongoing(String),
    /// The code is already used by an earlier row; left out.
    DuplicateCode { code: String, first_row: usize },
    /// The row has more cells than the header has columns; the rest is ignored.
    ExtraCells { cells: usize, columns: usize },
    /// The unit is not in the plan and will be added.
    NewUnit(String),
    /// A co-operating unit's cell says 各有关单位 or the like, which names
    /// no unit: not added as one (the rest of the row is imported). Said at
    /// the first row that has it.
    NoUnitNamed(String),
    /// The key area is not in the plan and will be added.
    NewArea(String),
    /// The date is outside the plan's period (from, to); imported as written.
    OutsidePlan { date: Date, from: Date, to: Date },
    /// The cell is blank, as Excel leaves the cells under a merged one (a
    /// key area or lead unit over several rows): the value of the nearest
    /// row above with one is taken.
    FromAbove(String),
    /// The code is the code of a task in the plan, which the row updates:
    /// these fields change (a blank cell changes nothing).
    UpdatesTask { code: String, fields: Vec<Field> },
    /// The code is the code of a task in the plan whose title is another:
    /// the row updates it, its title with the rest (`from`, the title now);
    /// only when the mapping says so ([`Mapping::rename_by_code`]).
    Renames { code: String, from: String },
    /// The code is the code of a task in the plan whose title is another
    /// (`title`): the row is added as a new task, without the code.
    CodeTaken { code: String, title: String },
    /// The code is not in the plan as written, but a task of the same
    /// title has a code that reads as the same number (`code`: 1.10 written
    /// as 1.1, 001 as 1, as a spreadsheet rewrites them): that task is the
    /// one updated, and keeps its code.
    CodeRewritten { written: String, code: String },
    /// A task of the plan has this row's title (`code`, its code, may be
    /// empty): the row is still added as a new task.
    SameTitle { code: String },
    /// The lead unit's cell names several units: `lead` leads (the one
    /// marked （牵头）, else the first), the `others` co-operate.
    SeveralLeads { lead: String, others: Vec<String> },
    /// A number that is not a percentage from 0 to 100 (`120`); left out.
    NotAPercent(String),
    /// A unit named by a short name of one of the plan's (县发改局 for
    /// 县发展和改革局): that unit. Said at the first row that writes it.
    ShortName { written: String, name: String },
    /// The sheet numbers its tasks afresh in each section: the row's
    /// number is read within its section (1 under 二、 is 2.1). Said once,
    /// at the first row so read.
    NumberInSection { written: String, code: String },
    /// The progress column holds fractions of one (0.3): each is read as a
    /// percentage (30). Said once, at the first row that has one.
    Fractions { text: String, percent: f64 },
    /// Words in the progress column that are no percentage (过半, 正在推进):
    /// recorded as what was done (unless the row says that elsewhere), at
    /// the progress [`Issue::ProgressKept`] says.
    ProgressInWords { text: String, kept: Option<f64> },
    /// The report's date is after the day of the import; left out.
    ReportAfterToday(Date),
    /// The report's date is not after the task's latest report's, and the
    /// row says otherwise than that report (the date a task sheet wrote,
    /// its progress edited since): the row's report is dated the day of
    /// the import.
    DatedToday(Date),
    /// The row tells what was done (or its problems, next steps or date)
    /// but gives no progress: the report is recorded at the task's latest
    /// report's progress (given), or at 0 for a task never reported (`None`).
    ProgressKept(Option<f64>),
    /// Refused by the plan's rules; left out.
    Rule(Problem),
}

impl Issue {
    /// Whether the row (or, without a row, the whole file) is left out.
    pub fn leaves_out(&self) -> bool {
        !matches!(
            self,
            Issue::ExtraCells { .. }
                | Issue::Ongoing(_)
                | Issue::NewUnit(_)
                | Issue::NoUnitNamed(_)
                | Issue::NewArea(_)
                | Issue::UpdatesTask { .. }
                | Issue::Renames { .. }
                | Issue::CodeTaken { .. }
                | Issue::CodeRewritten { .. }
                | Issue::SameTitle { .. }
                | Issue::SeveralLeads { .. }
                | Issue::FromAbove(_)
                | Issue::OutsidePlan { .. }
                | Issue::YearAssumed { .. }
                | Issue::ProgressKept(_)
                | Issue::ProgressInWords { .. }
                | Issue::DatedToday(_)
                | Issue::Fractions { .. }
                | Issue::NumberInSection { .. }
                | Issue::ShortName { .. }
        )
    }
}

/// One problem or note, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvProblem {
    /// The row as the spreadsheet numbers it; `None` for the whole file.
    pub row: Option<usize>,
    /// The file's header of the column, when one column is at fault.
    pub column: Option<String>,
    pub issue: Issue,
}

/// A row that will become a task.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow {
    pub row: usize,
    pub task: Task,
    /// Whether the task is already in the plan (found by its code).
    pub update: bool,
    /// The progress report the row's progress columns give, when they
    /// give one the task does not have already (`SheetReport::report`).
    pub report: Option<Update>,
}

/// What confirming would do, and everything found on the way. Nothing is
/// changed until [`CsvImport::command`] is dispatched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvImport {
    pub rows: Vec<ImportRow>,
    pub new_units: Vec<Unit>,
    pub new_areas: Vec<KeyArea>,
    /// In row order; problems of the whole file first.
    pub problems: Vec<CsvProblem>,
    /// Rows that cannot be imported because of a problem of the whole file
    /// (a required field has no column): all of them, or none.
    pub blocked: usize,
    /// Rows of a task in the plan that would change nothing in it.
    pub unchanged: usize,
}

/// A row left out, with its problems (and notes) in column order.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut<'a> {
    pub row: usize,
    pub problems: Vec<&'a CsvProblem>,
}

/// What the preview says and lists, from one source: its counts are the
/// lengths of its lists (see [`CsvImport::outcome`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome<'a> {
    /// Rows that add a task, rows that update one, and rows of a task that
    /// would change nothing in it.
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Progress reports the rows add (one at most per row).
    pub reports: usize,
    /// Problems of the whole file: a required field without a column, no rows.
    pub file: Vec<&'a CsvProblem>,
    /// Rows stopped by a problem of the file (all rows, or none).
    pub blocked: usize,
    /// Rows left out because of their own problems, in row order.
    pub left_out: Vec<LeftOut<'a>>,
    /// What is worth saying about rows that are imported (new units and
    /// areas, updates, extra cells), in row order.
    pub notes: Vec<&'a CsvProblem>,
}

impl CsvImport {
    /// The preview's summary and lists. Every row of the file is in
    /// exactly one of: added, updated, unchanged, blocked, left out.
    pub fn outcome(&self) -> Outcome<'_> {
        let mut left_out: Vec<LeftOut> = Vec::new();
        let mut notes = Vec::new();
        let mut file = Vec::new();
        for p in &self.problems {
            let Some(row) = p.row else {
                file.push(p);
                continue;
            };
            let leaves = self
                .problems
                .iter()
                .any(|q| q.row == Some(row) && q.issue.leaves_out());
            if !leaves {
                notes.push(p);
            } else if let Some(last) = left_out.last_mut().filter(|l| l.row == row) {
                last.problems.push(p);
            } else {
                left_out.push(LeftOut {
                    row,
                    problems: vec![p],
                });
            }
        }
        Outcome {
            added: self.added(),
            updated: self.updated(),
            unchanged: self.unchanged,
            reports: self.reports(),
            file,
            blocked: self.blocked,
            left_out,
            notes,
        }
    }

    /// Rows not imported, for whatever reason.
    pub fn left_out(&self) -> usize {
        let o = self.outcome();
        o.blocked + o.left_out.len()
    }

    /// Rows that add a task.
    pub fn added(&self) -> usize {
        self.rows.iter().filter(|r| !r.update).count()
    }

    /// Rows that update a task.
    pub fn updated(&self) -> usize {
        self.rows.iter().filter(|r| r.update).count()
    }

    /// Progress reports the rows add.
    pub fn reports(&self) -> usize {
        self.rows.iter().filter(|r| r.report.is_some()).count()
    }

    /// The one change that adds the new units and areas, then every task,
    /// then the rows' progress reports, as a single undoable batch; `None`
    /// when there is nothing to do.
    pub fn command(&self) -> Option<Command> {
        if self.rows.is_empty() {
            return None;
        }
        let put = |entity| Command::Put { entity, at: None };
        let mut commands =
            Vec::with_capacity(self.new_units.len() + self.new_areas.len() + 2 * self.rows.len());
        commands.extend(self.new_units.iter().map(|u| put(Entity::Unit(u.clone()))));
        commands.extend(self.new_areas.iter().map(|a| put(Entity::Area(a.clone()))));
        commands.extend(self.rows.iter().map(|r| put(Entity::Task(r.task.clone()))));
        for u in self.rows.iter().filter_map(|r| r.report.clone()) {
            commands.push(put(Entity::Update(u)));
        }
        Some(Command::Batch(commands))
    }
}

/// A tier from one of its names in `words` (empty is the regular tier).
/// A source's name in either language (an empty cell is the plan itself).
pub fn parse_source(s: &str, words: &Words) -> Option<SourceKind> {
    let n = normalize(s);
    if n.is_empty() {
        return Some(SourceKind::Plan);
    }
    words
        .sources
        .iter()
        .find(|(_, names)| names.iter().any(|w| normalize(w) == n))
        .map(|(source, _)| *source)
}

pub fn parse_tier(s: &str, words: &Words) -> Option<Tier> {
    let n = normalize(s);
    if n.is_empty() {
        return Some(Tier::Regular);
    }
    words
        .tiers
        .iter()
        .find(|(_, names)| names.iter().any(|w| normalize(w) == n))
        .map(|(tier, _)| *tier)
}

/// Names in one cell: split at 、 ; ； and line ends, then at commas
/// (, ，) too, never inside brackets ("各县（市、区）人民政府" is one name);
/// empties and repeats dropped. See [`prepare`] for how unit names that
/// contain a comma are kept whole.
pub fn split_list(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in split_strong(s) {
        push_new(&mut out, split_commas(&part));
    }
    out
}

/// Split at the separators no name contains: 、 ; ； and line ends, but not
/// inside brackets: "各县（市、区）人民政府" is one name.
fn split_strong(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    push_new(
        &mut out,
        outside_brackets(s, &['、', ';', '；', '\n', '\r']),
    );
    out
}

fn split_commas(s: &str) -> impl Iterator<Item = &str> {
    outside_brackets(s, &[',', '，']).into_iter()
}

/// `s` cut at each of `separators` that stands outside brackets (（）, (),
/// 【】, 〔〕, []). A bracket left open runs to the end of the text.
fn outside_brackets<'a>(s: &'a str, separators: &[char]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '（' | '(' | '【' | '〔' | '[' => depth += 1,
            '）' | ')' | '】' | '〕' | ']' => depth = depth.saturating_sub(1),
            c if depth == 0 && separators.contains(&c) => {
                parts.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// Append the trimmed, non-empty `parts` not yet in `out`.
fn push_new<'a>(out: &mut Vec<String>, parts: impl IntoIterator<Item = &'a str>) {
    for part in parts {
        let part = part.trim();
        if !part.is_empty() && !out.iter().any(|x| x == part) {
            out.push(part.to_string());
        }
    }
}

/// Words in brackets after a unit's name that say its part in the task,
/// not which unit it is: "省发展改革委（牵头）" is 省发展改革委, leading.
const ROLE_WORDS: [&str; 12] = [
    "牵头",
    "牵头单位",
    "主责",
    "主责单位",
    "负责",
    "责任单位",
    "配合",
    "配合单位",
    "协办",
    "协助",
    "参与",
    "lead",
];

/// The lead-marking words of [`ROLE_WORDS`].
const LEAD_WORDS: [&str; 6] = ["牵头", "牵头单位", "主责", "主责单位", "负责", "lead"];

/// `name` without a bracketed role after it, and whether that role marks
/// the lead: ("省发展改革委", true) for "省发展改革委（牵头）".
fn without_role(name: &str) -> (&str, bool) {
    let name = name.trim();
    for (open, close) in [('（', '）'), ('(', ')'), ('【', '】'), ('[', ']')] {
        let Some(inner) = name.strip_suffix(close) else {
            continue;
        };
        let Some(at) = inner.rfind(open) else {
            continue;
        };
        let role = crate::text::lower(inner[at + open.len_utf8()..].trim());
        if ROLE_WORDS.contains(&role.as_str()) {
            return (inner[..at].trim_end(), LEAD_WORDS.contains(&role.as_str()));
        }
    }
    (name, false)
}

/// A unit's, key area's or task's name, for matching: as [`normalize`],
/// but what is in brackets counts ("高新区（东区）管委会" and
/// "高新区（西区）管委会" are two units), and the brackets' kind does not.
pub fn name_key(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            'Σ' => out.push('σ'),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    crate::text::fold(&out)
}

/// Whether `c` is a Chinese character.
fn han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
}

/// Finds key areas and units by name, and makes the missing ones.
struct Names<'a> {
    plan: &'a Plan,
    new_units: Vec<Unit>,
    new_areas: Vec<KeyArea>,
    /// The [`name_key`] of each unit, the plan's then the new ones, made
    /// once: a province's sheet names its hundreds of units in ten
    /// thousand rows.
    unit_keys: Vec<String>,
}

/// `exact` first, then the first one whose [`name_key`] is `loose`.
fn find_by_name<'a, T>(
    items: impl Iterator<Item = &'a T> + Clone,
    name: impl Fn(&T) -> &str,
    exact: &str,
    loose: &str,
) -> Option<&'a T>
where
    T: 'a,
{
    items
        .clone()
        .find(|x| name(x) == exact)
        .or_else(|| items.into_iter().find(|x| name_key(name(x)) == loose))
}

impl<'a> Names<'a> {
    fn new(plan: &'a Plan) -> Self {
        Names {
            plan,
            new_units: Vec::new(),
            new_areas: Vec::new(),
            unit_keys: plan.units.iter().map(|u| name_key(&u.name)).collect(),
        }
    }

    /// The units with their keys: the plan's, then the new ones.
    fn units(&self) -> impl Iterator<Item = (&Unit, &String)> {
        self.plan
            .units
            .iter()
            .chain(&self.new_units)
            .zip(&self.unit_keys)
    }

    /// The first unit named `name` exactly, else the first whose
    /// [`name_key`] is `loose`.
    fn find_unit(&self, name: &str, loose: &str) -> Option<&Unit> {
        let first = |f: &dyn Fn(&Unit, &String) -> bool| self.units().find(|(u, k)| f(u, k));
        first(&|u, _| u.name == name)
            .or_else(|| first(&|_, k| k == loose))
            .map(|(u, _)| u)
    }

    /// Whether a unit of that name is in the plan or already made.
    fn knows_unit(&self, name: &str) -> bool {
        let name = without_role(name).0;
        self.find_unit(name, &name_key(name)).is_some()
    }

    /// The unit names in a cell: split at 、 ; ； and line ends; a part that
    /// is not a known unit's name and has Chinese in it is split at commas
    /// too (an English name may hold one: "Qibin District People's
    /// Government, Hebi"), then at slashes between Chinese names, and at
    /// slashes and spaces when every piece is a known unit's name
    /// ("省委办公厅 忻州市人民政府"), never inside brackets.
    fn unit_names(&self, cell: &str) -> Vec<String> {
        let mut out = Vec::new();
        for part in split_strong(cell) {
            if self.knows_unit(&part) {
                push_new(&mut out, [part.as_str()]);
                continue;
            }
            // Chinese lists take commas too; an English name may hold one
            // ("Xiaodian District People's Government, Taiyuan").
            let pieces = if part.chars().any(han) {
                split_commas(&part).collect()
            } else {
                vec![part.as_str()]
            };
            for piece in pieces {
                let finer = outside_brackets(piece, &['/', '／', ' ', '\u{3000}', '\t']);
                let names: Vec<&str> = finer
                    .iter()
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .collect();
                // Chinese names parted by a slash are as many units (a
                // Chinese unit's name holds none); parted by a space, or
                // not Chinese, only when each part is a unit the plan has.
                let slashed = outside_brackets(piece, &['/', '／']);
                let chinese = slashed.len() > 1 && slashed.iter().all(|n| n.chars().any(han));
                let names = if chinese {
                    slashed.iter().map(|p| p.trim()).collect()
                } else {
                    names
                };
                if names.len() > 1
                    && !self.knows_unit(piece)
                    && (chinese || names.iter().all(|n| self.knows_unit(n)))
                {
                    push_new(&mut out, names);
                } else {
                    push_new(&mut out, [piece]);
                }
            }
        }
        out
    }

    /// The unit named `name` (a role in brackets after it left out), and
    /// how it was found: by its name, by a short name (县发改局 for
    /// 县发展和改革局), or made just now.
    fn unit(&mut self, name: &str, new_id: &mut dyn FnMut(&str) -> Id) -> (Id, Found) {
        let name = without_role(name).0;
        let loose = name_key(name);
        if let Some(u) = self.find_unit(name, &loose) {
            return (u.id.clone(), Found::Known);
        }
        {
            let mut short_for = self.units().filter(|(_, k)| shortens(&loose, k));
            if let (Some((u, _)), None) = (short_for.next(), short_for.next()) {
                return (u.id.clone(), Found::Short(u.name.clone()));
            }
        }
        let unit = Unit {
            id: new_id("u"),
            name: name.to_string(),
            kind: UnitKind::guess(name),
            parent: None,
        };
        let id = unit.id.clone();
        self.unit_keys.push(loose);
        self.new_units.push(unit);
        (id, Found::New)
    }

    /// The key area titled `title`, and whether it was made just now.
    fn area(&mut self, title: &str, new_id: &mut dyn FnMut(&str) -> Id) -> (Id, bool) {
        let loose = name_key(title);
        let all = self.plan.areas.iter().chain(self.new_areas.iter());
        if let Some(a) = find_by_name(all, |a: &KeyArea| a.title.as_str(), title, &loose) {
            return (a.id.clone(), false);
        }
        let area = KeyArea {
            id: new_id("a"),
            title: title.to_string(),
            description: String::new(),
            goal: None,
        };
        let id = area.id.clone();
        self.new_areas.push(area);
        (id, true)
    }
}

/// How a unit named in a sheet was found ([`Names::unit`]).
#[derive(Clone, Debug, PartialEq)]
enum Found {
    /// By its name.
    Known,
    /// By a short name of it (its name given).
    Short(String),
    /// Not at all: a new unit was made.
    New,
}

impl Found {
    /// What the preview says of a unit found so and written `written`: a
    /// new unit, at its first row; a short name, at the first row that
    /// writes it (`shorts`: those said so far).
    fn said(self, written: String, shorts: &mut rustc_hash::FxHashSet<String>) -> Option<Issue> {
        match self {
            Found::New => Some(Issue::NewUnit(written)),
            Found::Short(name) if shorts.insert(written.clone()) => {
                Some(Issue::ShortName { written, name })
            }
            _ => None,
        }
    }
}

/// Whether `short` is a short name of `long` (both by [`name_key`]), as
/// offices shorten units' names: 县发改局 for 县发展和改革局, 县住建局 for
/// 县住房和城乡建设局. Its characters come in order in the long name, with
/// the same first and last character, and at least three of them. What
/// it leaves out is never a place after a place: 太原市人民政府 is the
/// city's government, not short for 太原市小店区人民政府, the district's
/// (while 城乡, 城镇, 乡镇 and 村镇 are words, not places: 县规划局 is
/// short for 县城乡规划局).
fn shortens(short: &str, long: &str) -> bool {
    let n = short.chars().count();
    if n < 3
        || n >= long.chars().count()
        || short.chars().next() != long.chars().next()
        || short.chars().next_back() != long.chars().next_back()
    {
        return false;
    }
    let place = |c: char| "省市县区州盟旗镇乡".contains(c);
    let mut rest = long.chars();
    let mut kept = ' ';
    short.chars().all(|c| {
        // The characters left out before `c`, after the last one kept: a
        // place's name in them (a place mark after its first character)
        // when that one ends a place's name.
        let mut before = None;
        let mut names_place = false;
        let found = rest.any(|x| {
            if x == c {
                return true;
            }
            let word = matches!(x, '乡' | '镇') && matches!(before, Some('城' | '乡' | '村'));
            names_place |= before.is_some() && place(x) && !word;
            before = Some(x);
            false
        });
        let inner_place = place(kept) && names_place;
        kept = c;
        found && !inner_place
    })
}

/// Whether column `c` of `table` holds progress as fractions of one: its
/// numbers are all from 0 to 1, none is written with a percent sign, and
/// one at least is between 0 and 1 (a column of 0s and 1s is percent).
fn fraction_column(table: &CsvTable, c: usize) -> bool {
    let mut between = false;
    let all_fractions = table.rows.iter().all(|r| {
        let text = r.cell(c).trim();
        match crate::input::percent(text) {
            Ok(Some(_)) if text.ends_with(['%', '％']) => false,
            Ok(Some(p)) => {
                between |= p > 0.0 && p < 1.0;
                (0.0..=1.0).contains(&p)
            }
            // Blank, or words (已完成, 过半): read as they are.
            Ok(None) | Err(_) => true,
        }
    });
    all_fractions && between
}

/// The plan's task a row updates (its index), and the note that says how
/// it was found: by its code, with its title the same (`UpdatesTask`) or
/// another (`Renames`, unless another task has that title and a code that
/// reads as the same number: `CodeRewritten`); with no task of its code, by
/// a task of the same title whose code reads as the same number
/// (`CodeRewritten`); without a code, by its title when one task has it
/// (`UpdatesTask`); else none, said when a task has its title
/// (`SameTitle`).
fn match_task(
    plan: &Plan,
    lookup: &TaskNames,
    code: &str,
    title: &str,
) -> (Option<usize>, Option<Issue>) {
    let mut titled = Vec::new();
    let mut next = lookup.by_title.get(&name_key(title)).copied();
    while let Some(i) = next {
        titled.push(i);
        next = lookup.same_title[i];
    }
    // A task of this title whose code a spreadsheet could have turned into
    // this one: 1.10 into 1.1, 001 into 1.
    let rewritten = || {
        let number = as_number(code)?;
        let found: Vec<usize> = titled
            .iter()
            .copied()
            .filter(|&i| {
                let theirs = plan.tasks[i].code.trim();
                theirs != code && as_number(theirs).as_ref() == Some(&number)
            })
            .collect();
        match found[..] {
            [i] => Some(i),
            _ => None,
        }
    };
    let written = |i: usize| Issue::CodeRewritten {
        written: code.to_string(),
        code: plan.tasks[i].code.trim().to_string(),
    };
    if code.is_empty() {
        // A row without a number is the plan's one task of its title (a
        // sheet of tasks added without numbers, exported and sent back);
        // with several of that title, a new task, said so.
        return match titled[..] {
            [i] => (
                Some(i),
                Some(Issue::UpdatesTask {
                    code: plan.tasks[i].code.trim().to_string(),
                    fields: Vec::new(),
                }),
            ),
            _ => {
                let same = titled
                    .first()
                    .map(|&i| plan.tasks[i].code.trim().to_string());
                (None, same.map(|code| Issue::SameTitle { code }))
            }
        };
    }
    match lookup.by_code.get(code) {
        Some(&i) if titled.contains(&i) => (
            Some(i),
            Some(Issue::UpdatesTask {
                code: code.to_string(),
                fields: Vec::new(),
            }),
        ),
        Some(&i) => match rewritten() {
            Some(j) => (Some(j), Some(written(j))),
            None => (
                Some(i),
                Some(Issue::Renames {
                    code: code.to_string(),
                    from: plan.tasks[i].title.clone(),
                }),
            ),
        },
        None => match rewritten() {
            Some(j) => (Some(j), Some(written(j))),
            None => {
                let same = titled
                    .first()
                    .map(|&i| plan.tasks[i].code.trim().to_string());
                (None, same.map(|code| Issue::SameTitle { code }))
            }
        },
    }
}

/// Whether `text` begins with one of [`Words::not_a_task`], followed by
/// nothing, or by neither a letter nor a Chinese character (合计：2项,
/// 合计4项); an English word by nothing, or by a colon or a figure after
/// any spaces (Total: 4, Total 4; not "Total factor productivity").
fn not_a_task(text: &str, words: &Words) -> bool {
    words.not_a_task.iter().any(|w| {
        let Some(rest) = text
            .get(..w.len())
            .filter(|head| head.eq_ignore_ascii_case(w))
            .map(|_| &text[w.len()..])
        else {
            return false;
        };
        let rest = if w.is_ascii() {
            rest.trim_start()
        } else {
            rest
        };
        match rest.chars().next() {
            None => true,
            Some(c) if w.is_ascii() => matches!(c, ':' | '：') || c.is_ascii_digit(),
            Some(c) => !c.is_alphabetic(),
        }
    })
}

/// The fields whose values differ between a task as it is and as a row
/// leaves it.
fn changed_fields(was: &Task, now: &Task) -> Vec<Field> {
    let mut out: Vec<Field> = [
        (Field::Title, was.title == now.title),
        (Field::Area, was.area == now.area),
        (Field::Lead, was.lead == now.lead),
        (Field::CoUnits, was.co_units == now.co_units),
        (Field::Leader, was.leader == now.leader),
        (Field::Tier, was.tier == now.tier),
        (Field::Start, was.start == now.start),
        (Field::Deadline, was.deadline == now.deadline),
        (Field::Requirement, was.requirement == now.requirement),
        (Field::Tags, was.tags == now.tags),
        (Field::Source, was.source == now.source),
        (Field::SourceRef, was.source_ref == now.source_ref),
        (Field::SourceDate, was.source_date == now.source_date),
    ]
    .into_iter()
    .filter(|(_, same)| !same)
    .map(|(f, _)| f)
    .collect();
    out.extend(
        Field::texts()
            .into_iter()
            .filter(|f| f.text().is_some_and(|x| (x.get)(was) != (x.get)(now))),
    );
    out
}

/// A row's progress columns, as read: its progress (`None` when blank),
/// the report's date (`None`: the day of the import), and what was done,
/// the problems met and the next steps (blank when not given).
struct SheetReport<'a> {
    progress: Option<f64>,
    date: Option<Date>,
    texts: [&'a str; 3],
}

impl SheetReport<'_> {
    /// Whether the columns say anything. A progress of 0 and nothing else,
    /// on a task never reported, is what the task sheet writes for such a
    /// task: it says nothing.
    fn says_something(&self, latest: Option<&Update>) -> bool {
        self.texts.iter().any(|t| !t.is_empty())
            || self.date.is_some()
            || self.progress.is_some_and(|p| p > 0.0 || latest.is_some())
    }

    /// Whether the report `u` says what the columns say: the same progress
    /// (to the hundredth, as a sheet is written), the same texts where the
    /// row gives them, and the same date when it gives one. The task sheet
    /// the app writes gives each task's latest report so.
    fn same_as(&self, u: &Update) -> bool {
        let hundredths = |p: f64| (p * 100.0).round();
        let said = [&u.narrative, &u.problems, &u.next_steps];
        self.progress
            .is_none_or(|p| hundredths(p) == hundredths(u.progress))
            && self
                .texts
                .iter()
                .zip(said)
                .all(|(t, was)| t.is_empty() || *t == was.trim())
            && self.date.is_none_or(|d| d == u.date)
    }

    /// Whether the row's date is not after the task's latest report's
    /// (`latest`), whose figures or texts the row changes: the date the
    /// task sheet wrote for that report, under an edited progress. Such a
    /// row's report is dated the day of the import.
    fn stale_date(&self, latest: Option<&Update>) -> bool {
        self.date
            .is_some_and(|d| latest.is_some_and(|u| d <= u.date && !self.same_as(u)))
    }

    /// The report the columns give on `task`, or `None` when they say
    /// nothing, or what one of its standing reports (`known`, oldest
    /// first) says: its latest, or, when the row gives a date, any of that
    /// date (an older sheet imported again). Dated by the row (unless
    /// [`Self::stale_date`]), else `today`; filed to the reporting period
    /// of that day ([`reporting_period`]), as a report form files it.
    fn report(
        &self,
        plan: &Plan,
        task: &Task,
        known: &[&Update],
        today: Date,
        new_id: &mut dyn FnMut(&str) -> Id,
    ) -> Option<Update> {
        let latest = known.last().copied();
        let said = match self.date {
            Some(_) => known.iter().any(|u| self.same_as(u)),
            None => latest.is_some_and(|u| self.same_as(u)),
        };
        if said || !self.says_something(latest) {
            return None;
        }
        let date = self
            .date
            .filter(|_| !self.stale_date(latest))
            .unwrap_or(today);
        // No progress given: the task's latest report's, else 0.
        let progress = self
            .progress
            .or(latest.map(|u| u.progress))
            .unwrap_or_default();
        let mut u = Update::new(new_id("r"), Subject::Task(task.id.clone()), date, progress);
        u.period =
            Some(reporting_period(plan.cadence, plan.grace_days, date)).filter(|p| p.is_writable());
        let [narrative, problems, next_steps] = self.texts;
        u.narrative = narrative.to_string();
        u.problems = problems.to_string();
        u.next_steps = next_steps.to_string();
        u.status = sheet_status(plan, task, &u);
        Some(u)
    }
}

/// The status a report read from a sheet carries. A sheet gives no unit's
/// own judgement, so the report says what its figures give on its date
/// (and nothing is shown beside the light as the unit's word): completed
/// at 100%, else on track, at risk or behind as the task's schedule and
/// the plan's thresholds make it.
fn sheet_status(plan: &Plan, task: &Task, u: &Update) -> ReportedStatus {
    if u.progress >= 100.0 {
        return ReportedStatus::Completed;
    }
    match task_status_given(plan, task, Some(u), u.date).light {
        Light::Yellow => ReportedStatus::AtRisk,
        Light::Red => ReportedStatus::Behind,
        Light::Completed => ReportedStatus::Completed,
        Light::Green | Light::Grey => ReportedStatus::OnTrack,
    }
}

/// The plan's tasks by code (the first of each) and by title (the first of
/// each, the others chained after it).
struct TaskNames {
    by_code: HashMap<String, usize>,
    by_title: HashMap<String, usize>,
    same_title: Vec<Option<usize>>,
}

/// A code made of figures and at most one point as the number it reads as,
/// written the one way: `001` and `1` are `1`, `1.10` and `1.1` are `1.1`.
/// `None` for any other code.
fn as_number(code: &str) -> Option<String> {
    let (whole, part) = code.split_once('.').unwrap_or((code, ""));
    let figures = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !figures(whole) || !figures(part) {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let part = part.trim_end_matches('0');
    Some(format!(
        "{}.{part}",
        if whole.is_empty() { "0" } else { whole }
    ))
}

/// Turn the rows of `table` into tasks for `plan`, by `mapping`: every row
/// that becomes a task, the units and key areas to add, and every problem
/// with its row and column. `new_id` makes ids ("t", "u", "a" prefixes);
/// a new task is entered on `today` ([`Task::added`]).
/// Pure: the plan is not changed.
pub fn prepare(
    plan: &Plan,
    table: &CsvTable,
    mapping: &Mapping,
    words: &Words,
    today: Date,
    new_id: &mut dyn FnMut(&str) -> Id,
) -> CsvImport {
    // The year of a date written without one (6月30日, 年底): this year
    // while the plan runs, else its first or last year.
    let year = today.year().clamp(plan.start.year(), plan.end.year());
    let years = plan.end.year() > plan.start.year();
    // Whether the co-operating units come from a responsible-units column.
    let responsible_co = mapping.get(Field::CoUnits).is_some_and(|c| {
        let h = normalize(table.headers.get(c).map_or("", String::as_str));
        words.responsible.iter().any(|w| normalize(w) == h)
    });
    let mut out = CsvImport::default();
    let header = |col: usize| table.headers.get(col).cloned().unwrap_or_default();
    // The key area chosen for every row, when no column gives one.
    let fixed_area: Option<String> = mapping
        .area
        .as_ref()
        .and_then(|id| plan.areas.iter().find(|a| &a.id == id))
        .map(|a| a.title.clone())
        .filter(|_| mapping.get(Field::Area).is_none());
    let mut names = Names::new(plan);
    let mut codes: HashMap<String, usize> = HashMap::default();
    // The short names of units (县发改局) said so far, as written.
    let mut said_short: rustc_hash::FxHashSet<String> = Default::default();
    // The words naming no unit (各有关单位) said so far, normalized.
    let mut said_no_unit: rustc_hash::FxHashSet<String> = Default::default();
    let no_unit: Vec<String> = words.no_unit.iter().map(|w| normalize(w)).collect();
    // What a task's rules look up: the units, key areas and indicators, the
    // file's new units and areas added as they come. A row's code is
    // checked against the rows before it (`codes`) and the plan's tasks
    // (`existing`) here, so no copy of the tasks is checked row by row (a
    // province has ten thousand: rows × tasks comparisons), and the plan's
    // reports are not copied at all.
    let mut scratch = Plan {
        units: plan.units.clone(),
        areas: plan.areas.clone(),
        indicators: plan.indicators.clone(),
        ..Plan::new(plan.id.clone(), plan.title.clone(), plan.start, plan.end)
    };
    // The plan's tasks by code and by title, looked up once per row (the
    // tasks of one title chained through `same_title`).
    let mut lookup = TaskNames {
        by_code: HashMap::default(),
        by_title: HashMap::default(),
        same_title: vec![None; plan.tasks.len()],
    };
    for (i, t) in plan.tasks.iter().enumerate().rev() {
        let code = t.code.trim();
        if !code.is_empty() {
            lookup.by_code.insert(code.to_string(), i);
        }
        if let Some(next) = lookup.by_title.insert(name_key(&t.title), i) {
            lookup.same_title[i] = Some(next);
        }
    }
    // A ledger's sections (一、产业发展) are the key areas of their rows
    // when no column gives one; its numbers may restart in each.
    let has_sections = table
        .rows
        .iter()
        .any(|r| sections::heading(r, mapping).is_some());
    let area_by_section = has_sections && mapping.get(Field::Area).is_none();
    let restart = sections::numbers_restart(table, mapping);
    let mut section: Option<(u32, String)> = None;
    let mut last_number = String::new();
    let mut said_restart = false;
    let lacking = |f: Field| {
        f.required()
            && mapping.get(f).is_none()
            && !(f == Field::Area && (fixed_area.is_some() || area_by_section))
    };
    // A sheet numbering tasks the plan has (new deadlines, sent out and
    // back) needs no title, area or lead column: its rows are matched by
    // number, and a row that matches none is left out for want of what a
    // new task needs. A sheet that numbers none of them (a ledger's 序号)
    // is a sheet of new tasks, and needs the columns.
    let by_code = mapping.get(Field::Code).is_some_and(|c| {
        table
            .rows
            .iter()
            .any(|r| lookup.by_code.contains_key(r.cell(c).trim()))
    });
    let missing: Vec<Field> = Field::all()
        .into_iter()
        .filter(|f| lacking(*f) && !by_code)
        .collect();
    for field in &missing {
        // No area column, and no area in the plan to put every row in.
        let issue = if *field == Field::Area && plan.areas.is_empty() {
            Issue::NoAreas
        } else {
            Issue::NoColumn(*field)
        };
        out.problems.push(CsvProblem {
            row: None,
            column: None,
            issue,
        });
    }
    if table.rows.is_empty() {
        out.problems.push(CsvProblem {
            row: None,
            column: None,
            issue: Issue::NoRows,
        });
    }
    if !missing.is_empty() {
        out.blocked = table.rows.len();
        return out;
    }
    // Each task's standing reports, indexed once, when a column could give
    // a report to compare with them.
    let report_columns = [
        Field::Progress,
        Field::Narrative,
        Field::Problems,
        Field::NextSteps,
        Field::ReportDate,
    ];
    let reports = if report_columns.iter().any(|f| mapping.get(*f).is_some()) {
        crate::query::Reports::build(plan)
    } else {
        Default::default()
    };
    // A progress column of fractions (0.3 for 30%: a spreadsheet's cell
    // shown as a percentage is written out as its number): every number
    // in it from 0 to 1, none written with %, one at least between them.
    let fractions = mapping
        .get(Field::Progress)
        .is_some_and(|c| fraction_column(table, c));
    let mut said_fractions = false;
    // The last key area and lead unit written in a row: a blank cell below
    // them, as a merged cell leaves it, takes them.
    let mut above: [String; 2] = Default::default();
    for row in &table.rows {
        let mut problems: Vec<CsvProblem> = Vec::new();
        let at = |field: Option<Field>, issue: Issue| CsvProblem {
            row: Some(row.number),
            column: field.and_then(|f| mapping.get(f)).map(header),
            issue,
        };
        let cell = |field: Field| mapping.get(field).map(|c| row.cell(c));
        // A section's heading: no task, the area (and the numbers' first
        // part) of the rows below.
        if let Some((number, name)) = sections::heading(row, mapping) {
            section = Some((number, name.to_string()));
            last_number.clear();
            continue;
        }
        // A row of totals or signatures under the tasks (合计：2项,
        // 填表人：张三) is no task, though its area and lead would come
        // from above.
        if let Some((field, text)) = [Field::Code, Field::Title]
            .into_iter()
            .filter_map(|f| Some((f, cell(f)?)))
            .find(|(_, text)| not_a_task(text, words))
        {
            out.problems
                .push(at(Some(field), Issue::NotATask(text.to_string())));
            continue;
        }
        let mut merged = [Field::Area, Field::Lead].map(|field| cell(field).map(str::to_string));
        if fixed_area.is_some() {
            merged[0].clone_from(&fixed_area);
        }
        if area_by_section {
            if let Some((_, name)) = &section {
                merged[0] = Some(name.clone());
            }
        }
        for ((field, text), last) in [Field::Area, Field::Lead]
            .into_iter()
            .zip(merged.iter_mut())
            .zip(above.iter_mut())
        {
            // A cell the row has, left blank; a row cut short is not
            // filled in (its cells are missing, not merged).
            let present = mapping.get(field).is_some_and(|c| c < row.cells.len());
            match text {
                Some(t) if !t.is_empty() => last.clone_from(t),
                Some(t) if present && !last.is_empty() => {
                    t.clone_from(last);
                    problems.push(at(Some(field), Issue::FromAbove(last.clone())));
                }
                _ => {}
            }
        }
        let [area_text, lead_text] = merged;
        let cell = |field: Field| match field {
            Field::Area => area_text.as_deref(),
            Field::Lead => lead_text.as_deref(),
            _ => cell(field),
        };
        if row.cells.len() > table.headers.len() {
            problems.push(at(
                None,
                Issue::ExtraCells {
                    cells: row.cells.len(),
                    columns: table.headers.len(),
                },
            ));
        }
        let mut date = |field: Field| match cell(field) {
            None | Some("") => None,
            Some(text) if ongoing(text) => {
                problems.push(at(Some(field), Issue::Ongoing(text.to_string())));
                None
            }
            Some(text) => {
                let parsed = parse_date(text, year);
                // In a plan of several years, a date without one says so.
                if years && parsed.is_some() && parse_date(text, year + 1) != parsed {
                    problems.push(at(
                        Some(field),
                        Issue::YearAssumed {
                            text: text.to_string(),
                            year,
                        },
                    ));
                }
                if parsed.is_none() {
                    let text = text.to_string();
                    let issue = match past_month_end(&text, year) {
                        Some(month_end) => Issue::NoSuchDay { text, month_end },
                        None => Issue::NotADate { text, year },
                    };
                    problems.push(at(Some(field), issue));
                }
                parsed
            }
        };
        let start = date(Field::Start);
        let deadline = date(Field::Deadline);
        let source_date = date(Field::SourceDate);
        let report_date = date(Field::ReportDate);
        if let Some(d) = report_date.filter(|d| *d > today) {
            problems.push(at(Some(Field::ReportDate), Issue::ReportAfterToday(d)));
        }
        // A percentage; a word for done (已完成) is 100; other words (过半,
        // 正在推进) are no percentage but tell what was done.
        let mut progress_words = None;
        let progress = match cell(Field::Progress).map(|t| (t, crate::input::percent(t))) {
            None | Some((_, Ok(None))) => None,
            Some((text, Ok(Some(p)))) if fractions => {
                // 0.55 × 100 is 55.00000000000001 in binary: rounded to
                // the billionth, past any figure a sheet writes.
                let percent = (p * 100.0 * 1e9).round() / 1e9;
                if !std::mem::replace(&mut said_fractions, true) {
                    problems.push(at(
                        Some(Field::Progress),
                        Issue::Fractions {
                            text: text.to_string(),
                            percent,
                        },
                    ));
                }
                Some(percent)
            }
            Some((_, Ok(Some(p)))) if (0.0..=100.0).contains(&p) => Some(p),
            Some((text, Ok(Some(_)))) => {
                problems.push(at(
                    Some(Field::Progress),
                    Issue::NotAPercent(text.to_string()),
                ));
                None
            }
            Some((text, Err(_))) if words.says_done(text) => Some(100.0),
            Some((text, Err(_))) => {
                progress_words = Some(text);
                None
            }
        };
        if let Some(d) = deadline.filter(|d| *d < plan.start || *d > plan.end) {
            problems.push(at(
                Some(Field::Deadline),
                Issue::OutsidePlan {
                    date: d,
                    from: plan.start,
                    to: plan.end,
                },
            ));
        }
        if let (Some(s), Some(d)) = (start, deadline) {
            if d < s {
                problems.push(at(Some(Field::Deadline), Issue::DeadlineBeforeStart));
            }
        }
        let tier = cell(Field::Tier).map(|text| {
            let tier = parse_tier(text, words);
            if tier.is_none() {
                problems.push(at(Some(Field::Tier), Issue::NotATier(text.to_string())));
            }
            tier.unwrap_or_default()
        });
        let source = cell(Field::Source).map(|text| {
            let source = parse_source(text, words);
            if source.is_none() {
                problems.push(at(Some(Field::Source), Issue::NotASource(text.to_string())));
            }
            source.unwrap_or_default()
        });
        let mut code = cell(Field::Code).unwrap_or("").to_string();
        if let Some((number, _)) = section.as_ref().filter(|_| restart && !code.is_empty()) {
            let written = std::mem::take(&mut code);
            code = sections::within(*number, &written, &mut last_number);
            if !std::mem::replace(&mut said_restart, true) {
                problems.push(at(
                    Some(Field::Code),
                    Issue::NumberInSection {
                        written,
                        code: code.clone(),
                    },
                ));
            }
        }
        let title = cell(Field::Title).unwrap_or("");
        let (mut existing, mut matched) = if lacking(Field::Title) {
            // No titles to compare: the number alone says which task.
            match lookup.by_code.get(code.as_str()) {
                Some(&i) => (
                    Some(i),
                    Some(Issue::UpdatesTask {
                        code: code.clone(),
                        fields: Vec::new(),
                    }),
                ),
                None => (None, None),
            }
        } else {
            match_task(plan, &lookup, &code, title)
        };
        if let Some(Issue::Renames { from, .. }) = &matched {
            if !mapping.rename_by_code {
                matched = Some(Issue::CodeTaken {
                    code: std::mem::take(&mut code),
                    title: from.clone(),
                });
                existing = None;
            }
        }
        let existing_at = existing;
        let existing = existing.map(|i| &plan.tasks[i]);
        // A new task needs a title, a key area and a lead unit; a task the
        // plan has keeps its own where the sheet has no column for them.
        for field in [Field::Title, Field::Area, Field::Lead] {
            if cell(field).unwrap_or("").is_empty() && !(existing.is_some() && lacking(field)) {
                problems.push(at(Some(field), Issue::Empty(field)));
            }
        }
        // Two rows of one task: the task's own code when the row updates one
        // (a code rewritten by a spreadsheet is not the task's; a task
        // without one, its id), else the row's.
        let key = existing.map_or_else(
            || code.clone(),
            |t| match t.code.trim() {
                "" => format!("\0{}", t.id.as_str()),
                own => own.to_string(),
            },
        );
        if !key.is_empty() {
            if let Some(&first_row) = codes.get(&key) {
                problems.push(at(
                    Some(Field::Code),
                    Issue::DuplicateCode {
                        code: code.clone(),
                        first_row,
                    },
                ));
            }
        }
        if problems.iter().any(|p| p.issue.leaves_out()) {
            out.problems.extend(problems);
            continue;
        }
        if !key.is_empty() {
            codes.insert(key, row.number);
        }
        if let Some(issue) = matched {
            let field = match issue {
                Issue::SameTitle { .. } => Field::Title,
                _ => Field::Code,
            };
            problems.push(at(Some(field), issue));
        }
        // Found or added by name; a task the sheet has no column for keeps
        // its own (checked above: then it is in the plan).
        let keep = |field: Field| existing.filter(|_| lacking(field));
        let area_name = cell(Field::Area).unwrap_or("");
        let (area, new_area) = match keep(Field::Area) {
            Some(t) => (t.area.clone(), false),
            None => names.area(area_name, new_id),
        };
        if new_area {
            problems.push(at(Some(Field::Area), Issue::NewArea(area_name.to_string())));
        }
        // A lead cell naming several units: the one marked （牵头）, else
        // the first, leads; the others co-operate.
        let mut leads = names.unit_names(cell(Field::Lead).unwrap_or(""));
        if let Some(marked) = leads.iter().position(|n| without_role(n).1) {
            let lead = leads.remove(marked);
            leads.insert(0, lead);
        }
        let lead_name = leads.first().map_or("", |n| without_role(n).0).to_string();
        let (lead, found) = match keep(Field::Lead) {
            Some(t) => (t.lead.clone(), Found::Known),
            None => names.unit(&lead_name, new_id),
        };
        if let Some(issue) = found.said(lead_name.clone(), &mut said_short) {
            problems.push(at(Some(Field::Lead), issue));
        }
        let also: Vec<String> = leads
            .iter()
            .skip(1)
            .map(|n| without_role(n).0.to_string())
            .collect();
        if !also.is_empty() {
            problems.push(at(
                Some(Field::Lead),
                Issue::SeveralLeads {
                    lead: lead_name.clone(),
                    others: also.clone(),
                },
            ));
        }
        let mut task = existing.cloned().unwrap_or_else(|| Task {
            added: Some(today),
            ..Task::new(new_id("t"), code.clone(), "", &area, &lead)
        });
        if keep(Field::Title).is_none() {
            task.title = title.to_string();
        }
        task.area = area;
        task.lead = lead;
        // The lead cell's other units first, then the co-operating column's
        // (which replaces the task's; a blank cell keeps them).
        let co_cell = cell(Field::CoUnits).filter(|c| !c.is_empty());
        if co_cell.is_some() || !also.is_empty() {
            if co_cell.is_some() {
                task.co_units = Vec::new();
            }
            let mut co_names = also;
            if let Some(text) = co_cell {
                co_names.extend(names.unit_names(text));
            }
            for name in co_names {
                // "各有关单位" names no unit, unless the plan has one so named.
                let loose = normalize(&name);
                if no_unit.contains(&loose) && !names.knows_unit(&name) {
                    // Said at the first row only, as a new unit is.
                    if said_no_unit.insert(loose) {
                        problems.push(at(Some(Field::CoUnits), Issue::NoUnitNamed(name)));
                    }
                    continue;
                }
                let (id, found) = names.unit(&name, new_id);
                if let Some(issue) = found.said(name, &mut said_short) {
                    problems.push(at(Some(Field::CoUnits), issue));
                }
                // A responsible-units column (责任单位) names the lead unit
                // too: there it is the lead, not a co-operating unit.
                let lead_too = responsible_co && id == task.lead;
                if !lead_too && !task.co_units.contains(&id) {
                    task.co_units.push(id);
                }
            }
        }
        // A blank cell changes nothing: a task in the plan keeps its value,
        // a new one has none.
        let given = |field: Field| cell(field).filter(|t| !t.is_empty());
        if let Some(text) = given(Field::Requirement) {
            task.requirement.text = text.to_string();
        }
        if let Some(text) = given(Field::Leader) {
            task.leader = text.to_string();
        }
        for f in Field::texts() {
            if let (Some(text), Some(x)) = (given(f), f.text()) {
                (x.set)(&mut task, text.to_string());
            }
        }
        if let Some(tier) = tier.filter(|_| given(Field::Tier).is_some()) {
            task.tier = tier;
        }
        if given(Field::Start).is_some() {
            task.start = start;
        }
        if given(Field::Deadline).is_some() {
            task.deadline = deadline;
        }
        if let Some(text) = given(Field::Tags) {
            task.tags = split_list(text);
        }
        if let Some(source) = source.filter(|_| given(Field::Source).is_some()) {
            task.source = source;
        }
        if let Some(text) = given(Field::SourceRef) {
            task.source_ref = text.to_string();
        }
        if given(Field::SourceDate).is_some() {
            task.source_date = source_date;
        }
        // The row's progress columns: a report, unless they say what the
        // task's latest report says.
        let known: Vec<&Update> = existing_at
            .map_or(&[][..], |i| reports.of_task(i))
            .iter()
            .map(|r| &plan.updates[r.update])
            .collect();
        let latest = known.last().copied();
        let mut texts =
            [Field::Narrative, Field::Problems, Field::NextSteps].map(|f| given(f).unwrap_or(""));
        // Words in the progress column are what was done, when nothing
        // else says it.
        if let Some(w) = progress_words.filter(|_| texts[0].is_empty()) {
            texts[0] = w;
        }
        let sheet = SheetReport {
            progress,
            date: report_date,
            texts,
        };
        let report = sheet.report(plan, &task, &known, today, &mut *new_id);
        if let Some(written) = sheet
            .date
            .filter(|_| report.is_some() && sheet.stale_date(latest))
        {
            problems.push(at(Some(Field::ReportDate), Issue::DatedToday(written)));
        }
        if report.is_some() && sheet.progress.is_none() {
            let kept = latest.map(|u| u.progress);
            // Said at the progress column, left blank, else at what was done.
            let field = [Field::Progress, Field::Narrative]
                .into_iter()
                .find(|f| mapping.get(*f).is_some());
            let issue = match progress_words {
                Some(text) => Issue::ProgressInWords {
                    text: text.to_string(),
                    kept,
                },
                None => Issue::ProgressKept(kept),
            };
            problems.push(at(field, issue));
        }
        // A row of a task in the plan says what it changes, or is passed
        // over when it changes nothing.
        if let Some(was) = existing {
            let mut fields = changed_fields(was, &task);
            if report.is_some() {
                fields.push(Field::Progress);
            }
            if fields.is_empty() {
                out.unchanged += 1;
                continue;
            }
            for p in &mut problems {
                if let Issue::UpdatesTask { fields: f, .. } = &mut p.issue {
                    f.clone_from(&fields);
                }
            }
        }
        // Anything else the plan's rules refuse, checked with the units,
        // areas and tasks before it in place.
        scratch.units.extend(
            names.new_units[scratch.units.len() - plan.units.len()..]
                .iter()
                .cloned(),
        );
        scratch.areas.extend(
            names.new_areas[scratch.areas.len() - plan.areas.len()..]
                .iter()
                .cloned(),
        );
        let mut rules = check_entity(&scratch, &Entity::Task(task.clone()));
        if let Some(u) = &report {
            rules.extend(check_update_held(&scratch, u, true));
        }
        if !rules.is_empty() {
            for p in rules {
                problems.push(at(None, Issue::Rule(p)));
            }
            out.problems.extend(problems);
            continue;
        }
        out.problems.extend(problems);
        out.rows.push(ImportRow {
            row: row.number,
            task,
            update: existing.is_some(),
            report,
        });
    }
    out.new_units = names.new_units;
    out.new_areas = names.new_areas;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn crate_writes(rows: &[Vec<String>]) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            writer.write_record(row).unwrap();
        }
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    }

    fn ours(rows: &[Vec<String>]) -> String {
        let mut out = String::new();
        for row in rows {
            write_row(&mut out, &mut row.iter().map(String::as_str));
        }
        out
    }

    #[test]
    fn rows_are_written_as_the_csv_crate_writes_them() {
        let rows: Vec<Vec<String>> = [
            &["a", "b"][..],
            &[""],
            &["", ""],
            &[
                "1,5",
                "say \"hi\"",
                "two\r\nlines",
                "\n",
                "\r",
                "12.5",
                "-3",
                "中文，标点",
            ],
            &["\"", ",", " x ", "'=1"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        assert_eq!(ours(&rows), crate_writes(&rows));
        assert_eq!(ours(&rows[1..2]), "\"\"\r\n");
        let sheet = write_sheet(&["x", "y,z"], vec![vec!["1".into(), "a\"b".into()]]);
        assert_eq!(sheet, "\u{feff}x,\"y,z\"\r\n1,\"a\"\"b\"\r\n");
    }

    proptest! {
        #[test]
        fn any_rows_as_the_csv_crate_writes_them(
            rows in prop::collection::vec(
                prop::collection::vec("[a,\"\r\n 0-9.中-]{0,6}", 1..5),
                0..6,
            )
        ) {
            prop_assert_eq!(ours(&rows), crate_writes(&rows));
        }

        /// The table's cells, read as bytes and made text, are the cells
        /// the csv crate reads as text (its Unicode trim, then ours).
        #[test]
        fn cells_read_as_bytes_are_the_cells_read_as_text(
            text in "[a,;\t\"'=\r\n \u{3000}\u{a0}0-9.中-]{0,40}"
        ) {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .trim(csv::Trim::All)
                .delimiter(sniff_delimiter(&text))
                .from_reader(text.as_bytes());
            let mut records = reader
                .records()
                .map(|r| r.unwrap().iter().map(|c| unguard(c).trim().to_string()).collect());
            let blank = |cells: &Vec<String>| cells.iter().all(String::is_empty);
            // The first row is the header; after it, blank rows are none.
            let as_text: Vec<Vec<String>> = match records.next() {
                Some(header) if !blank(&header) => std::iter::once(header)
                    .chain(records.filter(|cells| !blank(cells)))
                    .collect(),
                _ => Vec::new(),
            };
            let as_bytes: Vec<Vec<String>> = match parse_table(&text) {
                Ok(t) => std::iter::once(t.headers).chain(t.rows.into_iter().map(|r| r.cells)).collect(),
                Err(e) => {
                    prop_assert_eq!(e, CsvError::Empty);
                    Vec::new()
                }
            };
            prop_assert_eq!(as_bytes, as_text);
        }
    }
}
