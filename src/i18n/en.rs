//! English catalog.

use super::Catalog;
use super::Num;
use crate::format::{ImportError, MAX_FILE_BYTES};
use crate::model::{Level, Tier};
use crate::status::{Light, Reason};
use crate::validate::{Kind, ProblemKind};

pub static CATALOG: Catalog = Catalog {
    app_name: "Plan Tracker",
    skip_to_content: "Skip to content",
    toolbar: "Plan actions",
    language: "Language",
    lang_switch_unsaved: "Switching the language loads the page again: what you have typed in the open form and not saved will be lost. Switch anyway?",
    leave_unsaved: "What you have typed in the open form and not saved will be lost. Leave this page anyway?",
    plan_switcher: "Plan",
    export: "Export",
    export_hint: "Download this plan as a file to send to another office",
    import: "Import",
    import_hint: "Open a plan file (.json)",
    restore_sample: "Restore sample plan",
    restore_sample_confirm: "Put the sample plan back as it shipped? Changes you made to the sample are replaced; your other plans are not touched.",
    dismiss: "Dismiss",
    period: "Period",
    issuer: "Issued by",
    level: "Level",
    overall_progress: "Overall progress",
    tasks: "Tasks",
    projects: "Key projects",
    indicators: "Indicators",
    reports: "Progress reports",
    units: "Units",
    col_code: "No.",
    col_task: "Task",
    col_lead: "Lead unit",
    col_tier: "Tier",
    col_deadline: "Deadline",
    col_progress: "Progress",
    no_deadline: "No deadline",
    no_areas: "This plan has no key areas yet.",
    unknown_unit: "(unknown unit)",
    add_task: "Add task",
    new_task: "New task",
    field_code: "Task number",
    field_title: "Title",
    field_area: "Key area",
    field_lead: "Lead unit",
    field_tier: "Tier",
    field_start: "Start date",
    field_deadline: "Deadline",
    choose: "Choose…",
    find_in: |list| format!("Find in “{list}”"),
    find_none: |typed| format!("Nothing here has “{typed}” in its name."),
    save: "Save",
    cancel: "Cancel",
    form_has_errors: "Please correct the fields marked below.",
    task_added: "Task added.",
    download_raw: "Download the stored text",
    storage_failed: "The plan could not be saved in the browser's storage. Your change is kept in this page only; export the plan to keep it.",
    download_failed: "The plan file could not be downloaded. The plan is unchanged.",
    export_now: "Export now",
    sample_restored: "The sample plan has been restored.",
    import_failed: "The file was not imported. Nothing has been changed.",
    error_detail: "Technical detail",
    problem_more: |n| format!("… and {n} more problems.", n = Num(n)),
    period_range: |a, b| format!("{a} to {b}"),
    task_count: |n| if n == 1 { "1 task".to_string() } else { format!("{n} tasks", n = Num(n)) },
    progress_of: |what, p| format!("{what}: {p:.0}% done"),
    stored_plan_unreadable: |key| format!("A plan kept in this browser could not be read (storage key “{key}”). It has not been changed or deleted."),
    level_name,
    tier_name,
    kind_name,
    field_name,
    problem_kind,
    problem_at: |kind, label, field, what, path| match field {
        Some(field) => format!("{kind} “{label}”, {field}: {what} ({path})"),
        None => format!("{kind} “{label}”: {what} ({path})"),
    },
    import_error,
    not_found: |kind, id| format!("No {kind} with id “{id}” exists."),
    in_use: |kind, n| format!("This {kind} is still used by {n} other items; reassign them first.", n = Num(n)),
    report_immutable: "A recorded progress report cannot be changed; withdraw it and add a new one.",
    bad_position: |at| format!("Position {at} is past the end of the list."),
    light_name: |l| match l {
        Light::Completed => "Completed",
        Light::Green => "On track",
        Light::Yellow => "At risk",
        Light::Red => "Overdue or lagging",
        Light::Grey => "Not reported",
    },
    light_reason,
    reported_vs_shown: |reported, shown, reason| {
        let colour = match shown {
            Light::Completed => "completed",
            Light::Green => "green",
            Light::Yellow => "yellow",
            Light::Grey => "grey",
            Light::Red => "red",
        };
        format!("reported {reported}; shown {colour} — {reason}")
    },
    col_light: "Status",
    as_of: "As of",
    nav_label: "Views",
    nav_dashboard: "Dashboard",
    nav_tasks: "Tasks",
    nav_timeline: "Timeline",
    nav_period_report: "Period report",
    nav_projects: "Projects",
    nav_indicators: "Indicators",
    nav_units: "Units",
    nav_report: "Report by unit",
    nav_setup: "Goals & areas",
    nav_plans: "Plans",
    nav_history: "History",
    back_to_tasks: "Back to the task list",
    not_found_item: "This item is not in the plan (it may have been deleted).",
    undo: "Undo",
    redo: "Redo",
    undo_hint: "Undo the last change (Ctrl+Z)",
    redo_hint: "Redo (Ctrl+Shift+Z or Ctrl+Y)",
    nothing_to_undo: "Nothing to undo.",
    undone: "Undone: ",
    redone: "Redone: ",
    history_title: "Change history",
    history_empty: "No changes recorded yet.",
    col_when: "When",
    col_who: "Who",
    col_what: "What",
    bring_back: "Bring back",
    brought_back: "Brought back:",
    bring_back_gone: "This can no longer be brought back: the plan has changed since.",
    bring_back_changed: "Changed since; cannot be brought back",
    history_more: |n| format!("Show {n} more", n = Num(n)),
    history_shown: |n, of| format!("Showing the newest {n} of {of} changes.", n = Num(n), of = Num(of)),
    history: &super::history::EN,
    about: &super::about::EN,
    supervision: &super::supervision::EN,
    bulletin: &super::bulletin::EN,
    nav: &super::nav::EN,
    help: &super::help::EN,
    you: "You:",
    your_name: "Your name",
    your_unit: "Your unit",
    set_identity: "Who is making changes",
    anonymous: "(name not set)",
    by_goal: "By strategic goal",
    by_tier: "By tier",
    col_tasks: "Tasks",
    light_counts: "Tasks by status",
    lights_summary: |c, g, y, r, grey| {
        format!("{c} completed, {g} on track, {y} at risk, {r} overdue or lagging, {grey} not reported", c = Num(c), g = Num(g), y = Num(y), r = Num(r), grey = Num(grey))
    },
    ledger: &super::ledger::EN,
    setup: &super::setup::EN,
    figures: &super::figures::EN,
    table: &super::table::EN,
    dashboard: &super::dashboard::EN,
    scoreboard: &super::scoreboard::EN,
    timeline: &super::timeline::EN,
    report: &super::report::EN,
    csv: &super::csv::EN,
    exchange: &super::exchange::EN,
    import_preview: &super::import::EN,
    storage: &super::storage_text::EN,
    onboarding: &super::onboarding::EN,
    sample: &super::sample_text::EN,
};

