//! The timeline's chart as one piece of escaped HTML: the axis, the grid,
//! the today line and the groups of rows. Read-only but for the rows' links
//! (real `<a href>` to the tasks and projects), which the view follows in
//! the page with one handler. Rows are list items whose text says, in
//! words, what the bars show (dates, progress, light, milestones); the bars
//! are hidden from screen readers. Places and widths are `data-l` and
//! `data-w` ([`crate::html`]).

use super::{Extent, Group, Layout, Place, ProjectBar, Row, Scale, TaskBar, Tick};
use crate::html::{elem, light_badge, link, text};
use crate::i18n::timeline::TimelineText;
use crate::i18n::Catalog;
use crate::model::{Date, Id, Plan};
use crate::query::{light_key, Grouping};
use crate::route::Route;
use chrono::Datelike;
use std::fmt::Write;

fn tick_label(tl: &TimelineText, tick: &Tick) -> String {
    let month = tick.date.month();
    match tick.scale {
        Scale::Month => (tl.month)(month),
        Scale::Quarter => (tl.quarter)((month - 1) / 3 + 1),
        Scale::Year => (tl.year)(tick.date.year()),
    }
}

/// Writes the chart of `layout` (not empty) into `out`: a note when today
/// is off the axis, then the scrolling chart. Links keep the page's
/// address `search` (its language and day).
pub fn chart_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    layout: &Layout,
    today: Date,
    search: &str,
) {
    let tl = t.timeline;
    if !matches!(layout.today, Place::At(_)) {
        elem(
            out,
            "p",
            "tl-today-outside",
            &(tl.today_outside)(&today.to_string()),
        );
    }
    out.push_str("<div class=\"tl-scroll\" role=\"region\" aria-label=\"");
    text(out, tl.chart);
    out.push_str(
        "\" tabindex=\"0\"><div class=\"tl-chart\"><div class=\"tl-grid\" aria-hidden=\"true\">",
    );
    for tick in &layout.ticks {
        let _ = write!(
            out,
            "<span class=\"tl-gridline\" data-l=\"{:.3}\"></span>",
            tick.x
        );
    }
    out.push_str("</div>");
    if let Place::At(x) = layout.today {
        let _ = write!(
            out,
            "<div class=\"tl-overlay\"><span class=\"tl-today\" data-l=\"{x:.3}\">"
        );
        elem(
            out,
            "span",
            "tl-today-label",
            &(tl.today)(&today.to_string()),
        );
        out.push_str("</span></div>");
    }
    out.push_str("<div class=\"tl-axis\" aria-hidden=\"true\">");
    elem(out, "span", "tl-corner", tl.items);
    out.push_str("<span class=\"tl-ticks\">");
    for tick in &layout.ticks {
        let _ = write!(out, "<span class=\"tl-tick\" data-l=\"{:.3}\">", tick.x);
        if tick.with_year && tick.scale != Scale::Year {
            elem(out, "span", "tl-tick-year", &(tl.year)(tick.date.year()));
        }
        elem(out, "span", "tl-tick-name", &tick_label(tl, tick));
        out.push_str("</span>");
    }
    out.push_str("</span></div>");
    let mut rows = Rows {
        next: 0,
        drawn_from: if layout.has_more() {
            layout.shown.saturating_sub(DRAWN_AT_END)
        } else {
            usize::MAX
        },
    };
    for (i, group) in layout.groups.iter().enumerate() {
        group_html(out, t, plan, layout, group, i, search, &mut rows);
    }
    out.push_str("</div></div>");
}

/// Rows at the end of a chart shown in part that are always drawn
/// (`tl-end`): the rest are laid out only when scrolled near, at a guessed
/// height, and those above the "more" button, drawn as it is scrolled to,
/// would move it by their difference from the guess. Enough for a window
/// about 900 px tall with rows of three lines; 40 made the view open some
/// 15 ms slower at a province's scale, 24 no slower (docs/performance.md,
/// which also says where the button still moves).
pub const DRAWN_AT_END: usize = 24;

/// The rows written so far, and from which one on they are always drawn.
struct Rows {
    next: usize,
    drawn_from: usize,
}

