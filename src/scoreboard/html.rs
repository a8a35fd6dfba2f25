//! The scoreboard's table rows as one piece of escaped HTML: read-only but
//! for links (real `<a href>` to the task table, filtered), which the view
//! follows in the page with one handler.

use super::{Scoreboard, UnitScore};
use crate::html::{elem, text};
use crate::i18n::Catalog;
use crate::model::{Id, Plan};
use crate::query::{TaskFilter, TaskQuery};
use crate::route::Route;
use std::fmt::Write;

/// A number with at most one decimal: 100, 94.7.
pub fn one_decimal(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// The task table showing `filter`.
fn tasks_route(filter: TaskFilter) -> Route {
    Route::Tasks(TaskQuery { filter, sort: None })
}

/// The tasks `unit` leads.
fn led_filter(unit: &Id) -> TaskFilter {
    TaskFilter {
        leads: vec![unit.clone()],
        ..TaskFilter::default()
    }
}

/// The columns of the scoreboard's table.
pub const COLUMNS: usize = 10;
/// The supervision loop's columns, shown when the plan runs it
/// ([`Scoreboard::supervision`]).
pub const LOOP_COLUMNS: usize = 3;

/// Writes the scoreboard's rows into `out`: its first `shown` units (ranked
/// units, then those without a task), or a row saying there are none. Links
/// keep the page's address `search` (its language and day).
pub fn rows_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    board: &Scoreboard,
    shown: usize,
    search: &str,
) {
    let sb = t.scoreboard;
    let columns = COLUMNS + if board.supervision { LOOP_COLUMNS } else { 0 };
    if board.rows.is_empty() && board.without_tasks.is_empty() {
        let _ = write!(out, "<tr><td colspan=\"{columns}\" class=\"empty\">");
        text(out, sb.no_units);
        out.push_str("</td></tr>");
        return;
    }
    let name_of = |id: &Id| plan.unit(id).map_or("", |u| u.name.as_str());
    let rows = &board.rows[..board.rows.len().min(shown)];
    for (i, row) in rows.iter().enumerate() {
        // Ranks are shared by neighbours: a rank is tied when one beside it,
        // drawn or not, is the same.
        let same = |j: Option<usize>| {
            j.and_then(|j| board.rows.get(j))
                .is_some_and(|r| r.rank == row.rank)
        };
        let tied = row.rank.is_some() && (same(i.checked_sub(1)) || same(Some(i + 1)));
        score_row(
            out,
            t,
            name_of(&row.unit),
            row,
            tied,
            board.supervision,
            search,
        );
    }
    for id in board.without_tasks.iter().take(shown - rows.len()) {
        out.push_str("<tr class=\"unscored no-tasks\"><td class=\"num sb-rank\">");
        not_scored(out, t);
        out.push_str("</td>");
        elem(out, "th scope=\"row\"", "sb-unit", name_of(id));
        let _ = write!(out, "<td colspan=\"{}\" class=\"muted\">", columns - 2);
        text(out, sb.no_tasks_yet);
        out.push_str("</td></tr>");
    }
}

/// "—" to the eye, "not scored" to a screen reader.
fn not_scored(out: &mut String, t: &Catalog) {
    out.push_str("<span aria-hidden=\"true\">");
    text(out, t.scoreboard.no_score);
    out.push_str("</span><span class=\"visually-hidden\">");
    text(out, t.scoreboard.not_scored);
    out.push_str("</span>");
}

/// A count that links to its tasks when there are any.
fn count_link(out: &mut String, count: usize, route: Route, label: &str, search: &str) {
    if count == 0 {
        out.push('0');
        return;
    }
    out.push_str("<a href=\"");
    text(out, &route.to_query(search));
    out.push_str("\" aria-label=\"");
    text(out, label);
    let _ = write!(out, "\">{count}</a>");
}