fn light_reason(r: &Reason) -> String {
    match *r {
        Reason::Done { on: Some(d) } => format!("done on {d}"),
        Reason::Done { on: None } => "done".into(),
        Reason::OnTrack { progress, expected } => {
            format!("{progress:.0}% done, {expected:.0}% expected by now")
        }
        Reason::NoSchedule { progress } => {
            format!("{progress:.0}% done; ongoing, no deadline set")
        }
        Reason::MilestoneDue { days_left: 0 } => "due today".into(),
        Reason::MilestoneDue { days_left } => format!("due in {days_left} days"),
        Reason::MilestoneOverdue { days_over } => {
            format!("{days_over} days past due, not marked done")
        }
        Reason::Upcoming { days_left } => format!("due in {days_left} days"),
        Reason::Behind { progress, expected } => {
            format!("{progress:.0}% done, {expected:.0}% expected by now")
        }
        Reason::DueSoon {
            days_left: 0,
            progress,
        } => format!("due today, {progress:.0}% done"),
        Reason::DueSoon {
            days_left,
            progress,
        } => {
            format!("due in {days_left} days, {progress:.0}% done")
        }
        Reason::Overdue {
            days_over,
            progress,
        } => {
            format!("{days_over} days past the deadline, {progress:.0}% done")
        }
        Reason::MilestoneMissed {
            missed: 1,
            days_over,
            progress,
        } => format!("a milestone {days_over} days past due and not done, {progress:.0}% done"),
        Reason::MilestoneMissed {
            missed,
            days_over,
            progress,
        } => format!(
            "{missed} milestones past due and not done (the first {days_over} days ago), {progress:.0}% done"
        ),
        Reason::LaggingBadly { progress, expected } => {
            format!("lagging: {progress:.0}% done, {expected:.0}% expected by now")
        }
        Reason::StartLate { days_late } => format!("not started, {days_late} days after its planned start"),
        Reason::NotStarted { starts_in_days } => format!("starts in {starts_in_days} days"),
        Reason::NoReport { first_due } => {
            format!("not reported yet — first report due {first_due}")
        }
        Reason::FirstReportLate { due } => format!("report missing since {due}"),
        Reason::ReportMissing { due, expected } => {
            format!("no report since due on {due}; {expected:.0}% expected by now")
        }
        Reason::Stale { days_since } => format!("last report {days_since} days ago"),
    }
}

