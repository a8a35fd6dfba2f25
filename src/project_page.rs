//! A key project's page, its read-only part as one piece of escaped HTML:
//! its name, light and facts (area, lead unit, batch, phase, investment,
//! planned and actual periods) with the share of this year's target
//! completed. Edit, move, delete and the ledger stay in the view.

use crate::html::{elem, light_badge, progress_bar};
use crate::i18n::Catalog;
use crate::input::display;
use crate::investment::project_share;
use crate::model::{Date, Plan, Project};
use crate::status::project_status;

/// Writes `pr`'s name, light and facts as of `today`.
pub fn project_html(out: &mut String, t: &Catalog, p: &Plan, pr: &Project, today: Date) {
    let f = t.figures;
    elem(out, "h1", "page-title", &pr.name);
    out.push_str("<p class=\"project-light\">");
    light_badge(out, t, project_status(p, pr, today), None, false);
    out.push_str("</p><section class=\"card\" aria-labelledby=\"project-facts\">");
    elem(out, "h2 id=\"project-facts\"", "", f.project_facts);
    out.push_str("<dl class=\"facts figures-facts\">");
    let area = pr
        .area
        .as_ref()
        .and_then(|a| p.area(a))
        .map_or(f.not_set, |a| a.title.as_str());
    let lead = p.unit(&pr.lead).map_or(t.unknown_unit, |u| u.name.as_str());
    let batch = if pr.batch.is_empty() {
        f.not_set
    } else {
        pr.batch.as_str()
    };
    let range = |a: Option<Date>, b: Option<Date>| match (a, b) {
        (None, None) => f.not_set.to_string(),
        (Some(a), None) => (f.date_since)(&a.to_string()),
        (a, Some(b)) => {
            let a = a.map_or_else(|| f.not_set.to_string(), |x| x.to_string());
            (f.date_range)(&a, &b.to_string())
        }
    };
    let facts: [(&str, &str, &str); 9] = [
        (f.col_area, "", area),
        (f.col_lead, "", lead),
        (f.col_batch, "", batch),
        (f.col_phase, "", (f.phase_name)(pr.phase)),
        (f.col_total, "", &display(pr.total_investment)),
        (f.col_year_target, "", &display(pr.year_target)),
        (
            f.col_completed,
            "completed-investment",
            &display(pr.completed_investment),
        ),
        (
            f.planned_period,
            "",
            &range(pr.planned_start, pr.planned_end),
        ),
        (f.actual_period, "", &range(pr.actual_start, pr.actual_end)),
    ];
    for (term, class, value) in facts {
        out.push_str("<div>");
        elem(out, "dt", "", term);
        elem(out, "dd", class, value);
        out.push_str("</div>");
    }
    out.push_str("</dl>");
    if let Some(s) = project_share(pr) {
        out.push_str("<div class=\"overall\">");
        elem(out, "span", "label", f.col_share);
        progress_bar(out, t, f.col_share, s);
        out.push_str("</div>");
    }
    out.push_str("</section>");
}