impl Rows {
    /// Opens the next row, a list item of `class`.
    fn open(&mut self, out: &mut String, class: &str) {
        out.push_str("<li class=\"");
        out.push_str(class);
        if self.next >= self.drawn_from {
            out.push_str(" tl-end");
        }
        out.push_str("\">");
        self.next += 1;
    }
}

/// The heading's text: the area's title or the unit's name.
fn group_name(t: &Catalog, plan: &Plan, layout: &Layout, key: Option<&Id>) -> String {
    let Some(id) = key else {
        return t.timeline.no_area.to_string();
    };
    match layout.grouping {
        Grouping::Area => plan
            .area(id)
            .map_or_else(|| id.to_string(), |a| a.title.clone()),
        Grouping::Unit => plan
            .unit(id)
            .map_or_else(|| t.unknown_unit.to_string(), |u| u.name.clone()),
    }
}

#[allow(clippy::too_many_arguments)]
fn group_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    layout: &Layout,
    group: &Group,
    i: usize,
    search: &str,
    rows: &mut Rows,
) {
    let tl = t.timeline;
    let name = group_name(t, plan, layout, group.key.as_ref());
    let heading = if group.projects {
        (tl.projects_in)(&name)
    } else {
        name
    };
    let class = if group.projects {
        "tl-group tl-projects"
    } else {
        "tl-group"
    };
    let _ = write!(
        out,
        "<section class=\"{class}\" aria-labelledby=\"tl-group-{i}\">\
         <div class=\"tl-group-head\"><h2 id=\"tl-group-{i}\">"
    );
    text(out, &heading);
    out.push_str("</h2>");
    elem(
        out,
        "span",
        "tl-group-count",
        &(tl.group_count)(group.total, group.projects),
    );
    out.push_str("</div><ul class=\"tl-rows\">");
    for row in &group.rows {
        match row {
            Row::Task(bar) => task_row(out, t, plan, bar, search, rows),
            Row::Project(bar) => project_row(out, t, plan, bar, search, rows),
        }
    }
    out.push_str("</ul></section>");
}

/// A bar of `class` over `e`, and the arrows that say it goes on beyond
/// the chart (`at` names the bar's height on the row); `inner` inside it.
/// What the marks on the chart mean, in words: the legend's items (inside
/// `<ul class="tl-legend">`), each its mark (hidden from screen readers)
/// and its words.
pub fn legend_html(tl: &TimelineText) -> String {
    // A task's mark is a bar filled in part: a span inside.
    const BAR: &str = "<span></span>";
    let mut out = String::new();
    for (key, inside, words) in [
        ("tl-key-task", BAR, tl.legend_task),
        ("tl-ms done", "", tl.legend_milestone_done),
        ("tl-ms open", "", tl.legend_milestone_open),
        ("tl-ms open late", "", tl.legend_milestone_late),
        ("tl-key-planned", "", tl.legend_planned),
        ("tl-key-actual", "", tl.legend_actual),
        ("tl-key-cut", "", tl.legend_cut),
        ("tl-key-task tl-open", BAR, tl.legend_open),
    ] {
        let _ = write!(
            out,
            "<li><span class=\"tl-key {key}\" aria-hidden=\"true\">{inside}</span>"
        );
        text(&mut out, words);
        out.push_str("</li>");
    }
    out
}

fn bar(out: &mut String, e: &Extent, class: &str, at: &str, inner: &str) {
    let _ = write!(
        out,
        "<span class=\"{class}\" data-l=\"{:.3}\" data-w=\"{:.3}\">{inner}</span>",
        e.left, e.width
    );
    if e.cut_start {
        let _ = write!(out, "<span class=\"tl-cut tl-cut-start {at}\"></span>");
    }
    if e.cut_end {
        let _ = write!(out, "<span class=\"tl-cut tl-cut-end {at}\"></span>");
    }
}