fn level_name(l: Level) -> &'static str {
    match l {
        Level::National => "National",
        Level::Province => "Province",
        Level::City => "City",
        Level::District => "District",
        Level::County => "County",
        Level::Township => "Township",
        Level::Other => "Other",
    }
}

fn tier_name(t: Tier) -> &'static str {
    match t {
        Tier::Regular => "Regular",
        Tier::Key => "Key",
        Tier::KeyBreakthrough => "Key breakthrough",
    }
}

pub(super) fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Goal => "strategic goal",
        Kind::Area => "key area",
        Kind::Unit => "unit",
        Kind::Task => "task",
        Kind::Project => "project",
        Kind::Indicator => "indicator",
        Kind::Update => "progress report",
        Kind::Step => "lifecycle step",
        Kind::Notice => "supervision notice",
    }
}

fn field_name(f: &str) -> Option<&'static str> {
    Some(match f {
        "id" => "id",
        "title" => "title",
        "name" => "name",
        "code" => "task number",
        "area" => "key area",
        "goal" => "strategic goal",
        "lead" => "lead unit",
        "co_units" => "co-operating units",
        "parent" => "parent unit",
        "start" => "start date",
        "end" => "end date",
        "deadline" => "deadline",
        "weight" => "weight",
        "progress" => "progress",
        "subject" => "task or project",
        "period" => "period",
        "value" => "value",
        "indicator" => "indicator",
        "planned_end" => "planned completion",
        "actual_end" => "actual completion",
        "total_investment" => "total investment",
        "year_target" => "this year's investment target",
        "completed_investment" => "investment completed",
        "task" => "task",
        "kind" => "step",
        "date" => "date",
        "completed_on" => "day completed",
        "note" => "evidence",
        "reasons" => "reasons",
        "number" => "number",
        "unit" => "unit",
        "asked" => "what is asked",
        "reply_due" => "reply due",
        "text" => "reply",
        "sign_within_days" => "days to sign for",
        "notices_weight" => "replies to notices",
        _ => return None,
    })
}

