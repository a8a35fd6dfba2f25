//! The period report as one piece of escaped HTML: what the report view
//! shows, prints and saves. It is read-only but for links (real `<a href>`
//! to the tasks and projects, followed in the page by one handler) and the
//! buttons that draw a list shown in part whole (`data-more`).

use super::{
    GroupRow, IndicatorRow, PeriodReport, ProjectRow, RedTask, ReportGroup, ReportSubject,
};
use crate::html::{elem, light_badge, light_word, link, progress_bar, text};
use crate::i18n::{Catalog, Num};
use crate::indicator_progress::ProgressClass;
use crate::input::display as fmt_num;
use crate::model::{Aim, Target};
use crate::route::Route;
use crate::status::Light;
use std::fmt::Write;

/// Red tasks, and groups of progress reports, drawn at first on screen.
pub const RED_SHOWN: usize = 50;
pub const GROUPS_SHOWN: usize = 50;
/// The most tasks and projects a plan has whose period report lists its
/// reports unless told otherwise.
pub const ANNEX_UP_TO: usize = 1_000;
/// Lead units drawn at first in their roll-up table.
pub const UNITS_SHOWN: usize = 50;

/// The CSS name of an indicator class.
fn class_key(class: ProgressClass) -> &'static str {
    match class {
        ProgressClass::Achieved => "achieved",
        ProgressClass::AchievedEarly => "early",
        ProgressClass::OnTrack => "on-track",
        ProgressClass::Lagging => "lagging",
        ProgressClass::NoData => "no-data",
        ProgressClass::NotQuantified => "words",
        ProgressClass::NoTarget => "no-target",
    }
}

/// Writes the report `r` into `out`: every section, the long lists (lead
/// units, red tasks; the groups of reports are those `r` holds) in part
/// unless `whole`; the period's reports listed when `annex` is true, else
/// only counted (a province's quarter lists ten thousand). Links keep the
/// page's address `search` (its language and day).
pub fn report_html(
    out: &mut String,
    t: &Catalog,
    r: &PeriodReport,
    search: &str,
    (whole, annex): (bool, bool),
) {
    let w = Writer { t, search };
    let units = if whole {
        &r.lead_units[..]
    } else {
        &r.lead_units[..r.lead_units.len().min(UNITS_SHOWN)]
    };
    w.title_block(out, r);
    w.overview(out, r);
    let rt = t.report;
    w.rollup(
        out,
        "rp-areas",
        rt.by_area,
        rt.col_area,
        &r.areas,
        rt.no_areas,
    );
    out.push_str("</section>");
    // The units' "show all" under their table, in their section.
    w.rollup(out, "rp-units", rt.by_unit, rt.col_unit, units, rt.no_units);
    w.shown_in_part(out, units.len(), r.lead_units.len());
    out.push_str("</section>");
    w.red_list(out, &r.red_list, whole);
    if let Some(notices) = &r.notices {
        section_open(out, "rp-notices", t.bulletin.notices_heading);
        crate::bulletin::notices_table_html(out, t, notices, "rp-notices");
        out.push_str("</section>");
    }
    w.indicators(out, &r.indicators);
    w.projects(out, r);
    w.reports(out, r, annex);
}

struct Writer<'a> {
    t: &'a Catalog,
    search: &'a str,
}

fn percent(t: &Catalog, value: Option<f64>) -> String {
    value.map_or_else(
        || t.report.not_applicable.to_string(),
        |v| format!("{v:.0}%"),
    )
}

fn target_text(t: &Catalog, target: &Target) -> String {
    let f = t.figures;
    let aim = match &target.aim {
        Aim::Value { value } => fmt_num(*value),
        Aim::AtLeast { value } => (f.aim_at_least)(&fmt_num(*value)),
        Aim::AtMost { value } => (f.aim_at_most)(&fmt_num(*value)),
        Aim::Words { text } => text.clone(),
    };
    (f.year_value)(target.year, &aim)
}

