//! The bulletin, the dashboard's supervision counts and the notices by unit
//! as escaped HTML. The bulletin has no link and no script: what the view
//! shows is what prints and what the saved file holds ([`document`]). On
//! screen its two long lists (items closed, items overdue or lagging) may be drawn in
//! part, with a button (`data-more`) that draws them whole; printing and
//! saving draw them whole.

use super::{Bulletin, LoopSummary, UnitNotices, UnitRed};
use crate::dashboard::Figure;
use crate::html::{elem, text};
use crate::i18n::{Catalog, Num};
use crate::period::Period;
use crate::period_report::{html_document, shown_in_part};
use crate::route::Route;
use crate::scoreboard::one_decimal;
use crate::status::Reason;
use std::fmt::Write;

/// Writes the dashboard's supervision counts: the heading `dash-loop`, the
/// counts in words and a link to the bulletin (keeping the address `search`).
pub fn loop_html(out: &mut String, t: &Catalog, s: &LoopSummary, search: &str) {
    let b = t.bulletin;
    out.push_str("<h2 id=\"dash-loop\">");
    text(out, b.loop_title);
    out.push_str("</h2><dl class=\"loop-figures\">");
    // Each count links to the task table showing exactly its items.
    let mut figure = |term: &str, f: &Figure, alert: bool| {
        out.push_str(if alert && f.count > 0 {
            "<div class=\"loop-figure alert\">"
        } else {
            "<div class=\"loop-figure\">"
        });
        elem(out, "dt", "", term);
        out.push_str("<dd><a href=\"");
        text(out, &Route::Tasks(f.query.clone()).to_query(search));
        out.push_str("\">");
        text(out, &(b.items_n)(f.count));
        out.push_str("</a></dd></div>");
    };
    figure(b.loop_open, &s.open, false);
    figure(b.loop_missing, &s.missing, true);
    figure(b.loop_late, &s.late, true);
    if let Some((days, f)) = &s.not_signed_in_time {
        figure(&(b.loop_not_signed)(*days), f, true);
    }
    figure(b.loop_awaiting, &s.awaiting_verification, false);
    figure(b.loop_closed, &s.closed_out, false);
    out.push_str("</dl><p class=\"loop-more\"><a href=\"");
    text(out, &Route::Bulletin(None).to_query(search));
    out.push_str("\">");
    text(out, b.nav);
    out.push_str("</a></p>");
}