fn problem_kind(k: &ProblemKind) -> String {
    match k {
        ProblemKind::Empty => "this is required".into(),
        ProblemKind::DuplicateId(id) => format!("the id “{id}” is used twice"),
        ProblemKind::DuplicateCode(c) => {
            format!("task number “{c}” is already used by another task")
        }
        ProblemKind::DuplicateName(n) => format!("another unit is already called “{n}”"),
        ProblemKind::AfterToday(today) => {
            format!("a report cannot be dated after today ({today}); check the year and month")
        }
        ProblemKind::BeforePlanStart(start) => {
            format!("a report cannot be dated before the plan starts ({start}); check the year")
        }
        ProblemKind::ActualAfterToday(today) => {
            format!("an actual date cannot be after today ({today}); a date still to come is a planned one")
        }
        ProblemKind::AfterReport(date) => {
            format!("the day completed cannot be after the report's date ({date})")
        }
        ProblemKind::AmountTooLarge => {
            "more than 1 trillion yuan: check the unit (10k yuan) and the zeros".into()
        }
        ProblemKind::AboveTotal(total) => format!(
            "the target this year cannot exceed the total investment ({}, in 10k yuan)",
            crate::input::display(*total)
        ),
        ProblemKind::Missing(kind, id) => format!("no {} with id “{id}” exists", kind_name(*kind)),
        ProblemKind::EndBeforeStart => "the end date is before the start date".into(),
        ProblemKind::NotFinite => "this is not a finite number".into(),
        ProblemKind::Negative => "this cannot be negative".into(),
        ProblemKind::PercentOutOfRange => "a percentage must be between 0 and 100".into(),
        ProblemKind::UnitCycle => "a unit cannot be placed under itself".into(),
        ProblemKind::BadPeriod(p) => {
            format!("“{p}” is not a period; write 2023, 2023-Q2, 2023-H1 or 2023-06")
        }
        ProblemKind::ZeroWeights => "at least one weight must be above zero".into(),
        ProblemKind::LaggingBelowAtRisk => {
            "the red threshold cannot be smaller than the yellow one".into()
        }
        ProblemKind::AboveMax(max) => format!("must be at most {max}"),
        ProblemKind::StepNotAllowed { after } => (super::supervision::EN.step_not_allowed)(*after),
        ProblemKind::DateBefore(d) => format!("cannot be before {d}"),
        ProblemKind::DuplicateNumber(n) => {
            format!("notice number “{n}” is already used by another notice")
        }
    }
}

fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::Empty => "The file is empty.".into(),
        ImportError::TooLarge { bytes } => format!(
            "The file is {} MB; files over {} MB are not read.",
            super::mb_up(*bytes),
            MAX_FILE_BYTES / 1_048_576
        ),
        ImportError::UnpacksTooLarge => format!(
            "Unpacked, the compressed file is over the limit of {} MB; it is not read.",
            MAX_FILE_BYTES / 1_048_576
        ),
        ImportError::Syntax { line, column, path, cut_short, .. } => {
            let at = path.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
            if *cut_short {
                format!("The file stops at line {line}, column {column}{at}, before its JSON ends: it was cut short, as by a copy or download that did not finish.")
            } else {
                format!("The file is not valid JSON: it breaks at line {line}, column {column}{at}.")
            }
        }
        ImportError::NotAPlanFile => "This is not a Plan Tracker plan file (its “format” field is missing or different).".into(),
        ImportError::BadVersion => "The file's “version” field is missing or not a whole number.".into(),
        ImportError::NewerVersion { found } => format!(
            "The file is format version {found}, made by a newer Plan Tracker; this one reads up to version {}. Open it with the newer version.",
            crate::format::VERSION
        ),
        ImportError::Shape { path, line, column, .. } => {
            format!("A value has the wrong type or form at line {line}, column {column} ({path}).")
        }
        ImportError::Invalid(ps, _) => format!("The file breaks {}.", super::plural(ps.len(), "rule", "rules")),
        ImportError::BadGzip => "The compressed (.gz) file is damaged or cut short and cannot be read. Export it again, or open the uncompressed .json file.".into(),
        ImportError::Damaged => "The stored plan is damaged: its compressed form cannot be read.".into(),
        ImportError::OtherKey { id } => format!("A stored plan (id {id}) is kept under another plan's key; it is kept as it is."),
        ImportError::Journal { change: Some(n) } => format!(
            "Change {} of those saved after the stored plan cannot be applied to it: the plan opens with the changes before it, and every saved change is kept as it is.",
            n + 1
        ),
        ImportError::Journal { change: None } => "The changes saved after the stored plan cannot be read: the plan opens as it was stored, and the saved changes are kept as they are.".into(),
        ImportError::NotText { offset } => format!(
            "The file is not text in UTF-8 or UTF-16 (an unreadable byte at position {offset}). Save it as UTF-8 and try again."
        ),
        ImportError::Workbook => "This is an Excel or WPS workbook, not a plan file. A plan file comes from Export in Plan Tracker; a sheet of tasks comes in through Import CSV on the task list, saved from Excel or WPS as “CSV UTF-8 (comma delimited)”.".into(),
    }
}