/// One unit's line of the scoreboard.
fn score_row(
    out: &mut String,
    t: &Catalog,
    name: &str,
    row: &UnitScore,
    tied: bool,
    supervision: bool,
    search: &str,
) {
    let sb = t.scoreboard;
    out.push_str(if row.rank.is_none() {
        "<tr class=\"unscored\">"
    } else {
        "<tr>"
    });
    out.push_str("<td class=\"num sb-rank\">");
    match row.rank {
        Some(r) if tied => text(out, &(sb.tied_rank)(r)),
        Some(r) => {
            let _ = write!(out, "{r}");
        }
        None => not_scored(out, t),
    }
    out.push_str("</td><th scope=\"row\" class=\"sb-unit\"><a href=\"");
    text(out, &tasks_route(led_filter(&row.unit)).to_query(search));
    out.push_str("\" title=\"");
    text(out, &(sb.tasks_of)(name));
    out.push_str("\">");
    text(out, name);
    out.push_str("</a></th><td class=\"num\">");
    let led = tasks_route(led_filter(&row.unit));
    count_link(out, row.led, led, &(sb.led_by)(name, row.led), search);
    out.push_str("</td><td class=\"num\">");
    let co = tasks_route(TaskFilter {
        co_units: vec![row.unit.clone()],
        ..TaskFilter::default()
    });
    count_link(
        out,
        row.co_operated,
        co,
        &(sb.co_by)(name, row.co_operated),
        search,
    );
    let _ = write!(
        out,
        "</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
        row.completed, row.on_time
    );
    out.push_str(if row.overdue > 0 {
        "<td class=\"num sb-overdue has-overdue\">"
    } else {
        "<td class=\"num sb-overdue\">"
    });
    let overdue = tasks_route(TaskFilter {
        overdue: true,
        ..led_filter(&row.unit)
    });
    count_link(
        out,
        row.overdue,
        overdue,
        &(sb.overdue_of)(name, row.overdue),
        search,
    );
    out.push_str("</td><td class=\"sb-progress-cell\">");
    match row.average_progress {
        Some(p) => {
            out.push_str("<div class=\"sb-progress\" role=\"img\" aria-label=\"");
            text(out, &(sb.progress_of)(name));
            let _ = write!(
                out,
                "\"><span class=\"sb-pct\">{}%</span><span class=\"bar\" aria-hidden=\"true\">\
                 <span class=\"fill\" data-w=\"{:.1}\"></span></span></div>",
                one_decimal(p),
                p.clamp(0.0, 100.0)
            );
        }
        None => elem(out, "span", "muted", sb.no_score),
    }
    out.push_str("</td>");
    let _ = write!(
        out,
        "<td class=\"num sb-stale{}\">{}</td>",
        if row.late > 0 { " has-stale" } else { "" },
        row.late
    );
    if supervision {
        loop_cells(out, t, row);
    }
    out.push_str("<td class=\"sb-score\">");
    match (row.score(), row.unscored) {
        (Some(score), _) => {
            let _ = write!(out, "<strong class=\"sb-score-value\">{score:.1}</strong>");
        }
        (None, why) => {
            not_scored(out, t);
            if let Some(w) = why {
                elem(out, "span", "sb-why", (sb.unscored_reason)(w));
            }
        }
    }
    if let Some(c) = row.components {
        out.push_str("<span class=\"sb-marks\">");
        let replies = supervision.then_some((t.bulletin.mark_replies, c.notices));
        for (n, (name, value)) in [
            (sb.mark_on_time, c.on_time),
            (sb.mark_progress, c.progress),
            (sb.mark_reporting, c.reporting),
        ]
        .into_iter()
        .chain(replies)
        .enumerate()
        {
            if n > 0 {
                out.push_str(" · ");
            }
            out.push_str(if value.is_none() {
                "<span class=\"sb-mark na\">"
            } else {
                "<span class=\"sb-mark\">"
            });
            text(out, name);
            out.push(' ');
            match value {
                Some(v) => text(out, &one_decimal(v)),
                None => text(out, sb.mark_not_applicable),
            }
            if n == 2 && value.is_some() {
                text(
                    out,
                    &(sb.reporting_periods)(row.periods_in_time, row.periods_owed),
                );
            }
            out.push_str("</span>");
        }
        out.push_str("</span>");
    }
    out.push_str("</td></tr>");
}

/// The supervision loop's cells of a unit's line: notices received with
/// how their replies stand in words (marked when any is late or missing),
/// the mean days to sign and the returns.
fn loop_cells(out: &mut String, t: &Catalog, row: &UnitScore) {
    let n = &row.notices;
    let behind = n.late + n.missing > 0;
    let _ = write!(
        out,
        "<td class=\"sb-notices{}\"><span class=\"sb-n\">{}</span>",
        if behind { " has-late" } else { "" },
        n.received
    );
    if n.received > 0 {
        out.push_str("<span class=\"sb-replies\">");
        text(
            out,
            &(t.bulletin.replies_line)(n.on_time, n.late, n.missing),
        );
        out.push_str("</span>");
    }
    out.push_str("</td><td class=\"num sb-sign\">");
    match row.days_to_sign {
        Some(d) => text(out, &one_decimal(d)),
        None => text(out, t.scoreboard.no_score),
    }
    let _ = write!(
        out,
        "</td><td class=\"num sb-returned\">{}</td>",
        row.returned
    );
}