/// `<th scope="col" class="…">` headers, in order.
fn col_heads(out: &mut String, heads: &[(&str, &str)]) {
    for (class, head) in heads {
        if class.is_empty() {
            out.push_str("<th scope=\"col\">");
        } else {
            let _ = write!(out, "<th scope=\"col\" class=\"{class}\">");
        }
        text(out, head);
        out.push_str("</th>");
    }
}

/// A section headed by `<h2 id=id>heading</h2>` and labelled by it.
fn section_open(out: &mut String, id: &str, heading: &str) {
    let _ = write!(
        out,
        "<section class=\"report-section\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">"
    );
    text(out, heading);
    out.push_str("</h2>");
}

/// A table labelled by the heading `id`, with its header row.
fn table_open(out: &mut String, class: &str, id: &str, heads: &[(&str, &str)]) {
    let _ = write!(
        out,
        "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"report-table {class}\" \
         aria-labelledby=\"{id}\"><thead><tr>"
    );
    col_heads(out, heads);
    out.push_str("</tr></thead><tbody>");
}

impl Writer<'_> {
    fn href(&self, route: &Route) -> String {
        route.to_query(self.search)
    }

    fn title_block(&self, out: &mut String, r: &PeriodReport) {
        let (t, rt) = (self.t, self.t.report);
        let words = (rt.period_name)(r.period);
        let range = (t.period_range)(&(rt.date)(r.period.start()), &(rt.date)(r.period.end()));
        out.push_str("<header class=\"rp-head\">");
        elem(out, "p", "report-plan", &r.plan_title);
        elem(out, "h1", "", &(rt.title)(&words));
        out.push_str("<dl class=\"report-facts\"><div>");
        elem(out, "dt", "", rt.period_label_block);
        out.push_str("<dd>");
        text(out, &words);
        out.push(' ');
        elem(out, "span", "rp-range", &range);
        out.push_str("</dd></div><div>");
        elem(out, "dt", "", rt.as_of_label);
        elem(
            out,
            "dd",
            "",
            &(rt.as_of_note)(&(rt.date)(r.as_of), r.basis),
        );
        out.push_str("</div>");
        if !r.issuer.is_empty() {
            out.push_str("<div>");
            elem(out, "dt", "", t.issuer);
            elem(out, "dd", "", &r.issuer);
            out.push_str("</div>");
        }
        out.push_str("</dl></header>");
    }

    fn overview(&self, out: &mut String, r: &PeriodReport) {
        let (t, rt) = (self.t, self.t.report);
        let o = &r.overview;
        section_open(out, "rp-overview", rt.overview);
        out.push_str("<div class=\"report-overall\">");
        elem(out, "span", "rp-label", t.overall_progress);
        match o.tasks.progress {
            Some(v) => progress_bar(out, t, t.overall_progress, v),
            None => elem(out, "span", "", rt.not_applicable),
        }
        out.push_str("</div><dl class=\"report-figures\">");
        for (term, n) in [
            (t.tasks, o.tasks.tasks),
            (t.projects, o.projects),
            (t.indicators, o.indicators),
        ] {
            out.push_str("<div>");
            elem(out, "dt", "", term);
            let _ = write!(out, "<dd>{}</dd></div>", Num(n));
        }
        out.push_str("<div>");
        elem(out, "dt", "", rt.reports_received);
        let _ = write!(out, "<dd>{} ", Num(o.reports_in_period));
        elem(
            out,
            "span",
            "rp-sub",
            &(rt.reports_about)(o.subjects_reported),
        );
        out.push_str("</dd></div></dl><h3 id=\"rp-lights\">");
        text(out, rt.lights_heading);
        out.push_str("</h3><ul class=\"report-lights\" aria-labelledby=\"rp-lights\">");
        for l in Light::ALL {
            out.push_str("<li>");
            light_word(out, t, l);
            let _ = write!(
                out,
                " <span class=\"rp-n\">{}</span></li>",
                Num(o.tasks.counts.get(l))
            );
        }
        out.push_str("</ul></section>");
    }

    /// A section of rows rolled up by area or unit, left open (its caller
    /// closes it, after the "show all" of a list shown in part).
    fn rollup(
        &self,
        out: &mut String,
        id: &str,
        heading: &str,
        name_col: &str,
        rows: &[GroupRow],
        empty: &str,
    ) {
        let t = self.t;
        section_open(out, id, heading);
        if rows.is_empty() {
            elem(out, "p", "empty", empty);
            return;
        }
        let _ = write!(
            out,
            "<div class=\"table-wrap\" tabindex=\"0\"><table class=\"report-table rollup-table\" \
             aria-labelledby=\"{id}\"><thead><tr><th scope=\"col\" rowspan=\"2\">"
        );
        text(out, name_col);
        out.push_str("</th><th scope=\"col\" rowspan=\"2\" class=\"num\">");
        text(out, t.col_tasks);
        out.push_str("</th><th scope=\"col\" rowspan=\"2\">");
        text(out, t.col_progress);
        out.push_str("</th><th scope=\"colgroup\" colspan=\"5\" class=\"rp-lights-group\">");
        text(out, t.report.col_lights);
        out.push_str("</th></tr><tr>");
        for l in Light::ALL {
            out.push_str("<th scope=\"col\" class=\"num light-col\">");
            light_word(out, t, l);
            out.push_str("</th>");
        }
        out.push_str("</tr></thead><tbody>");
        for row in rows {
            out.push_str("<tr>");
            elem(out, "th scope=\"row\"", "", &row.name);
            let _ = write!(
                out,
                "<td class=\"num\">{}</td><td class=\"progress-cell\">",
                Num(row.rollup.tasks)
            );
            if let Some(v) = row.rollup.progress {
                progress_bar(out, t, &row.name, v);
            }
            out.push_str("</td>");
            for l in Light::ALL {
                let n = Num(row.rollup.counts.get(l));
                let alert = if l == Light::Red && n.0 > 0 {
                    " rp-alert"
                } else {
                    ""
                };
                let _ = write!(out, "<td class=\"num{alert}\">{n}</td>");
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></div>");
    }

    /// Under a list drawn in part: how much is shown, and a button for the rest.
    fn shown_in_part(&self, out: &mut String, shown: usize, total: usize) {
        shown_in_part(out, self.t, shown, total);
    }

    fn red_list(&self, out: &mut String, red: &[RedTask], whole: bool) {
        let (t, rt) = (self.t, self.t.report);
        section_open(out, "rp-red", rt.red_list);
        if red.is_empty() {
            elem(out, "p", "empty", rt.red_none);
            out.push_str("</section>");
            return;
        }
        let shown = if whole {
            red.len()
        } else {
            red.len().min(RED_SHOWN)
        };
        elem(out, "p", "report-note", &(rt.red_intro)(red.len()));
        table_open(
            out,
            "red-table",
            "rp-red",
            &[
                ("", t.col_code),
                ("", t.col_task),
                ("", t.col_lead),
                ("num", t.col_progress),
                ("", rt.col_reason),
            ],
        );
        for task in &red[..shown] {
            out.push_str("<tr>");
            elem(out, "td", "code", &task.code);
            out.push_str("<th scope=\"row\" class=\"title\">");
            link(out, &self.href(&Route::Task(task.id.clone())), &task.title);
            out.push_str("</th>");
            elem(
                out,
                "td",
                "lead",
                task.lead.as_deref().unwrap_or(t.unknown_unit),
            );
            let _ = write!(out, "<td class=\"num pct\">{:.0}%</td>", task.progress);
            out.push_str("<td class=\"light-cell\">");
            light_badge(out, t, task.status, None, false);
            out.push_str("</td></tr>");
        }
        out.push_str("</tbody></table></div>");
        self.shown_in_part(out, shown, red.len());
        out.push_str("</section>");
    }

    fn indicators(&self, out: &mut String, list: &[IndicatorRow]) {
        let (t, rt, f) = (self.t, self.t.report, self.t.figures);
        section_open(out, "rp-indicators", rt.indicators);
        if list.is_empty() {
            elem(out, "p", "empty", rt.no_indicators);
            out.push_str("</section>");
            return;
        }
        elem(out, "p", "report-note", rt.indicators_note);
        table_open(
            out,
            "indicators-report",
            "rp-indicators",
            &[
                ("", f.col_indicator),
                ("", f.col_measure),
                ("", f.col_nature),
                ("", f.col_baseline),
                ("", f.col_latest),
                ("", f.col_target),
                ("", rt.col_class),
            ],
        );
        for i in list {
            let baseline = i.baseline.as_ref().map_or_else(
                || rt.not_applicable.to_string(),
                |b| (f.year_value)(b.year, &fmt_num(b.value)),
            );
            let latest = i.latest.map_or_else(
                || f.no_value.to_string(),
                |l| (f.value_in)(&fmt_num(l.value), &(rt.period_name)(l.period)),
            );
            let target = i
                .target
                .as_ref()
                .map_or_else(|| rt.not_applicable.to_string(), |x| target_text(t, x));
            out.push_str("<tr>");
            elem(out, "th scope=\"row\"", "title", &i.name);
            elem(out, "td", "", &i.measure);
            elem(out, "td", "", (f.nature_name)(i.nature));
            elem(out, "td", "", &baseline);
            elem(out, "td", "", &latest);
            elem(out, "td", "", &target);
            let _ = write!(
                out,
                "<td><span class=\"ind-class ind-{}\">",
                class_key(i.class)
            );
            text(out, (rt.class_name)(i.class));
            out.push_str("</span></td></tr>");
        }
        out.push_str("</tbody></table></div></section>");
    }

    fn project_row(&self, out: &mut String, p: &ProjectRow) {
        let t = self.t;
        out.push_str("<tr><th scope=\"row\" class=\"title\">");
        link(out, &self.href(&Route::Project(p.id.clone())), &p.name);
        out.push_str("</th>");
        elem(
            out,
            "td",
            "lead",
            p.lead.as_deref().unwrap_or(t.unknown_unit),
        );
        elem(out, "td", "phase", (t.figures.phase_name)(p.phase));
        elem(out, "td", "num", &fmt_num(p.year_target));
        elem(out, "td", "num", &fmt_num(p.completed));
        elem(out, "td", "num", &percent(t, p.share));
        out.push_str("<td class=\"light-cell\">");
        light_badge(out, t, p.status, None, false);
        out.push_str("</td></tr>");
    }

    fn projects(&self, out: &mut String, r: &PeriodReport) {
        let (t, rt, f) = (self.t, self.t.report, self.t.figures);
        section_open(out, "rp-projects", rt.projects);
        if r.projects.is_empty() {
            elem(out, "p", "empty", rt.no_projects);
            out.push_str("</section>");
            return;
        }
        elem(out, "p", "report-note", rt.projects_note);
        table_open(
            out,
            "projects-report",
            "rp-projects",
            &[
                ("", f.col_project),
                ("", f.col_lead),
                ("", f.col_phase),
                ("num", f.col_year_target),
                ("num", f.col_completed),
                ("num", f.col_share),
                ("", t.col_light),
            ],
        );
        for p in &r.projects {
            self.project_row(out, p);
        }
        let sum = r.investment;
        out.push_str("</tbody><tfoot><tr>");
        elem(out, "th scope=\"row\"", "", rt.total);
        out.push_str("<td></td><td></td>");
        elem(out, "td", "num", &fmt_num(sum.year_target));
        elem(out, "td", "num", &fmt_num(sum.completed));
        elem(out, "td", "num", &percent(t, sum.share()));
        out.push_str("<td></td></tr></tfoot></table></div></section>");
    }

    fn report_group(&self, out: &mut String, index: usize, g: &ReportGroup) {
        let (t, rt) = (self.t, self.t.report);
        let _ = write!(
            out,
            "<section class=\"report-group\" aria-labelledby=\"rp-group-{index}\">\
             <h3 id=\"rp-group-{index}\">"
        );
        match &g.subject {
            ReportSubject::Task { id, code, title } => {
                elem(out, "span", "rp-kind", rt.task_label);
                out.push(' ');
                elem(out, "span", "code", code);
                out.push(' ');
                link(out, &self.href(&Route::Task(id.clone())), title);
            }
            ReportSubject::Project { id, name } => {
                elem(out, "span", "rp-kind", rt.project_label);
                out.push(' ');
                link(out, &self.href(&Route::Project(id.clone())), name);
            }
        }
        out.push(' ');
        elem(out, "span", "rp-count", &(rt.report_count)(g.entries.len()));
        out.push_str("</h3>");
        let labelled = format!("rp-group-{index}");
        table_open(
            out,
            "entries-table",
            &labelled,
            &[
                ("", rt.col_date),
                ("", rt.col_answers),
                ("", rt.col_reporter),
                ("num", rt.col_progress),
                ("", rt.col_status),
                ("", rt.col_narrative),
            ],
        );
        for e in &g.entries {
            let reporter = if e.reporter.trim().is_empty() {
                rt.no_reporter
            } else {
                e.reporter.as_str()
            };
            let _ = write!(out, "<tr><td class=\"date\">{}</td>", e.date);
            elem(out, "td", "", &(rt.period_name)(e.answers));
            elem(out, "td", "", reporter);
            let _ = write!(out, "<td class=\"num\">{:.0}%</td>", e.progress);
            elem(out, "td", "", (t.ledger.reported_status)(e.status));
            out.push_str("<td class=\"prose\">");
            elem(out, "p", "", &e.narrative);
            if !e.problems.trim().is_empty() {
                out.push_str("<p class=\"problems\">");
                elem(out, "strong", "", rt.problems);
                out.push(' ');
                text(out, &e.problems);
                out.push_str("</p>");
            }
            out.push_str("</td></tr>");
        }
        out.push_str("</tbody></table></div></section>");
    }

    fn reports(&self, out: &mut String, r: &PeriodReport, annex: bool) {
        let rt = self.t.report;
        section_open(out, "rp-reports", rt.reports);
        let intro = (rt.reports_intro)(&(rt.period_name)(r.period), &(rt.date)(r.as_of));
        elem(out, "p", "report-note", &intro);
        if !annex {
            // Counted, and a button (`data-annex`) that lists them.
            let n = r.overview.reports_in_period;
            elem(out, "p", "report-note", &(rt.annex_left_out)(n));
            if n > 0 {
                out.push_str("<p class=\"report-more\"><button type=\"button\" data-annex=\"\">");
                text(out, &(rt.show_all)(n));
                out.push_str("</button></p>");
            }
        } else if r.report_groups == 0 {
            elem(out, "p", "empty", rt.no_reports);
        } else {
            // `r` holds the groups to draw (all, once drawn whole).
            for (i, g) in r.reports.iter().enumerate() {
                self.report_group(out, i, g);
            }
            self.shown_in_part(out, r.reports.len(), r.report_groups);
        }
        out.push_str("</section>");
    }
}

/// Under a list drawn in part (`shown` of `total` items): how many are
/// shown, and a button (`data-more`) that draws the page whole. Nothing
/// when all are shown. The period report's and the bulletin's.
pub(crate) fn shown_in_part(out: &mut String, t: &Catalog, shown: usize, total: usize) {
    if shown >= total {
        return;
    }
    let rt = t.report;
    out.push_str("<p class=\"report-more\">");
    elem(out, "span", "", &(rt.shown_of)(shown, total));
    out.push_str(" <button type=\"button\" data-more=\"\">");
    text(out, &(rt.show_all)(total));
    out.push_str("</button></p>");
}
