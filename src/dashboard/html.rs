//! The dashboard's parts as pieces of escaped HTML: read-only but for links
//! (real `<a href>` to the task table, filtered, or to a task's page) and
//! the "list more" buttons of the long lists (`data-more`), which the view
//! handles with one click handler per part. Each writer writes the inside
//! of its part's element; the view keeps the elements themselves (their
//! classes and `aria-labelledby`).

use super::{
    Dashboard, Figure, GroupProgress, LightShare, MilestoneLine, TaskLine, TaskList, DUE_SOON_DAYS,
};
use crate::html::{elem, light_badge, progress_bar, text};
use crate::i18n::dashboard::LightRules;
use crate::i18n::{Catalog, Num};
use crate::model::Plan;
use crate::query::light_key;
use crate::route::Route;
use std::fmt::Write;

/// Tasks a dashboard list shows at first, and how many more each "list
/// more" adds; the list's figure opens all of them in the task table.
pub const LIST_SHOWN: usize = 10;
pub const LIST_STEP: usize = 20;

/// The long lists, each with its own length; a "list more" button names
/// its list in `data-more` ([`List::key`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Red,
    RedUnits,
    Due,
    NotReported,
    Breakthrough,
    Milestones,
}

impl List {
    pub const ALL: [List; 6] = [
        List::Red,
        List::RedUnits,
        List::Due,
        List::NotReported,
        List::Breakthrough,
        List::Milestones,
    ];