fn task_row(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    b: &TaskBar,
    search: &str,
    rows: &mut Rows,
) {
    let tl = t.timeline;
    let Some(task) = plan.tasks.get(b.task) else {
        return;
    };
    let from = format!(
        "{}{}",
        b.span.from,
        if b.span.own_from { "" } else { tl.plan_start }
    );
    let to = format!(
        "{}{}",
        b.span.to,
        if b.span.own_to { "" } else { tl.plan_end }
    );
    let milestones: Vec<String> = b
        .milestones
        .iter()
        .map(|m| {
            let name = task
                .milestones
                .get(m.index)
                .map_or("", |ms| ms.name.as_str());
            (tl.milestone)(name, &m.due.to_string(), m.done, m.late)
        })
        .collect();
    let progress = b.progress.clamp(0.0, 100.0);
    rows.open(out, "tl-row");
    out.push_str("<div class=\"tl-label\"><a href=\"");
    text(out, &Route::Task(task.id.clone()).to_query(search));
    out.push_str("\">");
    elem(out, "span", "tl-code", &task.code);
    out.push(' ');
    text(out, &task.title);
    out.push_str("</a>");
    elem(
        out,
        "span",
        "visually-hidden",
        &(tl.task_summary)(&from, &to, b.progress),
    );
    out.push_str("<span class=\"tl-meta\">");
    light_badge(out, t, b.status, None, true);
    let _ = write!(
        out,
        "<span class=\"tl-pct\" aria-hidden=\"true\">{progress:.0}%</span></span>"
    );
    if !milestones.is_empty() {
        elem(
            out,
            "span",
            "visually-hidden",
            &format!("{}{}", tl.milestone_sep, milestones.join(tl.milestone_sep)),
        );
    }
    out.push_str("</div><div class=\"tl-track\" aria-hidden=\"true\">");
    if let Some(e) = b.span.bar {
        // No deadline: drawn to the plan's end, its end faded.
        let open = if b.span.own_to { "" } else { " tl-open" };
        let class = format!("tl-bar tl-{}{open}", light_key(b.status.light));
        let fill = format!("<span class=\"tl-fill\" data-w=\"{progress:.3}\"></span>");
        bar(out, &e, &class, "at-bar", &fill);
    }
    for (m, said) in b.milestones.iter().zip(&milestones) {
        let Place::At(x) = m.place else {
            continue;
        };
        let class = match (m.done, m.late) {
            (true, _) => "tl-ms done",
            (false, true) => "tl-ms open late",
            (false, false) => "tl-ms open",
        };
        let _ = write!(out, "<span class=\"{class}\" data-l=\"{x:.3}\" title=\"");
        text(out, said);
        out.push_str("\"></span>");
    }
    out.push_str("</div></li>");
}

fn project_row(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    b: &ProjectBar,
    search: &str,
    rows: &mut Rows,
) {
    let tl = t.timeline;
    let Some(project) = plan.projects.get(b.project) else {
        return;
    };
    let planned_from = format!(
        "{}{}",
        b.planned.from,
        if b.planned.own_from {
            ""
        } else {
            tl.plan_start
        }
    );
    let planned_to = format!(
        "{}{}",
        b.planned.to,
        if b.planned.own_to { "" } else { tl.plan_end }
    );
    let mut summary = (tl.project_planned)(&planned_from, &planned_to);
    match &b.actual {
        Some(actual) => {
            let end = actual.own_to.then(|| actual.to.to_string());
            summary.push_str(&(tl.project_actual)(
                &actual.from.to_string(),
                end.as_deref(),
            ));
        }
        None => summary.push_str(tl.project_not_started),
    }
    rows.open(out, "tl-row tl-project");
    out.push_str("<div class=\"tl-label\">");
    link(
        out,
        &Route::Project(project.id.clone()).to_query(search),
        &project.name,
    );
    elem(out, "span", "visually-hidden", &summary);
    out.push_str("<span class=\"tl-meta\">");
    light_badge(out, t, b.status, None, true);
    out.push_str("</span></div><div class=\"tl-track\" aria-hidden=\"true\">");
    if let Some(e) = b.planned.bar {
        let open = if b.planned.own_to { "" } else { " tl-open" };
        let class = format!("tl-planned tl-{}{open}", light_key(b.status.light));
        bar(out, &e, &class, "at-planned", "");
    }
    if let Some(actual) = &b.actual {
        if let Some(e) = actual.bar {
            let class = if actual.own_to {
                "tl-actual"
            } else {
                "tl-actual ongoing"
            };
            bar(out, &e, class, "at-actual", "");
        }
    }
    out.push_str("</div></li>");
}
