//! The rows of "Report by unit" as one piece of escaped HTML: each row a
//! task, where it stands, and the fields a unit fills in for it. A unit of
//! a province leads hundreds of tasks; the browser parses their rows as
//! one string far faster than a view could build them one element at a
//! time, and one writer is smaller than the generic code of a view.
//!
//! The fields carry what the shell needs to read them back: the row's
//! number (`data-row`) and the field (`data-field`: `p` progress, `s`
//! status, `n` what was done).
//!
//! The tasks a unit co-operates on are listed without fields
//! ([`co_rows_html`]): their progress is the lead unit's to report.

use crate::command::task_label;
use crate::html::{cell, cell_start, elem, light_badge, link, progress_bar, text};
use crate::i18n::Catalog;
use crate::model::{Choice, Plan, ReportedStatus};
use crate::query::{TaskHref, TaskIndex};
use std::fmt::Write;

/// What one row's fields hold, and the problem with it to show, if any.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry<'a> {
    pub progress: &'a str,
    /// The key of the status chosen ([`ReportedStatus::key`]).
    pub status: &'a str,
    pub narrative: &'a str,
    /// The day completed typed, read when the status is completed.
    pub done_on: &'a str,
    pub error: Option<&'a str>,
}

/// The ids of row `i`'s progress field and of its problem, in the sheet
/// whose fields' ids begin with `prefix`.
pub fn field_ids(prefix: &str, i: usize) -> (String, String) {
    let field = format!("{prefix}{i}-progress");
    let error = format!("{field}-error");
    (field, error)
}

/// Row `i` of a sheet: the task at `at` in `plan` (`None`: it is gone), as
/// it stands in `index`, its link from `href`, and its fields holding
/// `entry`.
#[allow(clippy::too_many_arguments)]
pub fn sheet_row_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    index: &TaskIndex,
    at: Option<usize>,
    href: &TaskHref,
    (prefix, i): (&str, usize),
    entry: &Entry,
) {
    let f = t.figures;
    let task = at.and_then(|at| plan.tasks.get(at));
    let name = task.map(task_label).unwrap_or_default();
    let (field, error) = field_ids(prefix, i);
    let _ = write!(out, "<tr data-row=\"{i}\">");
    elem(out, "td", "code", task.map_or("", |x| x.code.as_str()));
    out.push_str("<th scope=\"row\" class=\"title\">");
    if let Some(task) = task {
        link(out, &href.of(&task.id), &task.title);
    }
    out.push_str("</th>");

    cell_start(out, "current", f.col_current);
    if let (Some(task), Some(row)) = (task, at.and_then(|at| index.rows.get(at))) {
        progress_bar(out, t, &task.title, row.progress);
        light_badge(out, t, row.status, None, true);
    }
    out.push_str("</td>");

    cell_start(out, "new-progress", f.col_new_progress);
    let _ = write!(
        out,
        "<input id=\"{field}\" type=\"text\" inputmode=\"decimal\" class=\"pct-input\" \
         data-field=\"p\" aria-invalid=\"{}\" aria-describedby=\"{error}\" aria-label=\"",
        entry.error.is_some()
    );
    text(out, &(f.new_progress_for)(&name));
    out.push_str("\" value=\"");
    text(out, entry.progress);
    out.push_str("\"><p class=\"field-error\" id=\"");
    out.push_str(&error);
    out.push_str("\" aria-live=\"polite\">");
    text(out, entry.error.unwrap_or(""));
    out.push_str("</p></td>");

    cell_start(out, "", f.col_status);
    out.push_str("<select data-field=\"s\" aria-label=\"");
    text(out, &(f.status_for)(&name));
    out.push_str("\">");
    for s in <ReportedStatus as Choice>::ALL {
        out.push_str("<option value=\"");
        out.push_str(s.key());
        out.push('"');
        if s.key() == entry.status {
            out.push_str(" selected");
        }
        out.push('>');
        text(out, (f.reported_status)(*s));
        out.push_str("</option>");
    }
    out.push_str("</select>");
    // The day the work was completed, for a report saying so: shown (by
    // the style sheet) only while the status chosen is completed.
    out.push_str("<label class=\"done-on\"><span aria-hidden=\"true\">");
    text(out, t.ledger.field_completed_on);
    let _ = write!(
        out,
        "</span><input type=\"date\" data-field=\"c\" aria-describedby=\"{error}\" aria-label=\""
    );
    text(out, &(f.done_on_for)(&name));
    out.push_str("\" title=\"");
    text(out, t.ledger.completed_on_hint);
    out.push_str("\" value=\"");
    text(out, entry.done_on);
    out.push_str("\"></label></td>");

    cell_start(out, "narrative", f.col_narrative);
    out.push_str("<input type=\"text\" data-field=\"n\" aria-label=\"");
    text(out, &(f.narrative_for)(&name));
    out.push_str("\" value=\"");
    text(out, entry.narrative);
    out.push_str("\"></td></tr>");
}

/// The tasks at `places` in `plan` (a unit's co-operation), as a table
/// without fields (number, task, lead unit, where it stands, its latest
/// report's day) under a line saying who reports them; or a line saying
/// there are none. A task's progress is the lead unit's to report (a figure
/// from a co-operating unit would stand for the whole task).
pub fn co_table_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    index: &TaskIndex,
    places: &[usize],
    href: &TaskHref,
) {
    let f = t.figures;
    if places.is_empty() {
        elem(out, "p", "empty", f.none_co);
        return;
    }
    elem(out, "p", "intro", f.co_reported_by_lead);
    out.push_str(
        "<div class=\"table-wrap\"><table class=\"grid-table figures-table bulk-table co-table\" \
         aria-labelledby=\"br-co\"><thead><tr>",
    );
    for col in [
        f.col_code,
        f.col_task,
        f.col_lead,
        f.col_current,
        t.table.col_last_report,
    ] {
        elem(out, "th scope=\"col\"", "", col);
    }
    out.push_str("</tr></thead><tbody>");
    for &at in places {
        let (Some(task), Some(row)) = (plan.tasks.get(at), index.rows.get(at)) else {
            continue;
        };
        out.push_str("<tr>");
        elem(out, "td", "code", &task.code);
        out.push_str("<th scope=\"row\" class=\"title\">");
        link(out, &href.of(&task.id), &task.title);
        out.push_str("</th>");
        let lead = plan.unit(&task.lead).map_or("", |u| u.name.as_str());
        cell(out, "", f.col_lead, lead);
        cell_start(out, "current", f.col_current);
        progress_bar(out, t, &task.title, row.progress);
        light_badge(out, t, row.status, None, true);
        out.push_str("</td>");
        cell_start(out, "date", t.table.col_last_report);
        match row.last_report {
            Some(d) => {
                let _ = write!(out, "<time>{d}</time>");
            }
            None => text(out, t.table.never_reported),
        }
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table></div>");
}