    pub fn key(self) -> &'static str {
        match self {
            List::Red => "red",
            List::RedUnits => "units",
            List::Due => "due",
            List::NotReported => "stale",
            List::Breakthrough => "breakthrough",
            List::Milestones => "milestones",
        }
    }

    pub fn from_key(key: &str) -> Option<List> {
        List::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Its place in [`List::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A link to `route` whose inside is `inner`, written by the caller
/// (already escaped).
fn open_link(out: &mut String, route: &Route, class: &str, search: &str) {
    out.push_str("<a href=\"");
    text(out, &route.to_query(search));
    out.push('"');
    if !class.is_empty() {
        let _ = write!(out, " class=\"{class}\"");
    }
    out.push('>');
}

/// A link to `route` whose text is `s`.
fn link(out: &mut String, route: &Route, class: &str, s: &str, search: &str) {
    open_link(out, route, class, search);
    text(out, s);
    out.push_str("</a>");
}

/// A figure as a link to the task table showing its tasks.
fn figure_link(out: &mut String, figure: &Figure, class: &str, s: &str, search: &str) {
    link(out, &Route::Tasks(figure.query.clone()), class, s, search);
}

/// Title, period, level, issuer and the plan's counts (inside `<header>`).
pub fn header_html(out: &mut String, t: &Catalog, p: &Plan, d: &Dashboard, search: &str) {
    elem(out, "h1", "", &p.title);
    out.push_str("<dl class=\"facts\">");
    let fact = |out: &mut String, dt: &str, dd: &dyn Fn(&mut String)| {
        out.push_str("<div>");
        elem(out, "dt", "", dt);
        out.push_str("<dd>");
        dd(out);
        out.push_str("</dd></div>");
    };
    let range = (t.period_range)(&p.start.to_string(), &p.end.to_string());
    fact(out, t.period, &|out| text(out, &range));
    fact(out, t.level, &|out| text(out, (t.level_name)(p.level)));
    if !p.issuer.is_empty() {
        fact(out, t.issuer, &|out| text(out, &p.issuer));
    }
    let count = |out: &mut String, route: Route, n: usize| {
        link(out, &route, "", &Num(n).to_string(), search);
    };
    fact(out, t.tasks, &|out| {
        count(out, Route::Tasks(d.all.query.clone()), d.all.count)
    });
    fact(out, t.projects, &|out| {
        count(out, Route::Projects, p.projects.len())
    });
    fact(out, t.indicators, &|out| {
        count(out, Route::Indicators, p.indicators.len())
    });
    fact(out, t.reports, &|out| {
        let _ = write!(out, "{}", Num(p.standing_reports()));
    });
    out.push_str("</dl>");
    if !p.description.is_empty() {
        out.push_str("<details class=\"about\">");
        elem(out, "summary", "", t.dashboard.about_plan);
        elem(out, "p", "description", &p.description);
        out.push_str("</details>");
    }
}

/// Overall progress, and the plan's tasks by light with how lights are set
/// (inside `<div class="card dash-summary">`).
pub fn summary_html(out: &mut String, t: &Catalog, plan: &Plan, d: &Dashboard, search: &str) {
    let tx = t.dashboard;
    out.push_str("<section class=\"dash-overall\" aria-labelledby=\"dash-overall\">");
    elem(out, "h2 id=\"dash-overall\"", "", t.overall_progress);
    match d.progress {
        Some(p) => {
            // To one decimal, as the bulletin and the period report give it.
            let _ = write!(
                out,
                "<p class=\"big-figure\">{}%</p>",
                crate::scoreboard::one_decimal(p)
            );
            progress_bar(out, t, t.overall_progress, p);
            elem(
                out,
                "p",
                "figure-note",
                &(tx.overall_note)(&d.today.to_string()),
            );
            out.push_str("<p class=\"figure-all\">");
            figure_link(out, &d.all, "pill", &(tx.all_tasks)(d.all.count), search);
            out.push_str("</p>");
        }
        None => elem(out, "p", "empty", tx.no_tasks),
    }
    out.push_str("</section><section class=\"dash-lights\" aria-labelledby=\"dash-lights\">");
    elem(out, "h2 id=\"dash-lights\"", "", t.light_counts);
    let c = |l| {
        d.lights
            .iter()
            .find(|s| s.light == l)
            .map_or(0, |s| s.figure.count)
    };
    use crate::status::Light::*;
    let bar_label = (t.lights_summary)(c(Completed), c(Green), c(Yellow), c(Red), c(Grey));
    out.push_str("<div class=\"stacked\" role=\"img\" aria-label=\"");
    text(out, &bar_label);
    out.push_str("\">");
    for s in d.lights.iter().filter(|s| s.figure.count > 0) {
        let _ = write!(
            out,
            "<span class=\"seg seg-{}\" data-w=\"{:.2}\"></span>",
            light_key(s.light),
            s.percent
        );
    }
    out.push_str("</div><ul class=\"shares\">");
    for s in &d.lights {
        share_item(out, t, s, search);
    }
    out.push_str("</ul>");
    lights_help(out, t, plan, search);
    out.push_str("</section>");
}

/// One light of the whole plan: its word, count and share, as a link.
fn share_item(out: &mut String, t: &Catalog, s: &LightShare, search: &str) {
    // A light no task has is not marked out (the red one's tint).
    let none = if s.figure.count == 0 { " none" } else { "" };
    let _ = write!(
        out,
        "<li class=\"share light light-{}{none}\">",
        light_key(s.light)
    );
    open_link(
        out,
        &Route::Tasks(s.figure.query.clone()),
        "share-link",
        search,
    );
    out.push_str("<span class=\"word\"><span class=\"dot\" aria-hidden=\"true\"></span>");
    text(out, (t.light_name)(s.light));
    let _ = write!(
        out,
        "</span> <strong class=\"n\">{}</strong> <span class=\"pct\">{:.0}%</span></a></li>",
        Num(s.figure.count),
        s.percent
    );
}

/// The rules of the lights in the order they apply, worded from the plan's
/// own settings: one `<li>` each (the dashboard's fold and the help page).
pub fn light_rules_html(out: &mut String, t: &Catalog, plan: &Plan) {
    let th = &plan.thresholds;
    let first_due = crate::status::task_first_report_due(plan, plan.start, plan.end).to_string();
    let rules = LightRules {
        cadence: (t.setup.cadence_name)(plan.cadence),
        cadence_days: plan.cadence.days(),
        grace_days: plan.grace_days,
        at_risk_lag: th.at_risk_lag,
        lagging_lag: th.lagging_lag,
        warning_days: th.warning_days,
        plan_start: &plan.start.to_string(),
        first_due: &first_due,
    };
    for rule in (t.dashboard.lights_help)(&rules) {
        elem(out, "li", "", &rule);
    }
}

/// The rules of the lights, worded from the plan's own settings, folded away.
fn lights_help(out: &mut String, t: &Catalog, plan: &Plan, search: &str) {
    let tx = t.dashboard;
    out.push_str("<details class=\"lights-help\">");
    elem(out, "summary", "", tx.lights_help_title);
    out.push_str("<ul>");
    light_rules_html(out, t, plan);
    out.push_str("</ul><p>");
    text(out, tx.lights_help_settings);
    out.push(' ');
    link(out, &Route::Setup, "", t.nav_setup, search);
    out.push_str("</p></details>");
}

/// A section's heading with its figure as a link beside it.
fn section_head(out: &mut String, id: &str, title: &str, figure: &Figure, s: &str, search: &str) {
    let _ = write!(out, "<div class=\"dash-head\"><h2 id=\"{id}\">");
    text(out, title);
    out.push_str("</h2>");
    figure_link(out, figure, "pill", s, search);
    out.push_str("</div>");
}

/// The first `shown` of `all` written by `line` inside `<tag class=class>`,
/// then, when some are not listed, how many are with a button for more.
#[allow(clippy::too_many_arguments)]
fn lines<T>(
    out: &mut String,
    t: &Catalog,
    tag: &str,
    class: &str,
    all: &[T],
    shown: usize,
    list: List,
    line: &dyn Fn(&mut String, &T),
) {
    let _ = write!(out, "<{tag} class=\"{class}\">");
    for item in &all[..shown.min(all.len())] {
        line(out, item);
    }
    let _ = write!(out, "</{tag}>");
    let total = all.len();
    let shown = shown.min(total);
    if shown < total {
        let tx = t.dashboard;
        out.push_str("<p class=\"list-more\">");
        elem(out, "span", "", &(tx.list_shown)(shown, total));
        let _ = write!(
            out,
            " <button type=\"button\" data-more=\"{}\">",
            list.key()
        );
        text(out, &(tx.list_more)((total - shown).min(LIST_STEP)));
        out.push_str("</button></p>");
    }
}

/// A task's code and title, the title linking to its page.
fn task_name(out: &mut String, line: &TaskLine, search: &str) {
    out.push_str("<span class=\"task-name\">");
    if !line.code.is_empty() {
        elem(out, "span", "code", &line.code);
        out.push(' ');
    }
    link(
        out,
        &Route::Task(line.id.clone()),
        "task-link",
        &line.title,
        search,
    );
    out.push_str("</span>");
}

fn lead(out: &mut String, t: &Catalog, line: &TaskLine) {
    let name = if line.lead_name.is_empty() {
        t.unknown_unit
    } else {
        line.lead_name.as_str()
    };
    elem(out, "span", "lead", &(t.dashboard.lead_is)(name));
}

/// How many lines each list shows, by [`List::index`].
pub type Shown = [usize; List::ALL.len()];

/// Each list's first lines.
pub const SHOWN_FIRST: Shown = [LIST_SHOWN; List::ALL.len()];

/// The first red tasks with their reasons and lead units, and the units
/// behind (inside `<section class="card dash-list dash-red">`).
pub fn red_html(out: &mut String, t: &Catalog, d: &Dashboard, shown: &Shown, search: &str) {
    let tx = t.dashboard;
    let list = &d.red;
    let count = (tx.red_count)(list.figure.count);
    section_head(out, "dash-red", tx.red_title, &list.figure, &count, search);
    if list.tasks.is_empty() {
        elem(out, "p", "empty", tx.red_none);
        return;
    }
    let red_line = |out: &mut String, line: &TaskLine| {
        out.push_str("<li>");
        task_name(out, line, search);
        out.push_str(
            "<span class=\"meta\"><span class=\"reason light light-red\">\
             <span class=\"dot\" aria-hidden=\"true\"></span>",
        );
        text(out, &t.task_reason(&line.status, line.claim));
        out.push_str("</span>");
        lead(out, t, line);
        out.push_str("</span></li>");
    };
    let red = List::Red;
    lines(
        out,
        t,
        "ol",
        "task-lines",
        &list.tasks,
        shown[red.index()],
        red,
        &red_line,
    );
    elem(out, "h3", "units-title", tx.units_behind);
    let unit_line = |out: &mut String, u: &super::UnitRed| {
        out.push_str("<li>");
        open_link(out, &Route::Tasks(u.red.query.clone()), "unit-link", search);
        text(out, &u.name);
        out.push(' ');
        elem(out, "strong", "", &(tx.unit_red)(u.red.count));
        out.push_str("</a></li>");
    };
    let units = List::RedUnits;
    let n = shown[units.index()];
    lines(
        out,
        t,
        "ul",
        "units-behind",
        &d.red_by_unit,
        n,
        units,
        &unit_line,
    );
}

/// Open tasks falling due soon, soonest first (inside `<section class="card
/// dash-list dash-due">`).
pub fn due_html(out: &mut String, t: &Catalog, d: &Dashboard, shown: &Shown, search: &str) {
    let tx = t.dashboard;
    let list = &d.due_soon;
    let count = (tx.due_count)(list.figure.count);
    let title = (tx.due_title)(DUE_SOON_DAYS);
    section_head(out, "dash-due", &title, &list.figure, &count, search);
    if list.tasks.is_empty() {
        elem(out, "p", "empty", &(tx.due_none)(DUE_SOON_DAYS));
    } else {
        due_tasks_html(out, t, list, shown, search);
    }
    milestones_due_html(out, t, d, shown, search);
}

/// The list of [`due_html`]'s tasks.
fn due_tasks_html(out: &mut String, t: &Catalog, list: &TaskList, shown: &Shown, search: &str) {
    let tx = t.dashboard;
    let due_line = |out: &mut String, line: &TaskLine| {
        let day = line.deadline.to_string();
        let _ = write!(
            out,
            "<li><span class=\"when\"><time datetime=\"{day}\">{day}</time> "
        );
        elem(out, "span", "days", &(tx.due_in)(line.days_left));
        out.push_str("</span>");
        task_name(out, line, search);
        out.push_str("<span class=\"meta\">");
        light_badge(out, t, line.status, line.claim, true);
        lead(out, t, line);
        out.push_str("</span></li>");
    };
    let due = List::Due;
    lines(
        out,
        t,
        "ol",
        "task-lines",
        &list.tasks,
        shown[due.index()],
        due,
        &due_line,
    );
}

/// The milestones of open tasks due soon or missed, under their own heading
/// in the due section; nothing when there are none.
fn milestones_due_html(out: &mut String, t: &Catalog, d: &Dashboard, shown: &Shown, search: &str) {
    if d.milestones_due.is_empty() {
        return;
    }
    let tx = t.dashboard;
    out.push_str("<h3 id=\"dash-due-ms\">");
    text(out, &(tx.milestones_title)(d.milestones_due.len()));
    out.push_str("</h3>");
    let ms_line = |out: &mut String, m: &MilestoneLine| {
        let day = m.due.to_string();
        let _ = write!(
            out,
            "<li><span class=\"when\"><time datetime=\"{day}\">{day}</time> "
        );
        if m.days_left < 0 {
            elem(out, "span", "days missed", tx.milestone_missed);
        } else {
            elem(out, "span", "days", &(tx.due_in)(m.days_left));
        }
        out.push_str("</span><span class=\"ms-name\">");
        text(out, tx.milestone_word);
        text(out, &m.name);
        out.push_str("</span>");
        task_name(out, &m.task, search);
        out.push_str("<span class=\"meta\">");
        light_badge(out, t, m.task.status, m.task.claim, true);
        lead(out, t, &m.task);
        out.push_str("</span></li>");
    };
    let list = List::Milestones;
    lines(
        out,
        t,
        "ol",
        "task-lines milestone-lines",
        &d.milestones_due,
        shown[list.index()],
        list,
        &ms_line,
    );
}

/// The tasks not reported (grey), never reported first, each with its
/// reason (inside `<section class="card dash-list dash-stale">`).
pub fn not_reported_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    d: &Dashboard,
    shown: &Shown,
    search: &str,
) {
    let tx = t.dashboard;
    let list = &d.not_reported;
    let count = (tx.not_reported_count)(list.figure.count);
    section_head(
        out,
        "dash-stale",
        tx.not_reported_title,
        &list.figure,
        &count,
        search,
    );
    let note = (tx.not_reported_note)((t.setup.cadence_name)(plan.cadence), plan.grace_days);
    elem(out, "p", "section-note", &note);
    if list.tasks.is_empty() {
        elem(out, "p", "empty", tx.not_reported_none);
        return;
    }
    let stale_line = |out: &mut String, line: &TaskLine| {
        out.push_str("<li>");
        task_name(out, line, search);
        out.push_str("<span class=\"meta\">");
        elem(
            out,
            "span",
            "reason",
            &t.task_reason(&line.status, line.claim),
        );
        lead(out, t, line);
        out.push_str("</span></li>");
    };
    let stale = List::NotReported;
    let n = shown[stale.index()];
    lines(
        out,
        t,
        "ol",
        "task-lines",
        &list.tasks,
        n,
        stale,
        &stale_line,
    );
}

/// The key breakthrough tasks with their lights and progress (inside
/// `<section class="card dash-list dash-breakthrough">`).
pub fn breakthrough_html(
    out: &mut String,
    t: &Catalog,
    d: &Dashboard,
    shown: &Shown,
    search: &str,
) {
    let tx = t.dashboard;
    let list = &d.breakthrough;
    let count = (tx.breakthrough_count)(list.figure.count);
    let id = "dash-breakthrough";
    section_head(out, id, tx.breakthrough_title, &list.figure, &count, search);
    if list.tasks.is_empty() {
        elem(out, "p", "empty", tx.breakthrough_none);
        return;
    }
    let key_line = |out: &mut String, line: &TaskLine| {
        out.push_str("<li><span class=\"who\">");
        task_name(out, line, search);
        lead(out, t, line);
        out.push_str("</span>");
        light_badge(out, t, line.status, line.claim, true);
        progress_bar(out, t, &line.title, line.progress);
        out.push_str("</li>");
    };
    let key = List::Breakthrough;
    let class = "task-lines breakthrough-lines";
    lines(
        out,
        t,
        "ul",
        class,
        &list.tasks,
        shown[key.index()],
        key,
        &key_line,
    );
}

/// A bar per goal or key area, with its task count and light counts as
/// links (inside `<section class="card dash-groups">`, headed `title`
/// with `id`).
pub fn groups_html(
    out: &mut String,
    t: &Catalog,
    id: &str,
    title: &str,
    none: &str,
    groups: &[GroupProgress],
    search: &str,
) {
    let _ = write!(out, "<h2 id=\"{id}\">");
    text(out, title);
    out.push_str("</h2>");
    if groups.is_empty() {
        elem(out, "p", "empty", none);
        return;
    }
    out.push_str("<ul class=\"groups\">");
    for g in groups {
        out.push_str("<li class=\"group\"><div class=\"group-head\"><span class=\"group-title\">");
        link(
            out,
            &Route::Tasks(g.tasks.query.clone()),
            "group-link",
            &g.title,
            search,
        );
        out.push_str("</span>");
        figure_link(
            out,
            &g.tasks,
            "count",
            &(t.task_count)(g.tasks.count),
            search,
        );
        out.push_str("</div>");
        if let Some(p) = g.progress {
            progress_bar(out, t, &g.title, p);
        }
        if g.tasks.count > 0 {
            out.push_str("<ul class=\"group-lights\" aria-label=\"");
            text(out, &(t.dashboard.lights_of)(&g.title));
            out.push_str("\">");
            for s in g.lights.iter().filter(|s| s.figure.count > 0) {
                let _ = write!(out, "<li class=\"light light-{}\">", light_key(s.light));
                open_link(
                    out,
                    &Route::Tasks(s.figure.query.clone()),
                    "light-link",
                    search,
                );
                out.push_str("<span class=\"dot\" aria-hidden=\"true\"></span>");
                elem(out, "span", "word", (t.light_name)(s.light));
                let _ = write!(
                    out,
                    " <strong class=\"n\">{}</strong></a></li>",
                    Num(s.figure.count)
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::lengths;
    use crate::i18n::Lang;
    use crate::model::Date;
    use crate::query::TaskIndex;
    use crate::sample::sample_plan;

    const EVIL: &str = "<script>alert(\"x\")</script> & 'y'";
    const ESCAPED: &str = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;";

    /// The sample plan in `lang` on 2023-09-30, with `EVIL` in the plan's
    /// title, description and issuer and in every task's title.
    fn sample(lang: Lang) -> (Plan, Dashboard) {
        let mut plan = sample_plan(lang);
        plan.title = EVIL.into();
        plan.description = EVIL.into();
        plan.issuer = EVIL.into();
        for task in &mut plan.tasks {
            task.title = format!("{} {EVIL}", task.title);
        }
        let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 9, 30).unwrap());
        let dash = Dashboard::build(&plan, &index);
        (plan, dash)
    }

    /// Every part of the dashboard, written one after the other.
    fn all(t: &Catalog, plan: &Plan, d: &Dashboard, shown: &Shown) -> String {
        let mut out = String::new();
        header_html(&mut out, t, plan, d, "?lang=x");
        summary_html(&mut out, t, plan, d, "?lang=x");
        red_html(&mut out, t, d, shown, "?lang=x");
        due_html(&mut out, t, d, shown, "?lang=x");
        not_reported_html(&mut out, t, plan, d, shown, "?lang=x");
        breakthrough_html(&mut out, t, d, shown, "?lang=x");
        let tx = t.dashboard;
        groups_html(
            &mut out,
            t,
            "dash-goals",
            tx.goals_title,
            tx.goals_none,
            &d.goals,
            "",
        );
        out
    }

    #[test]
    fn texts_are_escaped_and_no_markup_gets_through() {
        for lang in [Lang::En, Lang::Zh] {
            let (plan, d) = sample(lang);
            let out = all(lang.catalog(), &plan, &d, &SHOWN_FIRST);
            assert!(!out.contains("<script"), "{lang:?}");
            assert!(!out.contains("\"x\""), "{lang:?}");
            assert!(out.contains(&format!("<h1>{ESCAPED}</h1>")));
            assert!(out.contains(&format!("<p class=\"description\">{ESCAPED}</p>")));
            // Every task line's title, as a link's text.
            assert!(out.contains(&format!("{ESCAPED}</a>")));
        }
    }

    #[test]
    fn both_languages_head_their_sections_with_catalog_texts() {
        for lang in [Lang::En, Lang::Zh] {
            let t = lang.catalog();
            let tx = t.dashboard;
            let (plan, d) = sample(lang);
            let out = all(t, &plan, &d, &SHOWN_FIRST);
            for (id, title) in [
                ("dash-overall", t.overall_progress.to_string()),
                ("dash-lights", t.light_counts.to_string()),
                ("dash-red", tx.red_title.to_string()),
                ("dash-due", (tx.due_title)(DUE_SOON_DAYS)),
                ("dash-stale", tx.not_reported_title.to_string()),
                ("dash-breakthrough", tx.breakthrough_title.to_string()),
                ("dash-goals", tx.goals_title.to_string()),
            ] {
                let mut head = String::new();
                text(&mut head, &title);
                assert!(
                    out.contains(&format!("<h2 id=\"{id}\">{head}</h2>")),
                    "{lang:?} {id}"
                );
            }
            let mut units = String::new();
            text(&mut units, tx.units_behind);
            assert!(out.contains(&format!("<h3 class=\"units-title\">{units}</h3>")));
            let mut help = String::new();
            text(&mut help, tx.lights_help_title);
            assert!(out.contains(&format!("<summary>{help}</summary>")));
        }
    }

    #[test]
    fn the_header_counts_the_reports_that_stand() {
        let t = Lang::En.catalog();
        let (mut plan, d) = sample(Lang::En);
        let all = plan.updates.len();
        let standing = plan.standing_reports();
        // The sample has a withdrawn report of its own.
        assert!(standing < all);
        plan.updates[0].withdrawn = Some(crate::model::Withdrawal {
            date: plan.updates[0].date,
            by: "Office".into(),
            reason: "Sent twice".into(),
        });
        let mut out = String::new();
        header_html(&mut out, t, &plan, &d, "");
        let mut term = String::new();
        text(&mut term, t.reports);
        let shown = format!("<dt>{term}</dt><dd>{}</dd>", Num(standing - 1));
        assert!(out.contains(&shown), "{out}");
    }

    #[test]
    fn figures_link_to_the_task_table_keeping_the_address() {
        let t = Lang::En.catalog();
        let (plan, d) = sample(Lang::En);
        let mut out = String::new();
        header_html(&mut out, t, &plan, &d, "?lang=en");
        let mut href = String::new();
        text(
            &mut href,
            &Route::Tasks(d.all.query.clone()).to_query("?lang=en"),
        );
        assert!(out.contains(&format!("<a href=\"{href}\">{}</a>", Num(d.all.count))));
        assert!(href.contains("lang=en"));
        let mut task = String::new();
        let first = &d.red.tasks[0];
        red_html(&mut task, t, &d, &SHOWN_FIRST, "?lang=en");
        let mut to_task = String::new();
        text(
            &mut to_task,
            &Route::Task(first.id.clone()).to_query("?lang=en"),
        );
        assert!(task.contains(&format!("<a href=\"{to_task}\" class=\"task-link\">")));
    }

    #[test]
    fn a_long_list_shows_its_first_lines_and_a_button_for_more() {
        let t = Lang::En.catalog();
        let (_, mut d) = sample(Lang::En);
        // Make the red list longer than a page: the same task 25 times.
        let line = d.red.tasks[0].clone();
        d.red.tasks = vec![line; 25];
        let lines_of = |out: &str| out.matches("class=\"task-link\"").count();
        let mut out = String::new();
        red_html(&mut out, t, &d, &SHOWN_FIRST, "");
        assert_eq!(lines_of(&out), LIST_SHOWN);
        assert!(out.contains("<button type=\"button\" data-more=\"red\">"));
        assert!(out.contains(&(t.dashboard.list_shown)(LIST_SHOWN, 25)));
        assert!(out.contains(&(t.dashboard.list_more)(25 - LIST_SHOWN)));
        let mut shown = SHOWN_FIRST;
        shown[List::from_key("red").unwrap().index()] += LIST_STEP;
        let mut out = String::new();
        red_html(&mut out, t, &d, &shown, "");
        assert_eq!(lines_of(&out), 25);
        assert!(!out.contains("data-more=\"red\""));
        for list in List::ALL {
            assert_eq!(List::from_key(list.key()), Some(list));
            assert_eq!(List::ALL[list.index()], list);
        }
        assert_eq!(List::from_key("nothing"), None);
    }

    #[test]
    fn bars_ask_for_their_widths_and_lights_are_named_in_words() {
        let t = Lang::Zh.catalog();
        let (plan, d) = sample(Lang::Zh);
        let mut out = String::new();
        summary_html(&mut out, t, &plan, &d, "");
        let widths = lengths(&out);
        let segments = d.lights.iter().filter(|s| s.figure.count > 0).count();
        // The overall bar, then one segment per light with tasks.
        assert_eq!(widths.len(), 1 + segments);
        let sum: f64 = widths[1..].iter().map(|w| w.1).sum();
        assert!((sum - 100.0).abs() < 0.1, "{sum}");
        for s in &d.lights {
            assert!(out.contains((t.light_name)(s.light)));
        }
        assert!(out.contains("role=\"img\" aria-label=\""));
    }

    #[test]
    fn an_empty_plan_says_so_in_every_part() {
        let t = Lang::En.catalog();
        let tx = t.dashboard;
        let plan = Plan::new(
            crate::model::Id::new("p"),
            "P",
            Date::from_ymd_opt(2023, 1, 1).unwrap(),
            Date::from_ymd_opt(2023, 12, 31).unwrap(),
        );
        let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 6, 1).unwrap());
        let d = Dashboard::build(&plan, &index);
        let out = all(t, &plan, &d, &SHOWN_FIRST);
        for none in [
            tx.no_tasks.to_string(),
            tx.red_none.to_string(),
            (tx.due_none)(DUE_SOON_DAYS),
            tx.not_reported_none.to_string(),
            tx.breakthrough_none.to_string(),
            tx.goals_none.to_string(),
        ] {
            let mut e = String::new();
            text(&mut e, &none);
            assert!(
                out.contains(&format!("<p class=\"empty\">{e}</p>")),
                "{none}"
            );
        }
        assert!(!out.contains("data-more"));
        assert!(!out.contains("<details class=\"about\">"));
    }
}
