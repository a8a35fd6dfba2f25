//! The import preview's summary as one piece of escaped HTML: what a plan
//! file holds (title, period, id, counts) and, when a plan of the same id is
//! here, how the file differs from it. Read-only; the preview's choices stay
//! in the view.

use crate::format::diff::{diff, Changes, Kind, PlanCounts};
use crate::html::{elem, text};
use crate::i18n::{Catalog, Num};
use crate::model::Plan;
use std::fmt::Write;

/// Writes the file's contents and, with `here` (the plan of the same id),
/// the comparison, as the inside of the preview's `.import-body`.
pub fn summary_html(out: &mut String, t: &Catalog, file: &Plan, here: Option<&Plan>) {
    let it = t.import_preview;
    out.push_str("<section class=\"import-contents\" aria-labelledby=\"import-contents-title\">");
    elem(out, "h3 id=\"import-contents-title\"", "", it.contents);
    out.push_str("<dl class=\"import-facts\">");
    let period = (t.period_range)(&file.start.to_string(), &file.end.to_string());
    fact(out, it.plan_title, &file.title);
    fact(out, t.period, &period);
    out.push_str("<div>");
    elem(out, "dt", "", it.plan_id);
    out.push_str("<dd><code>");
    text(out, file.id.as_str());
    out.push_str("</code></dd></div></dl><dl class=\"import-counts\">");
    let counts = PlanCounts::of(file);
    for (label, n) in [
        (it.goals, counts.goals),
        (it.areas, counts.areas),
        (it.units, counts.units),
        (it.tasks, counts.tasks),
        (it.projects, counts.projects),
        (it.indicators, counts.indicators),
        (it.reports, counts.reports),
    ] {
        fact(out, label, &Num(n).to_string());
    }
    out.push_str("</dl></section>");
    if let Some(here) = here {
        comparison(out, t, here, file);
    }
}

/// `<div><dt>term</dt><dd>value</dd></div>`, both escaped.
fn fact(out: &mut String, term: &str, value: &str) {
    out.push_str("<div>");
    elem(out, "dt", "", term);
    elem(out, "dd", "", value);
    out.push_str("</div>");
}

/// How the file differs from the plan of the same id here.
fn comparison(out: &mut String, t: &Catalog, here: &Plan, file: &Plan) {
    let it = t.import_preview;
    let d = diff(here, file);
    out.push_str("<section class=\"import-diff\" aria-labelledby=\"import-diff-title\">");
    elem(out, "h3 id=\"import-diff-title\"", "", it.diff_caption);
    elem(out, "p", "", &(it.same_id)(&here.title));
    if let Some(new) = &d.title {
        elem(out, "p", "", &(it.title_differs)(&here.title, new));
    }
    if d.settings {
        elem(out, "p", "", it.settings_differ);
    }
    if d.is_empty() {
        elem(out, "p", "", it.diff_none);
    } else {
        out.push_str(
            "<div class=\"table-wrap\"><table class=\"import-diff-table\" \
             aria-labelledby=\"import-diff-title\"><thead><tr>",
        );
        elem(out, "th scope=\"col\"", "", it.col_kind);
        for col in [it.col_added, it.col_removed, it.col_changed] {
            elem(out, "th scope=\"col\"", "num", col);
        }
        out.push_str("</tr></thead><tbody>");
        let rows = d
            .kinds()
            .into_iter()
            .filter(|(kind, c)| kind.always_listed() || !c.is_empty());
        for (kind, c) in rows {
            let kind = match kind {
                Kind::Tasks => it.tasks,
                Kind::Projects => it.projects,
                Kind::Indicators => it.indicators,
                Kind::Reports => it.reports,
                Kind::Goals => it.goals,
                Kind::Areas => it.areas,
                Kind::Units => it.units,
                Kind::Steps => it.steps,
                Kind::Notices => it.notices,
            };
            let Changes {
                added,
                removed,
                changed,
            } = c;
            out.push_str("<tr>");
            elem(out, "th scope=\"row\"", "", kind);
            let _ = write!(
                out,
                "<td class=\"num\">{added}</td><td class=\"num\">{removed}</td>\
                 <td class=\"num\">{changed}</td></tr>",
                added = Num(added),
                removed = Num(removed),
                changed = Num(changed)
            );
        }
        out.push_str("</tbody></table></div>");
    }
    out.push_str("</section>");
}