/// Writes the table of notices by unit (labelled by the heading `labelled`),
/// or the sentence saying there were none.
pub fn notices_table_html(out: &mut String, t: &Catalog, rows: &[UnitNotices], labelled: &str) {
    let b = t.bulletin;
    if rows.is_empty() {
        elem(out, "p", "muted", b.notices_none);
        return;
    }
    let _ = write!(
        out,
        "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"report-table notices-table\" \
         aria-labelledby=\"{labelled}\"><thead><tr><th scope=\"col\">"
    );
    text(out, b.col_unit);
    for head in [
        b.col_issued,
        b.col_on_time,
        b.col_replied_late,
        b.col_missing,
        b.col_pending,
    ] {
        out.push_str("</th><th scope=\"col\" class=\"num\">");
        text(out, head);
    }
    out.push_str("</th></tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        elem(out, "th scope=\"row\"", "", &r.name);
        let n = &r.notices;
        for (value, alert) in [
            (n.received, false),
            (n.on_time, false),
            (n.late, n.late > 0),
            (n.missing, n.missing > 0),
            (n.pending, false),
        ] {
            let _ = write!(
                out,
                "<td class=\"num{}\">{value}</td>",
                if alert { " alert" } else { "" }
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
}

/// A section headed `<h2 id=id>`.
fn section(out: &mut String, id: &str, heading: &str) {
    let _ = write!(
        out,
        "<section class=\"bl-section\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">"
    );
    text(out, heading);
    out.push_str("</h2>");
}

/// How many items the lists of closed and of red items draw until the
/// bulletin is drawn whole: a province's quarter can hold thousands, and
/// its whole bulletin is a megabyte of HTML.
pub const ITEMS_SHOWN: usize = 100;

/// Writes the bulletin `b`: a document with no link and no script. Unless
/// `whole`, the closed and the red items stop at [`ITEMS_SHOWN`] each,
/// followed by how many are shown and a button for the rest.
pub fn bulletin_html(out: &mut String, t: &Catalog, b: &Bulletin, whole: bool) {
    let limit = if whole { usize::MAX } else { ITEMS_SHOWN };
    let (bt, rt) = (t.bulletin, t.report);
    let words = (rt.period_name)(b.period);
    out.push_str("<header class=\"bl-head\">");
    if !b.issuer.is_empty() {
        elem(out, "p", "bl-issuer", &b.issuer);
    }
    elem(out, "h1", "", &(bt.title)(&words));
    elem(out, "p", "bl-plan", &b.plan_title);
    elem(
        out,
        "p",
        "bl-date",
        &(rt.as_of_note)(&(rt.date)(b.as_of), b.basis),
    );
    out.push_str("</header>");

    section(out, "bl-overall", bt.overall_heading);
    let c = &b.tasks.counts;
    let progress = b.tasks.progress.map_or_else(
        || bt.no_progress.to_string(),
        |p| format!("{}%", one_decimal(p)),
    );
    elem(
        out,
        "p",
        "",
        &(bt.overall_text)(
            b.tasks.tasks,
            &progress,
            [c.completed, c.green, c.yellow, c.red, c.grey],
        ),
    );
    out.push_str("</section>");

    section(out, "bl-closed", bt.closed_heading);
    elem(
        out,
        "p",
        "",
        &(bt.closed_text)(b.closed_in_period.len(), b.closed_total),
    );
    if !b.closed_in_period.is_empty() {
        out.push_str("<ol class=\"bl-items\">");
        for item in b.closed_in_period.iter().take(limit) {
            out.push_str("<li>");
            item_name(out, &item.code, &item.title);
            if let Some(d) = item.closed_on {
                out.push(' ');
                let on = (rt.date)(d);
                let note = if item.reported_done {
                    (bt.reported_done_on)(&on)
                } else {
                    (bt.closed_on)(&on)
                };
                elem(out, "span", "bl-note", &note);
            }
            out.push_str("</li>");
        }
        out.push_str("</ol>");
        shown_in_part(
            out,
            t,
            limit.min(b.closed_in_period.len()),
            b.closed_in_period.len(),
        );
    }
    out.push_str("</section>");

    section(out, "bl-overdue", bt.overdue_heading);
    if b.red_by_unit.is_empty() {
        elem(out, "p", "", bt.overdue_none);
    } else {
        units_table(out, t, "bl-overdue", bt.col_items, &b.red_by_unit, limit);
    }
    out.push_str("</section>");

    section(out, "bl-owed", bt.owed_heading);
    let owed: usize = b.unreported_by_unit.iter().map(|u| u.items.len()).sum();
    let period = (t.report.period_name)(b.due_period);
    let owed_text = (bt.owed_text)(b.owing, owed, &period, &(rt.date)(b.due_by));
    elem(out, "p", "", &owed_text);
    if owed > 0 {
        units_table(out, t, "bl-owed", bt.col_owed, &b.unreported_by_unit, limit);
    }
    out.push_str("</section>");

    section(out, "bl-notices", bt.notices_section);
    notices_table_html(out, t, &b.notices, "bl-notices");
    out.push_str("</section>");

    section(out, "bl-commended", bt.commended_heading);
    if b.commended.is_empty() {
        elem(out, "p", "", bt.commended_none);
    } else {
        elem(out, "p", "", bt.commended_text);
        out.push_str("<ol class=\"bl-commended\">");
        for c in &b.commended {
            out.push_str("<li>");
            elem(out, "strong", "", &c.name);
            out.push(' ');
            let score = one_decimal(f64::from(c.score_tenths) / 10.0);
            let rank = if c.tied { bt.rank_tied } else { bt.rank_score };
            elem(out, "span", "bl-note", &rank(c.rank, &score));
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>");
}

/// Writes the table (labelled by the heading `labelled`) of `units` with
/// their items and each item's reason, unit by unit until `limit` items are
/// drawn (a unit's count is its whole count), and how many are shown.
fn units_table(
    out: &mut String,
    t: &Catalog,
    labelled: &str,
    items_head: &str,
    units: &[UnitRed],
    limit: usize,
) {
    let bt = t.bulletin;
    let _ = write!(
        out,
        "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"report-table bl-overdue-table\" \
         aria-labelledby=\"{labelled}\"><thead><tr><th scope=\"col\">"
    );
    text(out, bt.col_unit);
    out.push_str("</th><th scope=\"col\" class=\"num\">");
    text(out, bt.col_count);
    out.push_str("</th><th scope=\"col\">");
    text(out, items_head);
    out.push_str("</th></tr></thead><tbody>");
    let mut left = limit;
    for u in units {
        if left == 0 {
            break;
        }
        out.push_str("<tr>");
        elem(out, "th scope=\"row\"", "", &u.name);
        let _ = write!(out, "<td class=\"num\">{}</td><td><ul>", Num(u.items.len()));
        let drawn = u.items.len().min(left);
        left -= drawn;
        for item in &u.items[..drawn] {
            out.push_str("<li>");
            item_name(out, &item.code, &item.title);
            out.push(' ');
            let note = match (&item.reason, item.last_report) {
                (Some(Reason::Overdue { days_over, .. }), _) => (bt.days_over)(*days_over),
                (Some(reason), _) => (bt.note)(&(t.light_reason)(reason)),
                // A report owed: when the task last reported, if ever.
                (None, last) => (bt.note)(&(bt.last_report)(
                    last.map(|d| (t.report.date)(d)).as_deref(),
                )),
            };
            elem(out, "span", "bl-note", &note);
            out.push_str("</li>");
        }
        out.push_str("</ul></td></tr>");
    }
    out.push_str("</tbody></table></div>");
    let all: usize = units.iter().map(|u| u.items.len()).sum();
    shown_in_part(out, t, limit.min(all), all);
}

/// A task's code (if any) and title.
fn item_name(out: &mut String, code: &str, title: &str) {
    if !code.is_empty() {
        elem(out, "span", "bl-code", code);
        out.push(' ');
    }
    text(out, title);
}

/// The bulletin as a self-contained HTML file in `lang` (a language tag):
/// its own style sheet `css` inlined ([`crate::saved_sheets::BULLETIN`]),
/// no script, no link.
pub fn document(t: &Catalog, lang: &str, b: &Bulletin, css: &str) -> String {
    let mut body = String::with_capacity(1 << 14);
    body.push_str("<article class=\"bulletin\">");
    bulletin_html(&mut body, t, b, true);
    body.push_str("</article>");
    let title = format!(
        "{} · {}",
        (t.bulletin.title)(&(t.report.period_name)(b.period)),
        b.plan_title
    );
    html_document(lang, &title, css, &body)
}

/// The saved bulletin's name: the word for a bulletin, the plan's title
/// (made safe for a file name) and the period, `.html`.
pub fn file_name(t: &Catalog, plan_title: &str, period: Period) -> String {
    match crate::format::safe_file_stem(plan_title) {
        name if name.is_empty() => format!("{} {period}.html", t.bulletin.file_stem),
        name => format!("{} {name} {period}.html", t.bulletin.file_stem),
    }
}
